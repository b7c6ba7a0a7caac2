# Draws the articles of gold-heldout-4.jsonl (session 4): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-4.py ../shared
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles.
#
# Groups (each seeded; an article is drawn at most once):
#   news      random.seed(2041): 8 newspaper articles of 8 different sources, 60-260 words, a
#             speech verb then أن/إن/colon within 7 words, 4 with and 4 without quotation marks
#   newsrand  random.seed(2042): 2 newspaper articles of 60-260 words drawn with no condition at
#             all (they may hold no quotation: false alarms count too)
#   spa       random.seed(2043): 5 Saudi Press Agency (`was`) articles with the criteria of `news`
#   ant       random.seed(2044): 5 ANT politic/localNews/internationalNews/society articles with
#             the criteria of `news`, and 1 ANT article of any category, 60-260 words, no condition
#   rich      random.seed(2045): 9 newspaper articles of up to 330 words with at least two
#             `speech verb ... quotation mark` patterns (one per source), 2 ANT ones likewise
# Newspaper articles come only from the days the earlier sets used at most 5 times (2015-07-31,
# 2015-08-10 and 2015-08-11 hold 35 of their 63 SaudiNewsNet articles), at most two per day in
# this set (SPA articles exist only on 2015-08-10 and 2015-08-11, so they are exempt); sources the earlier sets used least come first in the `news` and `rich`
# groups (sources are visited in order of earlier use, fewest first, ties by the shuffle).
# The draw itself is heldout_draw.py (same folder), shared with the other set's script.
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_draw import draw  # noqa: E402

draw(earlier=['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl'],
     seed=2041, news=8, newsrand=2, spa=5, ant=5, rich=9, rich_passes=1)
