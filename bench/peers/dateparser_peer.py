"""dateparser on the temporal-expression table of package temporal.

Two tasks: "parse" normalises each gold expression (the span given) with
DateDataParser(languages=[lang], settings={"RELATIVE_BASE": published}),
which returns the date and its period (day, week, month, year, time);
"search" finds and normalises dates in the whole sentence with
dateparser.search.search_dates, the period of each found string read with
the same parser. Unknown publication dates ("-") use the table's Now,
2026-11-23.

Usage: python dateparser_peer.py TSV [RUNS]; prints JSON with one
prediction per gold row (parse) and per sentence (search).
"""
import datetime as dt
import sys

from common import emit, measure, peak_rss_bytes, version

import dateparser
from dateparser.date import DateDataParser
from dateparser.search import search_dates

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
NOW = dt.datetime(2026, 11, 23)

rows = []
with open(path, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        cols += [""] * (6 - len(cols))
        rows.append(cols[:6])


def base(published):
    if published in ("", "-"):
        return NOW
    parts = [int(x) for x in published.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.datetime(*parts)


def value(d, period):
    if d is None:
        return "", ""
    if period == "year":
        return "%04d" % d.year, "year"
    if period == "month":
        return "%04d-%02d" % (d.year, d.month), "month"
    if period == "week":
        y, w, _ = d.isocalendar()
        return "%04d-W%02d" % (y, w), "week"
    if period == "time":
        return d.strftime("%Y-%m-%dT%H:%M"), "time"
    return d.strftime("%Y-%m-%d"), "day"


parsers = {}


def parser(lang, published):
    key = (lang, published)
    if key not in parsers:
        parsers[key] = DateDataParser(languages=[lang], settings={"RELATIVE_BASE": base(published)})
    return parsers[key]


def parse_all():
    out = []
    for sent, pub, lang, expr, gold, gran in rows:
        if expr == "-":
            continue
        dd = parser(lang, pub).get_date_data(expr)
        v, g = value(dd.date_obj, dd.period)
        out.append({"sentence": sent, "expression": expr, "value": v, "granularity": g})
    return out


sentences = []
for sent, pub, lang, *_ in rows:
    if not sentences or sentences[-1][0] != sent:
        sentences.append((sent, pub, lang))


def search_all():
    out = []
    for sent, pub, lang in sentences:
        found = search_dates(sent, languages=[lang], settings={"RELATIVE_BASE": base(pub)}) or []
        items = []
        for text, d in found:
            dd = parser(lang, pub).get_date_data(text)
            v, g = value(d, dd.period if dd.date_obj else "day")
            items.append({"text": text, "value": v, "granularity": g})
        out.append({"sentence": sent, "found": items})
    return out


parsed = parse_all()
searched = search_all()
t_parse = measure(parse_all, runs=runs)
t_parse["items"] = len(parsed)
t_search = measure(search_all, runs=runs)
t_search["items"] = len(searched)
emit({"peer": "dateparser", "version": version("dateparser"), "parse": parsed, "search": searched,
      "speed": {"parse": t_parse, "search": t_search}, "peak_rss_bytes": peak_rss_bytes()})
