# Draws the articles of gold-heldout-11.jsonl (session 11): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-11.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles. Articles of sets 1-10 are excluded, and
# so are the articles of every corpus sample read during development (bench/quote-sample.py with
# seeds 505, 707, 808 and 909; sessions 8 and 9 drew 909 again after sets 8 and 9 were added, session 10 after set 10). quote-sample.py
# skips the articles of the gold files present when it runs, so a sample depends on them: each
# seed is drawn here again with every state of the gold folder it may have been drawn with (sets
# 1-4 up to 1-10), and all those articles are excluded.
#
# Groups (each seeded; an article is drawn at most once), the set-9 procedure with new seeds (2201-2205):
#   news      random.seed(2201): 6 newspaper articles of 6 different sources, 60-260 words, a
#             speech verb then أن/إن/colon within 7 words, 3 with and 3 without quotation marks
#   newsrand  random.seed(2202): 1 newspaper article of 60-260 words drawn with no condition
#   spa       random.seed(2203): 4 Saudi Press Agency (`was`) articles with the criteria of `news`
#   ant       random.seed(2204): 4 ANT politic/localNews/internationalNews/society articles with
#             the criteria of `news`, and 1 ANT article of any category, 60-260 words, no condition
#   rich      random.seed(2205): 12 newspaper articles of up to 330 words with at least two
#             `speech verb ... quotation mark` patterns (at most two per source), 2 ANT ones likewise
# Newspaper articles come only from the days sets 1-10 used at most 12 times (at most two per day;
# set 10 took 19 of them with at most 10, which leaves too few days now), i.e. not 2015-08-10/11.
# The draw itself is heldout_draw.py (same folder).
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from heldout_draw import corpus_samples_read, draw  # noqa: E402

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
EARLIER = ['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl',
           'gold-heldout-4.jsonl', 'gold-heldout-5.jsonl', 'gold-heldout-6.jsonl', 'gold-heldout-7.jsonl',
           'gold-heldout-8.jsonl', 'gold-heldout-9.jsonl', 'gold-heldout-10.jsonl']

read = corpus_samples_read(SHARED, EARLIER)

draw(earlier=EARLIER, seed=2201, news=6, newsrand=1, spa=4, ant=4, rich=12, rich_passes=2, fresh_max=12,
     exclude=read)
