package extract

import (
	"math/rand/v2"
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
