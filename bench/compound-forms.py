"""How compound names (عبد/أبو + a word) are written in an article log, by proclitic: the counts of
bench/RESULTS.md session 16 (lane search16).

    python3 bench/compound-forms.py DATA/log/segment-000001.log

Prints the occurrences joined and apart for each proclitic (none, و ف ب ل ك, two letters) and head,
the most frequent prefixed forms, and the words that start like a compound but are ordinary words
(أبواب/أبواق/أبوة/أبوي with a pronoun) or a foreign word after a proclitic and a bare alef (لابورتا).
Diacritics and tatweel removed, runs of white space made one space.
"""
import collections
import json
import re
import sys

HEAD = r'(?<!\w)([وفبلك]{0,2})(عبد|[اأإ]بو)'
JOINED = re.compile(HEAD + r'(\w{3,})')
APART = re.compile(HEAD + r' (\w{3,})')
ORDINARY = re.compile(r'(?:ا\w|ت|ي)(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|ي|ا)?')

joined, apart = collections.Counter(), collections.Counter()
for line in open(sys.argv[1], encoding='utf-8'):
    parts = line.rstrip('\n').split('\t', 2)
    if len(parts) < 3:
        continue
    a = json.loads(parts[2])
    text = (a.get('title') or '') + ' ' + (a.get('text') or '')
    text = re.sub(r'\s+', ' ', re.sub('[\u064B-\u0652\u0670\u0640]', '', text))
    for pattern, counts in ((JOINED, joined), (APART, apart)):
        for m in pattern.finditer(text):
            counts[m.groups()] += 1

for name, counts, sep in (('joined', joined, ''), ('apart', apart, ' ')):
    by = collections.Counter()
    for (p, h, _), n in counts.items():
        by[(p or '-', 'عبد' if h == 'عبد' else 'أبو')] += n
    print(name, 'by proclitic and head:', ', '.join(f'{p}+{h} {n}' for (p, h), n in by.most_common()))
    prefixed = collections.Counter({p + h + sep + s: n for (p, h, s), n in counts.items() if p})
    print(name, 'prefixed, most frequent:', ', '.join(f'{w} {n}' for w, n in prefixed.most_common(15)))
ordinary = collections.Counter({p + h + s: n for (p, h, s), n in joined.items() if h != 'عبد' and ORDINARY.fullmatch(s)})
print('ordinary words (no compound):', sum(ordinary.values()), ', '.join(f'{w} {n}' for w, n in ordinary.most_common()))
bare = collections.Counter({p + h + s: n for (p, h, s), n in joined.items() if p and h == 'ابو'})
print('proclitic + bare alef ابو:', ', '.join(f'{w} {n}' for w, n in bare.most_common()))
