package entity

import (
	"strings"
	"testing"
	"unicode"

	"github.com/litopys/litopys"
)

// mapLex is a lemmatizer over a fixed table, for tests independent of the
// embedded dictionaries.
type mapLex map[string]string

func (m mapLex) Lemma(w, lang string) (string, bool) {
	l, ok := m[strings.ToLower(w)]
	if !ok {
		return strings.ToLower(w), false
	}
	return l, true
}

// words tokenises s at spaces and before final punctuation, for tests.
func words(s string) []litopys.Token {
	var out []litopys.Token
	start := -1
	emit := func(i int) {
		if start >= 0 {
			out = append(out, litopys.Token{Start: start, End: i, Text: s[start:i], Kind: kind(s[start:i])})
			start = -1
		}
	}
	for i, r := range s + " " {
		switch {
		case r == ' ':
			emit(i)
		case r == '.' || r == ',':
			emit(i)
			out = append(out, litopys.Token{Start: i, End: i + 1, Text: s[i : i+1], Kind: litopys.TokenPunct})
		case start < 0:
			start = i
		}
	}
	return out
}

func kind(w string) litopys.TokenKind {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return litopys.TokenWord
		}
	}
	return litopys.TokenPunct
}

var lex = mapLex{
	"северной": "северный", "кореей": "корея", "совета": "совет", "безопасности": "безопасность",
	"владимиром": "владимир", "путиным": "путин", "большой": "большой", "семерки": "семерка",
	"азиатско-тихоокеанского": "азиатско-тихоокеанский", "экономического": "экономический",
	"сотрудничества": "сотрудничество", "ближнем": "ближний", "востоке": "восток",
	"міністерство": "міністерство", "закордонних": "закордонний", "справ": "справа",
	"південної": "південний", "кореї": "корея", "російською": "російський", "федерацією": "федерація",
	"білого": "білий", "дому": "дім", "соединенных": "соединенный", "штатов": "штат",
	"корейського": "корейський", "півострова": "півострів", "синьої": "синій", "лінії": "лінія",
	"жана": "жан", "клода": "клод", "жаном": "жан", "клодом": "клод", "юнкера": "юнкер", "юнкером": "юнкер",
}

