package org.marsad.text.token;

/**
 * One token of a text: its surface form, its kind, and character offsets into the text
 * ({@code start} inclusive, {@code end} exclusive).
 */
public record Token(String text, TokenType type, int start, int end) {}
