// Package morph finds lemmas (base forms) of Russian and Ukrainian words
// from full hunspell dictionaries, with a guesser learnt from the same
// dictionaries for words they lack (foreign names above all).
//
// # Data
//
// data/ru.morph and data/uk.morph are built by [Build] from Debian's
// hunspell-ru and hunspell-uk dictionaries (/usr/share/hunspell/ru_RU.* and
// uk_UA.*; licences in data/LICENSES) and embedded. Build expands every .dic
// entry with its .aff suffix and prefix rules (conditions, continuation
// classes, cross products, FLAG formats, AF aliases), maps each form to its
// entry's stem as lemma by a rule "cut k runes, append s", and stores the
// forms in a perfect-hash table: per form only a 16-bit fingerprint and the
// id of its set of lemma rules (bit-packed, about 29 bits a form), so about
// 3.3 M Ukrainian forms take 14 MB and 1.4 M Russian ones 5 MB. Load decodes
// the small rule tables and reads the big arrays in place.
//
// Build also reads the project's news corpora (corpusDir, normally
// ../shared/data; files named in corpusFiles): lemma counts order the
// analyses of ambiguous forms (Києві: київ, not кий), and capitalised words
// the dictionary lacks are resolved by the forms the corpus attests (see
// names.go). The corpora are not embedded.
//
// To rebuild (Debian: apt-get install hunspell-ru hunspell-uk; a few
// minutes):
//
//	morph.Build("/usr/share/hunspell", "../shared/data", "morph/data")
//
// or LITOPYS_HUNSPELL_DIR=/usr/share/hunspell go test ./morph -run
// TestBuildData -timeout 30m.
//
// # Lemmas
//
// Lemmas are lower-case; apostrophes (’ ʼ ‘ `) become ', ё is matched as е
// but kept when the input has it; surrounding quotes stay around the lemma.
// When a form has several lemmas the choice is deterministic (see
// [Analyzer.Lemma]); [Analyzer.Analyses] lists all with a part of speech
// and a noun's gender. Hyphenated words the dictionary lacks inflect on the
// last part (Индо-Тихоокеанском -> индо-тихоокеанский) or, in X-на-Y names,
// on the first. Base forms of whole names (Северной Кореей -> Северная
// Корея) are package entity's, built on [Analyzer.Analyses].
//
// # Guesser
//
// Unknown Cyrillic words get the lemma rule their longest known ending
// (up to 5 letters) votes for, as in pymorphy2's predictor. Votes come from
// the dictionary's own paradigms; a capitalised word follows the votes of
// proper nouns (adjectival surnames included) or else of common nouns, never
// verbs, with masculine noun paradigms counting double and "bare stem"
// (genitive plural) readings not at all: Блинкеном -> блинкен, Ыном -> ын,
// Ёлю -> ёль. Abbreviations in capitals and words in other scripts are left
// as they are; МИДа -> мид.
//
// # Lemmas in context
//
// A context model per language (data/ru.ctx, data/uk.ctx; ctx*.go) is
// learnt by [TrainContext] from the training part of hand-annotated text:
// the UD dev sets ru_gsd, ru_taiga, uk_iu and BRUK's disambiguated corpus,
// split by document (package gold; the held-out part is only scored). It
// holds the gold lexicon (form -> universal part of speech, lemma, count),
// edit rules by part of speech and ending, rules from a participle's
// adjective lemma to its verb, the parts of speech seen with each
// dictionary class and ending, and the weights of an averaged perceptron.
// For each word, [Analyzer.LemmaSentence] finds the parts of speech it may
// take and the lemma of each: the gold lexicon's; else the Russian
// closed-class table's (closed_ru.go); else the dictionary's reading of
// that class; else the first learnt rule whose result the dictionary knows;
// else the guesser's. Where the lemmas differ the perceptron picks the part
// of speech from the word and its neighbours. Lemmas follow UD: pronouns to
// their nominative (его -> он), participles to the infinitive in Russian,
// converbs to the infinitive, finite быть/бути forms to the infinitive.
//
// # Measured
//
// `litopys eval lemmas` (docs/EVAL.md "Lemmas"): every token of the
// held-out parts, ru_gsd 0.969, ru_taiga 0.954, uk_iu 0.978, BRUK 0.990
// (pinned by TestHeldOutLemmas). Single-word gold mentions whose lemma
// equals the gold base form: seeds 46/48, BSNLP ru 97.3 %, uk 97.4 %.
// Load about 10-30 ms; the context tables (1.3 MB ru, 5.5 MB uk) are read
// in place.
package morph
