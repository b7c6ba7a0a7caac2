#!/usr/bin/env python3
"""Draws the articles of a story judging day (session 18): every article of a few whole sources.

A judging set must hold whole stories, so instead of a thin sample of every source it takes
ALL articles of some sources of one day. Sources are put in a seeded random order
(random.Random(SEED).shuffle of the sorted source names); a source is taken when the total
stays <= MAX, and the draw stops once the total reaches MIN. Prints url<TAB>source<TAB>title
sorted by source then URL (the labelling sheet; texts stay in ../shared/data).

  python3 bench/stories-gold-draw.py ../shared/data/saudinewsnet 2015-08-09 [SEED=1809] [MIN=150] [MAX=200]
"""
import json, random, sys, zipfile, os

def main():
    folder, day = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1809
    lo = int(sys.argv[4]) if len(sys.argv) > 4 else 150
    hi = int(sys.argv[5]) if len(sys.argv) > 5 else 200
    with zipfile.ZipFile(os.path.join(folder, day + ".zip")) as z:
        articles = json.loads(z.read(day + ".json").decode("utf-8"))
    by_source = {}
    for a in articles:
        by_source.setdefault(a["source"], []).append(a)
    order = sorted(by_source)
    random.Random(seed).shuffle(order)
    taken, total = [], 0
    for s in order:
        if total >= lo:
            break
        if total + len(by_source[s]) <= hi:
            taken.append(s)
            total += len(by_source[s])
    print(f"# day {day} seed {seed} sources {','.join(taken)} articles {total}", file=sys.stderr)
    for s in taken:
        for a in sorted(by_source[s], key=lambda a: a["url"]):
            print(f"{a['url']}\t{s}\t{a['title']}")

if __name__ == "__main__":
    main()
