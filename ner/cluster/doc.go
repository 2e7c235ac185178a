// Package cluster learns hierarchical word clusters from raw news text, for
// the named-entity tagger's features. Each word of a capped vocabulary gets a
// bit path: words that occur in similar left/right contexts share long path
// prefixes (like Brown clusters, at a fraction of the cost).
//
// The method: count each vocabulary word's left and right neighbours among
// the most frequent tokens, weight the counts by positive PMI, project them
// to a few dozen dimensions with a fixed random matrix, and split the words
// recursively into two by spherical 2-means.
//
// Build reads, under Options.DataDir (shared/data):
//   - news/ru_rt_ng.jsonl.gz (title, content; licence not stated)
//   - news/uk_news_nov2024.csv (title, text; licence not stated)
//   - news/bruk_press_uk/data/*/*.txt (CC BY-NC-SA 4.0)
//   - ner-uk/v2.0/data/*/*.txt as extra Ukrainian text (CC BY-NC-SA 4.0)
//   - bruk/texts.jsonl.gz, the whole BRUK corpus (CC BY-NC-SA 4.0)
//   - the sentences (not the labels) of wikineural/{en,ru}/{val,test} (CC
//     BY-NC-SA 4.0) and wikiann/{en,ru}/train: English has no raw news in
//     the shared data, and encyclopaedia text is dense with names; wikiann's
//     test split, which measures English, is left out
//
// and writes a gzip'd "word<TAB>bits" table. It is deterministic for a seed.
package cluster
