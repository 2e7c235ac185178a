package extract

import (
	"compress/gzip"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedArticle returns seed 000 as text and as an HTML page of the same
// article in synthetic chrome.
func seedArticle(tb testing.TB) (text, page string) {
	tb.Helper()
	text = string(readShared(tb, "seeds/"+seedNames[0]+".txt"))
	r := Text(text)
	paras := strings.Split(r.Text, "\n\n")
	s := &synth{rng: rand.New(rand.NewPCG(1, 2)), titles: []string{"Другая новость дня о переговорах"}}
	page, _, _ = s.htmlPage(article{title: r.Title, paras: paras[1:], lang: "ru"})
	return text, page
}

func BenchmarkText(b *testing.B) {
	text, _ := seedArticle(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Text(text)
	}
}

func BenchmarkHTML(b *testing.B) {
	_, page := seedArticle(b)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := HTML(page, "https://example.com/news/1.html"); err != nil {
			b.Fatal(err)
		}
	}
}

// realPages reads the sources of the 130 real pages of the Readability.js
// test suite (../shared/data/html/readability).
func realPages(tb testing.TB) []string {
	tb.Helper()
	dirs, _ := filepath.Glob(filepath.Join(sharedDir, "data", "html", "readability", "*", "source.html.gz"))
	if len(dirs) == 0 {
		tb.Skip("real pages absent")
	}
	var pages []string
	for _, p := range dirs {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	return pages
}

// BenchmarkRealPages extracts the real pages in turn, one page per op.
func BenchmarkRealPages(b *testing.B) {
	pages := realPages(b)
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	b.SetBytes(n / int64(len(pages)))
	i := 0
	for b.Loop() {
		_, _ = HTML(pages[i%len(pages)], "https://example.com/a.html")
		i++
	}
}
