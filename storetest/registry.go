package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/translit"
)

// mention is a name in a test document: the id the analyser gave it, its
// type, the form in the text and its base form.
type mention struct{ id, typ, form, base string }

// named makes a document of text whose mentions are ms (each form found in
// text), with the entities they name, as the pipeline would give them.
func named(id, lang, published, text string, ms ...mention) *litopys.Document {
	d := &litopys.Document{ID: id, Lang: lang, Title: id, Text: text}
	if published != "" {
		d.Published, _ = litopys.ParseDate(published)
	}
	seen := map[string]bool{}
	from := 0
	for _, m := range ms {
		i := strings.Index(text[from:], m.form)
		if i < 0 {
			i, from = strings.Index(text, m.form), 0
		}
		start := from + i
		from = start + len(m.form)
		d.Mentions = append(d.Mentions, litopys.Mention{Start: start, End: start + len(m.form), Text: m.form, Base: m.base, Type: m.typ, Entity: m.id})
		if !seen[m.id] {
			seen[m.id] = true
			d.Entities = append(d.Entities, litopys.Entity{ID: m.id, Type: m.typ, Name: m.base, Names: map[string]string{lang: m.base},
				Aliases: []string{}, Key: translit.Key(m.base)})
		}
	}
	return d
}

// registryDocs are three articles naming Antony Blinken in ru, uk and en,
// and Volodymyr Zelensky, once typed as a place by a tagger's slip.
func registryDocs() []*litopys.Document {
	return []*litopys.Document{
		named("reg-ru", "ru", "2024-11-20", "Госсекретарь Энтони Блинкен прибыл в Киев. Блинкен встретился с Владимиром Зеленским.",
			mention{"PER-entoniblinken", "PER", "Энтони Блинкен", "Энтони Блинкен"}, mention{"PER-entoniblinken", "PER", "Блинкен", "Блинкен"},
			mention{"PER-vladimirzelenski", "PER", "Владимиром Зеленским", "Владимир Зеленский"}),
		named("reg-uk", "uk", "2024-11-21", "Блінкен зустрівся з Зеленським. Зеленського підтримали.",
			mention{"PER-blinken", "PER", "Блінкен", "Блінкен"}, mention{"PER-zelenski", "PER", "Зеленським", "Зеленський"},
			mention{"LOC-zelenski", "LOC", "Зеленського", "Зеленський"}),
		named("reg-en", "en", "2024-11-22", "Antony Blinken met Volodymyr Zelensky.",
			mention{"PER-antoniblinken", "PER", "Antony Blinken", "Antony Blinken"}, mention{"PER-volodimirzelenski", "PER", "Volodymyr Zelensky", "Volodymyr Zelensky"}),
	}
}

func testRegistry(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	dir, ok := s.(litopys.EntityDirectory)
	if !ok {
		t.Skip("the store keeps no entity registry")
	}
	docs := registryDocs()
	// The Russian article alone: its name romanised.
	put(t, s, docs[0])
	if c, err := dir.CanonicalEntity(ctx, "PER-entoniblinken"); err != nil || c != "PER-Entoni-Blinken" {
		t.Fatalf("canonical after the ru article: %q, %v", c, err)
	}
	put(t, s, docs[1], docs[2])
	// One identity per person across scripts; the English name gives the id
	// and the earlier id redirects to it.
	for local, want := range map[string]string{
		"PER-entoniblinken": "PER-Antony-Blinken", "PER-blinken": "PER-Antony-Blinken", "PER-antoniblinken": "PER-Antony-Blinken",
		"PER-Entoni-Blinken": "PER-Antony-Blinken", "PER-vladimirzelenski": "PER-Volodymyr-Zelensky", "PER-zelenski": "PER-Volodymyr-Zelensky",
		"LOC-zelenski": "PER-Volodymyr-Zelensky",
	} {
		if c, err := dir.CanonicalEntity(ctx, local); err != nil || c != want {
			t.Errorf("canonical of %s = %q, %v; want %s", local, c, err, want)
		}
	}
	e, err := s.Entity(ctx, "PER-Entoni-Blinken")
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != "PER-Antony-Blinken" || e.Type != "PER" || e.Mentions != 4 || len(e.Documents) != 3 {
		t.Errorf("entity by its old id: %s %s, %d mentions, %d documents; want PER-Antony-Blinken PER, 4, 3", e.ID, e.Type, e.Mentions, len(e.Documents))
	}
	z, err := s.Entity(ctx, "LOC-zelenski")
	if err != nil {
		t.Fatal(err)
	}
	if z.Type != "PER" || z.Types["LOC"] != 1 || z.Types["PER"] != 3 || z.FirstSeen != "2024-11-20" || z.LastSeen != "2024-11-22" {
		t.Errorf("Zelensky: type %s, types %v, seen %s…%s", z.Type, z.Types, z.FirstSeen, z.LastSeen)
	}
	changes, err := dir.EntityChanges(ctx, "PER-Entoni-Blinken")
	if err != nil || !slices.ContainsFunc(changes, func(c litopys.EntityChange) bool { return c.New == "PER-Antony-Blinken" }) {
		t.Errorf("changes of PER-Entoni-Blinken: %+v, %v", changes, err)
	}
	// Lookup by any spelling.
	for _, q := range []string{"Зеленский", "Зеленського", "Zelensky", "Zelenskyy", "зелен", "Блинкена", "Blinken"} {
		l, err := dir.Entities(ctx, litopys.EntityQuery{Text: q})
		if err != nil || l.Total != 1 || len(l.Entities) != 1 {
			t.Errorf("entities %q: %+v, %v; want one", q, l, err)
		}
	}
	// Search by the entity finds the documents of all its ids.
	res, err := s.Search(ctx, litopys.Query{Entity: "PER-Volodymyr-Zelensky"})
	if err != nil || res.Total != 3 {
		t.Errorf("search by entity: %d, %v; want 3", res.Total, err)
	}
	testRegistryPaging(t, dir)
	testRegistryCorrections(t, s, dir)
}

