package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const dataDir = "../../../shared/data"

func needData(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(dataDir); err != nil {
		tb.Skip("shared/data not present")
	}
}

// TestLoaders checks every source loads, that mentions are valid byte
// spans in order, and that counts are of the expected size.
func TestLoaders(t *testing.T) {
	needData(t)
	for _, tc := range []struct {
		name    string
		load    func() ([]Doc, error)
		minDocs int
		minMent int
	}{
		{"bsnlp", func() ([]Doc, error) { return BSNLP(filepath.Join(dataDir, "bsnlp")) }, 700, 15000},
		{"ner-uk", func() ([]Doc, error) { return NerUK(filepath.Join(dataDir, "ner-uk", "v2.0")) }, 500, 12000},
		{"factru", func() ([]Doc, error) { return FactRuEval(filepath.Join(dataDir, "factRuEval-2016")) }, 250, 5000},
		{"collection5", func() ([]Doc, error) { return Collection5(filepath.Join(dataDir, "collection5", "ne5_gold.jsonl")) }, 1000, 20000},
		{"bsnlp2017", func() ([]Doc, error) { return BSNLP2017(filepath.Join(dataDir, "bsnlp2017")) }, 132, 3000},
		{"wikiann en", func() ([]Doc, error) {
			return CoNLL(filepath.Join(dataDir, "wikiann", "en", "test.conllu.gz"), CoNLLOptions{Source: "wikiann", Lang: "en"})
		}, 10000, 13000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := tc.load()
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, d := range docs {
				prev := 0
				for _, m := range d.Mentions {
					if m.Start < prev || m.End <= m.Start || m.End > len(d.Text) {
						t.Fatalf("%s: bad mention %+v", d.ID, m)
					}
					prev = m.End
					n++
				}
			}
			if len(docs) < tc.minDocs || n < tc.minMent {
				t.Errorf("%d docs, %d mentions; want ≥ %d, ≥ %d", len(docs), n, tc.minDocs, tc.minMent)
			}
			t.Logf("%d docs, %d mentions", len(docs), n)
		})
	}
}

func TestBSNLPOffsets(t *testing.T) {
	needData(t)
	docs, err := BSNLP(filepath.Join(dataDir, "bsnlp"))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	for _, m := range d.Mentions[:3] {
		t.Logf("%s %q %s", d.ID, d.Text[m.Start:m.End], m.Type)
	}
}

// TestCoNLL reads IOB2 with a type change inside a run, an I- without B-,
// MISC kept out, and a MISC sentence skipped.
func TestCoNLL(t *testing.T) {
	in := "0\tJohn\tB-PER\n1\tSmith\tI-PER\n2\tof\tO\n3\tNew\tI-LOC\n4\tYork\tI-LOC\n5\tUN\tB-ORG\n6\tBank\tI-LOC\n\n" +
		"0\tthe\tO\n1\tBeatles\tB-MISC\n\n0\tParis\tB-LOC\n\n"
	docs, err := readCoNLL(strings.NewReader(in), CoNLLOptions{Source: "x", Lang: "en", SkipMisc: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2 (the MISC one skipped)", len(docs))
	}
	var got []string
	for _, m := range docs[0].Mentions {
		got = append(got, m.Type+":"+docs[0].Text[m.Start:m.End])
	}
	want := []string{"PER:John Smith", "LOC:New York", "ORG:UN", "LOC:Bank"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
	if docs[1].Text != "Paris" || len(docs[1].Mentions) != 1 {
		t.Errorf("second document %+v", docs[1])
	}
}

// TestLocateForms: lower-cased BSNLP 2017 forms are found at word
// boundaries; a form also written with a capital counts only there; MISC
// becomes EVT for an election and PRO for a treaty.
func TestLocateForms(t *testing.T) {
	text := "Рада ЄС і Верховна Рада. Я рада. Вибори до Ради, Ніццький договір і радар."
	ann := "1\nрада\tрада\tORG\t1\nвибори\tвибори\tMISC\t2\nніццький договір\tніццький договір\tMISC\t3\n"
	var got []string
	for _, m := range resolve(locateForms(text, ann)) {
		got = append(got, m.Type+":"+text[m.Start:m.End])
	}
	want := []string{"ORG:Рада", "ORG:Рада", "EVT:Вибори", "PRO:Ніццький договір"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
}
