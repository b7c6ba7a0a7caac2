package org.marsad.app.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/** The API's JSON: record component names as field names, enums as lower-case names (docs/record.md). */
final class JsonMapping {
  private JsonMapping() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static ObjectMapper mapper() {
    SimpleModule enums = new SimpleModule("marsad-enums");
    enums.addSerializer(Enum.class, new StdSerializer<Enum>(Enum.class) {
      @Override
      public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.name().toLowerCase(Locale.ROOT));
      }
    });
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(enums)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // {"text": 5} is a client mistake (400), not the article "5": text fields take JSON strings only.
    for (com.fasterxml.jackson.databind.cfg.CoercionInputShape shape : new com.fasterxml.jackson.databind.cfg.CoercionInputShape[] {
        com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
        com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean}) {
      mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
          .setCoercion(shape, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
    }
    return mapper;
  }
}
