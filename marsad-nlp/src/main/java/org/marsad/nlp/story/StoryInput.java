package org.marsad.nlp.story;

import java.time.Instant;
import java.util.Set;

/**
 * What the clusterer needs to know of one article.
 *
 * @param id        article id
 * @param title     headline (may be null)
 * @param text      clean body
 * @param source    publisher key (may be null)
 * @param published publication time (the clusterer's clock); null when unknown: the clusterer then
 *                  places the article at the newest time it has seen and does not move its clock
 * @param entityIds canonical ids of the entities the article mentions
 */
public record StoryInput(String id, String title, String text, String source, Instant published, Set<String> entityIds) {}
