package pipeline_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/stem"
)

// languageSamples are, per language of litopys.Langs, a text that names
// a person and a place on a written date, and an inflected word
// with its search stem. Adding a language to litopys.Langs without a
// sample here fails TestLanguagesAndTypes: see "Adding a language or an
// entity type" in ARCHITECTURE.md.
var languageSamples = map[litopys.Lang]struct {
	text, person, place string
	word, stem          string
}{
	litopys.RU: {"Президент Украины Владимир Зеленский 9 ноября 2023 года прибыл в Вашингтон на переговоры.", "Зеленский", "Вашингтон", "переговорами", "переговор"},
	litopys.UK: {"Президент України Володимир Зеленський 9 листопада 2023 року прибув до Вашингтона на переговори.", "Зеленський", "Вашингтон", "переговорами", "переговор"},
	litopys.EN: {"Ukrainian President Volodymyr Zelensky arrived in Washington for talks on November 9, 2023. He met the members of the Senate and asked them for more help, the White House said in a statement.", "Zelensky", "Washington", "negotiations", "negoti"},
}

// TestLanguagesAndTypes keeps the steps of ARCHITECTURE.md's "Adding a
// language or an entity type" true: every language of litopys.Langs is
// identified, stemmed, dated, tagged and kept by the registry, and every
// entity type of litopys.EntityTypes has a name for people.
func TestLanguagesAndTypes(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	migrations, err := os.ReadFile("../sqlite/migrations/0006_entity_registry.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range litopys.Langs {
		code := string(l)
		t.Run(code, func(t *testing.T) {
			s, ok := languageSamples[l]
			if !ok {
				t.Fatalf("no sample for %s: add one to languageSamples, and the language to every step of ARCHITECTURE.md", code)
			}
			if l.Name() == code {
				t.Errorf("%s has no name (litopys.langNames)", code)
			}
			if got := stem.Stem(s.word, code); got != s.stem {
				t.Errorf("stem.Stem(%q, %s) = %q, want %q (a stemmer for the language)", s.word, code, got, s.stem)
			}
			if !strings.Contains(string(migrations), "name_"+code) {
				t.Errorf("the registry keeps no name_%s column (a migration of both stores)", code)
			}
			doc, err := p.Analyze(context.Background(), input.Record{Source: "sample-" + code, Body: s.text})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Lang != code {
				t.Errorf("language identified as %q, want %s (langid's model)", doc.Lang, code)
			}
			dated := false
			for _, e := range doc.Times {
				dated = dated || e.Value.String() == "2023-11-09"
			}
			if !dated {
				t.Errorf("no 2023-11-09 among %+v (temporal's rules)", doc.Times)
			}
			found := map[string]bool{}
			for _, m := range doc.Mentions {
				found[m.Type+" "+strings.TrimSpace(doc.Text[m.Start:m.End])] = true
			}
			// The place is not asked of the tagger: English NER is weak yet
			// ("Washington for talks" as an organisation; issue 14).
			for _, want := range []string{"PER " + s.person} {
				hit := false
				for f := range found {
					hit = hit || strings.HasPrefix(f, want[:4]) && strings.Contains(f, want[4:])
				}
				if !hit {
					t.Errorf("no mention %q among %v (the NER model and gazetteer)", want, found)
				}
			}
		})
	}
	for _, ty := range litopys.EntityTypes {
		if ty.Name() == string(ty) {
			t.Errorf("entity type %s has no name (litopys.entityTypeNames)", ty)
		}
	}
}
