# Draws the articles of gold-heldout-6.jsonl (session 6): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-6.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles. Articles of sets 1-5 are excluded.
#
# Groups (each seeded; an article is drawn at most once):
#   news      random.seed(2061): 6 newspaper articles of 6 different sources, 60-260 words, a
#             speech verb then أن/إن/colon within 7 words, 3 with and 3 without quotation marks
#   newsrand  random.seed(2062): 1 newspaper article of 60-260 words drawn with no condition at
#             all (it may hold no quotation: false alarms count too)
#   spa       random.seed(2063): 4 Saudi Press Agency (`was`) articles with the criteria of `news`
#   ant       random.seed(2064): 4 ANT politic/localNews/internationalNews/society articles with
#             the criteria of `news`, and 1 ANT article of any category, 60-260 words, no condition
#   rich      random.seed(2065): 12 newspaper articles of up to 330 words with at least two
#             `speech verb ... quotation mark` patterns (sources visited in two passes, so at most
#             two per source), 2 ANT ones likewise
# This set favours direct quotations (14 of 30 articles drawn for `verb ... mark` patterns), as
# the direct figures are the ones that did not move on sets 3 and 4.
# Newspaper articles come only from the days sets 1-5 used at most 6 times (5 left too few for the
# `rich` group), at most two per day in
# this set (SPA articles exist only on 2015-08-10 and 2015-08-11, so they are exempt); sources the
# earlier sets used least come first in the `news` and `rich` groups.
# The draw itself is heldout_draw.py (same folder), shared with the other set's script.
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_draw import draw  # noqa: E402

draw(earlier=['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl',
              'gold-heldout-4.jsonl', 'gold-heldout-5.jsonl'],
     seed=2061, news=6, newsrand=1, spa=4, ant=4, rich=12, rich_passes=2, fresh_max=6)
