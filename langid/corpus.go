package langid

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Doc is a text whose language is known, read from the data directory.
type Doc struct {
	Source string // file it came from, relative to the data directory
	Lang   string
	Text   string
}

// corpus is one source of labelled text under the data directory.
type corpus struct {
	lang string
	glob string // relative to the data directory
	read func(path string, fn func(text string)) error
	// every keeps one document in every n (0 or 1: all), to balance the
	// languages without losing any outlet or year of a large source.
	every int
}

// trainCorpora are what Train learns from. Russian news is plentiful, so
// only a sample of it is used: with ten times more Russian than Ukrainian,
// the rare n-grams of names would all look Russian.
func trainCorpora() []corpus {
	return []corpus{
		{lang: RU, glob: "news/ru_rt_ng.jsonl.gz", read: readJSONLines("title", "content"), every: 8},
		{lang: RU, glob: "collection5/ne5_gold.jsonl", read: readJSONLines("text")},
		{lang: UK, glob: "news/uk_news_nov2024.csv", read: readCSV("title", "text")},
		{lang: UK, glob: "news/bruk_press_uk/data/*/*.txt", read: readFile(0)},
		{lang: UK, glob: "ner-uk/v2.0/data/bruk/*.txt", read: readFile(0)},
	}
}

// heldOutCorpora are kept out of training, whole sources at a time, for
// Evaluate: factRuEval (Russian), the "ng" part of ner-uk (Ukrainian) and
// every BSNLP topic (both).
func heldOutCorpora() []corpus {
	return []corpus{
		{lang: RU, glob: "factRuEval-2016/*/book_*.txt", read: readFile(0)},
		{lang: RU, glob: "bsnlp/*/raw/ru/*.txt", read: readFile(4)},
		{lang: UK, glob: "ner-uk/v2.0/data/ng/*.txt", read: readFile(0)},
		{lang: UK, glob: "bsnlp/*/raw/uk/*.txt", read: readFile(4)},
	}
}

// HeldOut returns the held-out documents of dataDir (the shared data
// directory), in a fixed order.
func HeldOut(dataDir string) ([]Doc, error) {
	var docs []Doc
	err := walk(dataDir, heldOutCorpora(), func(d Doc) { docs = append(docs, d) })
	return docs, err
}

// walk calls fn for every document of the corpora, in a fixed order.
func walk(dataDir string, cs []corpus, fn func(Doc)) error {
	for _, c := range cs {
		paths, err := filepath.Glob(filepath.Join(dataDir, c.glob))
		if err != nil {
			return fmt.Errorf("langid: corpus %s: %w", c.glob, err)
		}
		if len(paths) == 0 {
			return fmt.Errorf("langid: corpus %s: no files under %s", c.glob, dataDir)
		}
		sort.Strings(paths)
		n := 0
		for _, p := range paths {
			rel, _ := filepath.Rel(dataDir, p)
			err := c.read(p, func(text string) {
				if c.every <= 1 || n%c.every == 0 {
					fn(Doc{Source: rel, Lang: c.lang, Text: text})
				}
				n++
			})
			if err != nil {
				return fmt.Errorf("langid: corpus %s: %w", rel, err)
			}
		}
	}
	return nil
}

// readFile reads a plain text file, skipping its first skip lines (the
// BSNLP header: id, language, date, URL).
func readFile(skip int) func(string, func(string)) error {
	return func(path string, fn func(string)) error {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		s := string(b)
		for range skip {
			_, s, _ = strings.Cut(s, "\n")
		}
		fn(s)
		return nil
	}
}

// readJSONLines reads one JSON object a line (gzip-compressed when the
// name ends in .gz) and joins the named string fields with newlines.
func readJSONLines(fields ...string) func(string, func(string)) error {
	return func(path string, fn func(string)) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		var r io.Reader = f
		if strings.HasSuffix(path, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return err
			}
			defer zr.Close()
			r = zr
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var rec map[string]any
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				return err
			}
			fn(joinFields(fields, func(k string) string { s, _ := rec[k].(string); return s }))
		}
		return sc.Err()
	}
}

// readCSV reads a CSV file with a header row and joins the named columns.
func readCSV(fields ...string) func(string, func(string)) error {
	return func(path string, fn func(string)) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r := csv.NewReader(f)
		head, err := r.Read()
		if err != nil {
			return err
		}
		col := map[string]int{}
		for i, h := range head {
			col[h] = i
		}
		for {
			row, err := r.Read()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			fn(joinFields(fields, func(k string) string {
				if i, ok := col[k]; ok && i < len(row) {
					return row[i]
				}
				return ""
			}))
		}
	}
}

func joinFields(fields []string, get func(string) string) string {
	parts := make([]string, 0, len(fields))
	for _, k := range fields {
		if s := strings.TrimSpace(get(k)); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n")
}
