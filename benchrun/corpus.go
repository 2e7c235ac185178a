package benchrun

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"

	"github.com/litopys/litopys/input"
)

// Corpus is a named set of inputs as "litopys ingest" takes them: files
// and directories.
type Corpus struct {
	Name  string   `json:"name"`
	Paths []string `json:"paths"`
}

// DefaultCorpora are the raw news corpora of the shared data directory
// (see its README): Russian news (RT and Nezavisimaya Gazeta) and
// Ukrainian news (rbc.ua/korrespondent/babel, the BRUK press texts and
// the Ukrainian BSNLP documents).
func DefaultCorpora(dataDir string) ([]Corpus, error) {
	uk := []string{
		filepath.Join(dataDir, "news", "uk_news_nov2024.csv"),
		filepath.Join(dataDir, "news", "bruk_press_uk", "data"),
	}
	bsnlp, err := filepath.Glob(filepath.Join(dataDir, "bsnlp", "*", "raw", "uk"))
	if err != nil {
		return nil, fmt.Errorf("benchrun: corpora: %w", err)
	}
	sort.Strings(bsnlp)
	return []Corpus{
		{Name: "ru", Paths: []string{filepath.Join(dataDir, "news", "ru_rt_ng.jsonl.gz")}},
		{Name: "uk", Paths: append(uk, bsnlp...)},
	}, nil
}

// Load reads the articles of c into memory, so that reading and
// decompressing are kept out of the analysis timings. With limit > 0 it
// keeps limit of them, evenly spaced over the corpus so that every source
// of a mixed corpus is represented. Items that cannot be read are counted
// and skipped.
func Load(ctx context.Context, c Corpus, limit int) (recs []input.Record, failed int, err error) {
	for rec := range input.Read(ctx, c.Paths, nil, input.Options{}) {
		if rec.Err != nil {
			failed++
			continue
		}
		recs = append(recs, rec)
	}
	if err := ctx.Err(); err != nil {
		return nil, failed, err
	}
	if len(recs) == 0 {
		return nil, failed, fmt.Errorf("benchrun: corpus %s: no readable articles in %v", c.Name, c.Paths)
	}
	return sample(recs, limit), failed, nil
}

// sample keeps n records evenly spaced over recs, in order.
func sample(recs []input.Record, n int) []input.Record {
	if n <= 0 || n >= len(recs) {
		return recs
	}
	out := make([]input.Record, n)
	for i := range out {
		out[i] = recs[i*len(recs)/n]
	}
	return out
}

// Bytes is the size of the articles' bodies in bytes.
func Bytes(recs []input.Record) int64 {
	var n int64
	for _, r := range recs {
		n += int64(len(r.Body))
	}
	return n
}
