#!/usr/bin/env python3
"""Event purity of the largest stories of an ingest, judged by hand on random member pairs.

The dev F1 of `marsad eval stories` sees 371 gold articles of two days; it does not see whether
the largest stories of a real ingest are one story or a chain of one topic. This samples, for each
of the N largest stories of `marsad stories --json`, K random member pairs (seeded by the story's
title, so a story listed under the same title in another ingest draws the same pairs) and prints them with title and lead
from the data directory's article log, to be judged: do the two articles tell the same news story
(one event or its direct developments), or only the same topic?

Judgments are kept in bench/audit/story-purity.tsv, one row per article pair (ids sorted), so a
pair judged once is never judged again and another ingest's sample reuses what it shares.

  story-purity.py sample STORIES.json DATA [--top 10] [--pairs 15]   # pairs not yet judged, to judge
  story-purity.py score  STORIES.json DATA [--top 10] [--pairs 15]   # per-story purity of the sample

Columns of the judgments file (TAB): a, b (article ids, a < b), verdict (event | story | other), note;
purity = (event + story) / judged.
"""
import argparse
import json
import random
import sys
from pathlib import Path

JUDGMENTS = Path(__file__).resolve().parent / "audit" / "story-purity.tsv"


def articles(data):
    out = {}
    for seg in sorted(Path(data, "log").glob("segment-*.log")):
        with open(seg, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t", 2)
                if len(parts) < 3 or not parts[2].startswith("{"):
                    continue
                rec = json.loads(parts[2])
                out[rec["id"]] = rec
    return out


VERDICTS = ("event", "story", "other")


def judgments():
    out = {}
    if JUDGMENTS.exists():
        for line in JUDGMENTS.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            a, b, verdict, *note = line.split("\t")
            if verdict in VERDICTS:  # '?' or a typo: not judged (StoryPairs reads it the same way)
                out[(a, b)] = verdict
    return out


def sample(stories, top, pairs):
    for s in stories[:top]:
        ids = sorted(s["articleIds"])
        rnd = random.Random("purity:" + s["title"])
        seen = set()
        drawn = []
        while len(drawn) < min(pairs, len(ids) * (len(ids) - 1) // 2):
            a, b = rnd.sample(ids, 2)
            key = (min(a, b), max(a, b))
            if key not in seen:
                seen.add(key)
                drawn.append(key)
        yield s, drawn


def show(rec):
    lead = (rec.get("lead") or "").replace("\n", " ")[:220]
    return f'{rec["published"]} {rec["source"]} | {rec["title"]} | {lead}'


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["sample", "score"])
    p.add_argument("stories")
    p.add_argument("data")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--pairs", type=int, default=15)
    args = p.parse_args()
    stories = json.load(open(args.stories, encoding="utf-8"))["stories"]
    known = judgments()
    arts = articles(args.data) if args.mode == "sample" else None
    total_same = total = 0
    for s, drawn in sample(stories, args.top, args.pairs):
        if args.mode == "sample":
            print(f'## {s["id"]} ({s["articles"]} articles) {s["title"]}')
            for a, b in drawn:
                if (a, b) in known:
                    continue
                print(f"{a}\t{b}\t?\t")
                print("  A " + show(arts[a]))
                print("  B " + show(arts[b]))
        else:
            verdicts = [known.get(k) for k in drawn]
            missing = sum(v is None for v in verdicts)
            same = sum(v in ("event", "story") for v in verdicts)
            events = sum(v == "event" for v in verdicts)
            judged = len(verdicts) - missing
            total_same += same
            total += judged
            purity = same / judged if judged else float("nan")
            print(f'{s["articles"]:5d}  purity {same}/{judged} = {purity:.2f} (events {events})'
                  + (f"  ({missing} not judged)" if missing else "") + f'  {s["title"]}')
    if args.mode == "score" and total:
        print(f"all: {total_same}/{total} = {total_same / total:.3f}")


if __name__ == "__main__":
    sys.exit(main())
