package org.marsad.text.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

class TestNewsTokenizer {

  private static List<String> texts(String s) {
    return NewsTokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  private static Token only(String s, TokenType type) {
    List<Token> tokens = NewsTokenizer.tokenize(s).stream().filter(t -> t.type() == type).toList();
    assertThat(tokens).hasSize(1);
    return tokens.get(0);
  }

  @Test
  void arabic_words_keep_diacritics_and_tatweel_with_offsets() {
    String s = "بحث وزير الخارجية الميدانيـة ابتزازاً";
    assertThat(NewsTokenizer.tokenize(s)).extracting(Token::text, Token::type, Token::start, Token::end).containsExactly(
        tuple("بحث", TokenType.ARABIC_WORD, 0, 3),
        tuple("وزير", TokenType.ARABIC_WORD, 4, 8),
        tuple("الخارجية", TokenType.ARABIC_WORD, 9, 17),
        tuple("الميدانيـة", TokenType.ARABIC_WORD, 18, 28),
        tuple("ابتزازاً", TokenType.ARABIC_WORD, 29, 37));
  }

  @Test
  void latin_words_with_glued_digits_and_apostrophes() {
    assertThat(NewsTokenizer.tokenize("قمة G20 و SANA's report"))
        .filteredOn(t -> t.type() == TokenType.LATIN_WORD).extracting(Token::text)
        .containsExactly("G20", "SANA's", "report");
  }

  @Test
  void numbers_with_ascii_and_arabic_separators() {
    assertThat(only("بلغ 3.5 مليون", TokenType.NUMBER).text()).isEqualTo("3.5");
    assertThat(only("نحو 1,250,000 شخص", TokenType.NUMBER).text()).isEqualTo("1,250,000");
    assertThat(only("نسبة ٣٫٥ بالمئة", TokenType.NUMBER).text()).isEqualTo("٣٫٥");
    assertThat(only("قرابة ١٢٬٥٠٠ لاجئ", TokenType.NUMBER).text()).isEqualTo("١٢٬٥٠٠");
  }

  @Test
  void arabic_comma_between_numbers_is_punctuation() {
    assertThat(NewsTokenizer.tokenize("5، 6")).extracting(Token::type)
        .containsExactly(TokenType.NUMBER, TokenType.PUNCTUATION, TokenType.NUMBER);
  }

  @Test
  void urls_stop_before_sentence_punctuation() {
    Token url = only("على الرابط: https://telegram.me/SyrianArabNewsAgency.", TokenType.URL);
    assertThat(url.text()).isEqualTo("https://telegram.me/SyrianArabNewsAgency");
    assertThat(only("(www.sana.sy)", TokenType.URL).text()).isEqualTo("www.sana.sy");
  }

  @Test
  void emails_hashtags_and_mentions() {
    String s = "راسلونا على news@sana.sy أو #سوريا_اليوم عبر @SANA_English";
    assertThat(only(s, TokenType.EMAIL).text()).isEqualTo("news@sana.sy");
    assertThat(only(s, TokenType.HASHTAG).text()).isEqualTo("#سوريا_اليوم");
    assertThat(only(s, TokenType.MENTION).text()).isEqualTo("@SANA_English");
  }

  @Test
  void phone_numbers() {
    assertThat(only("على الرقم / 0940777186/ بعد", TokenType.PHONE).text()).isEqualTo("0940777186");
    assertThat(only("اتصل على +963 11 2345678 الآن", TokenType.PHONE).text()).isEqualTo("+963 11 2345678");
    assertThat(only("هاتف 011-2345678", TokenType.PHONE).text()).isEqualTo("011-2345678");
    assertThat(NewsTokenizer.tokenize("عام 2016")).extracting(Token::type).containsExactly(TokenType.ARABIC_WORD, TokenType.NUMBER);
  }

  @Test
  void arabic_punctuation_is_returned_one_mark_each() {
    assertThat(NewsTokenizer.tokenize("قال، «نعم»؛ “لا” لماذا؟!"))
        .filteredOn(t -> t.type() == TokenType.PUNCTUATION).extracting(Token::text)
        .containsExactly("،", "«", "»", "؛", "“", "”", "؟!");
  }

  @Test
  void ellipsis_is_one_token() {
    assertThat(texts("وقال... ثم")).containsExactly("وقال", "...", "ثم");
  }

  @Test
  void invisible_controls_separate_or_vanish() {
    assertThat(texts("\u200Fسانا\u200E موسكو")).containsExactly("سانا", "موسكو");
  }

  @Test
  void every_token_of_the_seed_points_at_its_own_text() {
    String seed = SharedData.seedText();
    List<Token> tokens = NewsTokenizer.tokenize(seed);
    assertThat(tokens).hasSizeGreaterThan(500);
    assertThat(tokens).allSatisfy(t -> assertThat(seed.substring(t.start(), t.end())).isEqualTo(t.text()));
    assertThat(tokens).extracting(Token::text).contains("داعش", "https://telegram.me/SyrianArabNewsAgency", "0940777186");
  }
}
