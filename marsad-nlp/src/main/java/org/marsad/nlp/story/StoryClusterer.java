package org.marsad.nlp.story;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Online story clustering at two levels. Each article joins the most similar recent
 * <em>event</em> (within {@link Settings#eventWindow} of it) when the similarity passes
 * {@link Settings#joinThreshold}; otherwise it opens a new event. A new event whose first
 * article still resembles an event within {@link Settings#linkWindow} at the lower
 * {@link Settings#linkThreshold} continues that event's <em>story</em>, so a story is a chain
 * of related events over days (the Europe Media Monitor's clusters and stories).
 *
 * <p>Similarity = (1 − entityWeight) × cosine(TF-IDF of the article, event centroid)
 * + entityWeight × entity overlap: the canonical entities the article and the event share, over
 * the smaller of their two entity sets. Entities keep apart two events that share vocabulary
 * ("اجتماع", "وزير") but not actors. At the link step the overlap is divided by at least
 * {@link Settings#linkEntityFloor} ids: a link is looser evidence than a join, and against a
 * one-article event with three ids, two shared ids would otherwise weigh as much as a text
 * cosine twice as high.
 *
 * <p>Articles may arrive out of order (bulk ingest of an archive); windows are measured as
 * distance to an event's time span, not to "now". Events that ended more than the link window plus the
 * event window before the newest article are closed as soon as the newest article moves past them, so the
 * stories depend on the articles and their order only, not on when the state is saved (session 21). The
 * state survives the process through {@link #save} and {@link #open}. An article without a publication time is placed at the
 * newest time seen (now when none) and does not move that clock. Thread-safe: {@link #prepare}
 * tokenises the article on the caller's thread, {@link #assign} places it under the clusterer's lock.
 */
public final class StoryClusterer {

  /**
   * Tunables, with the defaults measured on the stories gold set (see docs/stories.md).
   *
   * @param linkEntityFloor at the link step, the entity overlap is divided by at least this many
   *                        ids (1 or less: plainly by the smaller entity set, as at the join step)
   * @param storyAgreement  a link to a story also needs the article's mean link similarity to the
   *                        story's largest other events within the link window of the article (up
   *                        to {@value #AGREEMENT_SAMPLE}) to reach this; 0 = no check (the behaviour before session 13)
   * @param agreementTextGate in the agreement, an event's shared entities count only when the
   *                        article's text cosine with that event reaches this; 0 = always (before session 14)
   * @param broadStoryTextGate the same gate for a broad story: one with at least {@value #BROAD_STORY}
   *                        other events in the sample (before session 15: {@link #agreementTextGate} for every story)
   * @param subjectShare    a new event continues a broad story only when it shares with the linked event
   *                        an entity id named by at most this share of the articles placed so far (a named
   *                        subject, not the kingdom or the King); 0 = no such check (before session 17).
   *                        It applies once {@link #subjectFloor()} articles were placed
   * @param subjectless     what that rule does with a link that has no named subject to ask for (see
   *                        {@link Subjectless}); only read when {@link #subjectShare} is on
   * @param broadStoryAgreement the agreement a link to a broad story (at least {@value #BROAD_STORY} other events
   *                        in the sample) must reach instead of {@link #storyAgreement}; 0 = the same bar (session 20, tried)
   * @param anchorCosine    a link to a story also needs the article's text cosine with the story's first event
   *                        (when it is open and within the link window of the article) to reach this: how far a
   *                        story may drift from what started it; 0 = no limit (session 20, tried)
   * @param youngStoryLink  the link score a new event needs to continue a story with no other event in the link
   *                        window of the article (where the agreement has nothing to check); 0 = {@link #linkThreshold}
   *                        (session 20, tried)
   * @param sectionFreeAnchor a link to a story also needs the article's cosine with the story's first event, both
   *                        without the words of a newspaper section ({@link SectionWords}: match, team, index, shares…),
   *                        to reach this (same exemptions as {@link #anchorCosine}): a chain of one section's different
   *                        happenings agrees on section words only; 0 = off (session 25, lane purity25, tried)
   * @param sectionFreeLink a new event's link also needs its score counted without the section words' part of the
   *                        text cosine ({@link SectionWords}) to reach this: the link must rest on more than the words
   *                        every report of its newspaper section says; 0 = off (session 26, lane stories26, tried:
   *                        {@link #SECTION_FREE_LINK_TRIED})
   */
  public record Settings(double joinThreshold, double linkThreshold, double entityWeight,
                         Duration eventWindow, Duration linkWindow, int linkEntityFloor, double storyAgreement,
                         double agreementTextGate, double broadStoryTextGate, double subjectShare,
                         Subjectless subjectless, double broadStoryAgreement, double anchorCosine,
                         double youngStoryLink, double sectionFreeAnchor, double sectionFreeLink) {
    /** Settings without session 20's trials ({@link #broadStoryAgreement}, {@link #anchorCosine} off). */
    public Settings(double joinThreshold, double linkThreshold, double entityWeight, Duration eventWindow,
                    Duration linkWindow, int linkEntityFloor, double storyAgreement, double agreementTextGate,
                    double broadStoryTextGate, double subjectShare, Subjectless subjectless) {
      this(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, subjectless, 0, 0, 0, 0, 0);
    }

    /** These settings with another {@link #broadStoryAgreement} (0 = as {@link #storyAgreement}). */
    public Settings withBroadStoryAgreement(double agreement) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, subjectless, agreement, anchorCosine, youngStoryLink, sectionFreeAnchor, sectionFreeLink);
    }

    /** These settings with another {@link #youngStoryLink} (0 = off). */
    public Settings withYoungStoryLink(double link) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, subjectless, broadStoryAgreement, anchorCosine, link, sectionFreeAnchor, sectionFreeLink);
    }

    /** These settings with another {@link #sectionFreeAnchor} (0 = off). */
    public Settings withSectionFreeAnchor(double cosine) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, subjectless, broadStoryAgreement, anchorCosine, youngStoryLink, cosine, sectionFreeLink);
    }

    /** These settings with another {@link #sectionFreeLink} (0 = off). */
    public Settings withSectionFreeLink(double score) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, subjectless, broadStoryAgreement, anchorCosine, youngStoryLink,
          sectionFreeAnchor, score);
    }

    /** These settings with another {@link #anchorCosine} (0 = off). */
    public Settings withAnchorCosine(double cosine) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, subjectless, broadStoryAgreement, cosine, youngStoryLink, sectionFreeAnchor, sectionFreeLink);
    }

    /**
     * The named-subject rule's answer to a link it has no subject to ask about (session 19). The rule
     * asks the article to share a rare id with the linked event; {@link #REFUSE} (sessions 17–18) also
     * refuses a link on text alone, where the two share no id at all: a chain such as municipal
     * elections (one story, an event per city; gold guide rule 4) is linked by its words, the cities
     * differ. {@link #TEXT_ONLY_PASSES} lets a link with no shared id through (the agreement still
     * applies); {@link #NO_SUBJECT_PASSES} lets it through whenever the article names no rare id at all
     * (nothing it could share), whatever common ids the two share.
     */
    public enum Subjectless { REFUSE, TEXT_ONLY_PASSES, NO_SUBJECT_PASSES }

    /** Settings with the default {@link #subjectless}. */
    public Settings(double joinThreshold, double linkThreshold, double entityWeight, Duration eventWindow,
                    Duration linkWindow, int linkEntityFloor, double storyAgreement, double agreementTextGate,
                    double broadStoryTextGate, double subjectShare) {
      this(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, DEFAULT_SUBJECTLESS);
    }

    /** The default {@link #subjectless}: the sessions 17–18 rule. */
    public static final Subjectless DEFAULT_SUBJECTLESS = Subjectless.REFUSE;

    /** The default {@link #agreementTextGate}. */
    public static final double DEFAULT_AGREEMENT_TEXT_GATE = 0.03;
    /** The default {@link #broadStoryTextGate}. */
    public static final double DEFAULT_BROAD_STORY_TEXT_GATE = 0.05;
    /** A story with this many other events in the agreement's sample is broad (the sample holds at most {@value StoryClusterer#AGREEMENT_SAMPLE}). */
    public static final int BROAD_STORY = 5;
    /**
     * The default {@link #subjectShare}: off. At 0.05 session 17's rule passed the dev rule (two-day dev
     * F1 unchanged, August dev 0.7414 → 0.7534, fewer judged topic-chain pairs) but the test half, scored
     * once, fell from 0.7449 to 0.6125 story F1, all of it recall (bench/RESULTS.md, session 17,
     * stories17b). Session 18 exempted the story's own subject ({@link StoryClusterer#sharesSubject}),
     * which changed nearly nothing over session 17's rule: two-day dev, judged {@code other} pairs
     * (53 → 42 is session 17's gain, kept, not the exemption's) and the test half (0.6125) are that
     * rule's figures exactly; on August dev it undoes that rule's gain (0.7534 → 0.7414, the rule-off
     * figure); the judging day 2015-08-09 moved by noise (0.8357 → 0.8361 four-day, 0.8289 → 0.8286 one
     * day). Off, because no figure gains over the rule off except the pairs session 17's rule alone
     * gives, and the test half still loses 0.13 (bench/RESULTS.md, session 18, lanes stories18 and
     * fixstories18). Session 19 let a text-only link through ({@link Subjectless#TEXT_ONLY_PASSES}): the
     * judged pairs keep the gain (53 → 43), dev gold is untouched by every form of the rule, and the judging
     * day gains nothing (0.8357 → 0.8341 four-day, 0.8289 → 0.8286 one day): still off (bench/RESULTS.md,
     * session 19, stories19). The counts it needs are kept and saved either way, so switching it on needs no
     * re-ingest.
     */
    public static final double DEFAULT_SUBJECT_SHARE = 0;
    /** The share measured in sessions 17 and 18 (see {@link #DEFAULT_SUBJECT_SHARE}). */
    public static final double SUBJECT_SHARE_TRIED = 0.05;

    /** Settings with the default {@link #subjectShare}. */
    public Settings(double joinThreshold, double linkThreshold, double entityWeight, Duration eventWindow,
                    Duration linkWindow, int linkEntityFloor, double storyAgreement, double agreementTextGate,
                    double broadStoryTextGate) {
      this(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, DEFAULT_SUBJECT_SHARE, DEFAULT_SUBJECTLESS);
    }

    /** Settings with the default {@link #agreementTextGate} and {@link #broadStoryTextGate}. */
    public Settings(double joinThreshold, double linkThreshold, double entityWeight,
                    Duration eventWindow, Duration linkWindow, int linkEntityFloor, double storyAgreement) {
      this(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          DEFAULT_AGREEMENT_TEXT_GATE, DEFAULT_BROAD_STORY_TEXT_GATE, DEFAULT_SUBJECT_SHARE, DEFAULT_SUBJECTLESS);
    }

    public static Settings defaults() {
      return new Settings(0.40, 0.12, 0.25, Duration.ofDays(2), Duration.ofDays(7), 5, 0.10);
    }

    /**
     * The {@link #sectionFreeLink} measured in session 26 (lane stories26): the link threshold itself, so a link must
     * pass the same bar with the section words' part of its cosine taken off. Off by default: on the two gold days dev
     * story F1 rises 0.8259 → 0.8455 (precision 0.879 → 0.941; event F1 0.8938 unchanged) and 32 of the 64 unrelated
     * pairs judged in session 23 part against 3 of 86 related ones, but the gain rests on one link (al-Jubeir's Iran
     * story and the Yemeni president's event, 0.118 without the section words), the list was written from those same
     * chains, and on a fresh sample of the 10 largest stories (10 pairs each) purity moves only 0.58 → 0.61: an oil and
     * economy chain the list does not cover grows from 21 to 46 articles (bench/RESULTS.md, session 26).
     */
    public static final double SECTION_FREE_LINK_TRIED = 0.12;

    /** These settings with another {@link #storyAgreement}. */
    public Settings withStoryAgreement(double agreement) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, agreement,
          agreementTextGate, broadStoryTextGate, subjectShare, subjectless, broadStoryAgreement, anchorCosine, youngStoryLink, sectionFreeAnchor, sectionFreeLink);
    }

    /** These settings with another {@link #agreementTextGate}. */
    public Settings withAgreementTextGate(double gate) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          gate, broadStoryTextGate, subjectShare, subjectless, broadStoryAgreement, anchorCosine, youngStoryLink, sectionFreeAnchor, sectionFreeLink);
    }

    /** These settings with another {@link #broadStoryTextGate}. */
    public Settings withBroadStoryTextGate(double gate) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, gate, subjectShare, subjectless, broadStoryAgreement, anchorCosine, youngStoryLink, sectionFreeAnchor, sectionFreeLink);
    }

    /** These settings with another {@link #subjectShare} (0 = off). */
    public Settings withSubjectShare(double share) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, share, subjectless, broadStoryAgreement, anchorCosine, youngStoryLink, sectionFreeAnchor, sectionFreeLink);
    }

    /** These settings with another {@link #subjectless}. */
    public Settings withSubjectless(Subjectless answer) {
      return new Settings(joinThreshold, linkThreshold, entityWeight, eventWindow, linkWindow, linkEntityFloor, storyAgreement,
          agreementTextGate, broadStoryTextGate, subjectShare, answer, broadStoryAgreement, anchorCosine, youngStoryLink, sectionFreeAnchor, sectionFreeLink);
    }

    /**
     * The articles a stream must have placed before {@link #subjectShare} applies: the fewest at which
     * the subject of a broad story (named by at least its {@value #BROAD_STORY} + 1 events' articles)
     * can still be rare, (BROAD_STORY + 1) / share. Below it every id of a broad story counts as
     * common, and a small stream (a test world, a first ingest) would lose every broad story.
     * Derived, not tuned: 120 articles at the default share.
     */
    public long subjectFloor() {
      return subjectShare <= 0 ? Long.MAX_VALUE : (long) Math.ceil((BROAD_STORY + 1) / subjectShare);
    }
  }

  /** How many of a story's events (its largest ones in the link window) a link is checked against. */
  static final int AGREEMENT_SAMPLE = 8;
  /** How many linkable stories, best first, a new event tries before it starts its own. */
  private static final int STORIES_TRIED = 3;

  private static final int KEY_TERMS = 25;

  final Settings settings;
  final TermVectorizer vectorizer = new TermVectorizer();
  final List<EventCluster> events = new ArrayList<>();
  /** Term → events whose members have it among their key terms: candidates without a full scan. */
  final Map<String, Set<EventCluster>> eventsByTerm = new java.util.HashMap<>();
  final Map<String, String> storyOfArticle = new LinkedHashMap<>();
  final Map<String, EventCluster> eventOfArticle = new java.util.HashMap<>();
  /** Each story's recent events by size: the sample a link must agree with. */
  final StoryEventsBySize eventsBySize = new StoryEventsBySize();
  /** The open events by end time (ties by creation order): those the closing horizon passes are closed first. */
  final TreeSet<EventCluster> openByLast = new TreeSet<>(
      Comparator.comparing((EventCluster c) -> c.last).thenComparingInt(c -> c.ordinal));
  /**
   * Entity id → how many placed articles name it (every article placed, copies too, as the
   * document frequencies count them): which ids are a named subject and which are common.
   */
  final Map<String, Integer> entityDocuments = new java.util.HashMap<>();
  /** Each story's first event (in this process or restored: the earliest restored event of the story). */
  final Map<String, EventCluster> firstEvents = new java.util.HashMap<>();
  int nextEvent;
  /** Counter for {@link #candidates}: each call marks its events with a new value. */
  private int candidateStamp;
  /** The latest publication time seen: events far behind it are closed when it moves ({@link #closeOldEvents}). */
  Instant newest;
  /**
   * The time of the last article placed behind the closing horizon of {@link #newest} (an archive out of date
   * order), null until one is: the late events (those late articles started or joined) behind that horizon stay
   * open only while they lie within the window of this article ({@link #closeOldEvents}), whatever newer articles
   * arrive in between.
   */
  Instant lateClock;
  /**
   * Stamps an undated article placed before any dated one (nothing else to place it at): the
   * ingest time, what a live monitor shows as when it was first seen. This stamp (its event's
   * first/last time and its member's time in stories.bin) is the only part of the saved state that
   * differs between two runs over the same input, e.g. an ingest starting with the undated seed
   * (session 18); tests fix it to compare runs byte for byte.
   */
  Clock clock = Clock.systemUTC();
  /**
   * A save appends to the journal ({@link StoryJournal}) until it reaches this share of the whole state file's
   * bytes ({@link #JOURNAL_FLOOR} at least); the next save then writes the state file whole and starts a new
   * journal. Opening places the journal's articles again, which costs more CPU per byte than reading the state
   * file (~0.4 ms an article; bench/RESULTS.md, session 24, lane stories24).
   */
  static final double JOURNAL_SHARE = 0.25;
  /** The version of the closing rules a journal's replay depends on ({@link #replayRules}); change it with them. */
  static final int CLOSING_RULES = 1;
  /** Nor before the journal holds this many bytes (~50 articles): a small state is not rewritten every other save. */
  static final long JOURNAL_FLOOR = 64 << 10;
  /** The directory whose state file ({@link #savedAs}) this state was last saved to or read from; null before. */
  private Path savedIn;
  /** The state file a journal appended to {@link #savedIn} continues (null until one is written or read). */
  StoryJournal.Snapshot savedAs;
  /** The journal's valid length in {@link #savedIn} (0: none yet). */
  private long journalLength;
  /** The placements since the last save, which the next save appends (recorded once a state file exists). */
  private final List<StoryJournal.Entry> unsaved = new ArrayList<>();

  public StoryClusterer() {
    this(Settings.defaults());
  }

  public StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  /**
   * Whether each link keeps what it rested on ({@link LinkEvidence}, given by {@link #trace}): a diagnostic that costs
   * a sort of the shared terms per link and memory kept for each event's life, so only a bench that asks for it pays
   * (review26/stories26 F3). Placement does not depend on it.
   */
  private boolean keepLinkEvidence;

  /** Keeps each link's {@link LinkEvidence} from now on (benches tracing the links); returns this clusterer. */
  public synchronized StoryClusterer keepLinkEvidence() {
    keepLinkEvidence = true;
    return this;
  }

  /** An input with its term frequencies computed: see {@link #prepare}. */
  public record Prepared(StoryInput input, Map<String, Double> termFrequencies) {}

  /**
   * Tokenises and normalises an article's title and text, most of the vectorising cost. It
   * touches no shared state, so callers do it before taking any lock of their own (the parallel
   * ingest threads then do not queue for it).
   */
  public static Prepared prepare(StoryInput in) {
    return new Prepared(in, TermVectorizer.termFrequencies(in.title(), in.text()));
  }

  /** Places one article and returns its story id (the same id again for an article seen before). */
  public String assign(StoryInput in) {
    return assign(prepare(in), null);
  }

  /**
   * Places one article and returns its story id. A copy ({@code originalId} = the article it
   * duplicates, null for none) joins its original's event whatever its own similarities say:
   * a copy is the same report, and placing it by similarity alone left it elsewhere whenever the
   * original's event could no longer be joined (closed, or its centroid drifted). When the
   * original was never placed here, the copy is placed like any article.
   */
  public synchronized String assign(Prepared p, String originalId) {
    return place(p.input(), p.termFrequencies(), originalId);
  }

  private String place(StoryInput in, Map<String, Double> tf, String originalId) {
    String known = storyOfArticle.get(in.id());
    if (known != null) return known;
    boolean dated = in.published() != null;
    if (!dated) in = at(in, newest != null ? newest : clock.instant());
    Placed placed = placeAt(in, dated, tf, originalId, null);
    EventCluster target = placed.target();
    if (savedAs != null) {
      unsaved.add(new StoryJournal.Entry(in.id(), in.title(), in.source(), in.published(), dated, in.entityIds(), tf,
          originalId, target.id, target.storyId, placed.clock()));
    }
    return target.storyId;
  }

  /**
   * What a placement decided: the event the article went to and its {@link ClockDecision}. The journal keeps both, so
   * that a replay applies them instead of deciding them again under this build's rules (session 25).
   */
  private record Placed(EventCluster target, ClockDecision clock) {}

  /**
   * A journal's article placed as a new one (its similarity search run again under this build's rules), for a
   * journal of version 1 or 2 written under other rules ({@link #replayRules}); an article already placed is left
   * where it is.
   */
  void placeAnew(StoryJournal.Entry e) {
    if (eventOfArticle.containsKey(e.id())) return;
    StoryInput in = new StoryInput(e.id(), e.title(), null, e.source(), e.placedAt(), e.entityIds());
    placeAt(in, e.dated(), e.termFrequencies(), e.originalId(), null);
  }

  /**
   * The rules a placement's clock decisions depend on: the closing rules ({@link #closeOldEvents}, {@link #isLate}:
   * change {@link #CLOSING_RULES} with them) and the windows they use. A journal of version 3 (session 25) records
   * those decisions and replays them whatever these rules are; the rules in its header decide only whether this
   * build may go on appending to it (same rules) or writes the state whole at its next save (other rules: a journal
   * holds the placements of one set of rules). A journal of version 1 or 2 recorded no clock decisions: under other
   * rules its articles are placed again as new ones (review 24 F4). The section-free anchor
   * ({@link Settings#sectionFreeAnchor}) and the section-free link ({@link Settings#sectionFreeLink}), when on, are named too: each changes where later articles go, and a journal
   * holds one set of rules' placements.
   */
  String replayRules() {
    String rules = "closing " + CLOSING_RULES + " event " + settings.eventWindow() + " link " + settings.linkWindow();
    // a placement rule of its own (session 25, lane purity25): named only when on, so the default's header is unchanged
    if (settings.sectionFreeAnchor() > 0) rules += " section-free anchor " + settings.sectionFreeAnchor();
    // the same for session 26's section-free link score (lane stories26)
    if (settings.sectionFreeLink() > 0) rules += " section-free link " + settings.sectionFreeLink();
    return rules;
  }

  /**
   * Places a journal's article again as it was placed ({@link StoryJournal}): at the time it was placed at, dated or
   * not, with its term frequencies in their order, into the event it went to (a new event of the recorded story
   * when that event is the next one to create). What the similarity search decided is not decided again: the
   * journal keeps placements, as the state file does, whatever this build's settings; nor, for a journal of version
   * 3, whether it was late and which events its clock closed. Everything else (document frequencies, vectors,
   * centroids, counts, postings, clocks; the closing of an older journal's entry) is done as {@link #place} does it.
   */
  String replay(StoryJournal.Entry e) {
    EventCluster known = eventOfArticle.get(e.id());
    if (known != null) return known.id;
    StoryInput in = new StoryInput(e.id(), e.title(), null, e.source(), e.placedAt(), e.entityIds());
    return placeAt(in, e.dated(), e.termFrequencies(), e.originalId(), e).target().id;
  }

  /**
   * Places an article (a journal's as {@code recorded}, else by similarity) and moves the clocks. A journal entry
   * of version 3 also brings its clock decisions (late or not, the events closed), applied as recorded; an older
   * one's are decided again under this build's rules.
   */
  private Placed placeAt(StoryInput in, boolean dated, Map<String, Double> tf, String originalId,
                         StoryJournal.Entry recorded) {
    TermVector v = vectorizer.learnAndVectorize(tf);
    // counted with the document frequencies, before placing: both include this article
    for (String id : in.entityIds()) entityDocuments.merge(id, 1, Integer::sum);
    List<String> keyTerms = keyTerms(v);
    EventCluster original = originalId == null ? null : eventOfArticle.get(originalId);
    EventCluster target = original != null ? joinAsCopy(original, in, v)
        : recorded != null ? placeAsRecorded(recorded, in, v) : placeBySimilarity(in, v, keyTerms);
    if (!target.isClosed()) for (String t : keyTerms) post(target, t);
    ClockDecision clock = recorded != null && recorded.clock() != null
        ? applyRecorded(recorded.clock(), in, target, dated) : decideClock(in, target, dated);
    storyOfArticle.put(in.id(), target.storyId);
    eventOfArticle.put(in.id(), target);
    return new Placed(target, clock);
  }

  /** Moves the clocks for an article placed in {@code target}, and closes the events this build's rules close. */
  private ClockDecision decideClock(StoryInput in, EventCluster target, boolean dated) {
    boolean newer = movesNewest(in, dated);
    boolean late = !newer && dated && isLate(in.published());
    if (!newer && !late) return ClockDecision.NONE;
    moveClock(in, target, late);
    return new ClockDecision(late, closeOldEvents());
  }

  /**
   * Moves the clocks as a journal recorded, and closes the events it recorded, in its order. A decision the state
   * cannot have made (late while newer or undated, closing without moving a clock, closing an event not open here)
   * is a damaged journal: an IllegalStateException, which the reader reports as such.
   */
  private ClockDecision applyRecorded(ClockDecision recorded, StoryInput in, EventCluster target, boolean dated) {
    boolean newer = movesNewest(in, dated);
    if (recorded.late() && (newer || !dated)) throw new IllegalStateException("article " + in.id() + " recorded late out of order");
    if (!newer && !recorded.late()) {
      if (!recorded.closed().isEmpty()) throw new IllegalStateException("article " + in.id() + " closes events without moving a clock");
      return recorded;
    }
    moveClock(in, target, recorded.late());
    for (int ordinal : recorded.closed()) {
      EventCluster c = eventByOrdinal(ordinal);
      if (c == null || c.isClosed()) throw new IllegalStateException("article " + in.id() + " closes e" + ordinal + ", not an open event");
      close(c);
    }
    return recorded;
  }

  /**
   * Whether a dated article is newer than every article before it. An undated article does not move the clock: one
   * article stamped with the ingest time (2026) in an archive of 2015 made every save close every 2015 event (session 16).
   */
  private boolean movesNewest(StoryInput in, boolean dated) {
    return dated && (newest == null || in.published().isAfter(newest));
  }

  /**
   * Moves the newest article's clock, or the late clock for a late article. When the clock moves, not when saving,
   * the old events are then closed: a save point must not change what later articles can join.
   */
  private void moveClock(StoryInput in, EventCluster target, boolean late) {
    if (!late) {
      newest = in.published();
      return;
    }
    lateClock = in.published();
    // only the events late articles form or join are kept open for the late clock (session 22)
    if (!target.isClosed()) target.late = true;
  }

  /**
   * A journal's placement (not a copy): the open event it joined, or a new event, which must be the next to create
   * and is created in the recorded story as {@link #placeBySimilarity} created it. A placement the state cannot
   * take (a closed or unknown event, another event number) is a damaged journal: an IllegalStateException, which
   * the reader reports as such.
   */
  private EventCluster placeAsRecorded(StoryJournal.Entry e, StoryInput in, TermVector v) {
    int ordinal = Integer.parseInt(e.eventId().substring(1));
    if (!e.eventId().equals("e" + ordinal)) throw new IllegalStateException("an event id " + e.eventId());
    if (ordinal < nextEvent) {
      EventCluster joined = eventByOrdinal(ordinal);
      if (joined == null || joined.isClosed() || !joined.storyId.equals(e.storyId())) {
        throw new IllegalStateException("article " + e.id() + " joins " + e.eventId() + ", not an open event of " + e.storyId());
      }
      grow(joined, in, v);
      return joined;
    }
    if (ordinal != nextEvent) throw new IllegalStateException("article " + e.id() + " opens " + e.eventId() + ", not e" + nextEvent);
    // a new story is named after its first article; a continued one must exist
    if (!firstEvents.containsKey(e.storyId()) && !e.storyId().equals(storyIdFor(in.id()))) {
      throw new IllegalStateException("article " + e.id() + " continues an unknown story " + e.storyId());
    }
    return openEvent(e.storyId(), in, v);
  }

  /**
   * Opens the next event, in {@code storyId}, with the article as its first member: the one path by which both a
   * placement and a journal's replay create events (review 24 F7), so the two cannot drift apart.
   */
  private EventCluster openEvent(String storyId, StoryInput in, TermVector v) {
    int ordinal = nextEvent++;
    EventCluster target = new EventCluster("e" + ordinal, ordinal, storyId);
    firstEvents.putIfAbsent(target.storyId, target);
    events.add(target);
    target.add(in, v);
    eventsBySize.add(target);
    openByLast.add(target);
    return target;
  }

  /** An event by its creation number ({@link #events} is in creation order; restored files keep gaps out). */
  private EventCluster eventByOrdinal(int ordinal) {
    int lo = 0, hi = events.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int o = events.get(mid).ordinal;
      if (o == ordinal) return events.get(mid);
      if (o < ordinal) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** The input with another publication time. */
  private static StoryInput at(StoryInput in, Instant t) {
    return new StoryInput(in.id(), in.title(), in.text(), in.source(), t, in.entityIds());
  }

  /** A copy joins its original's event; a closed event takes it as a member only (no centroid left to update). */
  private EventCluster joinAsCopy(EventCluster original, StoryInput in, TermVector v) {
    if (original.isClosed()) original.addToClosed(in);
    else grow(original, in, v);
    return original;
  }

  /** Adds a member to an open event, keeping its place in {@link #eventsBySize} and {@link #openByLast} right. */
  private void grow(EventCluster e, StoryInput in, TermVector v) {
    openByLast.remove(e); // removed under its old end time, before it changes
    eventsBySize.grow(e, () -> e.add(in, v));
    openByLast.add(e);
  }

  /** Makes an open event a candidate for articles having {@code term} among their key terms. */
  void post(EventCluster e, String term) {
    if (e.postedUnder.add(term)) eventsByTerm.computeIfAbsent(term, k -> new LinkedHashSet<>()).add(e);
  }

  /** Joins the most similar event, or opens a new one (continuing a story or starting one). */
  private EventCluster placeBySimilarity(StoryInput in, TermVector v, List<String> keyTerms) {
    EventCluster best = null;
    double bestScore = -1;
    // Each story's best link score among the candidates, stories in the order their best event was met.
    Map<String, Double> linkScoreOfStory = new LinkedHashMap<>();
    Map<String, EventCluster> linkEventOfStory = new java.util.HashMap<>();
    for (EventCluster c : candidates(keyTerms)) {
      long gap = c.secondsFrom(in.published());
      if (gap > settings.linkWindow().getSeconds()) continue;
      double cosine = c.cosine(v);
      double s = similarity(cosine, c.entityOverlap(in.entityIds(), 1));
      if (gap <= settings.eventWindow().getSeconds() && s > bestScore) { bestScore = s; best = c; }
      double linkScore = similarity(cosine, c.entityOverlap(in.entityIds(), settings.linkEntityFloor()));
      if (linkScore >= settings.linkThreshold() && linkScore > linkScoreOfStory.getOrDefault(c.storyId, -1.0)) {
        linkScoreOfStory.put(c.storyId, linkScore);
        linkEventOfStory.put(c.storyId, c);
      }
    }
    EventCluster target;
    if (best != null && bestScore >= settings.joinThreshold()) {
      EventCluster joined = best;
      target = joined;
      grow(joined, in, v);
    } else {
      // Not the same event: it may still continue a story told over the link window.
      Continuation link = storyToContinue(linkScoreOfStory, linkEventOfStory, v, in);
      target = openEvent(link != null ? link.linked().storyId : storyIdFor(in.id()), in, v);
      if (link != null) {
        target.linkedFrom = link.linked();
        target.linkScore = link.score();
        target.linkAgreement = link.agreement();
        if (keepLinkEvidence) target.linkEvidence = LinkEvidence.of(link.linked(), v, in, settings.linkEntityFloor());
      }
    }
    return target;
  }

  /**
   * The story a new event continues: the best-linking story whose events agree with the article
   * as a whole (see {@link #agreement}), trying up to {@value #STORIES_TRIED} stories best first;
   * null when none does. A single link is evidence about one event only, so linking on it alone
   * lets a chain drift one plausible step at a time (Eid greetings → a ministry's Eid visit → …)
   * until a story holds a hundred unrelated articles; the agreement check is the average-link
   * test against the story's main events that a chain of single links never makes.
   */
  private Continuation storyToContinue(Map<String, Double> linkScoreOfStory, Map<String, EventCluster> linkEventOfStory,
                                       TermVector v, StoryInput in) {
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(linkScoreOfStory.entrySet());
    // stable sort: equal scores keep the order their events were created in
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    for (int i = 0; i < Math.min(STORIES_TRIED, ranked.size()); i++) {
      String story = ranked.get(i).getKey();
      EventCluster linked = linkEventOfStory.get(story);
      List<EventCluster> sample = agreementSample(story, linked, in);
      if (sample.size() >= Settings.BROAD_STORY && !sharesSubject(linked, sample, in)) continue;
      if (!withinDrift(story, linked, v, in)) continue;
      if (!beyondSection(story, linked, v, in)) continue;
      if (!linksBeyondSection(linked, v, in)) continue;
      if (sample.isEmpty() && ranked.get(i).getValue() < settings.youngStoryLink()) continue;
      double bar = sample.size() >= Settings.BROAD_STORY && settings.broadStoryAgreement() > 0
          ? settings.broadStoryAgreement() : settings.storyAgreement();
      double agreement = settings.storyAgreement() <= 0 ? 1 : agreement(sample, v, in);
      if (agreement >= bar) return new Continuation(linked, ranked.get(i).getValue(), agreement);
    }
    return null;
  }

  /**
   * Whether the article stays close enough to what started the story: its text cosine with the story's first
   * event reaches {@link Settings#anchorCosine} (true when off, when the first event is the linked one, closed,
   * or out of the link window of the article: then there is nothing to measure the drift from).
   */
  private boolean withinDrift(String story, EventCluster linked, TermVector v, StoryInput in) {
    if (settings.anchorCosine() <= 0) return true;
    EventCluster first = firstEvents.get(story);
    if (first == null || first == linked || first.isClosed()) return true;
    Instant horizon = closingHorizon();
    if (horizon != null && first.last.isBefore(horizon)) return true;
    if (first.secondsFrom(in.published()) > settings.linkWindow().getSeconds()) return true;
    return first.cosine(v) >= settings.anchorCosine();
  }

  /**
   * Whether the article shares with the story's first event more than its section's vocabulary: their cosine
   * without {@link SectionWords} reaches {@link Settings#sectionFreeAnchor} (true when off, and as
   * {@link #withinDrift} when the first event is the linked one, closed, or out of the link window). Session 23
   * found the impure members of the largest stories to be one section's different happenings (clubs' transfers,
   * one market after another) reached in 2–3 hops, each link carried by the section's words.
   */
  private boolean beyondSection(String story, EventCluster linked, TermVector v, StoryInput in) {
    if (settings.sectionFreeAnchor() <= 0) return true;
    EventCluster first = firstEvents.get(story);
    if (first == null || first == linked || first.isClosed()) return true;
    Instant horizon = closingHorizon();
    if (horizon != null && first.last.isBefore(horizon)) return true;
    if (first.secondsFrom(in.published()) > settings.linkWindow().getSeconds()) return true;
    return first.cosineWithout(v, SectionWords::contains) >= settings.sectionFreeAnchor();
  }

  /**
   * Whether the link to {@code linked} still reaches {@link Settings#sectionFreeLink} once the section words' part of its
   * text cosine is taken off (true when off, the default). Session 26 traced the judged unrelated pairs of the largest stories to
   * their links: 24 of the 49 links that hold only unrelated pairs took a third of their cosine or more from section
   * words (index, shares, points, GCC, council…), against 3 of the 68 links that hold only related pairs.
   */
  private boolean linksBeyondSection(EventCluster linked, TermVector v, StoryInput in) {
    if (settings.sectionFreeLink() <= 0) return true;
    double cosine = linked.cosine(v) - linked.cosinePart(v, SectionWords::contains);
    return similarity(cosine, linked.entityOverlap(in.entityIds(), settings.linkEntityFloor())) >= settings.sectionFreeLink();
  }

  /** A new event's link into a story: the event it links to, the link score and the story's agreement. */
  private record Continuation(EventCluster linked, double score, double agreement) {}

  /**
   * Whether the article shares with the linked event an entity id named by at most
   * {@link Settings#subjectShare} of the articles placed so far <b>outside the story</b> (true when
   * the rule is off or the stream is below {@link Settings#subjectFloor}); when it shares none such,
   * {@link Settings#subjectless} answers (session 19): {@code REFUSE} false, {@code TEXT_ONLY_PASSES}
   * true when it shares no id at all with the linked event, {@code NO_SUBJECT_PASSES} true when it names
   * no id rare outside the story. Asked of broad stories
   * only: their chains of one genre (royal audiences, Eid parties of different bodies, daily oil
   * reports) are held by strong text links between different happenings of one kind that share only
   * the kingdom or the King, while a developing story's events share its named subject (Greece,
   * Suruc, the Iran deal; session 17, bench/RESULTS.md).
   *
   * <p>The story's own subject is exempt (session 18): the articles of the linked event and of the
   * agreement's {@code sample} (the story's largest events in the link window) that name an id are
   * taken off its count first. A big story's subject is named by many articles because the story is
   * big: the bar is {@link Settings#subjectShare} of the articles placed <em>so far</em>, and Yemen, in
   * the days of its war, is above it for most of the stream (8,869 of 10,464 positions of the August
   * stream, up to 7.0 %; up to 11.2 % of the two-day stream; only its final share, 4.5–4.9 %, is
   * below): counted as common, it stops the story's later events from continuing it (the session-17
   * rule lost 0.13 story F1 on held-out days, all of it recall). The kingdom in an Eid party chain stays
   * common: nearly all of its articles are outside the chain. Only the sampled
   * events are taken off, not every event of the story (bounded cost: at most
   * {@value #AGREEMENT_SAMPLE} + 1 events per id, and the sample is the restart-safe one), so the
   * exemption errs on the strict side, and measured it hardly acts: Yemen is above the bar by up to
   * ~200 articles, far more than 9 events hold. No new threshold.
   */
  boolean sharesSubject(EventCluster linked, List<EventCluster> sample, StoryInput in) {
    long placed = vectorizer.documents();
    if (placed < settings.subjectFloor()) return true;
    double most = settings.subjectShare() * placed;
    boolean sharesAny = false, namesRare = false;
    for (String id : in.entityIds()) {
      Integer inLinked = linked.entityCounts.get(id);
      int outside = entityDocuments.getOrDefault(id, 0) - (inLinked == null ? 0 : inLinked);
      for (EventCluster e : sample) outside -= e.entityCounts.getOrDefault(id, 0);
      boolean rare = outside <= most;
      if (inLinked != null && rare) return true;
      sharesAny |= inLinked != null;
      namesRare |= rare;
    }
    return switch (settings.subjectless()) {
      case REFUSE -> false;
      case TEXT_ONLY_PASSES -> !sharesAny;
      case NO_SUBJECT_PASSES -> !namesRare;
    };
  }

  /**
   * The article's mean link similarity to the {@code sample} ({@link #agreementSample}): the story's
   * largest events (at most {@value #AGREEMENT_SAMPLE}, ties by creation order) other than the event
   * it links to, among those within the link window of the article (the window the link itself
   * uses): whether it resembles what the story is currently about, not only its nearest event.
   * An event's shared entities count here only when the article also shares some text with that
   * event (cosine at least {@link Settings#agreementTextGate}): ids such as the kingdom and Mecca,
   * which hundreds of unrelated articles share, gave an overlap of 2/5 and 0.10 of agreement with
   * no word in common, so a chain of one genre (royal audiences, Mecca-region news) agreed with
   * itself (session 14). Entities named by many articles are not dropped as such: a country in
   * the news (Yemen, Iraq) is evidence when the texts agree too. The link itself is unchanged.
   * A broad story (at least {@value Settings#BROAD_STORY} other events in the sample) asks for more
   * text, {@link Settings#broadStoryTextGate}: genre chains are broad stories (a week of Israel/Palestine
   * or Saudi football news), and the more events a story has, the more of them share a country or
   * the kingdom by chance; narrower stories keep the narrow gate, which on dev is worth one
   * two-day link decision over the broad gate for every story (docs/stories.md; session 15).
   * 1 when the story has no other event in the window (nothing to disagree with). Bounded: at
   * most {@value #AGREEMENT_SAMPLE} cosines per story tried, and no scan of the story's events
   * (see {@link StoryEventsBySize#sample}).
   */
  double agreement(List<EventCluster> sample, TermVector v, StoryInput in) {
    if (sample.isEmpty()) return 1;
    double gate = sample.size() >= Settings.BROAD_STORY ? settings.broadStoryTextGate() : settings.agreementTextGate();
    double sum = 0;
    for (EventCluster c : sample) {
      double cosine = c.cosine(v);
      double overlap = cosine < gate ? 0 : c.entityOverlap(in.entityIds(), settings.linkEntityFloor());
      sum += similarity(cosine, overlap);
    }
    return sum / sample.size();
  }

  /** The events {@link #agreement} checks a link to {@code storyId} against (see there). */
  private List<EventCluster> agreementSample(String storyId, EventCluster linked, StoryInput in) {
    return eventsBySize.sample(storyId, linked, in.published(), settings.linkWindow().getSeconds(),
        closingHorizon(), AGREEMENT_SAMPLE);
  }

  /** Whether an article published at {@code t} is behind the closing horizon: late, as in an archive out of order. */
  private boolean isLate(Instant t) {
    Instant horizon = closingHorizon();
    return horizon != null && t.isBefore(horizon);
  }

  /** Whether an article at {@code t} could still join or link the event: the event's span is within the link plus event window of it. */
  private boolean withinReach(EventCluster c, Instant t) {
    return c.secondsFrom(t) <= settings.linkWindow().plus(settings.eventWindow()).getSeconds();
  }

  /** Events that ended before this can be joined or linked by no article arriving in order. */
  private Instant closingHorizon() {
    return newest == null ? null : newest.minus(settings.linkWindow()).minus(settings.eventWindow());
  }

  /**
   * Opens the clusterer state saved in a data directory by {@link #save} ({@value StoryStateFile#FILE_NAME}),
   * or a new clusterer when there is none, so that articles ingested by a later process join
   * the stories of earlier ones. Reads only: the directory may be read-only or another process's (a bench tool
   * reading a running server's state); the process that saves to it opens it with {@link #openForWriting}.
   */
  public static StoryClusterer open(Path dir, Settings settings) throws IOException {
    return StoryStateFile.read(dir, settings);
  }

  /**
   * {@link #open}, by the one process that saves to {@code dir} (it holds the data directory's lock), which then
   * removes the temporary files a killed save left there: once the state has opened, so that those next to a
   * damaged state file are kept (one may be its only other whole copy), and never failing the open for them.
   */
  public static StoryClusterer openForWriting(Path dir, Settings settings) throws IOException {
    StoryClusterer c = StoryStateFile.read(dir, settings);
    StoryStateFile.deleteLeftovers(dir);
    return c;
  }

  /**
   * Saves the state in {@code dir}: the articles placed since the last save appended to its journal
   * ({@value StoryJournal#FILE_NAME}, forced to the disk) when this state was last saved to or read from
   * {@code dir} and the journal is under its share ({@link #JOURNAL_SHARE}); else the whole state written to
   * {@value StoryStateFile#FILE_NAME}, replacing it atomically, and the old journal removed (session 24). It changes nothing in the clusterer: until session 20 a save closed the old events
   * first, so an ingest's stories depended on when it saved (a commit, a kill and re-run) whenever
   * articles came out of date order; they are now closed when the newest article moves
   * ({@link #closeOldEvents}).
   */
  public synchronized void save(Path dir) throws IOException {
    Path at = dir.toAbsolutePath().normalize();
    if (at.equals(savedIn) && unsaved.isEmpty()) return;
    // decided on the journal's length after the append (review 24 F1): one large save after a small state file
    // must not leave a journal many times the file, which every open replays
    byte[] record = at.equals(savedIn) ? StoryJournal.record(unsaved) : null;
    if (record != null && journalLength + record.length <= Math.max(JOURNAL_FLOOR, JOURNAL_SHARE * savedAs.length())) {
      long appended = StoryJournal.append(dir, savedAs, journalLength, record, replayRules());
      if (appended >= 0) {
        journalLength = appended;
        unsaved.clear();
        return;
      }
    }
    StoryJournal.Snapshot written = StoryStateFile.write(this, dir);
    bindTo(dir, written, 0); // before the old journal goes: if removing it fails, the next save replaces it
    StoryJournal.delete(dir);
  }

  /** From now on saves to {@code dir} append to its journal, which has {@code journalLength} valid bytes (0: none). */
  void bindTo(Path dir, StoryJournal.Snapshot snapshot, long journalLength) {
    this.savedIn = dir.toAbsolutePath().normalize();
    this.savedAs = snapshot;
    this.journalLength = journalLength;
    unsaved.clear();
  }

  /**
   * Closes the open events that ended more than the link window plus the event window before the
   * newest article, unless they are late events (started or joined by a late article, {@link EventCluster#late})
   * that lie within that same window of the last late article ({@link #lateClock}): they keep their id, story,
   * members and label but lose the centroid and entity counts (no article can join them any more). Run each
   * time the newest article moves and each time a late article is placed (not on saving or opening a state file: see {@link StoryStateFile#read}), so the open events
   * are a function of the articles placed and their order alone. The open events are those within the
   * window of the newest article plus the late events within the window of the last late one, whatever the
   * order of arrival: the file and the memory are bounded by two windows rather than by the collection (an
   * archive ingested newest first closes its events behind the late clock as it goes back; session 21). The
   * late clock keeps no newer event open (session 22): before, one stray article 10 days late in a feed kept
   * every event of the 9 days after it open once the newest article passed them.
   * Cost: the events closed, each with its posted terms, plus a look at the open events behind the horizon
   * (at most one window's worth of late events, those around the late clock).
   */
  List<Integer> closeOldEvents() {
    if (newest == null) return List.of();
    Instant horizon = closingHorizon();
    List<EventCluster> unreachable = new ArrayList<>();
    for (EventCluster c : openByLast) {
      if (!c.last.isBefore(horizon)) break;
      if (lateClock == null || !c.late || !withinReach(c, lateClock)) unreachable.add(c);
    }
    List<Integer> closed = new ArrayList<>(unreachable.size());
    for (EventCluster c : unreachable) {
      closed.add(c.ordinal);
      close(c);
    }
    return closed;
  }

  /** Closes one open event: out of every index of open events, its centroid freed ({@link EventCluster#close}). */
  private void close(EventCluster c) {
    openByLast.remove(c);
    for (String t : c.postedUnder) {
      Set<EventCluster> posting = eventsByTerm.get(t);
      posting.remove(c);
      if (posting.isEmpty()) eventsByTerm.remove(t);
    }
    c.postedUnder.clear();
    eventsBySize.remove(c);
    c.close();
  }

  /** Events sharing at least one key term with the article, in creation order (deterministic). */
  private List<EventCluster> candidates(List<String> keyTerms) {
    int stamp = ++candidateStamp; // marks the events already taken for this article
    List<EventCluster> out = new ArrayList<>();
    for (String t : keyTerms) {
      Set<EventCluster> posting = eventsByTerm.get(t);
      if (posting == null) continue;
      for (EventCluster c : posting) {
        if (c.candidateStamp != stamp) {
          c.candidateStamp = stamp;
          out.add(c);
        }
      }
    }
    out.sort(Comparator.comparingInt(c -> c.ordinal));
    return out;
  }

  /**
   * The highest-weighted terms of a vector, highest first, ties by term: two articles on one event
   * share some of these. A running selection of the top {@value #KEY_TERMS} (the vector has a
   * few hundred terms; sorting them all was most of this step's own cost).
   */
  static List<String> keyTerms(TermVector v) {
    String[] terms = v.terms();
    double[] values = v.values();
    String[] topTerms = new String[Math.min(KEY_TERMS, terms.length)];
    double[] topValues = new double[topTerms.length];
    int n = 0;
    for (int i = 0; i < terms.length; i++) {
      if (n == topTerms.length && !before(values[i], terms[i], topValues[n - 1], topTerms[n - 1])) continue;
      int at = n == topTerms.length ? n - 1 : n++; // the last one drops out when full
      while (at > 0 && before(values[i], terms[i], topValues[at - 1], topTerms[at - 1])) {
        topTerms[at] = topTerms[at - 1];
        topValues[at] = topValues[at - 1];
        at--;
      }
      topTerms[at] = terms[i];
      topValues[at] = values[i];
    }
    return List.of(topTerms);
  }

  /** Key-term order: higher weight first, then the term (terms are unique, so the order is total). */
  private static boolean before(double value, String term, double otherValue, String otherTerm) {
    int c = Double.compare(otherValue, value);
    return c < 0 || (c == 0 && term.compareTo(otherTerm) < 0);
  }

  private double similarity(double cosine, double entityOverlap) {
    double w = settings.entityWeight();
    return (1 - w) * cosine + w * entityOverlap;
  }

  /** A story id derived from its first article's id, so re-running an ingest gives the same ids. */
  static String storyIdFor(String articleId) {
    return "story-" + (articleId.length() > 12 ? articleId.substring(0, 12) : articleId);
  }

  /**
   * One event of a story as it was placed, for diagnostics (benches): its members' titles and, for an event
   * that continued the story, the event its link went to, with the link score and the story's agreement
   * (null and 0 for the event that started the story, and for events restored from a state file: the link
   * is not saved); what the link rested on only when {@link #keepLinkEvidence} was asked for (else null).
   */
  public record EventTrace(String eventId, Instant first, List<String> titles, String linkedEventId,
                           String linkedLabel, double linkScore, double agreement, LinkEvidence evidence) {}

  /**
   * What a new event's link into a story rested on, measured when it was made (session 26, lane stories26): the
   * first article's text cosine with the linked event and the entity overlap at the link step (the link score is
   * {@code (1 - entityWeight) × cosine + entityWeight × overlap}), the shared terms with their parts of the cosine
   * (largest first, at most {@value #EVIDENCE_TERMS}) and the part of all the section words ({@link SectionWords}),
   * and the entity ids the article shares with the event.
   */
  public record LinkEvidence(double cosine, double entityOverlap, double sectionPart,
                             List<Map.Entry<String, Double>> terms, List<String> sharedEntities) {
    static LinkEvidence of(EventCluster linked, TermVector v, StoryInput in, int entityFloor) {
      List<Map.Entry<String, Double>> parts = linked.cosineParts(v);
      double section = 0;
      for (Map.Entry<String, Double> p : parts) if (SectionWords.contains(p.getKey())) section += p.getValue();
      List<String> shared = in.entityIds().stream().filter(linked.entityCounts::containsKey).sorted().toList();
      return new LinkEvidence(linked.cosine(v), linked.entityOverlap(in.entityIds(), entityFloor), section,
          List.copyOf(parts.subList(0, Math.min(EVIDENCE_TERMS, parts.size()))), shared);
    }
  }

  /** How many shared terms a {@link LinkEvidence} keeps. */
  private static final int EVIDENCE_TERMS = 15;

  /** The events of a story in creation order, with the links that brought them in (see {@link EventTrace}). */
  public synchronized List<EventTrace> trace(String storyId) {
    List<EventTrace> out = new ArrayList<>();
    for (EventCluster c : events) {
      if (!c.storyId.equals(storyId)) continue;
      List<String> titles = c.members.stream().map(m -> m.title() == null ? m.id() : m.title()).toList();
      EventCluster from = c.linkedFrom;
      out.add(new EventTrace(c.id, c.first, titles, from == null ? null : from.id, from == null ? null : from.label(),
          c.linkScore, c.linkAgreement, c.linkEvidence));
    }
    return out;
  }

  /** The event (a finer cluster inside a story) of an article, or null when never assigned. */
  public synchronized String eventOf(String articleId) {
    EventCluster e = eventOfArticle.get(articleId);
    return e == null ? null : e.storyId + "/" + e.id;
  }

  /** All stories overlapping [from, to] (nulls mean open-ended), largest first. */
  public synchronized List<Story> stories(Instant from, Instant to) {
    Map<String, List<EventCluster>> byStory = new LinkedHashMap<>();
    for (EventCluster c : events) byStory.computeIfAbsent(c.storyId, k -> new ArrayList<>()).add(c);
    List<Story> out = new ArrayList<>();
    for (Map.Entry<String, List<EventCluster>> e : byStory.entrySet()) {
      Story s = toStory(e.getKey(), e.getValue());
      if (from != null && s.last().isBefore(from)) continue;
      if (to != null && s.first().isAfter(to)) continue;
      out.add(s);
    }
    out.sort(Comparator.comparingInt((Story s) -> s.articleIds().size()).reversed()
        .thenComparing(Story::last, Comparator.reverseOrder()));
    return out;
  }

  private static Story toStory(String storyId, List<EventCluster> chain) {
    List<String> articles = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    Instant first = null, last = null;
    EventCluster largest = chain.get(0);
    for (EventCluster c : chain) {
      c.members.forEach(m -> articles.add(m.id()));
      sources.addAll(c.sources());
      if (first == null || c.first.isBefore(first)) first = c.first;
      if (last == null || c.last.isAfter(last)) last = c.last;
      if (c.members.size() > largest.members.size()) largest = c;
    }
    return new Story(storyId, largest.label(), articles, sources, first, last);
  }
}
