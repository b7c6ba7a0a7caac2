# Draws the articles of gold-heldout-16.jsonl (session 15): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-16.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles. Articles of sets 1-15 are excluded, and
# so are the articles of every corpus sample read during development (bench/quote-sample.py with
# seeds 505, 707, 808 and 909). quote-sample.py skips the articles of the gold files present when
# it runs, so a sample depends on them: each seed is drawn here again with every state of the gold
# folder it may have been drawn with (sets 1-4 up to 1-15), and all those articles are excluded.
#
# Groups (each seeded; an article is drawn at most once), the set-15 procedure with new seeds (2701-2705):
#   news      random.seed(2701): 6 newspaper articles of 6 different sources, 60-260 words, a
#             speech verb then أن/إن/colon within 7 words, 3 with and 3 without quotation marks
#   newsrand  random.seed(2702): 1 newspaper article of 60-260 words drawn with no condition
#   spa       random.seed(2703): 4 Saudi Press Agency (`was`) articles with the criteria of `news`;
#             only 1 of 60-260 words is left (79 SPA articles are in no gold set and no corpus
#             sample, and most of those share sentences with a read article: SPA copy is reprinted
#             by the papers), so `spa_fill_words=330` fills the group with SPA articles meeting the
#             criteria with up to 330 words (the `rich` limit), drawn after the first with the
#             same seed: 3 of 284-327 words (7 met the criteria up to 330 words; 3 are left).
#   ant       random.seed(2704): 4 ANT politic/localNews/internationalNews/society articles with
#             the criteria of `news`, and 1 ANT article of any category, 60-260 words, no condition
#   rich      random.seed(2705): 12 newspaper articles of up to 330 words with at least two
#             `speech verb ... quotation mark` patterns (at most two per source), 2 ANT ones likewise
# exclude_shared_sentences=True also skips any article sharing a normalised sentence of 60+
# characters with an excluded or earlier article (reprints of one agency story in several papers).
#
# Newspaper days: a new rule (`level_days=True` in heldout_draw.py; sets 4-15 keep their threshold
# and still draw exactly their articles). Sets 4-15 took newspaper articles only from the days the
# earlier sets had used at most FRESH_MAX times, and FRESH_MAX had to be raised by hand every set
# (5 ... 16) as the uses grew; a threshold one too high admits nearly every day and no longer
# prefers the least used ones, one too low leaves too few places. After set 15 the days had been
# used 15 (2015-07-26), 16 (07-23, 08-04), 17 (eight days), 18 (five days) and 38 times
# (2015-08-10/11, the SPA days): a threshold of 16 leaves 3 days (6 places), 17 leaves 11 days and
# shuts the five days used 18 times out entirely. The levelling rule instead gives each day a quota
# of `level - use` articles (at most two, as before), at the lowest level at which the draw fills
# all 19 newspaper places: no day ends above the level, the least used days give the most, a day
# used once more than them gives one fewer, and the uses converge set after set with nothing to
# retune. Here the level is 19: 2015-07-23/26, 08-04 and the eight days used 17 times may give two
# articles, the five days used 18 times one, 2015-08-10/11 none (27 places for 19 articles; level
# 18 gives 14 places, too few). The level and quotas are printed to stderr.
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from heldout_draw import corpus_samples_read, draw  # noqa: E402

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
EARLIER = ['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl',
           'gold-heldout-4.jsonl', 'gold-heldout-5.jsonl', 'gold-heldout-6.jsonl', 'gold-heldout-7.jsonl',
           'gold-heldout-8.jsonl', 'gold-heldout-9.jsonl', 'gold-heldout-10.jsonl', 'gold-heldout-11.jsonl',
           'gold-heldout-12.jsonl', 'gold-heldout-13.jsonl', 'gold-heldout-14.jsonl', 'gold-heldout-15.jsonl']

read = corpus_samples_read(SHARED, EARLIER)

draw(earlier=EARLIER, seed=2701, news=6, newsrand=1, spa=4, ant=4, rich=12, rich_passes=2, exclude=read,
     exclude_shared_sentences=True, level_days=True, spa_fill_words=330)
