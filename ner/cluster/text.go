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
)

// eachText calls fn with every raw text under dataDir, in a fixed order.
func eachText(dataDir string, fn func(string)) error {
	if err := jsonlTexts(filepath.Join(dataDir, "news", "ru_rt_ng.jsonl.gz"), fn); err != nil {
		return err
	}
	if err := csvTexts(filepath.Join(dataDir, "news", "uk_news_nov2024.csv"), fn); err != nil {
		return err
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
