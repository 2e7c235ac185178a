package morph

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// corpusFiles names, per language, the raw news text under the corpus
// directory (the project's shared data/) whose words are counted to rank
// the lemmas of ambiguous forms. A directory means every file below it.
var corpusFiles = map[string][]string{
	"ru": {"news/ru_rt_ng.jsonl.gz"},
	"uk": {"news/uk_news_nov2024.csv", "news/bruk_press_uk/data"},
}

// countLemmas counts, over the language's corpus files, how often each
// lemma occurs as the only lemma of a word; the counts order the analyses
// of ambiguous forms (Києві: київ before кий). Missing files are skipped.
func (lb *lexiconBuilder) countLemmas(corpusDir string) error {
	lb.freq = map[string]uint32{}
	lb.names = map[string]uint32{}
	for _, name := range corpusFiles[lb.lang] {
		root := filepath.Join(corpusDir, name)
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			return lb.countFile(path)
		})
		if err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("count lemmas: %w", err)
		}
	}
	return nil
}

func (lb *lexiconBuilder) countFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	sc := bufio.NewScanner(bufio.NewReaderSize(r, 1<<16))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	sc.Split(scanWords)
	for sc.Scan() {
		lb.countWord(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func (lb *lexiconBuilder) countWord(w string) {
	key := foldKey(w)
	ids := lb.forms[key]
	if len(ids) == 0 {
		if isCapitalized(w) && !isAllUpper(w) && isCyrillicWord(w) && !strings.Contains(w, "-") && runeLen(w) >= 3 {
			lb.names[normalize(w)]++
		}
		return
	}
	lemma := ""
	for _, id := range ids {
		l, ok := lb.rules[id].apply(key)
		if !ok || (lemma != "" && l != lemma) {
			return // ambiguous: it says nothing about which lemma is common
		}
		lemma = l
	}
	lb.freq[lemma]++
}

// scanWords is a bufio.SplitFunc yielding runs of letters (with inner
// hyphens and apostrophes).
func scanWords(data []byte, atEOF bool) (int, []byte, error) {
	s := string(data)
	start := strings.IndexFunc(s, unicode.IsLetter)
	if start < 0 {
		return len(data), nil, nil
	}
	for i, r := range s[start:] {
		if !unicode.IsLetter(r) && r != '-' && !isApostrophe(r) {
			return start + i, data[start : start+i], nil
		}
	}
	if atEOF {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
