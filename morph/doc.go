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
// # Measured (go test -v ./morph)
//
// Single-word gold mentions whose lemma equals the gold base form: seeds
// 46/48 (95.8 %, pinned at 95 %); BSNLP topics (not tuned on) ru 97.4 %,
// uk 97.4 % (pinned at 95 %). Lookup: about 16-30 ns a word with the hot-word
// cache, 160-300 ns without (BenchmarkLemma*, on a loaded 2-core machine);
// Load about 10 ms and 4 MB of heap; the tables are 5.6 MB (ru) and
// 14.3 MB (uk), read in place from the binary.
package morph
