package langid

import (
	"os"
	"path/filepath"
	"testing"
)

// seedText reads a seed article (about 5 KB, the size the pipeline's
// speed target is set for).
func seedText(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(dataDir(tb), "..", "seeds", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func BenchmarkTag(b *testing.B) {
	m := loadModel(b)
	for _, name := range []string{"000_d0670793ce43c562.txt", "001_46e6aa277c86e90e.txt"} {
		text := seedText(b, name)
		spans := splitSentences(text)
		b.Run(name[:3], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				m.Tag(text, spans)
			}
		})
	}
}

func BenchmarkDetectShort(b *testing.B) {
	m := loadModel(b)
	for b.Loop() {
		m.Detect("Кім Чен Ин")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
