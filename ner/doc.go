// Package ner finds named entities — people (PER), organisations (ORG),
// places (LOC), events (EVT) and products (PRO), the BSNLP scheme — in
// Russian, Ukrainian and, as far as the data allows, English news text.
//
//	tg, err := ner.Load()          // embedded model, safe for concurrent use
//	spans := tg.Tag(text, tokens, sentences, lang)
//
// Tag takes the tokens and sentences of package segment (and the lemmas of
// package morph in Token.Lemma, which the model was trained with) and
// returns byte spans into text.
//
// The tagger is an averaged perceptron over BILOU tags with greedy
// left-to-right decoding under BILOU constraints. TrainOptions.Beam trains
// a structured perceptron instead: a beam search (beam.go; four partial
// sequences, recombined on their last two tags) decodes under the same
// constraints, and the same search trains the weights with early update
// (train_beam.go); it is better out of sample but not shipped (docs/EVAL.md
// says why). Its features (lower-cased word, lemma, stem, shape, affixes
// of 1–4 runes, neighbours ±2, capitalisation and sentence position, the
// previous two tags, gazetteer matches exact and stemmed — the training
// mentions and the public lists of package gazetteer —, word clusters, the dictionary class of a
// capitalised word (WordClasser: common, proper, both or unknown to
// hunspell) and the head-word class of the word and its neighbours
// (heads.go: nouns that head event, product, organisation and place names,
// and titles), how the raw news writes the word mid-sentence (casing.go:
// a bucketed lower-case share, cluster.BuildCase)) are hashed into a fixed table of int16 weights; English
// features are salted apart, so that the encyclopaedia sentences English
// is learnt from do not move the Russian and Ukrainian weights. A
// document-level pass then tags again the capitalised repetitions of names
// found elsewhere in the document ("Тереза Мэй" … "Мэй"), and conventions
// of the BSNLP guidelines are applied to the spans (spans.go: no unpaired
// quotation mark, no English possessive, no title inside a person's name,
// words for a country's people are persons as nouns and nothing as
// adjectives). Lower-case words that never began a training mention are
// not scored unless a mention is open or they head event or product
// names, which keeps Tag fast.
//
// Building the model is reproducible with one function, Train, given
// shared/data and morph's lemmatiser:
//
//   - with BuildClusters it first runs cluster.Build (package ner/cluster),
//     which learns word clusters from the raw news under shared/data/news
//     and writes ner/model/clusters.tsv.gz, and cluster.BuildCase, which
//     counts how the same texts write each word mid-sentence and writes
//     ner/model/case.tsv.gz;
//   - it reads the annotated corpora through package ner/corpus
//     (shared/data/bsnlp and bsnlp2017, ner-uk/v2.0, factRuEval-2016,
//     collection5/ne5_gold.jsonl, and the silver English wikiann training
//     split and wikineural/en validation split), the country names of
//     shared/data/gazetteers/country-list and the public lists of package
//     gazetteer, and writes ner/model/ner.bin.gz.
//
// The other corpora's conventions are brought towards BSNLP's using BSNLP's
// training topics only. TrainTagger trains the same way without writing,
// with TrainOptions.HoldOut naming the topics left out: the models of the
// leave-one-topic-out evaluation (internal/evalrun.LOTO, "litopys eval ner
// --by-topic"), which package eval scores.
//
// Licences of the training data: BSNLP and Collection5 state none; ner-uk,
// BRUK and wikineural are CC BY-NC-SA 4.0 (non-commercial); wikiann is
// research data; factRuEval-2016 and country-list are MIT. The embedded
// model inherits the NC restriction.
package ner
