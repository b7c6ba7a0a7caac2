/**
 * Entities across documents: the {@link org.marsad.nlp.entity.EntityRegistry} (stable ids,
 * aliases, surname resolution, persisted as JSONL) and {@link org.marsad.nlp.entity.Transliterator}
 * (Arabic names to Latin, so that Latin queries find Arabic names).
 */
package org.marsad.nlp.entity;
