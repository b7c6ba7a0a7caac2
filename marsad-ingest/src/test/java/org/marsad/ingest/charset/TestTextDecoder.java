package org.marsad.ingest.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

class TestTextDecoder {

  /** ISO-8859-6 has no curly quotes; the seed's scare quotes become straight ones. */
  private static String seedFor8859() {
    return SharedData.seedText().replace('“', '"').replace('”', '"');
  }

  @Test
  void seed_in_windows_1256_comes_back_unchanged() {
    String seed = SharedData.seedText();
    DecodedText d = TextDecoder.detect(seed.getBytes(TextDecoder.WINDOWS_1256));
    assertThat(d.charset()).isEqualTo(TextDecoder.WINDOWS_1256);
    assertThat(d.evidence()).isEqualTo(DecodedText.Evidence.DETECTED);
    assertThat(d.text()).isEqualTo(seed);
  }

  @Test
  void seed_in_iso_8859_6_comes_back_unchanged() {
    String seed = seedFor8859();
    DecodedText d = TextDecoder.detect(seed.getBytes(TextDecoder.ISO_8859_6));
    assertThat(d.charset()).isEqualTo(TextDecoder.ISO_8859_6);
    assertThat(d.text()).isEqualTo(seed);
  }

  @Test
  void seed_in_utf8_with_and_without_bom() {
    String seed = SharedData.seedText();
    byte[] plain = seed.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.detect(plain).evidence()).isEqualTo(DecodedText.Evidence.VALID_UTF8);
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    DecodedText d = TextDecoder.detect(bom);
    assertThat(d.evidence()).isEqualTo(DecodedText.Evidence.BOM);
    assertThat(d.text()).isEqualTo(seed);
  }

  @Test
  void utf16_with_bom_both_byte_orders() {
    String text = "دمشق-سانا\nأكد وزير الخارجية أن الحل سياسي.";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.detect(le).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextDecoder.decode(le)).isEqualTo(text);
    assertThat(TextDecoder.detect(be).charset()).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.decode(be)).isEqualTo(text);
  }

  @Test
  void utf16_without_bom_both_byte_orders_is_read_by_its_byte_pattern() {
    String seed = SharedData.seedText();
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      DecodedText d = TextDecoder.detect(seed.getBytes(cs));
      assertThat(d.charset()).isEqualTo(cs);
      assertThat(d.evidence()).isEqualTo(DecodedText.Evidence.UTF16_PATTERN);
      assertThat(d.text()).isEqualTo(seed);
    }
    String headline = "لافروف وكيري يبحثان وقف الأعمال القتالية (2016)";
    assertThat(TextDecoder.decode(headline.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(headline);
    assertThat(TextDecoder.decode("Moscow, SANA: Lavrov and Kerry".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("Moscow, SANA: Lavrov and Kerry");
  }

  @Test
  void binary_with_nul_bytes_in_every_second_place_is_still_binary() {
    // 16-bit little-endian integers (audio samples, tables): every high byte 00, like Latin UTF-16,
    // but their low bytes are control codes and NULs
    byte[] samples = new byte[4096];
    for (int i = 0; i < samples.length; i += 2) samples[i] = (byte) (i / 2 % 32);
    assertThatThrownBy(() -> TextDecoder.decode(samples)).isInstanceOf(UndecodableTextException.class).hasMessageStartingWith("binary content");
    byte[] cut = java.util.Arrays.copyOf(SharedData.seedText().getBytes(StandardCharsets.UTF_16LE), 201);
    assertThatThrownBy(() -> TextDecoder.decode(cut)).as("odd length: not UTF-16").hasMessageStartingWith("binary content");
  }

  @Test
  void short_arabic_strings_in_both_arabic_charsets() {
    for (String s : new String[] {"سلام", "الرياض", "وزير الخارجية", "قال الرئيس", "قطاع غزة", "كيف حالك؟", "مرصد"}) {
      assertRoundTrip(s, TextDecoder.WINDOWS_1256);
      assertRoundTrip(s, TextDecoder.ISO_8859_6);
    }
  }

  @Test
  void a_lone_word_that_is_a_real_word_in_both_charsets_is_ambiguous() {
    // غزة in ISO-8859-6 is the bytes of عزة in Windows-1256: no decoder can tell them apart,
    // so the likelier Arabic word by letter bigrams wins; one more word of context settles it.
    byte[] bytes = "غزة".getBytes(TextDecoder.ISO_8859_6);
    assertThat(TextDecoder.detect(bytes).charset()).isEqualTo(TextDecoder.WINDOWS_1256);
  }

  @Test
  void latin_only_text_in_ascii_and_latin1() {
    String ascii = "Moscow (SANA) - Lavrov and Kerry discussed the ceasefire.";
    assertThat(TextDecoder.decode(ascii.getBytes(StandardCharsets.US_ASCII))).isEqualTo(ascii);
    String latin = "Le ministre a déclaré à São Paulo que la crise était grave.";
    assertThat(TextDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(latin);
  }

  @Test
  void declared_charset_is_used_when_it_fits_and_ignored_when_it_lies() {
    String text = "أعلنت وزارة الصحة عن حملة تلقيح جديدة";
    DecodedText declared = TextDecoder.decode(text.getBytes(TextDecoder.WINDOWS_1256), "windows-1256");
    assertThat(declared.evidence()).isEqualTo(DecodedText.Evidence.DECLARED);
    assertThat(declared.text()).isEqualTo(text);
    // Page says windows-1256 but the server sends UTF-8.
    DecodedText lying = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "windows-1256");
    assertThat(lying.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(lying.text()).isEqualTo(text);
    // Page says UTF-8 but the bytes are Windows-1256.
    assertThat(TextDecoder.decode(text.getBytes(TextDecoder.WINDOWS_1256), "utf-8").text()).isEqualTo(text);
  }

  @Test
  void binary_blob_is_rejected_with_a_reason() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> TextDecoder.decode(png))
        .isInstanceOf(UndecodableTextException.class)
        .hasMessage("binary content (NUL byte at offset 8)");
  }

  @Test
  void control_characters_without_nul_are_rejected() {
    byte[] junk = new byte[400];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 26);
    }
    assertThatThrownBy(() -> TextDecoder.decode(junk))
        .isInstanceOf(UndecodableTextException.class)
        .hasMessageStartingWith("binary content (");
  }

  @Test
  void invalid_bytes_after_a_utf8_bom_are_rejected() {
    byte[] bad = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {'a', (byte) 0xC3, '('});
    assertThatThrownBy(() -> TextDecoder.decode(bad))
        .isInstanceOf(UndecodableTextException.class)
        .hasMessage("invalid UTF-8 after its byte-order mark");
  }

  @Test
  void empty_input_is_empty_text() {
    assertThat(TextDecoder.decode(new byte[0])).isEmpty();
  }

  private static void assertRoundTrip(String s, Charset cs) {
    DecodedText d = TextDecoder.detect(s.getBytes(cs));
    assertThat(d.text()).as("%s in %s (decoded as %s)", s, cs, d.charset()).isEqualTo(s);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
