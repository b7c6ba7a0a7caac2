"""How often وأبو (أبو after the conjunction و; a stop word until index schema 5) is written in an
article log, and what follows it: the counts of bench/RESULTS.md session 18 (lane search18).

    python3 bench/wa-abu-forms.py DATA/log/segment-000001.log

Prints the articles (last version of each id) and occurrences of وأبو/وابو/وإبو/وآبو, the word after
each, and the articles writing أبو علي in any case (أبو/أبي/أبا, after a proclitic too), whose علي
is the stop word على once normalised. Diacritics and tatweel removed.
"""
import collections
import json
import re
import sys

FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي'})
MARKS = re.compile('[\u064B-\u065F\u0670\u0640]')
WORD = re.compile(r'[\u0621-\u064A\u0671-\u06D3]+')


def norm(w):
    return MARKS.sub('', w).translate(FOLD)


def main(paths):
    records = {}
    for path in paths:
        for line in open(path, encoding='utf-8'):
            parts = line.rstrip('\n').split('\t', 2)
            if len(parts) < 3:
                continue
            try:
                r = json.loads(parts[2])
            except ValueError:
                continue
            records[r['id']] = r
    docs, forms, after = set(), collections.Counter(), collections.Counter()
    abu_ali = set()
    for r in records.values():
        words = WORD.findall(MARKS.sub('', (r.get('title') or '') + '\n' + (r.get('text') or '')))
        for i, w in enumerate(words):
            n = norm(w)
            following = words[i + 1] if i + 1 < len(words) else ''
            if n == 'وابو':
                docs.add(r['id'])
                forms[w] += 1
                after[following] += 1
            if re.fullmatch('[وفبلك]?اب[ويا]', n) and following == 'علي':
                abu_ali.add(r['id'])
    print(f'{len(records)} articles; {sum(forms.values())} وأبو in {len(docs)} articles: {dict(forms)}')
    print('next word:', ', '.join(f'{w} {c}' for w, c in after.most_common()))
    print(f'أبو علي (any case, after a proclitic too): {len(abu_ali)} articles')


main(sys.argv[1:])
