package story

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// ordered returns the BSNLP and seed documents, each under its unique
// gold key, in the order Evaluate adds them.
func ordered(t *testing.T) []*litopys.Document {
	t.Helper()
	raw, docs := analyzeAll(t)
	out := make([]*litopys.Document, len(docs))
	for i, d := range docs {
		c := *d
		c.ID = raw[i].Key()
		out[i] = &c
	}
	return out
}

// memLog is a store's story log in memory: entries appended with
// increasing Seq, as a store holding the story lock writes them.
type memLog struct {
	entries []litopys.StoryEntry
}

func (m *memLog) unseen(cursor int64) []litopys.StoryEntry {
	var out []litopys.StoryEntry
	for _, e := range m.entries {
		if e.Seq > cursor {
			out = append(out, e)
		}
	}
	return out
}

// window is what a store gives a Log that starts: the entries of the
// stories whose last day is within keep days of the log's latest day.
func (m *memLog) window(keep int) litopys.StoryWindow {
	var w litopys.StoryWindow
	last := map[string]int{}
	for i, e := range m.entries {
		if l, ok := last[e.Story]; !ok || e.Day > l {
			last[e.Story] = e.Day
		}
		if i == 0 || e.Day > w.Day {
			w.Day = e.Day
		}
		w.Seq = e.Seq
	}
	for _, e := range m.entries {
		if last[e.Story] >= w.Day-keep {
			w.Entries = append(w.Entries, e)
		}
	}
	return w
}

// put runs one write transaction of w: it commits unless fail.
func (m *memLog) put(t *testing.T, w *Log, docs []*litopys.Document, fail bool) {
	t.Helper()
	if w.Cursor() == 0 && len(m.entries) > 0 {
		if err := w.Load(m.window(w.Window())); err != nil {
			t.Fatal(err)
		}
	}
	out, err := w.Assign(m.unseen(w.Cursor()), docs)
	if err != nil {
		t.Fatal(err)
	}
	if fail {
		w.Reset()
		return
	}
	for i := range out {
		out[i].Seq = int64(len(m.entries) + 1)
		m.entries = append(m.entries, out[i])
	}
	w.Committed(out)
}

