package org.marsad.ingest.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BrokenUtf8Test {
  private static final String STORY = "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم "
      + "سبل تعزيز وقف الأعمال القتالية في سورية، ومكافحة الإرهاب.";

  @Test
  void utf8_with_a_damaged_spot_is_an_error_with_its_position() {
    byte[] good = STORY.getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(good, good.length + 2);
    bad[good.length] = (byte) 0xD8;
    bad[good.length + 1] = (byte) 0x28;
    assertThat(BrokenUtf8.firstInvalidOffset(bad)).isEqualTo(good.length);
    assertThatThrownBy(() -> TextDecoder.decode(bad)).isInstanceOf(UndecodableTextException.class)
        .hasMessage("invalid UTF-8 at byte " + good.length);
  }

  @Test
  void windows_1256_arabic_is_not_mistaken_for_broken_utf8() {
    byte[] cp1256 = STORY.getBytes(TextDecoder.WINDOWS_1256);
    assertThat(BrokenUtf8.firstInvalidOffset(cp1256)).isEqualTo(-1);
    assertThat(TextDecoder.decode(cp1256)).isEqualTo(STORY);
  }
}
