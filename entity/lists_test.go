package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestTypeByList: a scripture or a social network of the public lists is a
// product whatever the tagger said; other names keep their type.
func TestTypeByList(t *testing.T) {
	text := "Корану и Facebook и Москва"
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	r := &Resolver{Lex: mapLex{}, Key: lowerKey}
	got := r.typeByList(doc, []Span{{Start: 0, End: len("Корану"), Type: litopys.LOC},
		{Start: len("Корану и "), End: len("Корану и Facebook"), Type: litopys.ORG},
		{Start: len("Корану и Facebook и "), End: len(text), Type: litopys.LOC}})
	if got[0].Type != litopys.PRO || got[1].Type != litopys.PRO || got[2].Type != litopys.LOC {
		t.Errorf("types %s %s %s; want PRO PRO LOC", got[0].Type, got[1].Type, got[2].Type)
	}
}

// langDir finds names by language; lang "" finds a name of any language.
type langDir map[[2]string]Known

func (d langDir) Find(name, lang string) (Known, bool) {
	if lang != "" {
		k, ok := d[[2]string{lang, name}]
		return k, ok
	}
	for _, l := range []string{"en", "ru", "uk"} {
		if k, ok := d[[2]string{l, name}]; ok {
			return k, true
		}
	}
	return Known{}, false
}

// TestListTypeOutranksDirectory: a name a public list of one type types
// keeps that type when it links to a directory entity of another type; a
// Latin name the directory knows in another language only takes that
// entry's type, unlinked; a person stays one.
func TestListTypeOutranksDirectory(t *testing.T) {
	text := "Facebook и Brexit и Zorvan и Facebook"
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	fb := Known{ID: "ORG-Facebook", Type: litopys.ORG, Names: map[string][]string{"ru": {"Facebook"}}}
	bx := Known{ID: "EVT-Brexit", Type: litopys.EVT, Names: map[string][]string{"uk": {"Brexit"}}}
	zv := Known{ID: "ORG-Zorvan", Type: litopys.ORG, Names: map[string][]string{"uk": {"Zorvan"}}}
	r := &Resolver{Lex: mapLex{}, Key: lowerKey, Dir: langDir{{"ru", "Facebook"}: fb, {"uk", "Brexit"}: bx, {"uk", "Zorvan"}: zv}}
	at := func(s string, nth int) int {
		i := -1
		for k := 0; k <= nth; k++ {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return i
	}
	span := func(s, typ string, nth int) Span { return Span{Start: at(s, nth), End: at(s, nth) + len(s), Type: typ} }
	r.Resolve(doc, []Span{span("Facebook", litopys.ORG, 0), span("Brexit", litopys.ORG, 0), span("Zorvan", litopys.PER, 0),
		span("Facebook", litopys.PRO, 1)})
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Text+" "+m.Type+" "+m.Entity)
	}
	want := "Facebook PRO ORG-Facebook|Brexit EVT EVT-brexit|Zorvan PER PER-zorvan|Facebook PRO ORG-Facebook"
	if strings.Join(got, "|") != want {
		t.Errorf("mentions\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}
