#!/usr/bin/env python3
"""Check the hand-made story gold against its sources and print its counts.

Usage (from the repository root, with ../shared/data beside it):

    python3 story/testdata/gold/check.py [--data ../shared/data/news]

For each gold file it checks that every line has url, title, story, thread and
lang; that every url occurs exactly once in the source and once in the gold;
that the title is the source's; and that the set of urls is exactly the one the
sampling rule in README.md selects. It prints articles, stories, singletons,
the largest story and the distribution of story sizes. It reads the labels; it
never makes them.
"""
import argparse
import collections
import csv
import gzip
import json
import os
import re
import sys

GOLD = os.path.dirname(os.path.abspath(__file__))


def uk_source(data):
    with open(os.path.join(data, "uk_news_nov2024.csv"), newline="", encoding="utf-8") as f:
        return [(r["url"], r["title"]) for r in csv.DictReader(f)]


def uk_rule(src):
    """Every article of the file."""
    return {u for u, _ in src}


def ru_source(data):
    out = []
    with gzip.open(os.path.join(data, "ru_rt_ng.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out.append((r["url"], r["title"]))
    return out


def ru_rule(src):
    """NG articles whose URL date is 2018-03-19..22, RT articles numbered >= 493700."""
    sel = set()
    for u, _ in src:
        m = re.search(r"ng\.ru/.*?/(\d{4}-\d\d-\d\d)/", u)
        if m and "2018-03-19" <= m.group(1) <= "2018-03-22":
            sel.add(u)
            continue
        m = re.search(r"rt\.com/[a-z_]+/(?:article|news)/(\d+)-", u)
        if m and int(m.group(1)) >= 493700:
            sel.add(u)
    return sel


def check(name, lang, src, rule):
    errors = []
    count = collections.Counter(u for u, _ in src)
    title = dict(src)
    gold = []
    with open(os.path.join(GOLD, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            r = json.loads(line)
            for k in ("url", "title", "story", "thread", "lang"):
                if not isinstance(r.get(k), str) or not r[k]:
                    errors.append(f"{name}:{n}: missing {k}")
            if r.get("lang") != lang:
                errors.append(f"{name}:{n}: lang {r.get('lang')!r}, want {lang!r}")
            if count[r["url"]] != 1:
                errors.append(f"{name}:{n}: url occurs {count[r['url']]} times in the source")
            elif title[r["url"]] != r["title"]:
                errors.append(f"{name}:{n}: title differs from the source")
            gold.append(r)
    urls = collections.Counter(r["url"] for r in gold)
    errors += [f"{name}: duplicate url {u}" for u, c in urls.items() if c > 1]
    want = rule(src)
    if set(urls) != want:
        errors.append(f"{name}: {len(set(urls) - want)} urls outside the sampling rule, "
                      f"{len(want - set(urls))} selected urls missing")
    threads = collections.defaultdict(set)
    for r in gold:
        threads[r["story"]].add(r["thread"])
    errors += [f"{name}: story {s} has threads {sorted(t)}" for s, t in threads.items() if len(t) > 1]
    sizes = collections.Counter(r["story"] for r in gold)
    dist = collections.Counter(sizes.values())
    big = sizes.most_common(1)[0]
    print(f"{name}: {len(gold)} articles, {len(sizes)} stories, {dist[1]} singletons, "
          f"{len({r['thread'] for r in gold})} threads, largest story {big[0]} ({big[1]})")
    print("  story sizes (size: stories): " + ", ".join(f"{k}: {dist[k]}" for k in sorted(dist)))
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/news")
    a = ap.parse_args()
    errors = check("uk_news_nov2024.stories.jsonl", "uk", uk_source(a.data), uk_rule)
    errors += check("ru_rt_ng.stories.jsonl", "ru", ru_source(a.data), ru_rule)
    for e in errors:
        print(e, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
