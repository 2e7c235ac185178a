"""readability-lxml on web pages: extracts the main text of each page with
readability.Document(html).summary() (its documented API) and times it.

Usage: python readability_peer.py WORKDIR [RUNS]
Reads WORKDIR/pages/*.html; writes WORKDIR/extracted/readability-lxml/<name>.txt
(the summary's text, one block a line); prints JSON.
"""
import glob
import os
import sys

from common import emit, measure, peak_rss_bytes, version

import lxml.html
from readability import Document

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "pre", "blockquote",
          "section", "article", "figcaption", "dt", "dd", "br", "ul", "ol", "table"}


def extract(html):
    summary = Document(html).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return tree.text_content()


work = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
paths = sorted(glob.glob(os.path.join(work, "pages", "*.html")))
pages = []
for p in paths:
    with open(p, encoding="utf-8", errors="replace") as f:
        pages.append((os.path.splitext(os.path.basename(p))[0], f.read()))
nbytes = sum(len(h.encode("utf-8")) for _, h in pages)

out = {"peer": "readability-lxml", "version": version("readability-lxml"), "pages": len(pages), "bytes": nbytes, "variants": {}}
dir_ = os.path.join(work, "extracted", "readability-lxml")
os.makedirs(dir_, exist_ok=True)
failed = 0
for stem, html in pages:
    try:
        text = extract(html)
    except Exception:  # a page it cannot read counts as nothing extracted
        text, failed = "", failed + 1
    with open(os.path.join(dir_, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)


def run_all():
    for _, h in pages:
        try:
            extract(h)
        except Exception:
            pass


t = measure(run_all, runs=runs)
t["dir"] = dir_
t["failed"] = failed
out["variants"]["readability-lxml"] = t
out["peak_rss_bytes"] = peak_rss_bytes()
emit(out)
