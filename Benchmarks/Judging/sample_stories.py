#!/usr/bin/env python3
"""Samples timeline rows that several articles report, for checking by hand.

    python3 Benchmarks/Judging/sample_stories.py NEWSDASH CORPUS [--count 50] [--seed 18] > stories.md

It reads `newsdash extract` and groups events as Sources/NewsModel/Corpus/Stories.swift does
(the same day, half of the fewer actors in common, at least four and 60% of the shorter
sentence's words in common, different articles, each report compared with the first report
of each story so far; words are numbers and those of four letters or more that words.tsv does
not class as function, saying or date words), then prints each sampled group: every report's
article, date, summary and sentence. Judge each group: *right* when all its reports tell the
same happening, *wrong* when one does not (say which).
"""

import argparse
import json
import os
import random
import re
import subprocess

SKIPPED = {"description-stop", "clause-opener", "speech-verb"}
SKIPPED_PREFIXES = ("month=", "weekday=", "temporal=")


def skipped_words():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "Sources", "NewsModel", "Resources", "words.tsv")
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        word, classes = line.rstrip("\n").split("\t", 1)
        for c in classes.split(","):
            if c in SKIPPED or c.startswith(SKIPPED_PREFIXES):
                out.add(word)
    return out


def words(sentence, skip):
    found = {w.lower() for w in re.findall(r"[A-Za-z0-9\u0080-\uffff]+", sentence)}
    return {w for w in found if (len(w.encode()) >= 4 or w[0].isdigit()) and w not in skip}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("corpus")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    skip = skipped_words()
    out = subprocess.run([args.binary, "extract", args.corpus, "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    events = []
    for line in out.splitlines():
        r = json.loads(line)
        for e in r["events"]:
            if e["granularity"] not in ("day", "time") or not e["actors"] or not e["start"]:
                continue
            day = e["start"][:10]
            if e["end"] and e["end"][:10] != day:
                continue
            s = r["text"][e["sentence"]["begin"]:e["sentence"]["end"]]
            events.append({"article": r["id"], "date": r["date"], "day": day, "actors": set(e["actors"]),
                           "words": words(s, skip), "summary": e["summary"], "sentence": s})
    parent = list(range(len(events)))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_day = {}
    for i, e in enumerate(events):
        by_day.setdefault(e["day"], []).append(i)
    for members in by_day.values():
        leaders = []
        for x in members:
            a = events[x]
            if len(a["words"]) < 4:
                continue
            for l in leaders:
                b = events[l]
                if a["article"] == b["article"]:
                    continue
                if 2 * len(a["actors"] & b["actors"]) < min(len(a["actors"]), len(b["actors"])):
                    continue
                shared = len(a["words"] & b["words"])
                if shared >= 4 and shared >= 0.6 * min(len(a["words"]), len(b["words"])):
                    parent[x] = l
                    break
            else:
                leaders.append(x)
    groups = {}
    for i in range(len(events)):
        groups.setdefault(root(i), []).append(i)
    stories = [g for g in groups.values() if len({events[i]["article"] for i in g}) >= 2]
    picked = random.Random(args.seed).sample(stories, min(args.count, len(stories)))
    print(f"## {len(picked)} of {len(stories)} rows that several articles report (seed {args.seed})\n")
    for n, g in enumerate(picked, 1):
        print(f"{n}. {events[g[0]]['day']} — {len(g)} reports")
        for i in g:
            e = events[i]
            print(f"   - {e['article']} ({e['date']}): {e['sentence']}")
        print()


if __name__ == "__main__":
    main()
