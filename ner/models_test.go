package ner

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestMarkModels marks maker-number product models as PRO gazetteer hits
// and leaves makers alone, events with a year and covered tokens be.
func TestMarkModels(t *testing.T) {
	pro := func(pos int) uint8 { return uint8(1 + 4*proType + pos) }
	for _, tc := range []struct {
		text string
		want []uint8
	}{
		{"Boeing-737-800 сел", []uint8{pro(3), 0}},
		{"самолет Boeing 737 MAX", []uint8{0, pro(0), pro(2), 0}},
		{"Airbus A320 и Ан-124", []uint8{pro(0), pro(2), 0, pro(3)}},
		{"МиГ-29 и Су-27", []uint8{pro(3), 0, pro(3)}},
		{"компания Boeing заявила", []uint8{0, 0, 0}},
		{"ЧМ-2018 и Евро-2012", []uint8{0, 0, 0}},
		{"су-27 в тексте", []uint8{0, 0, 0}},
		{"Boeing в 2018", []uint8{0, 0, 0}},
		{"Boeing 2018 года", []uint8{0, 0, 0}},
	} {
		var toks []litopys.Token
		for _, w := range strings.Fields(tc.text) {
			toks = append(toks, litopys.Token{Text: w})
		}
		gaz := make([]uint8, len(toks))
		markModels(toks, gaz)
		if string(gaz) != string(tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, gaz, tc.want)
		}
	}
}

// TestDocumentName tells names of legal texts from other events.
func TestDocumentName(t *testing.T) {
	for name, want := range map[string]bool{
		"Ямальський договір": true, "Договір про заснування Енергетичного співтовариства": true, "закон CAATSA": true,
		"Угода про асоціацію між Україною та ЄС": true, "Энергетическая хартия": true,
		"Конференції сторін Енергетичної хартії": false, "Второй мировой войны": false, "Brexit": false,
		"саммит НАТО": false, "Петербургского международного газового форума": false,
	} {
		if got := documentName(name); got != want {
			t.Errorf("documentName(%q) = %v, want %v", name, got, want)
		}
	}
}
