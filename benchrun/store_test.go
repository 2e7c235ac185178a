package benchrun

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/seeds"
	"github.com/litopys/litopys/sqlite"
)

// writeStoreCorpus writes the two seed articles (dated) beside the small
// corpus of writeCorpus (undated, one empty).
func writeStoreCorpus(tb testing.TB) string {
	tb.Helper()
	dir := writeCorpus(tb)
	for _, name := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS(), name)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func TestRunStore(t *testing.T) {
	ctx := context.Background()
	corpus, cache, tmp := writeStoreCorpus(t), t.TempDir(), t.TempDir()
	opts := func(db string) StoreOptions {
		return StoreOptions{
			DB: filepath.Join(tmp, db), Paths: []string{corpus}, Sizes: []int{120, 40}, Batch: 16, Queries: 30, Seed: 7,
			QueriesOut: filepath.Join(tmp, db+".queries"), CacheDir: cache, Workers: 2,
		}
	}
	first, err := RunStore(ctx, opts("a.db"))
	if err != nil {
		t.Fatal(err)
	}
	if c := first.Corpus; c.Articles != 4 || c.Unreadable != 1 || c.Cached || c.Bytes == 0 {
		t.Errorf("corpus %+v: want 4 articles, 1 unreadable, analysed now", c)
	}
	in := first.Ingest
	if !in.Analysed || in.Stored != 4 || in.Unchanged != 0 || in.Failed != 0 {
		t.Errorf("ingest %+v: want 4 analysed and stored", in)
	}
	if in.Wall <= 0 || in.CPU <= 0 || in.ArticlesPerSec <= 0 || in.ArticlesPerCPUSec <= 0 || in.AnalysisCPU <= 0 || in.StoreCPU <= 0 || in.Bytes <= 0 || in.BytesPerArticle <= 0 {
		t.Errorf("ingest %+v: want positive times, rates and sizes", in)
	}
	checkSizes(t, first.Sizes)
	if q := first.Queries; q.Count != 30 || len(q.Queries) != 30 || len(q.Kinds) != len(queryMix) {
		t.Errorf("query set: %d queries (%d listed) in %d kinds; want 30 in %d", q.Count, len(q.Queries), len(q.Kinds), len(queryMix))
	}
	if got, err := ReadQueries(first.Queries.File); err != nil || !reflect.DeepEqual(got, first.Queries.Queries) {
		t.Errorf("queries file holds %d queries (%v), not the set's %d", len(got), err, len(first.Queries.Queries))
	}
	checkCopies(t, filepath.Join(tmp, "a.db"))
	checkSearch(t, filepath.Join(tmp, "a.db"), first.Queries)

	var text, js bytes.Buffer
	if err := first.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"phase 1, ingest with full analysis", "copies with own identity and date; text identical", "query set: 30 queries drawn with seed 7", "\n       40 ", "\n      120 "} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
	if err := json.NewEncoder(&js).Encode(first); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"articles_per_cpu_s"`, `"bytes_per_article"`, `"checkpoints"`, `"p99_ms"`, `"docs_per_cpu_s"`, `"copies"`} {
		if !strings.Contains(js.String(), key) {
			t.Errorf("JSON report lacks %s", key)
		}
	}

	// A second run stores the cached corpus without analysing it and draws
	// the same queries.
	second, err := RunStore(ctx, opts("b.db"))
	if err != nil {
		t.Fatal(err)
	}
	if !second.Corpus.Cached || second.Ingest.Analysed || second.Ingest.Stored != 4 || second.Corpus.Articles != 4 {
		t.Errorf("second run: corpus %+v, ingest %+v; want 4 articles stored from the cache", second.Corpus, second.Ingest)
	}
	checkSizes(t, second.Sizes)
	if !reflect.DeepEqual(first.Queries.Queries, second.Queries.Queries) {
		t.Errorf("the query set differs between runs on the same corpus and seed")
	}

	// The store must start empty.
	if _, err := RunStore(ctx, opts("a.db")); litopys.ErrorCode(err) != litopys.EINVALID {
		t.Errorf("run on a filled store: err %v, want EINVALID", err)
	}
}

func checkSizes(t *testing.T, sizes []Checkpoint) {
	t.Helper()
	if len(sizes) != 2 || sizes[0].Docs != 40 || sizes[1].Docs != 120 || sizes[0].Copies != 36 || sizes[1].Copies != 80 {
		t.Fatalf("checkpoints %+v: want 40 documents (36 copies), then 120 (80 more)", sizes)
	}
	for _, s := range sizes {
		if s.DocsPerSec <= 0 || s.HeapInuse == 0 || s.Bytes <= 0 || s.BytesPerDoc <= 0 || s.Search.Queries != 30 || s.Search.Max < s.Search.P50 || s.Search.NoHits == 30 {
			t.Errorf("checkpoint %+v: want positive rates and sizes and 30 timed queries, not all empty", s)
		}
	}
}

// checkCopies looks at copy 2 of a seed in the store: its own ID and URL,
// its date two weeks on, the same text.
func checkCopies(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Count(ctx); err != nil || n != 120 {
		t.Errorf("store holds %d documents (%v), want 120", n, err)
	}
	list, err := s.Documents(ctx, litopys.DocumentFilter{Limit: 200})
	if err != nil {
		t.Fatal(err)
	}
	var orig *litopys.Document
	for _, d := range list {
		if !strings.Contains(d.ID, "~") && !d.Published.IsZero() {
			if orig, err = s.Document(ctx, d.ID); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	if orig == nil {
		t.Fatal("no dated original article in the store")
	}
	cp, err := s.Document(ctx, orig.ID+"~2")
	if err != nil {
		t.Fatal(err)
	}
	wantURL := ""
	if orig.URL != "" {
		wantURL = orig.URL + "~2"
	}
	if cp.URL != wantURL || cp.Text != orig.Text || cp.Published != litopys.DateOf(orig.Published.Time().AddDate(0, 0, 14)) {
		t.Errorf("copy 2 of %s: url %q, date %s, same text %v; want url %q, date %s + 14 days", orig.ID, cp.URL, cp.Published, cp.Text == orig.Text, wantURL, orig.Published)
	}
}

func TestShiftDate(t *testing.T) {
	for _, c := range []struct {
		name string
		in   litopys.Date
		days int
		want litopys.Date
	}{
		{"day", litopys.DayDate(2024, time.December, 28), 7, litopys.DayDate(2025, time.January, 4)},
		{"month", litopys.Date{Year: 2024, Month: time.March, Precision: litopys.PrecisionMonth}, 35, litopys.Date{Year: 2024, Month: time.April, Precision: litopys.PrecisionMonth}},
		{"year", litopys.Date{Year: 2024, Precision: litopys.PrecisionYear}, 371, litopys.Date{Year: 2025, Precision: litopys.PrecisionYear}},
		{"unknown", litopys.Date{}, 7, litopys.Date{}},
	} {
		if got := shiftDate(c.in, c.days); got != c.want {
			t.Errorf("%s: shiftDate(%s, %d) = %s, want %s", c.name, c.in, c.days, got, c.want)
		}
	}
}

func TestQuerySetKinds(t *testing.T) {
	stats := newQueryStats(3)
	doc := func(id, lang, text string, words []string, dated bool) *litopys.Document {
		d := &litopys.Document{ID: id, Lang: lang, Text: text}
		if dated {
			d.Published = litopys.DayDate(2024, time.May, 3)
		}
		off := 0
		for _, w := range words {
			d.Tokens = append(d.Tokens, litopys.Token{Start: off, End: off + len(w), Text: w, Lemma: strings.ToLower(w), Kind: litopys.TokenWord, Known: true})
			off += len(w) + 1
		}
		d.Mentions = []litopys.Mention{{Base: "Северная Корея", Type: litopys.LOC}}
		return d
	}
	words := []string{"Переговоры", "начались", "вчера", "утром", "Сеуле"}
	text := strings.Join(words, " ")
	for i, id := range []string{"a", "b", "c", "d"} {
		stats.add(doc(id, "ru", text, words, i == 0))
	}
	set, err := stats.querySet(20, 3)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, q := range set.Queries {
		counts[q.Kind]++
		if q.Kind == QueryFiltered && q.Lang == "" && q.From.IsZero() {
			t.Errorf("filtered query %s has no filter", q.describe())
		}
	}
	// No word is rare here (each is in all four articles): that share
	// goes to common words.
	want := map[string]int{QueryCommon: 10, QueryEntity: 5, QueryTwoWords: 3, QueryFiltered: 2}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("kinds %v, want %v", counts, want)
	}
	var sum int
	for _, k := range set.Kinds {
		sum += k.Count
	}
	if sum != 20 || set.Kinds[0].Count != 10 || set.Kinds[1].Count != 0 {
		t.Errorf("kind counts %+v: want 10 common, 0 rare, 20 in all", set.Kinds)
	}
}

// checkSearch times the query set again on the filled store, as bench
// search does.
func checkSearch(t *testing.T, db string, set QuerySet) {
	t.Helper()
	rep, err := RunSearch(context.Background(), db, set.File)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 120 || rep.Backend != "sqlite" || rep.All.Queries != set.Count || rep.All.NoHits == set.Count {
		t.Errorf("bench search: %d documents, backend %q, %d queries (%d found nothing); want 120, sqlite, %d, some found", rep.Docs, rep.Backend, rep.All.Queries, rep.All.NoHits, set.Count)
	}
	var want, got []string
	for _, k := range set.Kinds {
		if k.Count > 0 {
			want = append(want, fmt.Sprintf("%s:%d", k.Kind, k.Count))
		}
	}
	for _, k := range rep.Kinds {
		got = append(got, fmt.Sprintf("%s:%d", k.Kind, k.Queries))
	}
	if !slices.Equal(got, want) {
		t.Errorf("kinds %v, want %v", got, want)
	}
	var text bytes.Buffer
	if err := rep.WriteText(&text); err != nil || !strings.Contains(text.String(), "\nall ") {
		t.Errorf("text report (%v):\n%s", err, text.String())
	}
	if _, err := RunSearch(context.Background(), filepath.Join(t.TempDir(), "none.db"), set.File); err == nil {
		t.Error("bench search on a missing file: no error")
	}
	if _, err := RunSearch(context.Background(), db, db); err == nil {
		t.Error("bench search with a database as the query file: no error")
	}
}
