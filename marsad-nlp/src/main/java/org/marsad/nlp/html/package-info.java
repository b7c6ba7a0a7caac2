/**
 * HTML news pages to article text: metadata (title, publication time) and the main text,
 * without navigation, share widgets, comments or related-story blocks (jsoup).
 */
package org.marsad.nlp.html;
