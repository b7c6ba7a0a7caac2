package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.marsad.nlp.article.Article;

/**
 * The JSON form of an {@link Article} as the store keeps it and {@code marsad get} prints it:
 * field names are the record component names, enums are written in lower case and read in
 * any case, unknown fields are ignored when reading (so older indexes stay readable).
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
      .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .build();

  private ArticleJson() {}

  /** The shared mapper (thread-safe), configured as described above. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON. */
  public static String write(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write article " + article.id() + " as JSON", e);
    }
  }

  /** Reads a record written by {@link #write}. */
  public static Article read(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored article JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}
