// Package model embeds the trained named-entity model of package ner:
// ner.bin.gz (hashed int16 perceptron weights and the gazetteer, written by
// ner.Train) and clusters.tsv.gz (word clusters, written by cluster.Build).
//
// Trained on BSNLP (no licence stated), ner-uk v2.0 (CC BY-NC-SA 4.0),
// factRuEval-2016 (MIT), Collection5 (no licence stated), country-list
// (MIT); clusters from news/ru_rt_ng and uk_news_nov2024 (no licence
// stated), BRUK press and ner-uk texts (CC BY-NC-SA 4.0). Not for
// commercial use.
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
