package story

import (
	"math/rand/v2"
	"reflect"
	"testing"

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

// put runs one write transaction of w: it commits unless fail.
func (m *memLog) put(t *testing.T, w *Log, docs []*litopys.Document, fail bool) {
	t.Helper()
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
// transactions among them, leave a log in which every document has one
// story, decided exactly as one Clusterer adding the documents in log
// order decides (no lost update), and which a reader replays to the same
// stories.
func TestLogWriters(t *testing.T) {
	docs := ordered(t)
	rng := rand.New(rand.NewPCG(1, 2))
	writers := []*Log{NewLog(Options{}), NewLog(Options{}), NewLog(Options{})}
	var m memLog
	for rest := docs; len(rest) > 0; {
		n := min(len(rest), 1+rng.IntN(6))
		w := writers[rng.IntN(len(writers))]
		if rng.IntN(8) == 0 {
			m.put(t, w, rest[:n], true)
		}
		m.put(t, w, rest[:n], false)
		rest = rest[n:]
	}
	if len(m.entries) != len(docs) {
		t.Fatalf("%d entries for %d documents", len(m.entries), len(docs))
	}
	c := New(Options{})
	for i, e := range m.entries {
		if e.Doc != docs[i].ID {
			t.Fatalf("entry %d is %s, want %s", i, e.Doc, docs[i].ID)
		}
		id, dup := c.Add(docs[i])
		if id != e.Story || dup != (e.DupOf != "") {
			t.Errorf("%s: log says story %s (dup of %q), one clusterer says %s (dup %v)", e.Doc, e.Story, e.DupOf, id, dup)
		}
	}
	want := c.Stories()
	reader := NewLog(Options{})
	if err := reader.Replay(m.entries); err != nil {
		t.Fatal(err)
	}
	if got := reader.Stories(); !reflect.DeepEqual(got, want) {
		t.Errorf("replay gives %d stories, one clusterer %d", len(got), len(want))
	}
	for i, w := range writers {
		if _, err := w.Assign(m.unseen(w.Cursor()), nil); err != nil {
			t.Fatal(err)
		}
		if got := w.Stories(); !reflect.DeepEqual(got, want) {
			t.Errorf("writer %d ends with %d stories, want %d", i, len(got), len(want))
		}
	}
	if len(want) < 4 || len(want) == len(docs) {
		t.Errorf("%d stories of %d documents: the test needs real grouping", len(want), len(docs))
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
	bad := litopys.StoryEntry{Seq: 5, Doc: "b", Story: "story-a", DupOf: "zzz", Features: encodeFeatures(extract(d))}
	if err := NewLog(Options{}).Replay([]litopys.StoryEntry{bad}); err == nil {
		t.Error("replaying a duplicate of an unknown document succeeded")
	}
	bad.DupOf, bad.Features = "", []byte{9, 9}
	if err := NewLog(Options{}).Replay([]litopys.StoryEntry{bad}); err == nil {
		t.Error("replaying malformed features succeeded")
	}
}

func TestFeaturesRoundTrip(t *testing.T) {
	for _, d := range ordered(t)[:40] {
		f := stored(extract(d))
		g, err := decodeFeatures(encodeFeatures(f))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(f, g) {
			t.Fatalf("%s: features change on a second round trip", d.ID)
		}
	}
}

func FuzzDecodeFeatures(f *testing.F) {
	d := article(f, "a", "uk", "2024-01-02", "зустріч лідерів у столиці сьогодні вранці відбулася", "PER-x", "GPE-y")
	f.Add(encodeFeatures(extract(d)))
	f.Add([]byte{1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := decodeFeatures(b)
		if err != nil {
			return
		}
		h, err := decodeFeatures(encodeFeatures(g))
		if err != nil || !reflect.DeepEqual(g, h) {
			t.Fatalf("decoded features do not round-trip: %v", err)
		}
	})
}
