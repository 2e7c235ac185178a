package http

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// repeatDoc makes a document of about size bytes from doc: its text and
// every layer the page shows, repeated, each copy's spans shifted.
func repeatDoc(doc *litopys.Document, size int) *litopys.Document {
	sep := "\n\n"
	n := max(1, size/(len(doc.Text)+len(sep)))
	out := &litopys.Document{ID: fmt.Sprintf("big-%d", size), Lang: doc.Lang, Title: doc.Title, Published: doc.Published}
	var b strings.Builder
	for i := range n {
		off := b.Len()
		b.WriteString(doc.Text)
		b.WriteString(sep)
		sh := func(s litopys.Span) litopys.Span { return litopys.Span{Start: s.Start + off, End: s.End + off} }
		for _, p := range doc.Paragraphs {
			out.Paragraphs = append(out.Paragraphs, sh(p))
		}
		for _, m := range doc.Mentions {
			m.Start, m.End = m.Start+off, m.End+off
			out.Mentions = append(out.Mentions, m)
		}
		for _, t := range doc.Times {
			t.Start, t.End = t.Start+off, t.End+off
			out.Times = append(out.Times, t)
		}
		for _, e := range doc.Events {
			e.TriggerSpan = sh(e.TriggerSpan)
			out.Events = append(out.Events, e)
		}
		for _, a := range doc.Attributions {
			a.Evidence = sh(a.Evidence)
			out.Attributions = append(out.Attributions, a)
		}
		if i == 0 {
			out.Entities = doc.Entities
		}
	}
	out.Text = b.String()
	return out
}

// randomDoc makes a document of about size bytes of random words in
// random paragraphs, with marks of every kind at random places, some
// overlapping, some crossing paragraphs.
func randomDoc(size int, seed uint64) *litopys.Document {
	r := rand.New(rand.NewPCG(seed, 1))
	letters := []rune("абвгдежзийклмнопрстуфхцчшщыьэюяієїґabcdefghijklmnopqrstuvwxyz")
	var b strings.Builder
	doc := &litopys.Document{ID: fmt.Sprintf("random-%d", size), Lang: "ru"}
	para := 0
	for b.Len() < size {
		for range 1 + r.IntN(12) {
			b.WriteRune(letters[r.IntN(len(letters))])
		}
		switch k := r.IntN(100); {
		case k < 2:
			b.WriteString(".\n\n")
			doc.Paragraphs = append(doc.Paragraphs, litopys.Span{Start: para, End: b.Len() - 2})
			para = b.Len()
		case k < 10:
			b.WriteString(", ")
		default:
			b.WriteByte(' ')
		}
	}
	doc.Paragraphs = append(doc.Paragraphs, litopys.Span{Start: para, End: b.Len()})
	doc.Text = b.String()
	span := func() (int, int) {
		s := r.IntN(len(doc.Text))
		return s, min(len(doc.Text), s+1+r.IntN(40))
	}
	for range len(doc.Text) / 30 {
		s, e := span()
		switch r.IntN(4) {
		case 0, 1:
			doc.Mentions = append(doc.Mentions, litopys.Mention{Start: s, End: e, Type: "PER", Base: "x", Entity: "PER-x"})
		case 2:
			doc.Times = append(doc.Times, litopys.TimeExpr{Start: s, End: e, Value: litopys.TimexOf(litopys.DayDate(2024, 5, 5))})
		default:
			doc.Events = append(doc.Events, litopys.Event{Type: "meet", TriggerSpan: litopys.Span{Start: s, End: e}})
		}
	}
	return doc
}

// naiveMarks is the quadratic reference dropOverlaps replaced: keep a mark
// unless it overlaps one kept before, in rank and start order.
func naiveMarks(all []mark) []mark {
	var kept []mark
	for _, m := range all {
		ok := true
		for _, k := range kept {
			if k.Start < m.End && m.Start < k.End {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
		}
	}
	slices.SortFunc(kept, func(a, b mark) int { return a.Start - b.Start })
	return kept
}

// TestHighlightLargeRandom checks on 256 KB of random text with
// random, overlapping marks that the linear cut keeps the marks the
// pairwise check kept and that the segments give the text back.
func TestHighlightLargeRandom(t *testing.T) {
	for seed := range uint64(3) {
		doc := randomDoc(256<<10, seed)
		got := docMarks(doc, "s")
		cands := candidateMarks(doc, "s")
		sortByRank(cands)
		if want := naiveMarks(cands); len(got) < 500 || !sameMarks(got, want) {
			t.Fatalf("seed %d: %d marks kept, the pairwise check keeps %d", seed, len(got), len(want))
		}
		var sb strings.Builder
		segs := 0
		for _, p := range highlight(doc, "s") {
			for _, s := range p {
				sb.WriteString(s.Text)
				segs++
			}
		}
		var want strings.Builder
		for _, p := range doc.Paragraphs {
			want.WriteString(doc.Text[p.Start:p.End])
		}
		if sb.String() != want.String() || segs < len(got) {
			t.Fatalf("seed %d: segments do not give the paragraphs back (%d segments, %d marks)", seed, segs, len(got))
		}
	}
}

func sameMarks(a, b []mark) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Span != b[i].Span || a[i].rank != b[i].rank {
			return false
		}
	}
	return true
}

// BenchmarkDocumentPage renders the page and the API answer of documents
// of 1 to 16 MB — the seed article repeated, and random words with random
// marks — from the server's document cache (no store), the page's cache of
// segments emptied each time. ns/byte should stay flat as the size grows:
// the cost is linear.
func BenchmarkDocumentPage(b *testing.B) {
	srv, _ := seededServer(b)
	seed, err := srv.document(b.Context(), "000_d0670793ce43c562")
	if err != nil {
		b.Fatal(err)
	}
	h := srv.Handler()
	for _, mb := range []int{1, 2, 4, 8, 16} {
		for _, kind := range []string{"repeated", "random"} {
			var doc *litopys.Document
			if kind == "repeated" {
				doc = repeatDoc(seed, mb<<20)
			} else {
				doc = randomDoc(mb<<20, 1)
			}
			srv.docs.put(doc.ID, doc)
			for _, path := range []string{"/documents/", "/api/documents/"} {
				b.Run(fmt.Sprintf("%s%s/%dMB", path, kind, mb), func(b *testing.B) {
					cpu := cpuTime()
					for b.Loop() {
						srv.views = newLRU[*DocumentView](viewCacheSize)
						rec := httptest.NewRecorder()
						h.ServeHTTP(rec, localRequest(http.MethodGet, path+doc.ID, nil))
						if rec.Code != http.StatusOK {
							b.Fatalf("%d", rec.Code)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(doc.Text)), "ns/byte")
					b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/float64(len(doc.Text)), "cpu-ns/byte")
				})
			}
		}
	}
}
