package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// article is a real news text split into paragraphs, the ground truth the
// synthetic pages of the corpus test are built around.
type article struct {
	source string
	title  string
	paras  []string
	lang   string
}

// perSource is how many articles each corpus gives.
const perSource = 12

// loadArticles reads articles from the shared news corpora: RT/NG (ru),
// uk_news_nov2024 (uk) and the press part of BRUK (uk). It skips the test
// when the data is absent.
func loadArticles(tb testing.TB) []article {
	tb.Helper()
	dir := filepath.Join(sharedDir, "data", "news")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("shared news corpora absent: %v", err)
	}
	var out []article
	out = append(out, loadRT(tb, filepath.Join(dir, "ru_rt_ng.jsonl.gz"))...)
	out = append(out, loadUKNews(tb, filepath.Join(dir, "uk_news_nov2024.csv"))...)
	out = append(out, loadBRUK(tb, filepath.Join(dir, "bruk_press_uk"))...)
	return out
}

func loadRT(tb testing.TB, path string) []article {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []article
	for n := 0; sc.Scan() && len(out) < perSource; n++ {
		var rec struct{ Title, Content string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		if n%37 != 0 || strings.Contains(rec.Content, "Читайте") {
			continue
		}
		if a := (article{source: "rt_ng", title: normSpace(rec.Title), paras: joinFragments(rec.Content), lang: "ru"}); usable(a) {
			out = append(out, a)
		}
	}
	return out
}

func loadUKNews(tb testing.TB, path string) []article {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var out []article
	for n, rec := range recs[1:] {
		if len(out) == perSource {
			break
		}
		if n%17 != 0 {
			continue
		}
		if a := (article{source: "uk_news", title: normSpace(rec[0]), paras: groupSentences(rec[2], 3), lang: "uk"}); usable(a) {
			out = append(out, a)
		}
	}
	return out
}

func loadBRUK(tb testing.TB, dir string) []article {
	tb.Helper()
	f, err := os.Open(filepath.Join(dir, "meta", "meta.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	sort.Slice(recs[1:], func(i, j int) bool { return recs[i+1][2] < recs[j+1][2] })
	var out []article
	for n, rec := range recs[1:] {
		if len(out) == perSource {
			break
		}
		if n%9 != 0 || rec[0] != "good" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, "data", rec[0], rec[2]))
		if err != nil {
			continue
		}
		var paras []string
		for _, p := range strings.Split(string(b), "\n") {
			if p = normSpace(p); p != "" && len(paras) < 14 {
				paras = append(paras, p)
			}
		}
		if a := (article{source: "bruk", title: normSpace(rec[5]), paras: paras, lang: "uk"}); usable(a) {
			out = append(out, a)
		}
	}
	return out
}

func usable(a article) bool {
	n := 0
	for _, p := range a.paras {
		n += len(p)
	}
	return a.title != "" && len(a.paras) >= 3 && n >= 800 && n <= 12000
}

// joinFragments rebuilds paragraphs from text whose lines were cut at links.
func joinFragments(s string) []string {
	var out []string
	var cur strings.Builder
	for _, l := range strings.Split(s, "\n") {
		l = normSpace(l)
		if l == "" {
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(l)
		last, _ := utf8.DecodeLastRuneInString(l)
		if strings.ContainsRune(".!?…»\"", last) {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// groupSentences splits unbroken text into paragraphs of n sentences.
func groupSentences(s string, n int) []string {
	s = normSpace(s)
	var sents []string
	start := 0
	for i, r := range s {
		if r != '.' && r != '!' && r != '?' || i+2 >= len(s) || s[i+1] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+2:])
		if unicode.IsUpper(next) || unicode.IsDigit(next) || next == '«' {
			sents = append(sents, s[start:i+1])
			start = i + 2
		}
	}
	sents = append(sents, s[start:])
	var out []string
	for i := 0; i < len(sents); i += n {
		out = append(out, strings.Join(sents[i:min(i+n, len(sents))], " "))
	}
	return out
}
