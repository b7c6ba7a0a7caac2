/**
 * State that belongs to a whole collection rather than to one article: the entity registry,
 * the near-duplicate index and the story clusterer of a data directory.
 */
package org.marsad.app.corpus;
