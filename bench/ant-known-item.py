#!/usr/bin/env python3
"""Known-item retrieval collection from the ANT news corpus, for `marsad eval retrieval`.

Usage: python3 bench/ant-known-item.py ../shared/data/ant-corpus/ant-corpus-v1.1.trec.xml.gz OUTDIR

Documents: every ANT article whose <TEXT> has at least 200 characters and whose title has at
least 3 words (9,848). Queries: the titles of 1,000 of them drawn with a fixed seed; each title
is judged relevant to its own article only. A second, news-genre check of analysis choices made
on ARCD (question -> paragraph); the title is not indexed, so the query must meet the body.
"""
import gzip
import json
import os
import random
import re
import sys

SEED = 20261203
QUERIES = 1000


def main(src, out):
    raw = gzip.open(src, 'rt', encoding='utf-8').read()
    docs = []
    for d in re.findall(r'<DOC>(.*?)</DOC>', raw, re.S):
        no = re.search(r'<DOCNO>(.*?)</DOCNO>', d).group(1).strip()
        title = re.search(r'<TITLE>(.*?)</TITLE>', d, re.S).group(1).strip()
        text = re.search(r'<TEXT>(.*?)</TEXT>', d, re.S)
        text = text.group(1).strip() if text else ''
        if len(text) >= 200 and len(title.split()) >= 3:
            docs.append((no, title, text))
    random.seed(SEED)
    queries = random.sample(docs, QUERIES)
    os.makedirs(out, exist_ok=True)
    with open(f'{out}/docs.jsonl', 'w', encoding='utf-8') as f:
        for no, _, text in docs:
            f.write(json.dumps({'id': no, 'text': text}, ensure_ascii=False) + '\n')
    with open(f'{out}/queries.jsonl', 'w', encoding='utf-8') as f, open(f'{out}/qrels.tsv', 'w') as r:
        for no, title, _ in queries:
            f.write(json.dumps({'id': 'q' + no, 'text': title}, ensure_ascii=False) + '\n')
            r.write(f'q{no}\t{no}\t1\n')
    print(f'wrote {len(docs)} documents and {len(queries)} queries to {out}')


main(sys.argv[1], sys.argv[2])
