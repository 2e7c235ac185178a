package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// BSNLP reads every topic under dir (dir/<topic>/ner/<lang>/*.tsv with the
// matching dir/<topic>/raw/<lang>/*.txt). A document's text is the raw file
// after its four header lines (id, language, date, URL), which is what the
// tsv offsets count from.
func BSNLP(dir string) ([]Doc, error) {
	topics, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: bsnlp: %w", err)
	}
	var docs []Doc
	for _, t := range topics {
		if !t.IsDir() {
			continue
		}
		tsvs, err := filepath.Glob(filepath.Join(dir, t.Name(), "ner", "*", "*.tsv"))
		if err != nil {
			return nil, fmt.Errorf("corpus: bsnlp: %w", err)
		}
		sort.Strings(tsvs)
		for _, tsv := range tsvs {
			lang := filepath.Base(filepath.Dir(tsv))
			raw := filepath.Join(dir, t.Name(), "raw", lang, strings.TrimSuffix(filepath.Base(tsv), ".tsv")+".txt")
			d, err := bsnlpDoc(raw, tsv)
			if err != nil {
				return nil, fmt.Errorf("corpus: bsnlp %s: %w", tsv, err)
			}
			d.Topic, d.Lang = t.Name(), lang
			docs = append(docs, d)
		}
	}
	return docs, nil
}

// BSNLPText returns the text of a BSNLP raw file: what follows the four
// header lines.
func BSNLPText(raw string) string {
	for range 4 {
		i := strings.IndexByte(raw, '\n')
		if i < 0 {
			return ""
		}
		raw = raw[i+1:]
	}
	return raw
}

func bsnlpDoc(rawPath, tsvPath string) (Doc, error) {
	raw, err := os.ReadFile(rawPath)
	if err != nil {
		return Doc{}, err
	}
	ann, err := os.ReadFile(tsvPath)
	if err != nil {
		return Doc{}, err
	}
	text := BSNLPText(string(raw))
	offs := runeOffsets(text)
	var ms []Mention
	for n, line := range strings.Split(string(ann), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 5 {
			continue
		}
		s, err1 := strconv.Atoi(f[0])
		e, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			return Doc{}, fmt.Errorf("line %d: bad offsets %q %q", n+1, f[0], f[1])
		}
		typ := f[4]
		if !known(typ) {
			continue
		}
		if ms, err = addRuneSpan(ms, offs, text, s, e, typ); err != nil {
			return Doc{}, fmt.Errorf("line %d: %w", n+1, err)
		}
	}
	return Doc{
		ID:       strings.TrimSuffix(filepath.Base(tsvPath), ".tsv"),
		Source:   "bsnlp",
		Text:     text,
		Mentions: resolve(ms),
	}, nil
}

func known(typ string) bool {
	for _, t := range Types {
		if t == typ {
			return true
		}
	}
	return false
}
