package langid

import (
	"testing"

	"github.com/litopys/litopys"
)

// FuzzTag feeds arbitrary bytes (invalid UTF-8 included) and spans cut
// from them: Tag and Detect must not panic and must return one known
// language per sentence.
func FuzzTag(f *testing.F) {
	m := loadModel(f)
	for _, s := range []string{
		"", "США", "Кім Чен Ин. Ким Чен Ын.", "п'ятниця п’ятниці ʼ' '", "UA / RU\nПоддержать ZN.ua",
		"\xff\xfe\xfd", "a\xc0b", "ѐЀҐґ\u0489\u0483", "北朝鮮", string(make([]byte, 300)),
	} {
		f.Add(s, uint8(3))
	}
	known := map[string]bool{RU: true, UK: true, EN: true, Other: true}
	f.Fuzz(func(t *testing.T, text string, cuts uint8) {
		var spans []litopys.Span
		step := len(text)/(int(cuts%16)+1) + 1
		for i := 0; i < len(text); i += step {
			spans = append(spans, litopys.Span{Start: i, End: i + step})
		}
		spans = append(spans, litopys.Span{Start: len(text), End: -1})
		doc, per := m.Tag(text, spans)
		if !known[doc] || len(per) != len(spans) {
			t.Fatalf("Tag(%q) = %q, %d tags for %d spans", text, doc, len(per), len(spans))
		}
		for _, l := range per {
			if !known[l] {
				t.Fatalf("Tag(%q): unknown tag %q", text, l)
			}
		}
		if lang, conf := m.Detect(text); !known[lang] || conf < 0 || conf > 1 {
			t.Fatalf("Detect(%q) = %q, %v", text, lang, conf)
		}
		_ = splitSentences(text)
	})
}
