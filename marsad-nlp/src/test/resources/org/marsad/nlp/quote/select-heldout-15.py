# Draws the articles of gold-heldout-15.jsonl (session 14): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-15.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles. Articles of sets 1-14 are excluded, and
# so are the articles of every corpus sample read during development (bench/quote-sample.py with
# seeds 505, 707, 808 and 909). quote-sample.py skips the articles of the gold files present when
# it runs, so a sample depends on them: each seed is drawn here again with every state of the gold
# folder it may have been drawn with (sets 1-4 up to 1-14), and all those articles are excluded.
#
# Groups (each seeded; an article is drawn at most once), the set-14 procedure with new seeds (2601-2605):
#   news      random.seed(2601): 6 newspaper articles of 6 different sources, 60-260 words, a
#             speech verb then أن/إن/colon within 7 words, 3 with and 3 without quotation marks
#   newsrand  random.seed(2602): 1 newspaper article of 60-260 words drawn with no condition
#   spa       random.seed(2603): 4 Saudi Press Agency (`was`) articles with the criteria of `news`
#   ant       random.seed(2604): 4 ANT politic/localNews/internationalNews/society articles with
#             the criteria of `news`, and 1 ANT article of any category, 60-260 words, no condition
#   rich      random.seed(2605): 12 newspaper articles of up to 330 words with at least two
#             `speech verb ... quotation mark` patterns (at most two per source), 2 ANT ones likewise
# Newspaper articles come only from the days sets 1-14 used at most 16 times (at most two per day).
# After set 14 the newspaper days had been used 13-17 times (2015-08-10/11, which hold the SPA
# articles, 36 each): 15, the limit of set 14, leaves only 5 days (10 places; the draw then gives
# 10 newspaper articles, 3 of the 12 `rich` ones: `FRESH_MAX=15 python3 ...`); 16 leaves 10 days
# (20 places), the smallest limit that still draws all 19 from 10+ sources (11 sources, 10 days);
# 17 would admit every day but 2015-08-10/11 and no longer prefer the least used ones.
# exclude_shared_sentences=True also skips any article sharing a normalised sentence of 60+
# characters with an excluded article (reprints of one agency story in several newspapers).
# The draw itself is heldout_draw.py (same folder), unchanged for this set.
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
           'gold-heldout-12.jsonl', 'gold-heldout-13.jsonl', 'gold-heldout-14.jsonl']
FRESH_MAX = int(os.environ.get('FRESH_MAX', 16))  # the set was drawn with 16; the variable shows why

read = corpus_samples_read(SHARED, EARLIER)

draw(earlier=EARLIER, seed=2601, news=6, newsrand=1, spa=4, ant=4, rich=12, rich_passes=2, fresh_max=FRESH_MAX,
     exclude=read, exclude_shared_sentences=True)
