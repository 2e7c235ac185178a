package gazetteer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rebuild data.json.gz from ../../shared/data")

// dataDir returns the shared data directory, skipping when it is absent.
func dataDir(tb testing.TB) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(p, "bsnlp")); err != nil {
		tb.Skipf("shared data not available: %v", err)
	}
	return p
}

// TestEmbeddedUpToDate rebuilds the gazetteer and compares it with the
// embedded file byte for byte (the build is reproducible); with -update it
// writes the file instead.
func TestEmbeddedUpToDate(t *testing.T) {
	dir := dataDir(t)
	out := filepath.Join(t.TempDir(), "data.json.gz")
	if *update {
		out = "data.json.gz"
	}
	if err := Build(dir, out); err != nil {
		t.Fatal(err)
	}
	if *update {
		return
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, embedded) {
		t.Errorf("data.json.gz is stale (%d bytes built, %d embedded): run go test ./gazetteer -update", len(got), len(embedded))
	}
}

func load(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := load(t)
	tests := []struct {
		name, lang string
		want       string // id of the first entry, "" for none
		wantType   string
	}{
		{"Россия", "ru", "GPE-Russia", "LOC"},
		{"РФ", "ru", "GPE-Russia", "LOC"},
		{"Російська Федерація", "uk", "GPE-Russia", "LOC"},
		{"Russian Federation", "en", "GPE-Russia", "LOC"},
		{"США", "uk", "GPE-USA", "LOC"},
		{"Соединённые Штаты", "ru", "GPE-USA", "LOC"}, // ё as е
		{"ЄС", "uk", "ORG-European-Union", "ORG"},
		{"ЕС", "ru", "ORG-European-Union", "ORG"},
		{"EU", "en", "ORG-European-Union", "ORG"},
		{"ООН", "ru", "ORG-United-Nations", "ORG"},
		{"НАТО", "uk", "ORG-NATO", "ORG"},
		{"Об’єднані Арабські Емірати", "uk", "GPE-United-Arab-Emirates", "LOC"}, // any apostrophe
		{"  тереза   МЭЙ ", "ru", "PER-Theresa-May", "PER"},
		{"Київ", "uk", "GPE-Kiev", "LOC"},
		{"Kyiv", "", "GPE-Kiev", "LOC"},
		{"Північна Корея", "uk", "GPE-North-Korea", "LOC"},
		{"Мьянма", "ru", "GPE-Myanmar-Burma", "LOC"},
		{"Нью-Дели", "ru", "GPE-New-Deli", "LOC"},
		{"Россия", "uk", "", ""}, // names are per language
		{"правительство", "ru", "", ""},
		{"", "ru", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.lang, func(t *testing.T) {
			es := g.Lookup(tt.name, tt.lang)
			got, gotType := "", ""
			if len(es) > 0 {
				got, gotType = es[0].ID, es[0].Type
			}
			if got != tt.want || gotType != tt.wantType {
				t.Errorf("Lookup(%q, %q) = %s %s (of %d), want %s %s", tt.name, tt.lang, got, gotType, len(es), tt.want, tt.wantType)
			}
		})
	}
}

func TestByID(t *testing.T) {
	g := load(t)
	for id, want := range map[string]string{"GPE-Kyiv": "GPE-Kiev", "GPE-Russia": "GPE-Russia", "ORG-OSCE": "ORG-Organization-for-Security-and-Co-operation-in-Europe"} {
		if e, ok := g.ByID(id); !ok || e.ID != want {
			t.Errorf("ByID(%s) = %s %v, want %s", id, e.ID, ok, want)
		}
	}
	e, _ := g.ByID("GPE-Russia")
	if e.ISO != "RU" || e.Kind != "country" || e.Names["ru"][0] != "Россия" || e.Names["uk"][0] != "Росія" || e.Names["en"][0] != "Russia" {
		t.Errorf("GPE-Russia = %+v", e)
	}
}

// TestCountries: every code of the country list is one entry.
func TestCountries(t *testing.T) {
	g := load(t)
	codes := map[string]int{}
	for _, e := range g.Entries() {
		if e.ISO != "" {
			codes[e.ISO]++
		}
	}
	if len(codes) != 249 {
		t.Errorf("%d countries, want 249", len(codes))
	}
	for c, n := range codes {
		if n != 1 {
			t.Errorf("country %s in %d entries", c, n)
		}
	}
}

