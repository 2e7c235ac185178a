package pipeline_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/litopys/litopys/input"
)

// randomText is about n bytes of random words of Cyrillic and Latin
// letters, in sentences and paragraphs, some capitalised (so that the
// tagger sees name-like words).
func randomText(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 2))
	letters := []rune("абвгдежзийклмнопрстуфхцчшщыьэюяієїґabcdefghijklmnopqrstuvwxyz")
	var b strings.Builder
	for b.Len() < n {
		w := make([]rune, 1+r.IntN(11))
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		if r.IntN(6) == 0 {
			w[0] = []rune(strings.ToUpper(string(w[0])))[0]
		}
		b.WriteString(string(w))
		switch k := r.IntN(100); {
		case k < 1:
			b.WriteString(".\n\n")
		case k < 8:
			b.WriteString(". ")
		case k < 14:
			b.WriteString(", ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// benchSizes are the sizes, in MB, BenchmarkAnalyzeSize runs: 1 and 2
// by default (CI runs every benchmark once), and LITOPYS_BENCH_MB
// ("1,2,4,8,16") for the whole range.
func benchSizes(b *testing.B) []int {
	spec := os.Getenv("LITOPYS_BENCH_MB")
	if spec == "" {
		spec = "1,2"
	}
	var out []int
	for _, f := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			b.Fatalf("LITOPYS_BENCH_MB: %q", spec)
		}
		out = append(out, n)
	}
	return out
}

// BenchmarkAnalyzeSize analyses one article repeated, and random words, to
// each size: ns/byte staying flat from 1 to 16 MB says the analysis is
// linear in the input (it was quadratic in entity linking). Every result
// is checked to be a whole analysis, so the benchmark is also the property
// test of large inputs.
func BenchmarkAnalyzeSize(b *testing.B) {
	p := newPipeline(b)
	article := string(must(os.ReadFile("../internal/seeds/000_d0670793ce43c562.txt")))
	for _, mb := range benchSizes(b) {
		n := mb << 20
		for _, kind := range []string{"repeated", "random"} {
			text := randomText(n, uint64(mb))
			if kind == "repeated" {
				text = strings.Repeat(article+"\n\n", n/(len(article)+2)+1)[:n]
			}
			b.Run(fmt.Sprintf("%s/%dMB", kind, mb), func(b *testing.B) {
				cpu := cpuTime()
				for b.Loop() {
					doc, err := p.Analyze(b.Context(), input.Record{Source: "big.txt", Body: text})
					if err != nil || len(doc.Tokens) < n/20 || len(doc.Sentences) == 0 {
						b.Fatalf("%v: %d tokens", err, len(doc.Tokens))
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
				b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/byte")
			})
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
