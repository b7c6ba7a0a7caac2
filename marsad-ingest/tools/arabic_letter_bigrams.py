#!/usr/bin/env python3
"""Builds the Arabic letter-bigram table TextDecoder uses to choose between Windows-1256 and
ISO-8859-6 for short inputs (src/main/resources/org/marsad/ingest/charset/arabic-letter-bigrams.tsv).

Data: the ANT corpus v1.1 (Apache-2.0, cite Chouigui et al. 2017), the <TEXT> of every record.
Usage: python3 tools/arabic_letter_bigrams.py ../../shared/data/ant-corpus/ant-corpus-v1.1.trec.xml.gz > OUT.tsv
Output: one line per bigram "PREV<TAB>NEXT<TAB>COUNT", where '_' marks a word boundary; letters are
U+0621..U+064A (hamza to yeh); diacritics and tatweel are dropped before counting.
"""
import collections, gzip, re, sys

LETTER = re.compile('[\u0621-\u063A\u0641-\u064A]+')
DROP = re.compile('[\u064B-\u065F\u0640\u0670]')

def main(path):
    counts = collections.Counter()
    in_text = False
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('<TEXT>'):
                in_text = True
                continue
            if line.startswith('</TEXT>'):
                in_text = False
                continue
            if not in_text:
                continue
            for word in LETTER.findall(DROP.sub('', line)):
                w = '_' + word + '_'
                for a, b in zip(w, w[1:]):
                    counts[(a, b)] += 1
    for (a, b), n in sorted(counts.items()):
        print(f'{a}\t{b}\t{n}')

if __name__ == '__main__':
    main(sys.argv[1])