// TestExcludeTopics: a gazetteer built without a topic knows nothing that
// only that topic's annotations name.
func TestExcludeTopics(t *testing.T) {
	dir := dataDir(t)
	full := load(t)
	held, err := FromData(dir, BuildOptions{ExcludeTopics: []string{"asia_bibi"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"PER-Asia-Bibi", "ORG-Supreme-Court-of-Pakistan"} {
		if _, ok := full.ByID(id); !ok {
			t.Errorf("%s missing from the full gazetteer", id)
		}
		if _, ok := held.ByID(id); ok {
			t.Errorf("%s present without its topic", id)
		}
	}
	if es := held.Lookup("Асия Биби", "ru"); len(es) != 0 {
		t.Errorf("Асия Биби found without its topic: %+v", es)
	}
	// The country list still knows Pakistan, but fewer documents name it.
	p1, _ := full.ByID("GPE-Pakistan")
	p2, ok := held.ByID("GPE-Pakistan")
	if !ok || p2.Freq >= p1.Freq {
		t.Errorf("GPE-Pakistan: full freq %d, held-out %d (present %v)", p1.Freq, p2.Freq, ok)
	}
}

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"Соединённые  Штаты":  "соединенные штаты",
		"Об’єднані":           "об'єднані",
		"Обʼєднані":           "об'єднані",
		"«Газпром»":           "газпром",
		"\tNord\u00a0Stream ": "nord stream",
	} {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeptNames(t *testing.T) {
	// "Пакистане" is an inflected "Пакистан"; "пакистанец" is not
	// capitalised; "Ки[в" has a stray bracket; "Исламская Республика"
	// is used once and is not the top name; "ПАКИСТАН" merges into
	// "Пакистан".
	got := keptNames(map[string]int{"Пакистан": 10, "ПАКИСТАН": 2, "Пакистане": 3, "пакистанец": 4, "Ки[в": 5,
		"Исламская Республика": 1, "Исламская Республика Пакистан": 2, "\"Пакистан\"": 1})
	want := []name{{text: "Пакистан", docs: 13}, {text: "Исламская Республика Пакистан", docs: 2}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("got %+v, want %+v", got, want)
		}
	}
}

func TestSlugName(t *testing.T) {
	for id, want := range map[string]string{
		"PER-Theresa-May": "Theresa May", "GPE-WashingtonDC": "Washington DC", "PRO-Nord-Stream-2": "Nord Stream 2",
		"ORG-Газпром": "", "GPE": "",
	} {
		if got := slugName(id); got != want {
			t.Errorf("slugName(%s) = %q, want %q", id, got, want)
		}
	}
}

func FuzzLookup(f *testing.F) {
	g := load(f)
	f.Add("Россия", "ru")
	f.Add("Об’єднані", "uk")
	f.Add("\xff\xfe", "")
	f.Fuzz(func(t *testing.T, name, lang string) {
		if n := Norm(name); Norm(n) != n {
			t.Errorf("Norm not idempotent: %q → %q → %q", name, n, Norm(n))
		}
		for _, e := range g.Lookup(name, lang) {
			if e.ID == "" {
				t.Errorf("entry without id for %q", name)
			}
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := load(b)
	for b.Loop() {
		g.Lookup("Российская Федерация", "ru")
	}
}

func TestFindPrefersAnEntrysOwnName(t *testing.T) {
	g := New([]Entry{
		{ID: "ORG-European-Parliament", Type: "ORG", Freq: 29, Names: map[string][]string{"uk": {"Європейський парламент", "Європейська рада"}}},
		{ID: "GPE-Great-Britain", Type: "LOC", Freq: 250, Names: map[string][]string{"ru": {"Великобритания", "Англия"}}},
		{ID: "ORG-European-Council", Type: "ORG", Freq: 15, Names: map[string][]string{"uk": {"Європейська рада"}}},
		{ID: "GPE-England", Type: "LOC", Freq: 10, Names: map[string][]string{"ru": {"Англия"}}},
	})
	for _, tc := range []struct{ name, lang, want string }{
		{"Європейська рада", "uk", "ORG-European-Council"}, // its own name, the other not 5× as frequent
		{"Англия", "ru", "GPE-Great-Britain"},              // 25× as frequent: usage stands
		{"Європейський парламент", "uk", "ORG-European-Parliament"},
	} {
		if e, ok := g.Find(tc.name, tc.lang); !ok || e.ID != tc.want {
			t.Errorf("Find(%q) = %s, %v; want %s", tc.name, e.ID, ok, tc.want)
		}
	}
	if _, ok := g.Find("Марс", "ru"); ok {
		t.Error("Find of an unknown name found an entry")
	}
}
