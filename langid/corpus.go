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

// englishCorpora are English running text from Wikipedia, full of names
// of every origin (Zelensky, Vladivostok, Knausgård beside Obama): the
// Latin table learns from them that a name says little about the
// language and that English function words and endings say much. split is
// "train" for Train and "test" for the held-out figures; WikiNEuRal has no
// train split here, so Train reads its val split and the test split is
// never read but by EnglishHeldOut.
func englishCorpora(split string) []corpus {
	neural := "val"
	if split == "test" {
		neural = "test"
	}
	return []corpus{
		{lang: EN, glob: "wikiann/en/" + split + ".conllu.gz", read: readCoNLL},
		{lang: EN, glob: "wikineural/en/" + neural + ".conllu.gz", read: readCoNLL},
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

// EnglishHeldOut returns the English sentences of dataDir kept out of
// training (the test splits of WikiANN and WikiNEuRal), one Doc each, in
// a fixed order.
func EnglishHeldOut(dataDir string) ([]Doc, error) {
	var docs []Doc
	err := walk(dataDir, englishCorpora("test"), func(d Doc) { docs = append(docs, d) })
	return docs, err
}

// otherPages are the pages of html/readability written in a Latin-script
// language other than English (Czech, Spanish, Portuguese, German,
// French), by their html lang attribute and a look at the text.
var otherPages = []string{"aktualne", "cnet-svg-classes", "folha", "heise", "la-nacion", "lemonde-1", "liberation-1", "nytimes-5", "videos-2"}

// OtherHeldOut returns the paragraphs of otherPages' reference
// extractions (one Doc a page, one line a paragraph), labelled Other:
// never trained on, they measure how often running text of another
// Latin-script language is taken for English.
func OtherHeldOut(dataDir string) ([]Doc, error) {
	var cs []corpus
	for _, p := range otherPages {
		cs = append(cs, corpus{lang: Other, glob: "html/readability/" + p + "/expected.html.gz", read: readHTMLText})
	}
	var docs []Doc
	err := walk(dataDir, cs, func(d Doc) { docs = append(docs, d) })
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

// readCoNLL reads gzip-compressed CoNLL (index, token, tag a line, a
// blank line between sentences) and gives each sentence as its tokens
// joined by spaces.
func readCoNLL(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	var toks []string
	flush := func() {
		if len(toks) > 0 {
			fn(strings.Join(toks, " "))
		}
		toks = toks[:0]
	}
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			flush()
			continue
		}
		toks = append(toks, cols[1])
	}
	flush()
	return sc.Err()
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
