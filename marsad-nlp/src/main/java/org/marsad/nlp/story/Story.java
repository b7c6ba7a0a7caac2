package org.marsad.nlp.story;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A story as users see it: an id, a label (its most central title), its articles, the
 * sources that told it, and its time span.
 */
public record Story(String id, String label, List<String> articleIds, Set<String> sources, Instant first, Instant last) {}
