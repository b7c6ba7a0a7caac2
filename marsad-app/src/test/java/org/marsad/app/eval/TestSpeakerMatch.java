package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestSpeakerMatch {
  @Test
  void surnameMatchesFullNameAndRolePhrase() {
    assertThat(SpeakerMatch.matches("سيرغي لافروف", "لافروف")).isTrue();
    assertThat(SpeakerMatch.matches("سيرغي لافروف", "وزير الخارجية الروسي سيرغي لافروف")).isTrue();
  }

  @Test
  void spellingVariantsMatchAfterNormalisation() {
    assertThat(SpeakerMatch.matches("الخارجية الروسية", "وزارة الخارجيه الروسيه")).isTrue();
    assertThat(SpeakerMatch.matches("إيفيكا تاديتش", "ايفيكا تاديتش")).isTrue();
  }

  @Test
  void sharingOneAdjectiveIsNotEnough() {
    assertThat(SpeakerMatch.matches("الخارجية الروسية", "الرئاسة الروسية")).isFalse();
    assertThat(SpeakerMatch.matches("ديميتري بيسكوف", "لافروف")).isFalse();
  }

  @Test
  void aNameWithFewerLinksOfItsLineageMatches() {
    assertThat(SpeakerMatch.matches("نايف بن مناحي بن سعيدان", "نايف بن سعيدان")).isTrue();
    assertThat(SpeakerMatch.matches("نايف بن مناحي بن سعيدان", "نايف بن مناحي")).isTrue(); // a run
    assertThat(SpeakerMatch.matches("محمد بن حمود الشايع", "محمد الحربي")).isFalse();
  }

  @Test
  void unknownSpeakersOnlyMatchEachOther() {
    assertThat(SpeakerMatch.matches(null, null)).isTrue();
    assertThat(SpeakerMatch.matches(null, "لافروف")).isFalse();
    assertThat(SpeakerMatch.matches("لافروف", null)).isFalse();
  }
}
