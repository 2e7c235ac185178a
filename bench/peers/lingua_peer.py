"""lingua (lingua-language-detector) on the held-out sentences of package
langid: each sentence detected on its own with detect_language_of, by a
detector built for the languages litopys tells apart (Russian, Ukrainian,
English) and by one built from all languages (the README's first example).

Usage: python lingua_peer.py WORKDIR [RUNS]
Reads WORKDIR/langid_sentences.jsonl ({"lang","text"}); prints JSON with one
prediction per sentence and per detector.
"""
import os
import sys
import time

from common import emit, measure, peak_rss_bytes, read_jsonl, version

from lingua import Language, LanguageDetectorBuilder

work = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
sents = read_jsonl(os.path.join(work, "langid_sentences.jsonl"))
texts = [s["text"] for s in sents]
codes = {Language.RUSSIAN: "ru", Language.UKRAINIAN: "uk", Language.ENGLISH: "en"}

out = {"peer": "lingua", "version": version("lingua-language-detector"), "sentences": len(texts), "detectors": {}}
for name, builder in (
    ("lingua-ru-uk-en", lambda: LanguageDetectorBuilder.from_languages(Language.RUSSIAN, Language.UKRAINIAN, Language.ENGLISH)),
    ("lingua-all", LanguageDetectorBuilder.from_all_languages),
):
    t0 = time.perf_counter()
    det = builder().build()
    load_s = time.perf_counter() - t0

    def run():
        return [det.detect_language_of(t) for t in texts]

    preds = [codes.get(l, "other") if l is not None else "" for l in run()]
    t = measure(run, runs=runs)
    t.update(load_s=load_s, predictions=preds)
    out["detectors"][name] = t
out["peak_rss_bytes"] = peak_rss_bytes()
emit(out)
