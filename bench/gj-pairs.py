"""Single-word غ/ج pairs in an article log, and which of them ForeignGSpellings' rules fold.

The figures of bench/RESULTS.md, "Session 15, lane search15". A pair is a word with a غ whose twin
with that غ as ج also occurs (title + text of every logged article, diacritics and tatweel removed,
split on non-letters). Prints the number of pairs and tokens, what a naive fold of every غ/ج would
add to frequent Arabic words, and every pair each rule folds (FOLDED) with its counts, so the
foreign/Arabic reading of each can be checked by eye:

    python3 bench/gj-pairs.py /tmp/end14/data/log/segment-000001.log

The rules are restated here as regexes, not called from the Java class (marsad-text
ForeignGSpellings): keep the two in step. Final نغ/نج after a long vowel: bench/ng-pairs.py.
"""
import collections
import re
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from logwords import words  # noqa: E402

NATIVE_BEFORE_NG = re.compile('(?:[وف]?(?:[بلك]?ال|لل)?|[وف]?[يتن])')
NATIVE_PREFIX_LETTER = re.compile('[وف]?(?:[بلك]?ال|لل)?(?:[بكل]?([أإا])|([بكلم]))')
SUFFIX = re.compile('(?:تين|تان|اتها|اتهم|اته|ات|ية|ين|ون|ان|ها|هم|ة|ي|ه)$')
ONE_ROOT_LETTER = re.compile('[اوي]?[^اوي]|ا[^اوي]ا')
TWO_ROOT_LETTERS = re.compile('[^اوي]ا?[^اوي]')
BURG = re.compile('^(.*)ب[وي]?ر[غج]$')
PROCLITICS = re.compile('^(?:[وف]?(?:[بلك]?ال|لل)|[وف])')
def arabic_ng(word, n):
    """Whether the ن at index n and the g after it can be an Arabic root's (ForeignGSpellings.arabicNg)."""
    before = word[:n]
    if NATIVE_BEFORE_NG.fullmatch(before):
        return True
    prefix = NATIVE_PREFIX_LETTER.fullmatch(before)
    if not prefix:
        return False
    rest = word[n + 2:]
    suffix = SUFFIX.search(rest)
    if suffix and suffix.start() > 0:
        rest = rest[:suffix.start()]
    if ONE_ROOT_LETTER.fullmatch(rest):
        return True
    verb_form = prefix.group(1) is not None or prefix.group(2) == 'م'
    return verb_form and bool(TWO_ROOT_LETTERS.fullmatch(rest))


def rule(word, i):
    """The rule that reads the g at index i of word as foreign, or None."""
    last = len(word) - 1
    if i == last and re.search('[اوي]ن[غج]$', word):
        return 'final-ng'
    if 1 <= i - 1 and i < last and word[i - 1] == 'ن' and not arabic_ng(word, i - 1):
        return 'inner-ng'
    m = BURG.match(word)
    if i == last and m and len(PROCLITICS.sub('', m.group(1), count=1)) >= 2:
        return 'burg'
    return None


def main(paths):
    counts = collections.Counter()
    for p in paths:
        counts.update(words(p))
    pairs = []
    for w in counts:
        for i, ch in enumerate(w):
            if ch == 'غ' and (w[:i] + 'ج' + w[i + 1:]) in counts:
                pairs.append((w, w[:i] + 'ج' + w[i + 1:], i))
    pairs.sort(key=lambda p: -(counts[p[0]] + counts[p[1]]))
    print(f'pairs {len(pairs)}; tokens غ {sum(counts[g] for g, _, _ in pairs)} / ج {sum(counts[j] for _, j, _ in pairs)}')
    naive = sorted(pairs, key=lambda p: -min(counts[p[0]], counts[p[1]]))[:30]
    print('30 pairs of most tokens on their rarer side (a naive fold joins each): '
          + ', '.join(f'{g} {counts[g]}/{j} {counts[j]}' for g, j, _ in naive))
    by_rule = collections.defaultdict(list)
    for g, j, i in pairs:
        by_rule[rule(g, i)].append((g, j))
    for name in ('final-ng', 'inner-ng', 'burg'):
        got = by_rule[name]
        print(f'\n{name}: {len(got)} pairs, tokens {sum(counts[g] for g, _ in got)} / {sum(counts[j] for _, j in got)}')
        for g, j in got:
            print(f'FOLDED {g} {counts[g]} / {j} {counts[j]}')
    # the inner-ng pairs the rule leaves apart (an Arabic root starting نغ), to check none is foreign
    print('\ninner نغ pairs left apart: ' + ', '.join(
        f'{g} {counts[g]}/{j} {counts[j]}' for g, j, i in pairs
        if i >= 1 and i < len(g) - 1 and g[i - 1] == 'ن' and rule(g, i) is None))
    print(f'pairs left apart by every rule: {len(by_rule[None])}')


if __name__ == '__main__':
    main(sys.argv[1:])
