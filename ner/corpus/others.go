package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// NerUK reads the brat files dir/data/<source>/*.{txt,ann} of ner-uk v2.0,
// keeping PERS (as PER), ORG and LOC, and its works, documents and events
// that BSNLP types PRO or EVT (nerUKType). Its conventions differ from
// BSNLP's in places (it tags some places acting as organisations as ORG).
func NerUK(dir string) ([]Doc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "data", "*", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("corpus: ner-uk: %w", err)
	}
	sort.Strings(anns)
	var docs []Doc
	for _, a := range anns {
		txt, err := os.ReadFile(strings.TrimSuffix(a, ".ann") + ".txt")
		if err != nil {
			return nil, fmt.Errorf("corpus: ner-uk: %w", err)
		}
		ann, err := os.ReadFile(a)
		if err != nil {
			return nil, fmt.Errorf("corpus: ner-uk: %w", err)
		}
		text := string(txt)
		offs := runeOffsets(text)
		var ms []Mention
		for _, line := range strings.Split(string(ann), "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 4 || !strings.HasPrefix(f[0], "T") {
				continue
			}
			typ := nerUKType(f[1], f[len(f)-1])
			if typ == "" {
				continue
			}
			s, err1 := strconv.Atoi(f[2])
			e, err2 := strconv.Atoi(f[3])
			if err1 != nil || err2 != nil {
				continue // a discontinuous or malformed span
			}
			if ms, err = addRuneSpan(ms, offs, text, s, e, typ); err != nil {
				return nil, fmt.Errorf("corpus: ner-uk %s: %w", a, err)
			}
		}
		docs = append(docs, Doc{
			ID:       strings.TrimSuffix(filepath.Base(a), ".ann"),
			Source:   "ner-uk",
			Topic:    "ner-uk",
			Lang:     "uk",
			Text:     text,
			Mentions: resolve(ms),
		})
	}
	return docs, nil
}

// Collection5 reads the JSONL file of Collection5: PER, ORG, LOC kept,
// GEOPOLIT mapped to LOC and MEDIA to PRO (BSNLP types an outlet named
// as the medium PRO; package ner moves news agencies back to ORG).
func Collection5(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: collection5: %w", err)
	}
	defer f.Close()
	mapType := map[string]string{"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GEOPOLIT": "LOC", "MEDIA": "PRO"}
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			ID    string `json:"id"`
			Text  string `json:"text"`
			Spans []struct {
				Type  string `json:"type"`
				Start int    `json:"start"`
				Stop  int    `json:"stop"`
			} `json:"spans"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("corpus: collection5: %w", err)
		}
		offs := runeOffsets(rec.Text)
		var ms []Mention
		for _, s := range rec.Spans {
			typ, ok := mapType[s.Type]
			if !ok {
				continue
			}
			if ms, err = addRuneSpan(ms, offs, rec.Text, s.Start, s.Stop, typ); err != nil {
				return nil, fmt.Errorf("corpus: collection5 %s: %w", rec.ID, err)
			}
		}
		docs = append(docs, Doc{ID: rec.ID, Source: "collection5", Topic: "collection5", Lang: "ru", Text: rec.Text, Mentions: resolve(ms)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: collection5: %w", err)
	}
	return docs, nil
}