func testRegistryPaging(t *testing.T, dir litopys.EntityDirectory) {
	ctx := context.Background()
	all, err := dir.Entities(ctx, litopys.EntityQuery{})
	if err != nil || all.Total != 2 || len(all.Entities) != 2 || all.Entities[0].Mentions < all.Entities[1].Mentions {
		t.Fatalf("all entities: %+v, %v", all, err)
	}
	page, err := dir.Entities(ctx, litopys.EntityQuery{Limit: 1, Offset: 1})
	if err != nil || page.Total != 2 || len(page.Entities) != 1 || page.Entities[0].ID != all.Entities[1].ID {
		t.Errorf("second page: %+v, %v", page, err)
	}
	if l, err := dir.Entities(ctx, litopys.EntityQuery{Type: "LOC"}); err != nil || l.Total != 0 {
		t.Errorf("type LOC: %+v, %v; want none", l, err)
	}
	if l, err := dir.Entities(ctx, litopys.EntityQuery{Lang: "en", Text: "Блинкен"}); err != nil || l.Total != 1 {
		t.Errorf("lang en: %+v, %v", l, err)
	}
	if _, err := dir.Entities(ctx, litopys.EntityQuery{Lang: "xx"}); litopys.ErrorCode(err) != litopys.EINVALID {
		t.Errorf("lang xx: %v, want %s", err, litopys.EINVALID)
	}
}

// testRegistryCorrections: an analyst's split and merge hold, also when
// the documents are analysed again.
func testRegistryCorrections(t *testing.T, s litopys.Store, dir litopys.EntityDirectory) {
	ctx := context.Background()
	id, err := dir.SplitEntity(ctx, "PER-Volodymyr-Zelensky", []string{"LOC-zelenski"})
	if err != nil {
		t.Fatal(err)
	}
	if id == "PER-Volodymyr-Zelensky" {
		t.Fatalf("split kept the id")
	}
	if c, _ := dir.CanonicalEntity(ctx, "PER-zelenski"); c != "PER-Volodymyr-Zelensky" {
		t.Errorf("after the split PER-zelenski is in %s", c)
	}
	merged, err := dir.MergeEntities(ctx, id, "PER-Antony-Blinken")
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := dir.CanonicalEntity(ctx, "LOC-zelenski"); c != merged {
		t.Errorf("after the merge LOC-zelenski is in %s, want %s", c, merged)
	}
	re, ok := s.(litopys.Reanalyzer)
	if !ok {
		return
	}
	if err := re.ReplaceDocuments(ctx, registryDocs(), "again"); err != nil {
		t.Fatal(err)
	}
	for local, want := range map[string]string{"LOC-zelenski": merged, "PER-blinken": merged, "PER-zelenski": "PER-Volodymyr-Zelensky"} {
		if c, err := dir.CanonicalEntity(ctx, local); err != nil || c != want {
			t.Errorf("after re-analysis %s is in %q (%v), want %s", local, c, err, want)
		}
	}
	e, err := s.Entity(ctx, "PER-Volodymyr-Zelensky")
	if err != nil || e.Mentions != 3 {
		t.Errorf("after re-analysis: %+v, %v; want 3 mentions", e, err)
	}
}
