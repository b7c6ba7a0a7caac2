package org.marsad.nlp.quote;

import java.util.HashSet;
import java.util.Set;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;

/**
 * A set of match-normalised words loaded from a resource file beside this class (one word a
 * line, {@code #} comments). Used for the speaker stop words, role nouns and term nouns.
 */
final class WordSet {
  /** The stops of this package and the adjuncts that are never a word of a name, shared with the entity recogniser. */
  static final WordSet SPEAKER_STOPS = load("speaker-stops.txt", "/org/marsad/nlp/adjuncts-after-names.txt");
  static final WordSet ROLE_NOUNS = load("role-nouns.txt", "leader-role-nouns.txt", "expert-role-nouns.txt");
  static final WordSet TERM_NOUNS = load("term-nouns.txt", "media-nouns.txt");
  static final WordSet MEDIA_NOUNS = load("media-nouns.txt");
  static final WordSet TELLING_VERBS = load("telling-verbs.txt");
  static final WordSet AUDIENCE_NOUNS = load("audience-nouns.txt");
  static final WordSet HONORIFICS = load("honorifics.txt");
  static final WordSet BODY_NAME_TITLES = load("body-name-titles.txt");
  static final WordSet INSTITUTION_NOUNS = load("institution-nouns.txt");
  static final WordSet BAL_FAMILY_NAMES = load("bal-family-names.txt");
  static final WordSet BODY_NOUNS = load("body-nouns.txt");
  static final WordSet NOMINAL_HEADS = load("nominal-heads.txt");
  static final WordSet CONTRAST_PRONOUNS = load("contrast-pronouns.txt");
  static final WordSet OCCASIONS = load("occasion-nouns.txt");
  static final WordSet MASCULINE_BODIES = load("masculine-bodies.txt");
  static final WordSet OBJECT_NOUNS = load("object-nouns.txt");
  static final WordSet ROLE_CONTRASTS = load("role-contrasts.txt");
  static final WordSet FIXED_BODY_NAMES = load("fixed-body-names.txt");
  static final WordSet BI_OBJECT_VERBS = load("bi-object-verbs.txt");
  static final WordSet ROLE_CONSTRUCT_HEADS = load("role-construct-heads.txt");
  static final WordSet NOT_NAME_WORDS = load("not-name-words.txt");
  static final WordSet NOT_VERB_WORDS = load("not-verb-words.txt");
  static final WordSet SHORT_BODY_NOUNS = load("short-body-nouns.txt");
  static final WordSet ROLE_HYPERNYMS = load("role-hypernyms.txt");
  static final WordSet PLURAL_SOURCE_HEADS = load("plural-source-heads.txt");
  static final WordSet PRONOUN_PREPOSITIONS = load("pronoun-prepositions.txt");
  static final WordSet PUBLISHING_VERBS = load("publishing-verbs.txt");
  static final WordSet MA_NOT_OBJECT = load("ma-not-object.txt");
  static final WordSet TITLING_WORDS = load("titling-words.txt");
  static final WordSet CONDITIONAL_VERBS = load("conditional-verbs.txt");
  static final WordSet DASH_NAME_PARTS = load("dash-name-parts.txt");
  static final WordSet QUOTING_ACT_LEMMAS = load("quoting-act-lemmas.txt");
  static final WordSet HYPHENATED_FIRST_NAMES = load("hyphenated-first-names.txt");
  static final WordSet PRAYER_ADDRESSEES = load("prayer-addressees.txt");
  static final WordSet PRAYER_PARTICIPLES = load("prayer-participles.txt");
  static final WordSet ONLINE_PLACES = load("online-places.txt");
  static final WordSet GLOSS_NOUNS = load("gloss-nouns.txt");
  static final WordSet CLOSING_VERBS = load("closing-verbs.txt");
  static final WordSet TALK_NOUNS = load("talk-nouns.txt");
  static final WordSet DESCRIBING_VERBS = load("describing-verbs.txt");
  static final WordSet SPEECH_ADJUNCT_OPENERS = load("speech-adjunct-openers.txt");
  static final WordSet KUNYA_HEADS = load("kunya-heads.txt");
  static final WordSet SPEAKER_CONJUNCTIONS = load("speaker-conjunctions.txt");
  /** Country adjectives (nisbas), shared with the entity registry, and the few more epithets use. */
  static final WordSet NATIONALITIES = load("/org/marsad/nlp/entity/nationality-adjectives.txt", "epithet-demonyms.txt");
  /** The epithet rule's word lists (SpeakerResolver.epithetSpeaker). */
  static final WordSet EPITHET_HEADS = load("epithet-heads.txt");
  static final WordSet EPITHET_ADJECTIVES = load("epithet-adjectives.txt");
  static final WordSet EPITHET_PERSON_NOUNS = load("epithet-person-nouns.txt");
  /** Countries and cities (the dateline list): a word of a place is no word of a person's name ("مواصلة إيران"). */
  static final WordSet PLACES = load("/org/marsad/nlp/anatomy/cities.txt");
  /** "اللعبة" in "اتحاد اللعبة": the field of a body named before in full (SpeakerResolver.fieldBodySpeaker). */
  static final WordSet FIELD_GENITIVES = load("field-genitives.txt");
  /** "د" of "د.احمد": one-letter titles glued to the name with a full stop (Words.afterInitial). */
  static final WordSet TITLE_INITIALS = load("title-initials.txt");

  private final Set<String> words;

  private WordSet(Set<String> words) {
    this.words = words;
  }

  static WordSet load(String... resources) {
    Set<String> set = new HashSet<>();
    for (String resource : resources) {
      for (String line : ResourceLines.read(WordSet.class, resource)) set.add(ArabicNormalizer.match(line));
    }
    return new WordSet(Set.copyOf(set));
  }

  /** True when the (already normalised) word is in the set. */
  boolean contains(String normalized) {
    return words.contains(normalized);
  }

  /**
   * True when the word, without the article ال and without a leading و/ف, is in the set. The
   * word is tried before the conjunction is stripped: و and ف also begin words ("وزير", "فنان",
   * "فريق"), which stripped would be lost ("زير").
   */
  boolean containsStem(String normalized) {
    return words.contains(Words.stripArticle(normalized))
        || words.contains(Words.stripArticle(Words.stripConjunction(normalized)));
  }
}
