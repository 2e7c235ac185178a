// Package langid tells Russian, Ukrainian, English and other languages
// apart, for a whole document and for each of its sentences.
//
// # Model
//
// A word is scored by its features: the word itself and every character
// n-gram of length 1 to 4 of the word padded with boundary marks, hashed
// into a table of int8 weights. Cyrillic words are scored in one table
// (2^18 weights, Russian against Ukrainian), Latin words in another (2^16,
// English against any other Latin-script language); the script with most
// letters in a sentence picks the question (a quarter of Cyrillic letters
// is enough: Latin names are common in Cyrillic sentences), and letters of
// any other script make it Other. The weights are logistic regression
// started from naive Bayes: Bayes gives a letter that only one language
// writes (і ї є ґ, ы э ъ ё) the strong weight its counts justify, and the
// regression tempers the n-grams that always come together, so that a
// sentence's summed weights are close to calibrated log-odds. Nothing
// about letters is written by hand.
//
// Tag judges each sentence on its own; one with strong evidence keeps its
// language (mixed documents stay mixed), a short or ambiguous one ("США",
// "КНДР", a number, "UA / RU", a Latin brand name) takes the language of
// its nearest sure neighbours when they agree, else the document's. The
// document's language is the one with most letters in sure sentences.
// Scoring a sentence stops once it is decided, so a 5 KB article takes
// about 10–15 µs of CPU.
//
// # Training
//
// Train(dataDir, fortuneDir, outPath) rebuilds model.bin, deterministically,
// from the shared data directory (../shared/data) and Debian's fortunes
// (/usr/share/games/fortunes):
//
//   - Russian: news/ru_rt_ng.jsonl.gz (every 8th article, so Russian does
//     not outweigh Ukrainian ten to one) and collection5;
//   - Ukrainian: news/uk_news_nov2024.csv, news/bruk_press_uk and the bruk
//     part of ner-uk;
//   - each sentence is one example, plus one to three words cut from it
//     (the short case: names, headlines);
//   - English: the sentences of wikiann/en/train and wikineural/en/val
//     (Wikipedia, full of names of every origin), each with one to three
//     words cut from it, the runs of Latin words inside the Russian and
//     Ukrainian articles that use English function words, and the English
//     country names of gazetteers/country-list;
//   - other Latin-script languages: the fortunes of Debian's fortunes-cs,
//     -de, -es, -it and -pl (every third; apt-get install them), sentence
//     by sentence, the transliterated slugs of the articles' URLs and BRUK
//     file names ("rossiya-kyorling-bronza") and runs with non-English
//     function words. Short hand-written lists of function words of
//     English and of nine other Latin-script languages (latin.go) are
//     added as training words.
//
// Until English came from running text, the Latin table learned it only
// from Latin runs inside Russian and Ukrainian articles and "other" from
// the slugs, so transliterated names voted "other" and English news about
// Russia or Ukraine came out as Other. Names still lean: a capitalised
// Latin word that does not start the sentence weighs a quarter
// (nameShare), so function words and lower-case words decide.
//
// It takes about 10 s of CPU. To rebuild the embedded model:
//
//	litopys train langid --data ../shared/data --fortunes /usr/share/games/fortunes
//
// or go test ./langid -run TestRetrain -retrain.
//
// TestEmbeddedModelIsReproducible checks that Train gives the embedded
// bytes. The licences of the data are in model.LICENSE.md.
//
// # Measuring
//
// HeldOut reads the sources kept out of training, whole sources at a time:
// factRuEval-2016 (Russian), the "ng" part of ner-uk (Ukrainian) and every
// BSNLP topic (both). EnglishHeldOut reads the test splits of WikiANN and
// WikiNEuRal (English), OtherHeldOut nine web pages in French, Spanish,
// Portuguese, German and Czech (html/readability); the English news of
// eval/testdata/en_news are read by the tests. Evaluate tags them and reports accuracy per
// language: documents, sentences in context, sentences of at most five
// words, sentences alone (Detect), and sentences put into a document of
// the other language. Tests pin floors under those numbers and want every
// sentence of the two seed articles right.
//
// # Weak spots
//
// Other Cyrillic languages (Belarusian, Bulgarian, Serbian, …) were never
// seen and come out as Russian or Ukrainian. A sentence that is all names
// but for a word or two can still go either way on its own ("Putin met
// Kim Jong Un in Vladivostok." is Other alone: "met" is also Dutch, "Un"
// French; in an English document it is English). French and Portuguese
// were never trained on but through their function words: a French
// sentence alone comes out English too often (docs/EVAL.md). A short Cyrillic name without
// a telling letter ("Пак Джин") leans Russian on its own; in a document it
// follows its context.
package langid
