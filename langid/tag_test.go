package langid

import (
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

func TestDetect(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		name, text, want string
	}{
		{"ru sentence", "Государственный секретарь США провел переговоры в Южной Корее.", RU},
		{"uk sentence", "Держсекретар США провів переговори у Південній Кореї.", UK},
		{"ru name", "Ким Чен Ын", RU},
		{"uk name", "Кім Чен Ин", UK},
		{"ru name inflected", "Ким Чен Ыном", RU},
		{"uk name inflected", "Кім Чен Ином", UK},
		{"ru Korean surname", "Пак Чжин", RU},
		{"uk apostrophe", "п’ятниця", UK},
		{"ru with Latin names", "Hewlett-Packard берёт пример с Google", RU},
		{"en", "Russia and North Korea signed an agreement on Tuesday.", EN},
		{"en headline", "Blinken arrived in Seoul late on Wednesday after a meeting of G7 ministers.", EN},
		{"de", "Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuern steigen.", Other},
		{"es", "El presidente se reunió con los ministros en Madrid.", Other},
		{"pl", "Prezydent spotkał się z premierem w Warszawie.", Other},
		{"transliteration", "rossiya kyorling bronza", Other},
		{"greek", "Σήμερα η κυβέρνηση ανακοίνωσε", Other},
		{"cjk", "北朝鮮とロシアの軍事協力", Other},
		{"digits only", "2023-11-09 12:00", Other},
		{"empty", "", Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := m.Detect(tt.text)
			if got != tt.want {
				t.Errorf("Detect(%q) = %s (%.2f), want %s", tt.text, got, conf, tt.want)
			}
			if conf < 0 || conf > 1 {
				t.Errorf("Detect(%q) confidence %v out of [0, 1]", tt.text, conf)
			}
		})
	}
}

func TestDetectConfidence(t *testing.T) {
	m := loadModel(t)
	if _, c := m.Detect("42"); c != 0 {
		t.Errorf("no letters: confidence %v, want 0", c)
	}
	_, short := m.Detect("США")
	_, long := m.Detect("Государственный секретарь США провел переговоры в Южной Корее.")
	if !(short < long) {
		t.Errorf("confidence of a bare acronym %.3f not below that of a sentence %.3f", short, long)
	}
}

// lines makes a text of one sentence a line and its spans.
func lines(ss ...string) (string, []litopys.Span) {
	var (
		b     strings.Builder
		spans []litopys.Span
	)
	for _, s := range ss {
		spans = append(spans, litopys.Span{Start: b.Len(), End: b.Len() + len(s)})
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return b.String(), spans
}

func TestTag(t *testing.T) {
	m := loadModel(t)
	const (
		ru1 = "Блинкен прибыл в Южную Корею поздно вечером в среду."
		ru2 = "Стороны также обсудили важность сотрудничества по решению глобальных вызовов."
		uk1 = "Блінкен домовився з міністром закордонних справ Південної Кореї."
		uk2 = "Раніше речник Білого дому заявляв, що переговори активно просуваються."
		en1 = "We are deeply concerned about the growing military cooperation between the two countries."
	)
	tests := []struct {
		name      string
		sentences []string
		doc       string
		per       []string
	}{
		{"ru", []string{ru1, ru2}, RU, []string{RU, RU}},
		{"uk", []string{uk1, uk2}, UK, []string{UK, UK}},
		{"acronym takes the document's language", []string{uk1, "США.", uk2}, UK, []string{UK, UK, UK}},
		{"number takes the document's language", []string{"2023", ru1, "9.", ru2}, RU, []string{RU, RU, RU, RU}},
		{"site chrome takes the document's language", []string{"UA / RU", "Поддержать ZN.ua", ru1, ru2}, RU, []string{RU, RU, RU, RU}},
		{"Latin name takes the document's language", []string{uk1, "Sky News", uk2}, UK, []string{UK, UK, UK}},
		{"mixed ru and uk keeps both", []string{ru1, ru2, uk1, ru1}, RU, []string{RU, RU, UK, RU}},
		{"English quote keeps its language", []string{uk1, en1, uk2}, UK, []string{UK, EN, UK}},
		{"short sentence between English ones", []string{en1, "КНДР", en1, uk1}, EN, []string{EN, EN, EN, UK}},
		{"no sentences", nil, "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := lines(tt.sentences...)
			doc, per := m.Tag(text, spans)
			want := tt.doc
			if want == "" {
				want = Other
			}
			if doc != want || !slices.Equal(per, tt.per) {
				t.Errorf("Tag = %s %q, want %s %q", doc, per, want, tt.per)
			}
		})
	}
}

func TestTagBadSpans(t *testing.T) {
	m := loadModel(t)
	text := "Блінкен домовився з міністром закордонних справ Південної Кореї."
	spans := []litopys.Span{{Start: -5, End: 3}, {Start: 10, End: 5}, {Start: 0, End: len(text)}, {Start: 40, End: 1 << 30}}
	doc, per := m.Tag(text, spans)
	if doc != UK || !slices.Equal(per, []string{UK, UK, UK, UK}) {
		t.Errorf("Tag = %s %q, want uk everywhere", doc, per)
	}
}

// TestTagConcurrent runs Tag from several goroutines on one model (run
// with -race to check it shares nothing mutable).
func TestTagConcurrent(t *testing.T) {
	m := loadModel(t)
	text, spans := lines("Блінкен домовився з міністром.", "США.", "Блинкен прибыл в Сеул.")
	want, wantPer := m.Tag(text, spans)
	done := make(chan bool)
	for range 4 {
		go func() {
			ok := true
			for range 200 {
				doc, per := m.Tag(text, spans)
				ok = ok && doc == want && slices.Equal(per, wantPer)
			}
			done <- ok
		}()
	}
	for range 4 {
		if !<-done {
			t.Error("concurrent Tag gave a different answer")
		}
	}
}
