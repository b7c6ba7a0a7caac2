package org.marsad.nlp.article;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The JSON form of an {@link Article} (docs/record.md): field names are the record component
 * names, in declaration order; enums are lower-case ({@code "promo"}, {@code "arabic_word"});
 * nulls are written as {@code null}; text is UTF-8, not escaped. Reading accepts enums in any
 * case and ignores unknown fields, so older readers survive newer records. Thread-safe.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("marsad-enums").addSerializer(Enum.class, new LowerCaseEnumSerializer()))
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ArticleJson() {}

  /** The configured mapper, for callers that stream (one record per line) or embed records. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON. */
  public static String write(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Article is always serialisable", e);
    }
  }

  /** Indented JSON. */
  public static String writePretty(Article article) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Article is always serialisable", e);
    }
  }

  /** Reads a record written by {@link #write}; malformed JSON is an {@link IllegalArgumentException}. */
  public static Article read(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an article record: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class LowerCaseEnumSerializer extends StdSerializer<Enum> {
    LowerCaseEnumSerializer() {
      super(Enum.class);
    }

    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.name().toLowerCase(Locale.ROOT));
    }
  }
}
