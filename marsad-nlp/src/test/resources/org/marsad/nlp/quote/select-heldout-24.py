# Draws the articles of gold-heldout-24.jsonl (session 23): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-24.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before any Marsad code ran on these articles. Articles of sets 1-23 are excluded, and so are the
# articles of every corpus sample read during development (bench/quote-sample.py with seeds 505,
# 707, 808 and 909, each drawn again with every state of the gold folder it may have been drawn
# with: sets 1-4 up to 1-23), every article sharing a normalised sentence of 60+ characters with
# any of those (exclude_shared_sentences=True), and (new, below) every article whose lead retells
# the story of an article of sets 1-23.
#
# The set-23 procedure with new seeds (3501-3505): news 8, newsrand 3, NO spa (none left under any
# documented criterion since set 21; see select-heldout-23.py), ant 4 + 1 of any category, rich 12
# newspaper + 2 ANT; newspaper days by the levelling rule (level_days=True), per_day=4 as in set 23.
#
# The departure rule, DECIDED BEFORE THE DRAW (the set-23 second annotator asked for that): start
# from set 23's parameters (per_day=4); if the 23 newspaper places do not all fill, raise per_day
# one step at a time up to 6 and keep the lowest value that fills them all; if 6 still does not
# fill them, relax the rich criterion for the rich group only (two `verb ... mark` patterns -> one)
# and fill the rest; never change the group mix otherwise. The script applies the rule itself
# (`RULE` below) and prints to stderr the newspaper places filled at each step it tried.
#
# Applied (run 2026-12-06 05:10-05:25 UTC, load average 16-27): per_day=4 filled 18 of 23 newspaper
# places (level 59, the top: every day open), 5 filled 19 (level 60), 6 filled 20 (level 61); so the
# last step applied: per_day=6 with the rich criterion relaxed for the newspaper rich group only
# (`rich_fill_marks=1`, a new option of draw(), default None = the old behaviour): 23 of 23, at
# level 28. The levelling rule then looks for the lowest level at which the draw fills, and with the
# one-pattern fill that is level 28, so the days used most (and the two-pattern articles left on
# them) stay closed: 1 of the 12 rich newspaper articles has two patterns, 11 have one. This reading
# of "fill the rest" (the relaxed criterion under the levelling rule, which picks its own level) was
# the script's as written before the run; it was not changed after reading the articles.
#
# Same story as an earlier set (set-23 review, D2: an article of set 23 rewrote the statement of a
# set-18 article with no 60-character sentence in common): an article is also excluded when at
# least SAME_STORY of the rare word 4-grams of its first 60 words (normalised as `sentence_keys`
# does; rare = in at most RARE_DF articles of the whole corpus, so that protocol titles such as
# "صاحب السمو الملكي الأمير ..." do not count) occur in one article of sets 1-23. Computed here
# and passed to draw() as further `exclude` ids, so heldout_draw.py is unchanged and sets 1-23
# draw exactly as before. Measured before the draw (threshold 0.2, rare = df <= 5): it excludes
# ~400 of ~32,000 corpus articles; a sample of those at 0.2-0.35 was the same story reprinted or
# rewritten (team lists, one seminar in sabq and okaz, a labour-ministry round in alweeam and SPA).
import collections
import contextlib
import glob
import gzip
import io
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from heldout_draw import corpus_samples_read, draw  # noqa: E402

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
EARLIER = ['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl',
           'gold-heldout-4.jsonl', 'gold-heldout-5.jsonl', 'gold-heldout-6.jsonl', 'gold-heldout-7.jsonl',
           'gold-heldout-8.jsonl', 'gold-heldout-9.jsonl', 'gold-heldout-10.jsonl', 'gold-heldout-11.jsonl',
           'gold-heldout-12.jsonl', 'gold-heldout-13.jsonl', 'gold-heldout-14.jsonl', 'gold-heldout-15.jsonl',
           'gold-heldout-16.jsonl', 'gold-heldout-17.jsonl', 'gold-heldout-18.jsonl', 'gold-heldout-19.jsonl',
           'gold-heldout-20.jsonl', 'gold-heldout-21.jsonl', 'gold-heldout-22.jsonl', 'gold-heldout-23.jsonl']
NEWSPAPER = 8 + 3 + 12
SAME_STORY = 0.2
RARE_DF = 5
LEAD_WORDS = 60
RULE = [dict(per_day=4), dict(per_day=5), dict(per_day=6), dict(per_day=6, rich_fill_marks=1)]


def shingles(text, lead=None, k=4):
    s = re.sub(r'[\u064B-\u0652\u0640]', '', text)
    s = re.sub(r'[أإآ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    w = re.sub(r'[^\w\s]|_', ' ', s).split()
    if lead:
        w = w[:lead]
    return {' '.join(w[i:i + k]) for i in range(len(w) - k + 1)}


def same_story_ids(shared, earlier):
    """Articles whose lead's rare 4-grams occur, SAME_STORY of them or more, in one earlier article."""
    used = set()
    for f in earlier:
        for line in open(os.path.join(HERE, f), encoding='utf-8'):
            if line.strip():
                used.add(json.loads(line)['id'])
    docs = {}
    for f in sorted(glob.glob(os.path.join(shared, 'data', 'saudinewsnet', '*.zip'))):
        z = zipfile.ZipFile(f)
        for n in sorted(z.namelist()):
            for a in json.loads(z.read(n)):
                docs[a['url']] = a['content']
    raw = gzip.open(os.path.join(shared, 'data', 'ant-corpus', 'ant-corpus-v1.1.trec.xml.gz'), 'rt',
                    encoding='utf-8').read()
    for m in re.finditer(r'<DOC>.*?</DOC>', raw, re.S):
        d = m.group(0)
        docs[re.search(r'<DOCNO>(.*?)</DOCNO>', d).group(1)] = re.search(r'<TEXT>(.*?)</TEXT>', d, re.S).group(1)
    df = collections.Counter()
    for t in docs.values():
        df.update(shingles(t))
    where = collections.defaultdict(set)
    for e in used:
        for s in shingles(docs.get(e, '')):
            if df[s] <= RARE_DF:
                where[s].add(e)
    out = set()
    for u, t in docs.items():
        if u in used:
            continue
        lead = {s for s in shingles(t, LEAD_WORDS) if df[s] <= RARE_DF}
        if not lead:
            continue
        c = collections.Counter(e for s in lead for e in where.get(s, ()))
        if c and c.most_common(1)[0][1] / len(lead) >= SAME_STORY:
            out.add(u)
    print(len(out), 'articles excluded as the same story as an earlier set', file=sys.stderr)
    return out


read = corpus_samples_read(SHARED, EARLIER) | same_story_ids(SHARED, EARLIER)


def run(params):
    return draw(earlier=EARLIER, seed=3501, news=8, newsrand=3, spa=0, ant=4, rich=12, rich_passes=2,
                exclude=read, exclude_shared_sentences=True, level_days=True, **params)


# The rule: try each step silently (no output file), keep the first that fills all newspaper places.
argv = sys.argv
chosen = None
for params in RULE:
    sys.argv = argv[:2]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        run(params)
    sys.argv = argv
    got = sum(1 for line in buf.getvalue().splitlines()
              if line.split()[2] == 'saudinewsnet' and line.split()[1] != 'spa')
    print('rule step', params, ':', got, 'of', NEWSPAPER, 'newspaper places filled', file=sys.stderr)
    if got >= NEWSPAPER:
        chosen = params
        break
if chosen is None:
    sys.exit('the rule\'s last step does not fill the newspaper places')
print('rule step kept', chosen, file=sys.stderr)
run(chosen)
