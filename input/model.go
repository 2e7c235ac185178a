package input

import (
	"bytes"
	_ "embed"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"unicode/utf8"
)

// The charset model is a table of letter-bigram costs over the Cyrillic
// alphabet of Russian and Ukrainian: cost[a*numSymbols+b] is -log2 P(b | a)
// in quarter bits, where symbol 0 stands for any non-letter (a word
// boundary), 1–32 for а–я (ё counted as е), 33–36 for і ї є ґ and 37 for
// any other Cyrillic letter.
const (
	numSymbols  = 38
	modelMagic  = "LCB1"
	costPerBit  = 4 // costs are stored in quarter bits
	maxCost     = 255
	smoothCount = 0.5
)

//go:embed cyrillic.bigram
var embeddedModel []byte

// bigramModel holds the costs of the embedded model.
type bigramModel [numSymbols * numSymbols]uint8

// loadModel parses a model written by BuildCharsetModel.
func loadModel(b []byte) (*bigramModel, error) {
	if len(b) != len(modelMagic)+numSymbols*numSymbols || !bytes.HasPrefix(b, []byte(modelMagic)) {
		return nil, fmt.Errorf("load charset model: %d bytes, want %s header and %d costs", len(b), modelMagic, numSymbols*numSymbols)
	}
	var m bigramModel
	copy(m[:], b[len(modelMagic):])
	return &m, nil
}

// symbol maps a rune to its model symbol, 0 for anything but a Cyrillic letter.
func symbol(r rune) int {
	switch {
	case r >= 'а' && r <= 'я':
		return int(r-'а') + 1
	case r >= 'А' && r <= 'Я':
		return int(r-'А') + 1
	case r == 'ё' || r == 'Ё':
		return int('е'-'а') + 1
	case r == 'і' || r == 'І':
		return 33
	case r == 'ї' || r == 'Ї':
		return 34
	case r == 'є' || r == 'Є':
		return 35
	case r == 'ґ' || r == 'Ґ':
		return 36
	case r >= 0x400 && r <= 0x45F:
		return 37
	}
	return 0
}

// BuildCharsetModel builds the charset model from the shared corpora under
// dataDir (the repository's ../shared/data): every factRuEval-2016 *.txt
// (Russian) and every bsnlp/*/raw/uk/*.txt (Ukrainian). Files are read in
// sorted order and counts are integers, so the output is byte-for-byte
// reproducible; it is what input/cyrillic.bigram holds.
func BuildCharsetModel(dataDir string) ([]byte, error) {
	var files []string
	err := filepath.WalkDir(filepath.Join(dataDir, "factRuEval-2016"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".txt" {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("build charset model: %w", err)
	}
	uk, err := filepath.Glob(filepath.Join(dataDir, "bsnlp", "*", "raw", "uk", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("build charset model: %w", err)
	}
	files = append(files, uk...)
	slices.Sort(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("build charset model: no texts under %s", dataDir)
	}
	var counts [numSymbols * numSymbols]int64
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("build charset model: %w", err)
		}
		countBigrams(&counts, b)
	}
	out := append([]byte(modelMagic), make([]byte, numSymbols*numSymbols)...)
	for a := range numSymbols {
		var total int64
		for b := range numSymbols {
			total += counts[a*numSymbols+b]
		}
		for b := range numSymbols {
			p := (float64(counts[a*numSymbols+b]) + smoothCount) / (float64(total) + smoothCount*numSymbols)
			out[len(modelMagic)+a*numSymbols+b] = uint8(min(maxCost, math.Round(-math.Log2(p)*costPerBit)))
		}
	}
	return out, nil
}

// countBigrams adds the symbol bigrams of UTF-8 text to counts. Runs of
// non-letters count as a single boundary.
func countBigrams(counts *[numSymbols * numSymbols]int64, text []byte) {
	prev := 0
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		text = text[n:]
		s := symbol(r)
		if s == 0 && prev == 0 {
			continue
		}
		counts[prev*numSymbols+s]++
		prev = s
	}
	if prev != 0 {
		counts[prev*numSymbols]++
	}
}
