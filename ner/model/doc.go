// Package model embeds the trained named-entity model of package ner:
//
//   - ner.bin.gz (2.7 MB; 22 MB of int16 weights once loaded): 2^19 hashed
//     feature buckets × 21 BILOU tags of averaged-perceptron weights, the
//     gazetteer and the word lists, written by ner.Train;
//   - clusters.tsv.gz (0.4 MB): 60,000 words with 12-bit cluster paths,
//     written by cluster.Build.
//
// Rebuild both, deterministically, with ner.Train(ner.TrainOptions{DataDir:
// "../shared/data", OutDir: "ner/model", Seed: 1, BuildClusters: true,
// Lemmatize: analyzer.Lemma}) where analyzer comes from morph.Load (the
// command "litopys train ner" does exactly this).
// The shipped model is trained on all four BSNLP topics.
//
// Data and licences: BSNLP (no licence stated), ner-uk v2.0 (CC BY-NC-SA
// 4.0), factRuEval-2016 (MIT), Collection5 (no licence stated),
// country-list (MIT); clusters from news/ru_rt_ng and uk_news_nov2024 (no
// licence stated), BRUK press and ner-uk texts (CC BY-NC-SA 4.0). The model
// is therefore for non-commercial use.
package model

import _ "embed"

// NER is the gzip'd tagger model.
//
//go:embed ner.bin.gz
var NER []byte

// Clusters is the gzip'd word-cluster table.
//
//go:embed clusters.tsv.gz
var Clusters []byte
