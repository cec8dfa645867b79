#!/usr/bin/env python3
"""Samples rows from the dashboard's default view, for judging by hand.

    python3 Benchmarks/Judging/sample_panes.py NEWSDASH CORPUS [--count 100] [--seed 18]
        [--pane timeline|actors|quantities] > sample.md

NEWSDASH is the newsdash binary, CORPUS an article folder (e.g. ../shared/corpus/te3-silver).

The rows are read from what the user sees: `newsdash render` of each pane zoomed to the whole
screen, paged with PgDn (each page's first row is the last row of the page before), so a row is
exactly as the pane draws it in its default order and filters. For each sampled row the script
adds what a judge needs to check it, taken from `newsdash extract`: the article and its sentence
for a timeline or quantity row, the kind and two mentions in context for an actor.

Each row is then judged *right* (correct, and meaningful to an analyst on its own), *useless*
(correct but tells nothing) or *wrong*. The same seed gives the same rows for the same output.
"""

import argparse
import json
import random
import re
import subprocess
import sys

WIDTH = 250
HEIGHT = 1000
PANES = {"timeline": "1", "actors": "2", "quantities": "3"}


def render(binary, corpus, pane, pages):
    keys = " ".join([PANES[pane], "z"] + ["PgDn"] * pages)
    out = subprocess.run(
        [binary, "render", corpus, "--size", f"{WIDTH}x{HEIGHT}", "--keys", keys],
        check=True, capture_output=True, text=True).stdout
    return out.split("\n")


def pane_rows(lines, pane):
    """The list rows inside the zoomed pane's frame, and the pane's row count from its title."""
    title = next(l for l in lines if l.startswith("┏"))
    count = int(re.search(r"\d+ \w+ ([\d,]+)", title).group(1).replace(",", ""))
    inner = [l[1:-1] for l in lines if l.startswith("┃")]
    if pane == "timeline":
        inner = inner[2:]  # the density strip and its axis
    return count, inner


def sample_rows(binary, corpus, pane, n, seed):
    count, first = pane_rows(render(binary, corpus, pane, 0), pane)
    height = len(first)
    picked = sorted(random.Random(seed).sample(range(count), min(n, count)))
    pages = {}
    rows = []
    for index in picked:
        page = 0 if height >= count else min(index // (height - 1), (count - height) // (height - 1) + 1)
        if page not in pages:
            pages[page] = first if page == 0 else pane_rows(render(binary, corpus, pane, page), pane)[1]
        top = min(page * (height - 1), max(0, count - height))
        rows.append((index, pages[page][index - top].rstrip()))
    return count, rows


def load_articles(binary, corpus):
    out = subprocess.run([binary, "extract", corpus, "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def sentence_of(article, offset):
    for s in article["sentences"]:
        if s["begin"] <= offset < s["end"]:
            return article["text"][s["begin"]:s["end"]]
    return ""


def clean(text):
    return " ".join(text.replace("…", " ").split())


def timeline_context(row, by_id):
    article_id = row.split()[-1]
    article = by_id.get(article_id)
    if article is None:
        return "(article not found)"
    body = row[:row.rfind(article_id)]
    words = clean(body).split()
    found = []
    for event in article["events"]:
        summary = " ".join(event["summary"].split())
        # The row holds the date, then the summary (cut with …), then actors.
        for start in range(1, 4):
            prefix = " ".join(words[start:start + 3])
            if prefix and summary.startswith(prefix):
                found.append(event)
                break
    if not found:
        return f"{article_id}: (event not matched)"
    # Of events with the same words, the one whose start the date column shows.
    event = next((e for e in found if e["start"] and e["start"][:7] in row[:20]), found[0])
    text = article["text"][event["sentence"]["begin"]:event["sentence"]["end"]]
    return f"{article_id} ({article['date']}): event {event['start']}..{event['end']}; sentence: {text}"


def quantity_context(row, articles):
    digits = re.search(r"(\d[\d,.]*)([KMB]?)", row)
    value = None
    if digits:
        value = float(digits.group(1).replace(",", "").rstrip("."))
        value *= {"K": 1e3, "M": 1e6, "B": 1e9}.get(digits.group(2), 1)
    words = [w for w in row.split() if w[0].isalnum()]
    first_word = words[0].lower() if words else ""
    parts = [p for p in re.split(r"\s{2,}", row.strip()) if p]
    # The last column is the article's date (when the quantity has one) and its title.
    title = clean(re.sub(r"^\d[\d-]*\S* ", "", parts[-1])) if parts else ""
    for article in articles:
        if not clean(article["title"] or "").startswith(title[:30]):
            continue
        for q in article["quantities"]:
            numbers = [x for x in (q["value"], q["low"], q["high"]) if isinstance(x, (int, float))]
            same = any(abs(x - value) <= 1e-6 * max(1.0, abs(x)) for x in numbers) if value is not None \
                else q["text"].lower().startswith(first_word)
            # The row rounds large values (2.3B), so a near value matches when nothing is exact.
            near = value is not None and any(abs(x - value) <= 0.05 * abs(x) for x in numbers)
            if same or near:
                return (f"{article['id']} ({article['date']}): '{q['text']}' [{q['category']}]"
                        f" what={q['what']} by={q['claimed_by']}; sentence: {sentence_of(article, q['begin'])}")
    for article in articles:
        if clean(article["title"] or "").startswith(title[:30]):
            for q in article["quantities"]:
                if first_word and first_word in q["text"].lower().replace(",", ""):
                    return (f"{article['id']} ({article['date']}): '{q['text']}' [{q['category']}]"
                            f" what={q['what']} by={q['claimed_by']}; sentence: {sentence_of(article, q['begin'])}")
    return "(quantity not matched)"


def actor_context(row, articles, rng):
    name = clean(row[2:].rsplit(None, 2)[0]) if len(row) > 2 else ""
    seen = []
    for article in articles:
        for actor in article["actors"]:
            if actor["name"] == name:
                seen.append((article, actor))
    if not seen:
        return "(actor not matched)"
    kinds = sorted({a["kind"] for _, a in seen})
    notes = []
    for article, actor in rng.sample(seen, min(2, len(seen))):
        m = actor["mentions"][0]
        notes.append(f"'{m['text']}' in {article['id']}: {sentence_of(article, m['begin'])}")
    return f"kind {'/'.join(kinds)}, in {len(seen)} articles; " + " | ".join(notes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("corpus")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--pane", choices=sorted(PANES), action="append")
    args = parser.parse_args()
    articles = load_articles(args.binary, args.corpus)
    by_id = {a["id"]: a for a in articles}
    rng = random.Random(args.seed)
    for pane in args.pane or ["timeline", "actors", "quantities"]:
        count, rows = sample_rows(args.binary, args.corpus, pane, args.count, args.seed)
        print(f"## {pane}: {len(rows)} of {count} rows (seed {args.seed})\n")
        for number, (index, row) in enumerate(rows, 1):
            if pane == "timeline":
                context = timeline_context(row, by_id)
            elif pane == "quantities":
                context = quantity_context(row, articles)
            else:
                context = actor_context(row, articles, rng)
            print(f"{number}. row {index}: `{row.strip()}`\n   - {context}")
        print()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
