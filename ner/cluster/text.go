package cluster

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

// eachText calls fn with every raw text under dataDir, in a fixed order.
func eachText(dataDir string, fn func(string)) error {
	if err := jsonlTexts(filepath.Join(dataDir, "news", "ru_rt_ng.jsonl.gz"), fn); err != nil {
		return err
	}
	if err := csvTexts(filepath.Join(dataDir, "news", "uk_news_nov2024.csv"), fn); err != nil {
		return err
	}
	// The whole BRUK corpus (press is also read below, as it always was)
	// and encyclopaedia sentences: English has no raw news here, and the
	// wiki sentences are full of names. wikiann's test split is left out:
	// it measures English.
	if err := bruk(filepath.Join(dataDir, "bruk", "texts.jsonl.gz"), fn); err != nil {
		return err
	}
	for _, p := range []string{"wikineural/en/val.conllu.gz", "wikineural/en/test.conllu.gz", "wikiann/en/train.conllu.gz",
		"wikineural/ru/val.conllu.gz", "wikineural/ru/test.conllu.gz", "wikiann/ru/train.conllu.gz"} {
		if err := conllTexts(filepath.Join(dataDir, p), fn); err != nil {
			return err
		}
	}
	for _, pat := range []string{
		filepath.Join(dataDir, "news", "bruk_press_uk", "data", "*", "*.txt"),
		filepath.Join(dataDir, "ner-uk", "v2.0", "data", "*", "*.txt"),
	} {
		files, err := filepath.Glob(pat)
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			fn(string(b))
		}
	}
	return nil
}

func jsonlTexts(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct {
			Title   string `json:"title"`
			Content string `json:"content"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fn(rec.Title)
		fn(rec.Content)
	}
	return sc.Err()
}

func csvTexts(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	var cols []int
	for i, h := range head {
		if h == "title" || h == "text" {
			cols = append(cols, i)
		}
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		for _, c := range cols {
			if c < len(rec) {
				fn(rec[c])
			}
		}
	}
}

// bruk reads the "text" of each record of a gzipped JSONL file.
func bruk(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fn(rec.Text)
	}
	return sc.Err()
}

// conllTexts calls fn with each sentence of a gzipped CoNLL file, its
// tokens joined by spaces, a hundred sentences to a text (a blank line
// between sentences, so that no context crosses them).
func conllTexts(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var text, sent strings.Builder
	n := 0
	flush := func() {
		if sent.Len() > 0 {
			text.WriteString(sent.String())
			text.WriteString("\n\n")
			sent.Reset()
			n++
		}
		if n == 100 {
			fn(text.String())
			text.Reset()
			n = 0
		}
	}
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			flush()
			continue
		}
		if sent.Len() > 0 {
			sent.WriteByte(' ')
		}
		sent.WriteString(f[1])
	}
	flush()
	if text.Len() > 0 {
		fn(text.String())
	}
	return sc.Err()
}
