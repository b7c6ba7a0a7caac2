/**
 * Stories: online clustering of articles from several sources into events, and linking of
 * events into stories across days (in the manner of the Europe Media Monitor).
 */
package org.marsad.nlp.story;
