package attrib

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/segment"
)

// build makes a document of text with the project's tokenizer and
// lemmatizer, and mentions at the given substrings (form → entity id; the
// type is the id's prefix).
func build(tb testing.TB, text, lang string, mentions map[string]string) *litopys.Document {
	tb.Helper()
	m, err := morph.Load()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &litopys.Document{Text: text, Lang: lang}
	doc.Paragraphs = segment.Paragraphs(text)
	for _, s := range segment.Sentences(text, doc.Paragraphs) {
		doc.Sentences = append(doc.Sentences, litopys.Sentence{Start: s.Start, End: s.End, Lang: lang})
		doc.Tokens = segment.Tokens(doc.Tokens, text, s)
	}
	for i := range doc.Tokens {
		if doc.Tokens[i].Kind == litopys.TokenWord {
			doc.Tokens[i].Lemma, _ = m.Lemma(doc.Tokens[i].Text, lang)
		}
	}
	for form, id := range mentions {
		for off := 0; ; {
			i := strings.Index(text[off:], form)
			if i < 0 {
				break
			}
			start := off + i
			doc.Mentions = append(doc.Mentions, litopys.Mention{Start: start, End: start + len(form), Text: form, Type: id[:3], Entity: id})
			off = start + len(form)
		}
	}
	sortMentions(doc.Mentions)
	return doc
}

func sortMentions(ms []litopys.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// got is the comparable part of an attribution.
type got struct{ Source, Via, Text, Quote string }

func TestFind(t *testing.T) {
	tests := []struct {
		name, lang, text string
		mentions         map[string]string
		want             []got
	}{
		{"anaphoric report", "ru", "Блинкен провел переговоры. Об этом сообщает Yonhap.",
			map[string]string{"Блинкен": "PER-Blinken", "Yonhap": "ORG-Yonhap"},
			[]got{{Source: "ORG-Yonhap", Text: "Об этом сообщает Yonhap"}}},
		{"inverted after a clause", "ru", "Он осудил поставки, сообщил Государственный департамент.",
			map[string]string{"Государственный департамент": "ORG-State"},
			[]got{{Source: "ORG-State", Text: "сообщил Государственный департамент"}}},
		{"impersonal", "ru", "Стороны обсудили сотрудничество, говорится в сообщении Госдепа.",
			map[string]string{"Госдепа": "ORG-State"},
			[]got{{Source: "ORG-State", Text: "говорится в сообщении Госдепа"}}},
		{"citation chain", "uk", "Про це повідомляє Sky.News з посиланням на МЗС Південної Кореї.",
			map[string]string{"Sky.News": "ORG-Sky", "МЗС Південної Кореї": "ORG-MFA"},
			[]got{{Source: "ORG-Sky", Via: "ORG-MFA", Text: "Про це повідомляє Sky.News з посиланням на МЗС Південної Кореї"}}},
		{"subject before the verb", "uk", "Речник Білого дому Джон Кірбі заявляв, що переговори тривають.",
			map[string]string{"Білого дому": "ORG-WH", "Джон Кірбі": "PER-Kirby"},
			[]got{{Source: "PER-Kirby", Text: "Джон Кірбі заявляв"}}},
		{"quote before the verb", "ru", "\"Я еду в Корею, а потом в Индию\", - сказал Блинкен.",
			map[string]string{"Блинкен": "PER-Blinken", "Корею": "LOC-Korea", "Индию": "LOC-India"},
			[]got{{Source: "PER-Blinken", Text: "сказал Блинкен", Quote: "Я еду в Корею, а потом в Индию"}}},
		{"quote after a colon", "uk", "Зеленський заявив: «Ми не відступимо ні на крок».",
			map[string]string{"Зеленський": "PER-Zelensky"},
			[]got{{Source: "PER-Zelensky", Text: "Зеленський заявив", Quote: "Ми не відступимо ні на крок"}}},
		{"according to", "ru", "По данным Reuters, переговоры сорвались.",
			map[string]string{"Reuters": "ORG-Reuters"},
			[]got{{Source: "ORG-Reuters", Text: "По данным Reuters"}}},
		{"a place after the verb is not a speaker", "ru", "Блинкен отметил важность поддержки Украины.",
			map[string]string{"Блинкен": "PER-Blinken", "Украины": "LOC-Ukraine"},
			[]got{{Source: "PER-Blinken", Text: "Блинкен отметил"}}},
		{"a place after a preposition is not a speaker", "ru", "Официальные лица в Сеуле заявили, что запуск готовится.",
			map[string]string{"Сеуле": "LOC-Seoul"},
			nil},
		{"no reporting verb", "ru", "Блинкен прибыл в Сеул.",
			map[string]string{"Блинкен": "PER-Blinken", "Сеул": "LOC-Seoul"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, tt.lang, tt.mentions)
			var res []got
			for _, a := range Find(doc) {
				res = append(res, got{a.Source, a.Via, a.Text, a.Quote})
			}
			if len(res) != len(tt.want) {
				t.Fatalf("Find = %+v, want %+v", res, tt.want)
			}
			for i := range res {
				if res[i] != tt.want[i] {
					t.Errorf("Find[%d] = %+v, want %+v", i, res[i], tt.want[i])
				}
			}
		})
	}
}

func TestScopeOfAnaphora(t *testing.T) {
	text := "Блинкен провел переговоры. Об этом сообщает Yonhap."
	doc := build(t, text, "ru", map[string]string{"Yonhap": "ORG-Yonhap"})
	as := Find(doc)
	if len(as) != 1 {
		t.Fatalf("got %d attributions", len(as))
	}
	if got := text[as[0].Scope.Start:as[0].Scope.End]; got != "Блинкен провел переговоры." {
		t.Errorf("scope = %q, want the sentence before", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Об этом сообщает Yonhap. \"Цитата здесь длинная\", - сказал Блинкен.", 5)
	f.Add("Про це повідомляє Sky.News з посиланням на МЗС.", 3)
	f.Add("«»\"\"„“ заявил заявив: «", 1)
	f.Fuzz(func(t *testing.T, text string, every int) {
		doc := build(t, text, "ru", nil)
		// Make every n-th word a mention, to exercise the speaker search.
		if every > 0 {
			for i, tok := range doc.Tokens {
				if tok.Kind == litopys.TokenWord && i%every == 0 {
					doc.Mentions = append(doc.Mentions, litopys.Mention{Start: tok.Start, End: tok.End, Text: tok.Text, Type: litopys.ORG, Entity: "ORG-" + tok.Text})
				}
			}
		}
		for _, a := range Find(doc) {
			if a.Evidence.Start < 0 || a.Evidence.End > len(text) || a.Evidence.Start > a.Evidence.End {
				t.Fatalf("evidence out of range: %+v", a)
			}
			if a.Text != text[a.Evidence.Start:a.Evidence.End] {
				t.Fatalf("evidence text %q is not the span's", a.Text)
			}
			if a.QuoteSpan != nil && a.Quote != text[a.QuoteSpan.Start:a.QuoteSpan.End] {
				t.Fatalf("quote %q is not its span", a.Quote)
			}
		}
	})
}
