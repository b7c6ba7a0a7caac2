package org.marsad.nlp.article;

/** A line removed from the body, kept with the reason it was removed. */
public record Boilerplate(String text, BoilerplateKind kind) {}
