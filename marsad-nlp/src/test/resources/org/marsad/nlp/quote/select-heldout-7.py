# Draws the articles of gold-heldout-7.jsonl (session 7): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-7.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles. Articles of sets 1-6 are excluded, and
# so are the articles of the two corpus samples read during development (bench/quote-sample.py
# with seeds 505 and 707: 2,000 articles whose quotations were read in sessions 5-7).
#
# Groups (each seeded; an article is drawn at most once), the set-6 procedure with new seeds:
#   news      random.seed(2071): 6 newspaper articles of 6 different sources, 60-260 words, a
#             speech verb then أن/إن/colon within 7 words, 3 with and 3 without quotation marks
#   newsrand  random.seed(2072): 1 newspaper article of 60-260 words drawn with no condition
#   spa       random.seed(2073): 4 Saudi Press Agency (`was`) articles with the criteria of `news`
#   ant       random.seed(2074): 4 ANT politic/localNews/internationalNews/society articles with
#             the criteria of `news`, and 1 ANT article of any category, 60-260 words, no condition
#   rich      random.seed(2075): 12 newspaper articles of up to 330 words with at least two
#             `speech verb ... quotation mark` patterns (at most two per source), 2 ANT ones likewise
# Newspaper articles come only from the days sets 1-6 used at most 7 times, at most two per day.
# The draw itself is heldout_draw.py (same folder).
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from heldout_draw import draw  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, *(['..'] * 8)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
read = set()
with tempfile.TemporaryDirectory() as tmp:
    for seed in (505, 707):
        out = os.path.join(tmp, 'sample-%d.jsonl' % seed)
        subprocess.run([sys.executable, os.path.join(ROOT, 'bench', 'quote-sample.py'), SHARED, out, str(seed)],
                       check=True, stderr=subprocess.DEVNULL)
        for line in open(out, encoding='utf-8'):
            read.add(json.loads(line)['id'])

draw(earlier=['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl',
              'gold-heldout-4.jsonl', 'gold-heldout-5.jsonl', 'gold-heldout-6.jsonl'],
     seed=2071, news=6, newsrand=1, spa=4, ant=4, rich=12, rich_passes=2, fresh_max=7, exclude=read)
