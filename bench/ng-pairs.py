"""Word-final نغ/نج pairs in an article log, and which of them FinalNgSpellings' rule keeps.

The figures of bench/RESULTS.md, "Session 14, lane fixsearch14". A pair is a word ending in نغ whose
نج twin also occurs (title + text of every logged article, diacritics and tatweel removed, split on
non-letters). The rule (marsad-text FinalNgSpellings) folds the two only when ا, و or ي comes right
before the ن. Every pair is printed with its counts and KEPT/DROPPED, so the foreign/Arabic reading
of each can be checked by eye:

    python3 bench/ng-pairs.py /tmp/end13/data/log/segment-000001.log

The rule is restated here as a regex, not called from the Java class: keep the two in step.
"""
import collections
import re
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from logwords import words  # noqa: E402

RULE = re.compile('[اوي]ن[غج]$')


def main(paths):
    counts = collections.Counter()
    for p in paths:
        counts.update(words(p))
    pairs = sorted(((w, w[:-1] + 'ج') for w in counts if w.endswith('نغ') and (w[:-1] + 'ج') in counts),
                   key=lambda p: -(counts[p[0]] + counts[p[1]]))
    kept = [p for p in pairs if RULE.search(p[0])]
    for g, j in pairs:
        print(f"{'KEPT   ' if RULE.search(g) else 'DROPPED'} {g} {counts[g]} / {j} {counts[j]}")
    print(f'pairs {len(pairs)} kept {len(kept)} dropped {len(pairs) - len(kept)}')
    ng_tokens = sum(counts[g] for g, _ in pairs)
    nj_tokens = sum(counts[j] for _, j in pairs)
    print(f'tokens in pairs: نغ {ng_tokens} / نج {nj_tokens}')
    # what the rule newly folds a typed word into, beyond the pairs: Arabic نج words after a long vowel
    lone = sorted((w for w in counts if RULE.search(w) and w.endswith('نج') and (w[:-1] + 'غ') not in counts),
                  key=lambda w: -counts[w])
    print(f"words ending in ا/و/ي + نج with no نغ twin: {len(lone)}; most frequent: "
          + ', '.join(f'{w} {counts[w]}' for w in lone[:25]))


if __name__ == '__main__':
    main(sys.argv[1:])
