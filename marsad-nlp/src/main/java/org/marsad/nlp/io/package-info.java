/**
 * Files written so that a crash or a power loss leaves a whole old or new file ({@link org.marsad.nlp.io.DurableFiles}).
 *
 * <p>File durability is not language processing: it lives here because marsad-nlp is the lowest module
 * that replaces files of its own (the entity registry and its counted ids, the story state, the
 * near-duplicate index), and every other module that replaces files (marsad-store: the article log and
 * the index swap; marsad-ingest: the feed state; marsad-app: the alert settings and the access token)
 * depends on it. marsad-text, below it, reads resources and writes nothing, so moving the class there
 * would give that module a job it does not have, and would change the imports of every caller for no
 * change of behaviour (review21/ingest21 F7).
 */
package org.marsad.nlp.io;
