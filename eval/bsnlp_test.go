package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseOut(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		wantID string
		want   []Mention
	}{
		{"four columns", "ru-1\nТерезы Мэй\tТереза Мэй\tPER\tPER-Theresa-May\n", "ru-1",
			[]Mention{{"Терезы Мэй", "Тереза Мэй", "PER", "PER-Theresa-May"}}},
		{"bom, crlf, blank lines, trailing spaces", "\ufeffru-2 \r\n\r\nЕС \tЕС\torg\tORG-European-Union  \r\n", "ru-2",
			[]Mention{{"ЕС", "ЕС", "ORG", "ORG-European-Union"}}},
		{"three columns with base", "d\nЛондоне\tЛондон\tLOC\n", "d", []Mention{{"Лондоне", "Лондон", "LOC", ""}}},
		{"three columns with id", "d\nЛондоне\tLOC\tGPE-London\n", "d", []Mention{{"Лондоне", "", "LOC", "GPE-London"}}},
		{"two and one columns, gpe", "d\nКиев\tGPE\nМосква\n", "d", []Mention{{"Киев", "", "LOC", ""}, {"Москва", "", "", ""}}},
		{"extra columns ignored", "d\na\tb\tPRO\tid\textra\n", "d", []Mention{{"a", "b", "PRO", "id"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, ms, err := ParseOut(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if id != tt.wantID || !reflect.DeepEqual(ms, tt.want) {
				t.Errorf("got %q %+v\nwant %q %+v", id, ms, tt.wantID, tt.want)
			}
		})
	}
	if _, _, err := ParseOut(strings.NewReader(" \n\n")); err == nil {
		t.Error("empty file: want an error")
	}
}

func FuzzParseOut(f *testing.F) {
	f.Add("ru-1\nТерезы Мэй\tТереза Мэй\tPER\tPER-Theresa-May\n")
	f.Add("\ufeffd\r\nЕС\tORG\r\nx\n\ty\t\t\n")
	f.Add("d\na\tb\tc\td\te\n")
	f.Fuzz(func(t *testing.T, in string) {
		id, ms, err := ParseOut(strings.NewReader(in))
		if err != nil {
			return
		}
		// What was read writes back and reads again to the same thing.
		var buf bytes.Buffer
		if err := WriteBSNLPResponse(&buf, Doc{ID: id, Mentions: ms}); err != nil {
			t.Fatal(err)
		}
		id2, ms2, err := ParseOut(&buf)
		if err != nil {
			t.Fatalf("reading back %q: %v", buf.String(), err)
		}
		if id2 != field(id) {
			t.Errorf("id %q became %q", id, id2)
		}
		var want []Mention
		seen := map[Mention]bool{}
		for _, m := range ms {
			m = Mention{Form: field(m.Form), Base: field(m.Base), Type: NormType(field(m.Type)), ID: field(m.ID)}
			if m.Form != "" && !seen[m] {
				seen[m] = true
				want = append(want, m)
			}
		}
		if !reflect.DeepEqual(ms2, want) {
			t.Errorf("round trip:\n got %+v\nwant %+v", ms2, want)
		}
	})
}

func FuzzParseRaw(f *testing.F) {
	f.Add("ru-10\nru\n2018-09-20\nhttp://x\nTitle\n\nText.\n")
	f.Add("\ufeffid\r\nuk\r\nbad date\r\n\r\n")
	f.Add("id\nru\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseRaw(strings.NewReader(in))
		if err != nil {
			return
		}
		if d.ID == "" || !strings.HasSuffix(in, d.Content) {
			t.Errorf("id %q, content %q not the end of the input", d.ID, d.Content)
		}
	})
}

func TestReadBSNLPResponses(t *testing.T) {
	gold := map[string]Doc{}
	for _, d := range []Doc{{Topic: "brexit", Lang: "ru", ID: "ru-10"}, {Topic: "ryanair", Lang: "ru", ID: "ru-10"}, {Topic: "brexit", Lang: "uk", ID: "uk-1"}} {
		gold[d.Key()] = d
	}
	dir := t.TempDir()
	write := func(rel string, d Doc) {
		t.Helper()
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteBSNLPResponse(&buf, d); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m := Mention{Form: "Мэй", Base: "Мэй", Type: "PER", ID: "x"}
	write("ryanair/ru/a.out", Doc{ID: "ru-10", Mentions: []Mention{m}})
	write("flat/b.out", Doc{ID: "uk-1", Mentions: []Mention{m, m}})
	got, err := ReadBSNLPResponses(dir, gold)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Doc{
		"ryanair/ru/ru-10": {Topic: "ryanair", Lang: "ru", ID: "ru-10", Mentions: []Mention{m}},
		"brexit/uk/uk-1":   {Topic: "brexit", Lang: "uk", ID: "uk-1", Mentions: []Mention{m}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	write("flat/c.out", Doc{ID: "ru-10"})
	if _, err := ReadBSNLPResponses(dir, gold); err == nil {
		t.Error("ambiguous id without topic directory: want an error")
	}
}
