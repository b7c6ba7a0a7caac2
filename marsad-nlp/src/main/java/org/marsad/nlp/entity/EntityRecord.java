package org.marsad.nlp.entity;

import java.util.List;

/**
 * One entity as the registry knows it.
 *
 * @param id        stable id ({@code type-hash}, see {@link EntityRegistry})
 * @param type      PERS, ORG, LOC or MISC
 * @param canonical the canonical (fullest, most frequent) Arabic name
 * @param latin     Latin transliteration of the canonical name
 * @param count     mentions registered so far
 * @param aliases   the match-normalised forms seen for this entity
 */
public record EntityRecord(String id, String type, String canonical, String latin, long count, List<String> aliases) {}
