"""trafilatura on the synthetic news pages bench/compare renders: extracts
the main text of each page with trafilatura.extract (default settings, and
once more with include_comments=False) and times it.

Usage: python trafilatura_peer.py WORKDIR [RUNS]
Reads WORKDIR/pages/*.html; writes WORKDIR/extracted/<variant>/<name>.txt;
prints JSON.
"""
import glob
import os
import sys

from common import emit, measure, peak_rss_bytes, version

import trafilatura

work = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
paths = sorted(glob.glob(os.path.join(work, "pages", "*.html")))
pages = []
for p in paths:
    with open(p, encoding="utf-8") as f:
        pages.append((os.path.splitext(os.path.basename(p))[0], f.read()))
nbytes = sum(len(h.encode("utf-8")) for _, h in pages)

variants = {
    "trafilatura": {},
    "trafilatura-nocomments": {"include_comments": False},
}
out = {"peer": "trafilatura", "version": version("trafilatura"), "pages": len(pages), "bytes": nbytes, "variants": {}}
for name, kw in variants.items():
    dir_ = os.path.join(work, "extracted", name)
    os.makedirs(dir_, exist_ok=True)
    for stem, html in pages:
        text = trafilatura.extract(html, **kw) or ""
        with open(os.path.join(dir_, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
    t = measure(lambda: [trafilatura.extract(h, **kw) for _, h in pages], runs=runs)
    t["dir"] = dir_
    out["variants"][name] = t
out["peak_rss_bytes"] = peak_rss_bytes()
emit(out)
