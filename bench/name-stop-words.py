"""How often a gold entity mention has a word the search analyser's stop list holds.

The figures of bench/RESULTS.md, "Session 13 (lane names13)" (the words the *_names fields
dropped until index schema 3). Reads a CoNLL-style file (word ... tag, B-/I- tags; a blank line
ends a sentence), e.g. the CleanANERcorp train split:

    python3 bench/name-stop-words.py ../shared/data/cleananercorp/cleananercorp_TRAIN.txt

Run from the repository root (it reads the Solr configset's copy of stopwords.txt). Words are
folded by an APPROXIMATION of ArabicNormalizer.match (diacritics and tatweel out; alef forms,
alef maqsura, ta marbuta, hamza seats folded; lower case), not by the Java class itself, so the
counts may differ slightly from the analyser's own reading. A mention is a B- tag and the I- tags
of the same type after it.
"""
import collections
import re
import sys

STOPWORDS = 'marsad-solr/src/main/resources/solr/configsets/marsad/conf/stopwords.txt'


def norm(w):
    w = re.sub('[\u064B-\u0652\u0670\u0640]', '', w)
    w = re.sub('[أإآٱ]', 'ا', w)
    w = w.replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
    return w.lower()


def mentions(path):
    out, cur, typ = [], [], None
    for line in open(path, encoding='utf-8'):
        p = line.split()
        if len(p) < 2:
            if cur:
                out.append((typ, cur))
                cur = []
            continue
        w, t = p[0], p[-1]
        if t.startswith('B-') or (t.startswith('I-') and (not cur or t[2:] != typ)):
            if cur:
                out.append((typ, cur))
            cur, typ = [w], t[2:]
        elif t.startswith('I-'):
            cur.append(w)
        elif cur:
            out.append((typ, cur))
            cur = []
    if cur:
        out.append((typ, cur))
    return out


def main(path):
    stop = set(l.strip() for l in open(STOPWORDS, encoding='utf-8') if l.strip() and not l.startswith('#'))
    ments = mentions(path)
    for kind in ['PERS', 'ORG', 'LOC']:
        ms = [m for t, m in ments if t == kind]
        hit = [m for m in ms if any(norm(w) in stop for w in m)]
        distinct = set(' '.join(m) for m in ms)
        distinct_hit = set(' '.join(m) for m in hit)
        words = collections.Counter(norm(w) for m in hit for w in m if norm(w) in stop)
        print(kind, 'mentions', len(ms), 'with a stop word', len(hit), '(%.1f%%)' % (100 * len(hit) / max(1, len(ms))),
              'distinct', len(distinct), 'with', len(distinct_hit), words.most_common(8))


if __name__ == '__main__':
    main(sys.argv[1])
