/**
 * Article anatomy from plain text: dateline, title and its category label, lead, sections with
 * their headings, and boilerplate lines set aside with their kind. The rules are general and
 * their vocabularies (agencies, places, boilerplate patterns) live in resource files next to
 * the classes.
 */
package org.marsad.nlp.anatomy;
