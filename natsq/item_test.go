package natsq

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

func TestItemRecord(t *testing.T) {
	day := litopys.DayDate(2024, 3, 1)
	tests := []struct {
		name string
		rec  input.Record
		want input.Record
	}{
		{
			name: "text",
			rec:  input.Record{Source: "a.jsonl#line 2", Format: input.FormatJSONL, ID: "x1", URL: "https://e.ua/1", Title: "T", Outlet: "e.ua", Lang: "uk", Published: day, Body: "Текст."},
			want: input.Record{Source: "a.jsonl#line 2", Format: input.FormatText, ID: "x1", URL: "https://e.ua/1", Title: "T", Outlet: "e.ua", Lang: "uk", Published: day, Body: "Текст."},
		},
		{
			name: "BSNLP with --published: the flag and the header date travel",
			rec: input.Record{Source: "ru-1.txt", Format: input.FormatBSNLP, ID: "ru-1", Lang: "ru", Published: day, PublishedSource: "flag",
				HeaderDate: litopys.DayDate(2018, 11, 1), Body: "Текст."},
			want: input.Record{Source: "ru-1.txt", Format: input.FormatText, ID: "ru-1", Lang: "ru", Published: day, PublishedSource: "flag",
				HeaderDate: litopys.DayDate(2018, 11, 1), Body: "Текст."},
		},
		{
			name: "html",
			rec:  input.Record{Source: "p.html", Format: input.FormatHTML, Body: "<p>Текст.</p>", HTML: true},
			want: input.Record{Source: "p.html", Format: input.FormatHTML, Body: "<p>Текст.</p>", HTML: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(FromRecord(tt.rec))
			if err != nil {
				t.Fatal(err)
			}
			it, err := decodeItem(b)
			if err != nil {
				t.Fatal(err)
			}
			if got := it.Record(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Record() =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

func TestItemKey(t *testing.T) {
	a := Item{Kind: KindDocument, Text: "ab"}
	keys := map[string]Item{}
	for _, it := range []Item{
		a,
		{Kind: KindDocument, Text: "ab", URL: "https://e.ua/1"},
		{Kind: KindDocument, HTML: "ab"},
		{Kind: KindURL, URL: "https://e.ua/1"},
		{Kind: KindFeed, URL: "https://e.ua/1"},
		{Kind: KindDocument, Text: "b", URL: "a"}, // the same bytes, cut elsewhere
	} {
		if prev, ok := keys[it.Key()]; ok {
			t.Errorf("%+v and %+v share the key %s", prev, it, it.Key())
		}
		keys[it.Key()] = it
	}
	if a.Key() != (Item{Kind: KindDocument, Text: "ab", Title: "other"}).Key() {
		t.Error("the key depends on the title")
	}
	if got := (Item{ID: "doc-1", Kind: KindDocument, Text: "ab"}).Key(); got != "doc-1" {
		t.Errorf("Key() = %q, want the ID", got)
	}
}

func FuzzDecodeItem(f *testing.F) {
	f.Add([]byte(`{"kind":"document","text":"Текст.","published":"2024-03-01"}`))
	f.Add([]byte(`{"kind":"url","url":"https://e.ua/1"}`))
	f.Add([]byte(`{"kind":"feed"}`))
	f.Add([]byte(`{not json`))
	f.Fuzz(func(t *testing.T, b []byte) {
		it, err := decodeItem(b)
		if err != nil {
			return
		}
		again, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		it2, err := decodeItem(again)
		if err != nil {
			t.Fatalf("re-decode %s: %v", again, err)
		}
		if it2.Key() != it.Key() {
			t.Fatalf("key changed: %s → %s", it.Key(), it2.Key())
		}
	})
}
