package morph

import "testing"

// BenchmarkDecodeContext is the cost of decoding the embedded context
// models, paid once per process and language on first use.
func BenchmarkDecodeContext(b *testing.B) {
	for _, c := range []struct {
		lang string
		data []byte
	}{{"ru", ruCtxData}, {"uk", ukCtxData}} {
		b.Run(c.lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := decodeCtx(c.data, c.lang); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
