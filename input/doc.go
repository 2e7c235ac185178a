// Package input reads whatever a user hands to litopys — files, directories,
// standard input; plain text, HTML pages, JSONL, JSON and CSV dumps and
// BSNLP shared-task files, in UTF-8, UTF-16, windows-1251, KOI8-R/KOI8-U or
// IBM866, optionally gzipped — into Records, one per article, without ever
// stopping a batch on a bad item: an item that cannot be read becomes a
// Record whose Err says why, and reading goes on.
//
// Read streams: directories are walked one file at a time and JSONL, JSON
// and CSV are read an item at a time, so memory stays flat however large the
// input is; a single item larger than Options.MaxBytes is refused with an
// ETOOLARGE error without being read into memory.
//
// Detect names the format of an input from its name and first bytes;
// Decode turns bytes into UTF-8, telling the single-byte Cyrillic encodings
// apart with a letter-bigram model of Russian and Ukrainian embedded as
// cyrillic.bigram (1.4 KB). BuildCharsetModel rebuilds that model, byte for
// byte, from the shared corpora — the factRuEval-2016 texts (Russian, MIT)
// and the BSNLP raw Ukrainian texts (no licence stated); see
// MODEL_LICENSE.md:
//
//	b, err := input.BuildCharsetModel("../shared/data") // == cyrillic.bigram
package input
