package event

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/segment"
	"github.com/litopys/litopys/temporal"
)

// build makes a document with the project's tokenizer, lemmatizer and
// temporal tagger, and mentions at the given substrings (form → entity id;
// the type is the id's prefix).
func build(tb testing.TB, text, lang string, published litopys.Date, mentions map[string]string) *litopys.Document {
	tb.Helper()
	m, err := morph.Load()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &litopys.Document{Text: text, Lang: lang, Published: published}
	doc.Paragraphs = segment.Paragraphs(text)
	var spans []litopys.Span
	for _, s := range segment.Sentences(text, doc.Paragraphs) {
		spans = append(spans, s)
		doc.Sentences = append(doc.Sentences, litopys.Sentence{Start: s.Start, End: s.End, Lang: lang})
		doc.Tokens = segment.Tokens(doc.Tokens, text, s)
	}
	for i := range doc.Tokens {
		if doc.Tokens[i].Kind == litopys.TokenWord {
			doc.Tokens[i].Lemma, _ = m.Lemma(doc.Tokens[i].Text, lang)
		}
	}
	for _, e := range temporal.Find(text, spans, temporal.Options{Published: published, Lang: lang}) {
		doc.Times = append(doc.Times, litopys.TimeExpr{Start: e.Start, End: e.End, Text: e.Text, Value: e.Value, Granularity: e.Granularity, Date: e.Date, Mod: e.Mod})
	}
	for form, id := range mentions {
		i := strings.Index(text, form)
		if i < 0 {
			tb.Fatalf("%q not in %q", form, text)
		}
		doc.Mentions = append(doc.Mentions, litopys.Mention{Start: i, End: i + len(form), Text: form, Type: id[:3], Entity: id})
		doc.Entities = append(doc.Entities, litopys.Entity{ID: id, Type: id[:3]})
	}
	for i := 1; i < len(doc.Mentions); i++ {
		for j := i; j > 0 && doc.Mentions[j].Start < doc.Mentions[j-1].Start; j-- {
			doc.Mentions[j], doc.Mentions[j-1] = doc.Mentions[j-1], doc.Mentions[j]
		}
	}
	return doc
}

// frameOf is the comparable part of an event.
type frameOf struct {
	Type, Trigger, Date, Granularity string
	Roles                            string // "entity:role …" in order
}

func summarise(e litopys.Event) frameOf {
	var roles []string
	for _, p := range e.Participants {
		roles = append(roles, p.Entity+":"+p.Role)
	}
	return frameOf{e.Type, e.Trigger, e.Date, e.Granularity, strings.Join(roles, " ")}
}

func TestFindDated(t *testing.T) {
	nov9 := litopys.DayDate(2023, 11, 9)
	sep23 := litopys.DayDate(2023, 9, 23)
	tests := []struct {
		name, lang, text string
		published        litopys.Date
		mentions         map[string]string
		want             []frameOf // dated events only
	}{
		{"meeting with its day", "ru", "Энтони Блинкен в четверг 9 ноября провел переговоры в Южной Корее.", nov9,
			map[string]string{"Энтони Блинкен": "PER-Blinken", "Южной Корее": "LOC-SK"},
			[]frameOf{{"meet", "переговоры", "2023-11-09", "day", "PER-Blinken:agent LOC-SK:place"}}},
		{"one trigger, two months", "ru", "Северная Корея готовится к запуску спутника после неудач в мае и августе.", nov9,
			map[string]string{"Северная Корея": "LOC-NK"},
			[]frameOf{{"launch-failure", "неудача", "2023-05", "month", "LOC-NK:agent"}, {"launch-failure", "неудача", "2023-08", "month", "LOC-NK:agent"}}},
		{"sanction", "uk", "31 серпня США запровадили санкції проти двох громадян РФ.", sep23,
			map[string]string{"США": "LOC-USA", "РФ": "LOC-RU"},
			[]frameOf{{"sanction", "запровадити санкції", "2023-08-31", "day", "LOC-USA:agent LOC-RU:patient"}}},
		{"visit in a month", "uk", "У липні до КНДР приїздив міністр оборони РФ Сергій Шойгу.", sep23,
			map[string]string{"КНДР": "LOC-NK", "РФ": "LOC-RU", "Сергій Шойгу": "PER-Shoigu"},
			[]frameOf{{"visit", "приїздити", "2023-07", "month", "LOC-NK:place LOC-RU:patient PER-Shoigu:patient"}}},
		{"the date goes to the nearest trigger", "ru", "Переговоры состоялись после того, как стало известно о соглашении на сентябрьском саммите.", nov9,
			nil,
			[]frameOf{{"meet", "саммит", "2023-09", "month", ""}}},
		{"a later sentence of the paragraph continues the date", "uk", "У вівторок, 12 вересня, потяг прибув до РФ. Кім Чен Ин і Путін провели зустріч.", sep23,
			map[string]string{"РФ": "LOC-RU", "Кім Чен Ин": "PER-Kim", "Путін": "PER-Putin"},
			[]frameOf{{"visit", "прибути", "2023-09-12", "day", "LOC-RU:place"}, {"meet", "зустріч", "2023-09-12", "day", "PER-Kim:other PER-Putin:agent"}}},
		{"a report without a date of its own is not an event", "ru", "Об этом сообщает Yonhap.", nov9,
			map[string]string{"Yonhap": "ORG-Yonhap"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, tt.lang, tt.published, tt.mentions)
			var got []frameOf
			for _, e := range Find(doc) {
				if e.Date != "" {
					got = append(got, summarise(e))
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("dated events = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("event %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestSourceFromAttribution(t *testing.T) {
	text := "Блинкен 9 ноября провел переговоры. Об этом сообщает Yonhap."
	doc := build(t, text, "ru", litopys.DayDate(2023, 11, 9), map[string]string{"Блинкен": "PER-Blinken", "Yonhap": "ORG-Yonhap"})
	doc.Attributions = []litopys.Attribution{{Source: "ORG-Yonhap", Scope: litopys.Span{Start: 0, End: strings.Index(text, " Об")}}}
	evs := Find(doc)
	if len(evs) == 0 || evs[0].Source != "ORG-Yonhap" || evs[0].Attribution != 0 {
		t.Fatalf("events = %+v, want the meeting sourced to Yonhap", evs)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Блинкен 9 ноября провел переговоры в Сеуле. Об этом сообщает Yonhap.", 3)
	f.Add("У липні до КНДР приїздив Шойгу; після неудач у травні.", 2)
	f.Fuzz(func(t *testing.T, text string, every int) {
		doc := build(t, text, "uk", litopys.DayDate(2023, 9, 23), nil)
		if every > 0 {
			for i, tok := range doc.Tokens {
				if tok.Kind == litopys.TokenWord && i%every == 0 {
					doc.Mentions = append(doc.Mentions, litopys.Mention{Start: tok.Start, End: tok.End, Text: tok.Text, Type: litopys.LOC, Entity: "LOC-" + tok.Text})
				}
			}
		}
		for _, e := range Find(doc) {
			if e.Evidence.Start < 0 || e.Evidence.End > len(text) || e.Text != text[e.Evidence.Start:e.Evidence.End] {
				t.Fatalf("bad evidence %+v", e)
			}
			if e.Time < -1 || e.Time >= len(doc.Times) {
				t.Fatalf("bad time index %+v", e)
			}
		}
	})
}