func TestBaseForm(t *testing.T) {
	tests := []struct {
		name, text, typ, lang, want string
	}{
		{"adjective agrees with feminine head", "Северной Кореей", litopys.LOC, "ru", "Северная Корея"},
		{"genitive dependents kept", "Совета Безопасности ООН", litopys.ORG, "ru", "Совет Безопасности ООН"},
		{"person word by word", "Владимиром Путиным", litopys.PER, "ru", "Владимир Путин"},
		{"hard-stem adjective", "Большой семерки", litopys.ORG, "ru", "Большая семерка"},
		{"neuter head, hyphenated adjective", "Азиатско-Тихоокеанского экономического сотрудничества", litopys.ORG, "ru", "Азиатско-Тихоокеанское экономическое сотрудничество"},
		{"masculine head", "Ближнем Востоке", litopys.LOC, "ru", "Ближний Восток"},
		{"uk nominative head keeps genitive tail", "Міністерство закордонних справ Південної Кореї", litopys.ORG, "uk", "Міністерство закордонних справ Південної Кореї"},
		{"hyphenated given name part by part", "Жана-Клода Юнкера", litopys.PER, "uk", "Жан-Клод Юнкер"},
		{"hyphenated given name, instrumental", "Жаном-Клодом Юнкером", litopys.PER, "uk", "Жан-Клод Юнкер"},
		{"uk feminine", "Російською Федерацією", litopys.LOC, "uk", "Російська Федерація"},
		{"uk masculine", "Білого дому", litopys.ORG, "uk", "Білий дім"},
		{"uk soft adjective", "Синьої лінії", litopys.LOC, "uk", "Синя лінія"},
		{"uk peninsula", "Корейського півострова", litopys.LOC, "uk", "Корейський півострів"},
		{"plural head kept as written", "Соединенных Штатов", litopys.LOC, "ru", "Соединенных Штатов"},
		{"acronym kept", "ООН", litopys.ORG, "ru", "ООН"},
		{"latin kept", "The New York Times", litopys.ORG, "uk", "The New York Times"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BaseForm(tt.text, words(tt.text), tt.typ, tt.lang, lex, nil)
			if got != tt.want {
				t.Errorf("BaseForm(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestContraction(t *testing.T) {
	tests := []struct {
		short, name string
		want        bool
	}{
		{"госдеп", "Государственный департамент", true},
		{"минобороны", "Министерство обороны", true},
		{"госдума", "Государственная дума", true},
		{"евросоюз", "Европейский союз", true},
		{"госдеп", "Государственная дума", false},
		{"минск", "Министерство обороны", false},
		{"ес", "Европейский союз", false},
	}
	for _, tt := range tests {
		if got := contraction(tt.short, nameWords(tt.name)); got != tt.want {
			t.Errorf("contraction(%q, %q) = %v, want %v", tt.short, tt.name, got, tt.want)
		}
	}
}

func TestAcronym(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Корейская Народно-Демократическая Республика", "кндр"},
		{"Організація Об'єднаних Націй", "оон"},
		{"Федеральное бюро расследований", "фбр"},
		{"Bank of England", "be"},
		{"Техрик-э-Лабаик Пакистан", "тлп"},
		{"Tehreek-e-Labbaik Pakistan", "tlp"},
	}
	for _, tt := range tests {
		if got := acronymOf(nameWords(tt.name)); got != tt.want {
			t.Errorf("acronymOf(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// lowerKey is a stand-in match key for tests: lower case, ё → е.
func lowerKey(s string) string { return strings.ReplaceAll(strings.ToLower(s), "ё", "е") }

func TestResolveJoinsShortForms(t *testing.T) {
	text := "Государственный департамент США и Энтони Блинкен. Блинкен встретился с Пак Чжином. " +
		"Госдеп сообщил, что Паком был доволен. Корейская Народно-Демократическая Республика, или КНДР. Иван Пак."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	find := func(s, typ string, nth int) Span {
		i := -1
		for k := 0; k <= nth; k++ {
			j := strings.Index(text[i+1:], s)
			if j < 0 {
				t.Fatalf("%q not in text", s)
			}
			i += 1 + j
		}
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	lx := mapLex{"чжином": "чжин", "паком": "пак"}
	r := &Resolver{Lex: lx, Key: lowerKey}
	spans := []Span{
		find("Государственный департамент", litopys.ORG, 0),
		find("Энтони Блинкен", litopys.PER, 0),
		find("Блинкен", litopys.PER, 1),
		find("Пак Чжином", litopys.PER, 0),
		find("Госдеп", litopys.ORG, 0),
		find("Паком", litopys.PER, 0),
		find("Корейская Народно-Демократическая Республика", litopys.LOC, 0),
		find("КНДР", litopys.LOC, 0),
	}
	r.Resolve(doc, spans)
	ent := map[string]string{}
	for _, m := range doc.Mentions {
		ent[m.Text] = m.Entity
	}
	same := [][2]string{{"Энтони Блинкен", "Блинкен"}, {"Государственный департамент", "Госдеп"}, {"КНДР", "Корейская Народно-Демократическая Республика"}}
	for _, p := range same {
		if ent[p[0]] == "" || ent[p[0]] != ent[p[1]] {
			t.Errorf("%q (%s) and %q (%s) should be one entity", p[0], ent[p[0]], p[1], ent[p[1]])
		}
	}
	if ent["Паком"] != ent["Пак Чжином"] {
		t.Errorf("Паком (%s) should join Пак Чжин (%s)", ent["Паком"], ent["Пак Чжином"])
	}
	if ent["Блинкен"] == ent["Пак Чжином"] {
		t.Errorf("different people merged")
	}
	if got := len(doc.Entities); got != 4 {
		t.Errorf("got %d entities, want 4: %+v", got, doc.Entities)
	}
}

func TestResolveAmbiguousSurnameStaysApart(t *testing.T) {
	text := "Пак Чжин и Пак Джису. Пак сказал."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	r := &Resolver{Lex: mapLex{}, Key: lowerKey}
	i := strings.LastIndex(text, "Пак")
	r.Resolve(doc, []Span{{Start: 0, End: len("Пак Чжин"), Type: litopys.PER}, {Start: len("Пак Чжин и "), End: len("Пак Чжин и Пак Джису"), Type: litopys.PER}, {Start: i, End: i + len("Пак"), Type: litopys.PER}})
	if doc.Mentions[2].Entity == doc.Mentions[0].Entity || doc.Mentions[2].Entity == doc.Mentions[1].Entity {
		t.Errorf("an ambiguous surname was merged: %+v", doc.Mentions)
	}
}
