package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
)

func testPutIdempotent(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	doc := f.seeds[0]
	for i, want := range []bool{true, false, false} {
		added, err := s.PutDocument(ctx, doc, pipeline.Version)
		if err != nil {
			t.Fatalf("put #%d: %v", i+1, err)
		}
		if added != want {
			t.Errorf("put #%d: added = %v, want %v", i+1, added, want)
		}
	}
	// The same ID with other content is the same document: the first stays.
	other := *f.seeds[1]
	other.ID = doc.ID
	if added, err := s.PutDocument(ctx, &other, pipeline.Version); err != nil || added {
		t.Errorf("put of a stored ID with other text: added = %v, err = %v; want false, nil", added, err)
	}
	if n := count(t, s); n != 1 {
		t.Errorf("count = %d, want 1", n)
	}
	got, err := s.Document(ctx, doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != doc.Text {
		t.Errorf("stored text changed by a second put")
	}
	if _, err := s.PutDocument(ctx, &litopys.Document{}, pipeline.Version); litopys.ErrorCode(err) != litopys.EINVALID {
		t.Errorf("put without ID: err = %v, want code %s", err, litopys.EINVALID)
	}
}

func testGetRoundTrips(t *testing.T, f *fixture, s litopys.Store) {
	put(t, s, f.seeds...)
	for _, doc := range f.seeds {
		got, err := s.Document(context.Background(), doc.ID)
		if err != nil {
			t.Fatalf("get %s: %v", doc.ID, err)
		}
		if g, w := roundTrip(t, got), roundTrip(t, doc); g != w {
			t.Errorf("get %s: stored document differs from the one put\n got: %.300s\nwant: %.300s", doc.ID, g, w)
		}
	}
	if n := count(t, s); n != 2 {
		t.Errorf("count = %d, want 2", n)
	}
}

func testNotFound(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	put(t, s, f.seeds[0])
	if _, err := s.Document(ctx, "no-such-document"); litopys.ErrorCode(err) != litopys.ENOTFOUND {
		t.Errorf("Document: err = %v, want code %s", err, litopys.ENOTFOUND)
	}
	if _, err := s.Entity(ctx, "PER-no-such-entity"); litopys.ErrorCode(err) != litopys.ENOTFOUND {
		t.Errorf("Entity: err = %v, want code %s", err, litopys.ENOTFOUND)
	}
}

func testDocuments(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	put(t, s, f.seeds...)
	put(t, s, f.article(t, "old", "ru", "example.org", "2020-01-15", "Старая новость о погоде в Москве."))
	tests := []struct {
		name   string
		filter litopys.DocumentFilter
		want   []string
	}{
		{"all, newest first", litopys.DocumentFilter{}, []string{f.seeds[0].ID, f.seeds[1].ID, "old"}},
		{"lang", litopys.DocumentFilter{Lang: "uk"}, []string{f.seeds[1].ID}},
		{"outlet", litopys.DocumentFilter{Outlet: "example.org"}, []string{"old"}},
		{"from", litopys.DocumentFilter{From: litopys.Date{Year: 2023, Precision: litopys.PrecisionYear}}, []string{f.seeds[0].ID, f.seeds[1].ID}},
		{"to", litopys.DocumentFilter{To: litopys.Date{Year: 2020, Month: 1, Precision: litopys.PrecisionMonth}}, []string{"old"}},
		{"entity", litopys.DocumentFilter{Entity: "GPE-North-Korea"}, []string{f.seeds[0].ID, f.seeds[1].ID}},
		{"page", litopys.DocumentFilter{Limit: 1, Offset: 1}, []string{f.seeds[1].ID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Documents(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range got {
				ids = append(ids, d.ID)
				if d.Analyser != pipeline.Version {
					t.Errorf("%s: analyser = %q, want %q", d.ID, d.Analyser, pipeline.Version)
				}
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("ids = %q, want %q", ids, tt.want)
			}
		})
	}
}

func testEntity(t *testing.T, f *fixture, s litopys.Store) {
	put(t, s, f.seeds...)
	e, err := s.Entity(context.Background(), "GPE-North-Korea")
	if err != nil {
		t.Fatal(err)
	}
	if e.Type != litopys.LOC {
		t.Errorf("type = %q, want %q", e.Type, litopys.LOC)
	}
	if e.Names["ru"] != "Северная Корея" || e.Names["uk"] != "Північна Корея" {
		t.Errorf("names = %v, want ru Северная Корея and uk Північна Корея", e.Names)
	}
	want := 0
	for _, d := range f.seeds {
		for _, m := range d.Mentions {
			if m.Entity == e.ID {
				want++
			}
		}
	}
	if e.Mentions != want || want == 0 {
		t.Errorf("mentions = %d, want %d (> 0)", e.Mentions, want)
	}
	if len(e.Documents) != 2 {
		t.Errorf("documents = %s, want both seeds", jsonOf(e.Documents))
	}
	CheckEntityCounts(t, s, f.seeds)
}

func testConcurrentPuts(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	docs := []*litopys.Document{f.seeds[0], f.seeds[1]}
	for i := range 6 {
		docs = append(docs, f.article(t, fmt.Sprintf("par-%d", i), "uk", "", "", fmt.Sprintf("Новина номер %d про переговори у Києві.", i)))
	}
	const writers = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	added := map[string]int{}
	for w := range writers {
		wg.Go(func() {
			for k := range docs {
				d := docs[(k+w)%len(docs)]
				ok, err := s.PutDocument(ctx, d, pipeline.Version)
				if err != nil {
					t.Errorf("writer %d put %s: %v", w, d.ID, err)
					return
				}
				if ok {
					mu.Lock()
					added[d.ID]++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	for _, d := range docs {
		if added[d.ID] != 1 {
			t.Errorf("%s added %d times, want once", d.ID, added[d.ID])
		}
	}
	if n := count(t, s); n != len(docs) {
		t.Errorf("count = %d, want %d", n, len(docs))
	}
	res, err := s.Search(ctx, litopys.Query{Text: "переговори", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total < 6 {
		t.Errorf("search after concurrent puts: total %d, want >= 6 (index written with each document)", res.Total)
	}
}

func testHostileText(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	texts := []string{
		"Robert'); DROP TABLE documents;-- сказал \"привет\" 100% _ \\ % ? $1 :name",
		"Текст з нулем \x00 посередині та неправильним UTF-8 \xff\xfe кінець.",
		"Эмодзи 🇺🇦🔥 и RTL שלום עליכם и комбинирующие й й символы.",
		strings.Repeat("оченьдлинноеслово", 200) + " и обычные слова.",
	}
	for i, text := range texts {
		doc := f.article(t, fmt.Sprintf("hostile-%d", i), "", "", "", text)
		put(t, s, doc)
		got, err := s.Document(ctx, doc.ID)
		if err != nil {
			t.Fatalf("get hostile #%d: %v", i, err)
		}
		if g, w := roundTrip(t, got), roundTrip(t, doc); g != w {
			t.Errorf("hostile #%d: stored document differs\n got: %.200q\nwant: %.200q", i, g, w)
		}
	}
	for _, q := range []string{"DROP TABLE documents", "' OR 1=1 --", "% _ \\", "\x00", "\xff", "🇺🇦", strings.Repeat("слово ", 300)} {
		if _, err := s.Search(ctx, litopys.Query{Text: q}); err != nil && litopys.ErrorCode(err) != litopys.EINVALID {
			t.Errorf("search %.40q: %v", q, err)
		}
	}
	res, err := s.Search(ctx, litopys.Query{Text: "drop table"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Results[0].ID != "hostile-0" {
		t.Errorf("search drop table = %s, want hostile-0", jsonOf(res))
	}
	if n := count(t, s); n != len(texts) {
		t.Errorf("count = %d, want %d: a hostile text harmed the store", n, len(texts))
	}
}

func testPutBatch(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	ru, uk := f.seeds[0], f.seeds[1]
	extra := f.article(t, "batch-extra", "uk", "", "", "Уряд обговорив реформу освіти в Києві.")
	if _, err := s.PutDocuments(ctx, []*litopys.Document{ru, {Text: "без ID"}}, pipeline.Version); litopys.ErrorCode(err) != litopys.EINVALID {
		t.Errorf("batch with a document without ID: err = %v, want code %s", err, litopys.EINVALID)
	}
	if n := count(t, s); n != 0 {
		t.Fatalf("a failed batch stored %d documents", n)
	}
	steps := []struct {
		docs []*litopys.Document
		want []bool
	}{
		{[]*litopys.Document{ru, uk, ru}, []bool{true, true, false}},
		{[]*litopys.Document{uk, extra}, []bool{false, true}},
		{nil, []bool{}},
	}
	for i, st := range steps {
		got, err := s.PutDocuments(ctx, st.docs, pipeline.Version)
		if err != nil {
			t.Fatalf("batch #%d: %v", i+1, err)
		}
		if !slices.Equal(got, st.want) {
			t.Errorf("batch #%d: added = %v, want %v", i+1, got, st.want)
		}
	}
	if n := count(t, s); n != 3 {
		t.Errorf("count = %d, want 3", n)
	}
	res, err := s.Search(ctx, litopys.Query{Text: "Блинкен"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 {
		t.Errorf("search after batches: total %d, want 2", res.Total)
	}
	e, err := s.Entity(ctx, "GPE-North-Korea")
	if err != nil || len(e.Documents) != 2 {
		t.Errorf("entity after batches: %v, %v", e, err)
	}
}

func testConcurrentBatches(t *testing.T, f *fixture, s litopys.Store) {
	ctx := context.Background()
	var docs []*litopys.Document
	for i := range 12 {
		docs = append(docs, f.article(t, fmt.Sprintf("cb-%02d", i), "ru", "", "", fmt.Sprintf("Сообщение %d: министр обсудил санкции и бюджет с коллегами.", i)))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	added := map[string]int{}
	for w := range 6 {
		wg.Go(func() {
			batch := []*litopys.Document{}
			for k := range docs {
				batch = append(batch, docs[(k*5+w*7)%len(docs)])
			}
			for k := 0; k < len(batch); k += 4 {
				got, err := s.PutDocuments(ctx, batch[k:k+4], pipeline.Version)
				if err != nil {
					t.Errorf("writer %d: %v", w, err)
					return
				}
				mu.Lock()
				for j, ok := range got {
					if ok {
						added[batch[k+j].ID]++
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for _, d := range docs {
		if added[d.ID] != 1 {
			t.Errorf("%s added %d times, want once", d.ID, added[d.ID])
		}
	}
	res, err := s.Search(ctx, litopys.Query{Text: "санкции бюджет", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != len(docs) || count(t, s) != len(docs) {
		t.Errorf("search total %d, count %d, want %d", res.Total, count(t, s), len(docs))
	}
}