// TestLogWriters: three writers adding batches in turn, with failed
// transactions among them (after which a writer starts again from the
// log's window), leave a log in which every document has one story,
// decided exactly as one Clusterer adding the documents in log order
// decides (no lost update, no story started twice); and every writer, as
// well as a new one that loads the window at the end, holds exactly the
// state of that clusterer. The documents come in no date order, so
// stories are forgotten and continued all along.
func TestLogWriters(t *testing.T) {
	docs := ordered(t)
	rng := rand.New(rand.NewPCG(1, 2))
	writers := []*Log{NewLog(Options{}), NewLog(Options{}), NewLog(Options{})}
	var m memLog
	resets := 0
	for rest := docs; len(rest) > 0; {
		n := min(len(rest), 1+rng.IntN(6))
		w := writers[rng.IntN(len(writers))]
		if rng.IntN(8) == 0 {
			m.put(t, w, rest[:n], true)
			resets++
		}
		m.put(t, w, rest[:n], false)
		rest = rest[n:]
	}
	if len(m.entries) != len(docs) || resets == 0 {
		t.Fatalf("%d entries for %d documents, %d resets", len(m.entries), len(docs), resets)
	}
	one := newBounded(Options{})
	all := New(Options{})
	continued := 0
	for i, e := range m.entries {
		if e.Doc != docs[i].ID {
			t.Fatalf("entry %d is %s, want %s", i, e.Doc, docs[i].ID)
		}
		id, dup := one.Add(docs[i])
		all.Add(docs[i])
		if id != e.Story || dup != (e.DupOf != "") {
			t.Errorf("%s: log says story %s (dup of %q), one clusterer says %s (dup %v)", e.Doc, e.Story, e.DupOf, id, dup)
		}
		if e.Continues != "" {
			continued++
		}
	}
	want := one.digest()
	for i, w := range writers {
		if w.Cursor() == 0 {
			if err := w.Load(m.window(w.Window())); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := w.Assign(m.unseen(w.Cursor()), nil); err != nil {
			t.Fatal(err)
		}
		if got := w.c.digest(); got != want {
			t.Errorf("writer %d ends in another state than one clusterer in log order", i)
		}
	}
	fresh := NewLog(Options{})
	if err := fresh.Load(m.window(fresh.Window())); err != nil {
		t.Fatal(err)
	}
	if got := fresh.c.digest(); got != want {
		t.Errorf("a writer loading the window is in another state than one clusterer in log order")
	}
	stories := all.Stories()
	if len(stories) < 4 || len(stories) == len(docs) || continued == 0 || len(one.stories) >= len(stories) {
		t.Errorf("%d stories of %d documents, %d continued, %d remembered: the test needs real grouping and forgetting",
			len(stories), len(docs), continued, len(one.stories))
	}
}

// TestLogRejects: a document assigned twice and an entry naming an unknown
// original are errors, not silent corruption.
func TestLogRejects(t *testing.T) {
	d := article(t, "a", "en", "2024-01-02", "the summit of leaders in the capital city today", "PER-x")
	l := NewLog(Options{})
	if _, err := l.Assign(nil, []*litopys.Document{d}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Assign(nil, []*litopys.Document{d}); litopys.ErrorCode(err) != litopys.ECONFLICT {
		t.Errorf("second assignment of one document: %v, want ECONFLICT", err)
	}
	r, _ := newBounded(Options{}).decide(extract(d), Member{Doc: "b"})
	bad := litopys.StoryEntry{Seq: 5, Doc: "b", Story: "story-a", DupOf: "zzz", Features: encodeRecord(r)}
	if err := NewLog(Options{}).Replay([]litopys.StoryEntry{bad}); err == nil {
		t.Error("replaying a duplicate of an unknown document succeeded")
	}
	bad.DupOf, bad.Features = "", []byte{9, 9}
	if err := NewLog(Options{}).Replay([]litopys.StoryEntry{bad}); err == nil {
		t.Error("replaying malformed features succeeded")
	}
}

func TestRecordRoundTrip(t *testing.T) {
	c := newBounded(Options{})
	for _, d := range ordered(t)[:40] {
		a := Extract(d)
		r, dec := c.decide(a.f, a.Member)
		g, err := decodeRecord(encodeRecord(r))
		if err != nil {
			t.Fatal(err)
		}
		if g.lang != r.lang || g.day != r.day || g.dated != r.dated || !reflect.DeepEqual(g.sig, r.sig) ||
			!sameVector(g.ent, r.ent) || !sameVector(g.lem, r.lem) {
			t.Fatalf("%s: the record changes on a round trip", d.ID)
		}
		if err := c.apply(r, dec); err != nil {
			t.Fatal(err)
		}
	}
}

// sameVector compares vectors, nil and empty alike.
func sameVector(a, b []weighted) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

func FuzzDecodeRecord(f *testing.F) {
	d := article(f, "a", "uk", "2024-01-02", "зустріч лідерів у столиці сьогодні вранці відбулася", "PER-x", "GPE-y")
	r, _ := newBounded(Options{}).decide(extract(d), Member{Doc: "a"})
	f.Add(encodeRecord(r))
	f.Add([]byte{2, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := decodeRecord(b)
		if err != nil {
			return
		}
		h, err := decodeRecord(encodeRecord(g))
		if err != nil || g.lang != h.lang || g.day != h.day || g.dated != h.dated || !reflect.DeepEqual(g.sig, h.sig) ||
			!sameVector(g.ent, h.ent) || !sameVector(g.lem, h.lem) {
			t.Fatalf("decoded records do not round-trip: %v", err)
		}
	})
}

// TestStateBounded: a writer's state holds the stories of the last Keep
// days only, whatever came before — 100 articles a day for 50 days, Keep
// 10, the remembered documents never pass 100 × (Keep+1), while a
// clusterer that keeps its archive still lists every story.
func TestStateBounded(t *testing.T) {
	const perDay, days, keep = 100, 50, 10
	l := NewLog(Options{Keep: keep})
	all := New(Options{Keep: keep})
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	most := 0
	for i := range perDay * days {
		s := i / 5
		day := start.AddDate(0, 0, i/perDay).Format(time.DateOnly)
		text := fmt.Sprintf("министр%s посетил город%s обсудил вопрос%s", word(s), word(s%97), word(s%13))
		d := article(t, fmt.Sprintf("d%06d", i), "ru", day, text, "PER-"+word(s), "GPE-"+word(s%97))
		if _, err := l.Assign(nil, []*litopys.Document{d}); err != nil {
			t.Fatal(err)
		}
		all.Add(d)
		most = max(most, len(l.c.docs))
	}
	if limit := perDay * (keep + 1); most > limit {
		t.Errorf("the writer remembered up to %d documents, want at most %d", most, limit)
	}
	if n := len(all.Stories()); n < perDay*days/5/2 {
		t.Errorf("%d stories in all, want about %d", n, perDay*days/5)
	}
	t.Logf("at most %d documents and now %d stories remembered; %d stories in all", most, len(l.c.stories), len(all.Stories()))
}

// word writes n in letters, as a synthetic word.
func word(n int) string {
	b := []byte{byte('a' + n%26)}
	for n /= 26; n > 0; n /= 26 {
		b = append(b, byte('a'+n%26))
	}
	return string(b)
}

// TestLogResetBetween: a transaction that commits after another one of the
// same Log failed (and reset it) leaves the Log to load the window again,
// not to go on from its cursor with a state that forgot everything.
func TestLogResetBetween(t *testing.T) {
	docs := ordered(t)[:12]
	w := NewLog(Options{})
	var m memLog
	m.put(t, w, docs[:4], false)
	// Transaction B assigns, transaction A fails and resets, B commits.
	out, err := w.Assign(m.unseen(w.Cursor()), docs[4:6])
	if err != nil {
		t.Fatal(err)
	}
	w.Reset()
	for i := range out {
		out[i].Seq = int64(len(m.entries) + 1)
		m.entries = append(m.entries, out[i])
	}
	w.Committed(out)
	if w.Cursor() != 0 {
		t.Fatalf("cursor %d after a reset; want 0, so that the window is loaded again", w.Cursor())
	}
	m.put(t, w, docs[6:], false)
	one := newBounded(Options{})
	for i, e := range m.entries {
		if id, _ := one.Add(docs[i]); id != e.Story {
			t.Errorf("%s: log says %s, one clusterer %s", e.Doc, e.Story, id)
		}
	}
	if w.c.digest() != one.digest() {
		t.Error("the writer's state is not one clusterer's in log order")
	}
}
