package morph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// splitTokens splits text at spaces and peels punctuation off the words,
// as the pipeline's tokens come.
func splitTokens(text string) []string {
	var toks []string
	for _, f := range strings.Fields(text) {
		pre, core, post := trimPunct(f)
		for _, s := range []string{pre, core, post} {
			if s != "" {
				toks = append(toks, s)
			}
		}
	}
	return toks
}

// TestLemmaSentence checks lemmas in context by UD's conventions: the
// words the dictionary alone got wrong (после -> посл, потом -> пот, домой
// -> домыть, ушли -> ушла, дел -> деть, бути -> бута, була -> булий, коли
// -> колоти, вона -> вон), pronouns to their base, finite быть/бути to the
// infinitive, and readings chosen by context (стали: стать, сталь).
func TestLemmaSentence(t *testing.T) {
	a := mustLoad(t)
	for _, c := range []struct {
		lang, text, want string
	}{
		{"ru", "После этого они ушли домой, а потом было много дел.",
			"после это они уйти домой , а потом быть много дело ."},
		{"uk", "Вона сказала, що коли була молодою, хотіла бути лікарем.",
			"вона сказати , що коли бути молодий , хотіти бути лікар ."},
		{"ru", "Стали известны новые детали: сталь подорожала, и друзья стали богаче.",
			"стать известный новый деталь : сталь подорожать , и друг стать богатый ."},
		{"uk", "Його книжка є на столі, а її немає.",
			"його книжка бути на стіл , а вона немає ."},
		{"ru", "Мы видели их у него, а ей сказали об этом.",
			"мы видеть они у он , а она сказать об это ."},
		{"ru", "Больше всего мне понравился этот дом, хотя мы прожили там всего три дня.",
			"больше всё я понравиться этот дом , хотя мы прожить там всего три день ."},
		{"ru", "Его брат тяжело вздохнул: все ушли, и всё кончилось.",
			"его брат тяжело вздохнуть : всё уйти , и всё кончиться ."},
	} {
		toks := splitTokens(c.text)
		var got []string
		for _, l := range a.LemmaSentence(toks, c.lang, nil) {
			got = append(got, l.Lemma)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s %q:\n got %s\nwant %s", c.lang, c.text, g, c.want)
		}
	}
}

func FuzzLemmaSentence(f *testing.F) {
	for _, s := range []string{"После этого они ушли домой.", "Та дівчина прийшла та й пішла", "«»", "\xff\xfe а", "#друзья @Ким", "р. ст. А."} {
		f.Add(s)
	}
	a := mustLoad(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := strings.Fields(s)
		for _, lang := range []string{"ru", "uk", "en"} {
			out := a.LemmaSentence(toks, lang, nil)
			if len(out) != len(toks) {
				t.Fatalf("LemmaSentence(%q, %s): %d lemmas for %d tokens", s, lang, len(out), len(toks))
			}
			for i, l := range out {
				if !utf8.ValidString(l.Lemma) && utf8.ValidString(toks[i]) {
					t.Errorf("LemmaSentence(%q, %s)[%d] = %q: invalid UTF-8", s, lang, i, l.Lemma)
				}
			}
		}
	})
}
