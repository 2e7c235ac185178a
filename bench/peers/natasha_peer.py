"""natasha on the inputs litopys gets: speed over Russian news articles
(segmentation, morphology + lemmas, NER, name normalisation) and BSNLP
response files for the Russian BSNLP documents, scored by bench/compare.

Usage: python natasha_peer.py WORKDIR [RUNS]
Reads WORKDIR/ru_speed.jsonl and WORKDIR/bsnlp_ru.jsonl; writes
WORKDIR/responses/natasha/<topic>/ru/<id>.out; prints JSON.
"""
import os
import sys
import time

from common import emit, measure, peak_rss_bytes, read_jsonl, version

from natasha import (Doc, MorphVocab, NamesExtractor, NewsEmbedding,
                     NewsMorphTagger, NewsNERTagger, Segmenter)

work = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3

t0 = time.perf_counter()
segmenter = Segmenter()
morph_vocab = MorphVocab()
emb = NewsEmbedding()
morph_tagger = NewsMorphTagger(emb)
ner_tagger = NewsNERTagger(emb)
names_extractor = NamesExtractor(morph_vocab)
load_s = time.perf_counter() - t0


def spine(text):
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    for token in doc.tokens:
        token.lemmatize(morph_vocab)
    return doc


def full(text):
    doc = spine(text)
    doc.tag_ner(ner_tagger)
    for span in doc.spans:
        span.normalize(morph_vocab)
        if span.type == "PER":
            span.extract_fact(names_extractor)
    return doc


articles = read_jsonl(os.path.join(work, "ru_speed.jsonl"))
nbytes = sum(len(a["text"].encode("utf-8")) for a in articles)
speed = {}
for name, fn in (("spine", spine), ("all", full)):
    for a in articles[:10]:  # warm-up
        fn(a["text"])
    t = measure(lambda: [fn(a["text"]) for a in articles], runs=runs, warmup=False)
    t.update(articles=len(articles), bytes=nbytes)
    speed[name] = t

# BSNLP response files: one per document, distinct mention forms.
out_root = os.path.join(work, "responses", "natasha")
docs = read_jsonl(os.path.join(work, "bsnlp_ru.jsonl"))
t0, c0 = time.perf_counter(), time.process_time()
for d in docs:
    doc = full(d["text"])
    seen = set()
    lines = [d["id"]]
    for span in doc.spans:
        form = " ".join(span.text.split())
        base = " ".join((span.normal or span.text).split())
        key = (form, base, span.type)
        if not form or key in seen:
            continue
        seen.add(key)
        lines.append("\t".join([form, base, span.type, span.type + "-" + base.replace(" ", "-")]))
    path = os.path.join(out_root, d["topic"], "ru", d["id"] + ".out")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
bsnlp = {"docs": len(docs), "wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0}

emit({"peer": "natasha", "version": version("natasha"), "load_s": load_s, "speed": speed,
      "bsnlp": bsnlp, "responses": out_root, "peak_rss_bytes": peak_rss_bytes()})
