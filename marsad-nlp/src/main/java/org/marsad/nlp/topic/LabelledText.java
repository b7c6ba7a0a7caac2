package org.marsad.nlp.topic;

/** One training or test example: a title (may be null), a text and its taxonomy label. */
public record LabelledText(String title, String text, TopicLabel label) {}
