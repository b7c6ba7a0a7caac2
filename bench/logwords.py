"""Word counts of an article log (title + text of every logged article), for the spelling-pair scripts.

Diacritics and tatweel removed, split on non-letters. Shared by bench/ng-pairs.py and bench/gj-pairs.py.
"""
import collections
import json
import re


def words(path):
    counts = collections.Counter()
    for line in open(path, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t', 2)
        if len(parts) < 3:
            continue
        article = json.loads(parts[2])
        text = (article.get('title') or '') + ' ' + (article.get('text') or '')
        text = re.sub('[\u064B-\u0652\u0670\u0640]', '', text)
        counts.update(w for w in re.split(r'[^\w]+', text) if w)
    return counts
