package input

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// encodeTo encodes s in cm, writing '?' for runes cm cannot hold (KOI8 has
// no guillemets or dashes, for one).
func encodeTo(tb testing.TB, cm *charmap.Charmap, s string) []byte {
	tb.Helper()
	out := make([]byte, 0, len(s))
	for _, r := range s {
		b, ok := cm.EncodeRune(r)
		if !ok {
			b = '?'
		}
		out = append(out, b)
	}
	return out
}

// heldOut returns texts the charset model was not built from: the BSNLP
// Russian raw texts and the ner-uk Ukrainian texts, at most n of each.
func heldOut(tb testing.TB, n int) map[string][]string {
	tb.Helper()
	needShared(tb)
	out := map[string][]string{}
	for lang, pattern := range map[string]string{
		"ru": filepath.Join(sharedData, "bsnlp", "*", "raw", "ru", "*.txt"),
		"uk": filepath.Join(sharedData, "ner-uk", "v2.0", "data", "*", "*.txt"),
	} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files[:min(n, len(files))] {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			out[lang] = append(out[lang], string(b))
		}
	}
	return out
}

// snippet cuts a piece of text holding about letters Cyrillic letters,
// starting at a line or word boundary picked by rng.
func snippet(rng *rand.Rand, text string, letters int) string {
	start := rng.IntN(len(text))
	for start > 0 && text[start-1] != ' ' && text[start-1] != '\n' {
		start--
	}
	n, end := 0, start
	for end < len(text) && n < letters {
		r, size := utf8.DecodeRuneInString(text[end:])
		if symbol(r) != 0 {
			n++
		}
		end += size
	}
	for end < len(text) && text[end] != ' ' && text[end] != '\n' {
		end++
	}
	return strings.TrimSpace(text[start:end])
}

func TestCyrillicAccuracy(t *testing.T) {
	texts := heldOut(t, 400)
	encodings := []struct {
		name string
		cm   *charmap.Charmap
		lang string
	}{
		{"windows-1251", charmap.Windows1251, "ru"},
		{"windows-1251", charmap.Windows1251, "uk"},
		{"koi8-r", charmap.KOI8R, "ru"},
		{"koi8-u", charmap.KOI8U, "uk"},
		{"ibm866", charmap.CodePage866, "ru"},
	}
	floors := map[int]float64{10: 0.99, 20: 0.995, 50: 0.998, 200: 0.998}
	for _, letters := range []int{10, 20, 50, 200} {
		for _, e := range encodings {
			t.Run(fmt.Sprintf("%s/%s/%d", e.name, e.lang, letters), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(1, uint64(letters)))
				total, right := 0, 0
				var wrong []string
				for _, text := range texts[e.lang] {
					for range 5 {
						s := snippet(rng, text, letters)
						data := encodeTo(t, e.cm, s)
						if utf8.Valid(data) {
							continue // pure ASCII or accidentally UTF-8
						}
						total++
						got, enc, err := Decode(data)
						want, _ := e.cm.NewDecoder().String(string(data))
						if err == nil && got == want && (enc == e.name || e.name == "koi8-u" && enc == "koi8-r" && !strings.ContainsAny(s, "іїєґІЇЄҐ")) {
							right++
						} else if len(wrong) < 5 {
							wrong = append(wrong, fmt.Sprintf("%q %x → %s %v", s, data, enc, err))
						}
					}
				}
				acc := float64(right) / float64(total)
				t.Logf("%d/%d = %.4f %s", right, total, acc, strings.Join(wrong, "; "))
				if acc < floors[letters] {
					t.Errorf("accuracy %.4f below floor %.3f; e.g. %s", acc, floors[letters], strings.Join(wrong, "; "))
				}
			})
		}
	}
}
