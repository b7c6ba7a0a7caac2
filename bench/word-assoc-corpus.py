#!/usr/bin/env python3
"""Plain-text training corpus for the word-association model (bench WordAssociationBuilder).

Usage: python3 bench/word-assoc-corpus.py [--ant ANT.trec.xml.gz] [--asnd ASND_DIR] [--arcd ARCD_TRAIN.json] OUT.txt

Writes one document per line (line breaks inside a document become spaces). Only corpora whose
licence allows shipping a model derived from them (docs/models.md, "Word associations"): ANT
(Apache-2.0 with a citation request; the <TEXT> of each article, titles left out because the ANT
titles are the queries of the retrieval development collection), ASND (none in its repository,
CC BY 4.0 per Masader; the posts of all three splits) and ARCD *train* paragraphs (MIT code and
annotations, Arabic Wikipedia text under CC BY-SA; each distinct context once; never
arcd-test.json). Not SaudiNewsNet (non-commercial licence). The output holds the ANT topic test
split and ASND tst: a model built from it must never feed the topic classifier (docs/models.md).
"""
import csv
import gzip
import json
import re
import sys


def ant(path):
    raw = gzip.open(path, 'rt', encoding='utf-8').read()
    for d in re.findall(r'<DOC>(.*?)</DOC>', raw, re.S):
        text = re.search(r'<TEXT>(.*?)</TEXT>', d, re.S)
        if text and text.group(1).strip():
            yield text.group(1)


def asnd(folder):
    csv.field_size_limit(10_000_000)
    for split in ('trn', 'dev', 'tst'):
        with open(f'{folder}/sm_news_ar_{split}.csv', encoding='utf-8', newline='') as f:
            for row in csv.DictReader(f):
                if row.get('Content', '').strip():
                    yield row['Content']


def arcd(path):
    if 'test' in path:
        sys.exit('refusing an ARCD test file: the model must never see the test split')
    seen = set()
    for article in json.load(open(path, encoding='utf-8'))['data']:
        for p in article['paragraphs']:
            if p['context'] not in seen:
                seen.add(p['context'])
                yield p['context']


def main(argv):
    sources, out = [], argv[-1]
    i = 0
    while i < len(argv) - 1:
        flag, value = argv[i], argv[i + 1]
        sources.append({'--ant': ant, '--asnd': asnd, '--arcd': arcd}[flag](value))
        i += 2
    n = 0
    with open(out, 'w', encoding='utf-8') as f:
        for src in sources:
            for doc in src:
                f.write(' '.join(doc.split()) + '\n')
                n += 1
    print(f'wrote {n} documents to {out}')


main(sys.argv[1:])
