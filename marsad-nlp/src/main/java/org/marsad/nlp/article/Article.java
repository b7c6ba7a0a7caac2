package org.marsad.nlp.article;

import java.util.List;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.token.Token;

/**
 * The structured record of one article: the contract every layer after analysis relies on
 * (JSON field names are the record component names; see docs/record.md).
 *
 * @param id            stable content hash (hex), the same text always gets the same id
 * @param title         headline, or null when the input had none
 * @param titleCategory a leading category label cut from the title ("سياسي / …"), or null
 * @param published     ISO-8601 publication time, or null
 * @param source        publisher key (e.g. "was", "sana"), or null
 * @param url           where the article came from, or null
 * @param dateline      the dateline, or null
 * @param lead          the first paragraph of the body
 * @param sections      body sections; the first has a null heading
 * @param boilerplate   lines removed from the body, with their kind
 * @param text          the clean body, paragraphs separated by a blank line
 * @param tokens        tokens with offsets into {@code text} (only when asked for), else null
 * @param sentences     sentences with offsets into {@code text} (only when asked for), else null
 * @param entities      named entities with offsets into {@code text}
 * @param quotes        quotations with offsets into {@code text}
 * @param topic         the topic, or null
 * @param summary       extractive summary sentences
 * @param duplicateOf   id of the article this one (nearly) duplicates, or null
 * @param storyId       id of the story this article belongs to, or null
 */
public record Article(
    String id,
    String title,
    String titleCategory,
    String published,
    String source,
    String url,
    Dateline dateline,
    String lead,
    List<Section> sections,
    List<Boilerplate> boilerplate,
    String text,
    List<Token> tokens,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Quote> quotes,
    Topic topic,
    List<String> summary,
    String duplicateOf,
    String storyId) {

  /** The same record with tokens and sentences. */
  public Article withTokens(List<Token> tokens, List<Sentence> sentences) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }

  /** The same record with another dateline (e.g. inherited from the first part of a wire). */
  public Article withDateline(Dateline dateline) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }

  /** The same record with entities. */
  public Article withEntities(List<Entity> entities) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }

  /** The same record with quotations. */
  public Article withQuotes(List<Quote> quotes) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }

  /** The same record with a topic. */
  public Article withTopic(Topic topic) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }

  /** The same record with a summary. */
  public Article withSummary(List<String> summary) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }

  /** The same record marked as a (near-)duplicate of another article. */
  public Article withDuplicateOf(String duplicateOf) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }

  /** The same record assigned to a story. */
  public Article withStoryId(String storyId) {
    return new Article(id, title, titleCategory, published, source, url, dateline, lead, sections, boilerplate,
        text, tokens, sentences, entities, quotes, topic, summary, duplicateOf, storyId);
  }
}
