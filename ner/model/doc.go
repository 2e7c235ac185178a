// Package model embeds the trained named-entity model of package ner:
//
//   - ner.bin.gz (5.5 MB; 22 MB of int16 weights once loaded): 2^19 hashed
//     feature buckets × 21 BILOU tags of averaged-perceptron weights (the
//     English features salted apart from the Russian and Ukrainian ones),
//     the gazetteer of training mentions and public lists, and the word
//     lists, written by ner.Train;
//   - clusters.tsv.gz (0.6 MB): 100,000 words with 12-bit cluster paths,
//     written by cluster.Build;
//   - case.tsv.gz (0.45 MB): 123,000 words with the bucket of their
//     lower-case share in mid-sentence, written by cluster.BuildCase.
//
// Rebuild both, deterministically, with "litopys train ner" (ner.Train with
// ner.TrainOptions{DataDir: "../shared/data", OutDir: "ner/model", Seed: 1,
// BuildClusters: true, Lemmatize: analyzer.Lemma, Classify:
// pipeline.WordClasses(analyzer)} where analyzer comes from morph.Load).
// The shipped model is trained on all six BSNLP topics.
//
// Data and licences: BSNLP 2019 and 2017 (no licence stated), ner-uk v2.0
// (CC BY-NC-SA 4.0), factRuEval-2016 (MIT), Collection5 (no licence
// stated), wikineural (CC BY-NC-SA 4.0) and wikiann (research data, Pan et
// al. 2017), country-list (MIT), the public lists of package gazetteer
// (iso-codes LGPL-2.1+, CLDR, the project's own lists); clusters from
// news/ru_rt_ng and uk_news_nov2024 (no licence stated), BRUK and ner-uk
// texts (CC BY-NC-SA 4.0) and wiki sentences. The model is therefore for
// non-commercial use.
package model

import _ "embed"

// NER is the gzip'd tagger model.
//
//go:embed ner.bin.gz
var NER []byte

// Case is the gzip'd table of how words are written mid-sentence.
//
//go:embed case.tsv.gz
var Case []byte

// Clusters is the gzip'd word-cluster table.
//
//go:embed clusters.tsv.gz
var Clusters []byte
