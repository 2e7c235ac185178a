package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// ids returns the IDs of the results in order.
func ids(res litopys.SearchResult) []string {
	out := []string{}
	for _, h := range res.Results {
		out = append(out, h.ID)
	}
	return out
}

func search(t testing.TB, s litopys.Store, q litopys.Query) litopys.SearchResult {
	t.Helper()
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("search %+v: %v", q, err)
	}
	if res.Results == nil {
		t.Errorf("search %+v: results is nil, want [] in JSON", q)
	}
	return res
}

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

func testSearchWordForms(t *testing.T, f *fixture, s litopys.Store) {
	ru, uk := f.seeds[0].ID, f.seeds[1].ID
	put(t, s, f.seeds...)
	put(t, s, f.article(t, "weather", "ru", "", "", "Синоптики обещают дождь и ветер в Москве на выходных."))
	tests := []struct {
		query string
		lang  string
		want  []string
	}{
		{"Блинкена", "", []string{ru, uk}},
		{"Блинкеном", "", []string{ru, uk}},
		{"Блінкеном", "", []string{ru, uk}},
		{"блинкен", "", []string{ru, uk}},
		{"Блинкена", "uk", []string{uk}},
		{"Блинкена", "ru", []string{ru}},
		{"дожди", "", []string{"weather"}},
		{"синоптиков Москвы", "", []string{"weather"}},
		{"дождь Блинкен", "", []string{}},
		{"слововкоторогонет", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.query+"/"+tt.lang, func(t *testing.T) {
			res := search(t, s, litopys.Query{Text: tt.query, Lang: tt.lang})
			if got := sorted(ids(res)); !slices.Equal(got, sorted(tt.want)) || res.Total != len(tt.want) {
				t.Errorf("search %q lang %q = %q (total %d), want %q", tt.query, tt.lang, ids(res), res.Total, tt.want)
			}
			for _, h := range res.Results {
				if !strings.Contains(h.Snippet, "**") {
					t.Errorf("%s: snippet %q marks no match", h.ID, h.Snippet)
				}
				if h.Score <= 0 {
					t.Errorf("%s: score %v, want > 0", h.ID, h.Score)
				}
			}
		})
	}
}

func testSearchAcrossLanguages(t *testing.T, f *fixture, s litopys.Store) {
	ru, uk := f.seeds[0].ID, f.seeds[1].ID
	put(t, s, f.seeds...)
	tests := []struct {
		query string
		want  []string
	}{
		{"Ким Чен Ын", []string{ru, uk}},
		{"Кім Чен Ин", []string{ru, uk}},
		{"Ким Чен Ына", []string{ru, uk}},
		{"Северная Корея", []string{ru, uk}},
		{"Північна Корея", []string{ru, uk}},
		{"Путина", []string{ru, uk}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := search(t, s, litopys.Query{Text: tt.query})
			if got := sorted(ids(res)); !slices.Equal(got, sorted(tt.want)) {
				t.Errorf("search %q = %q, want %q", tt.query, ids(res), tt.want)
			}
		})
	}
	// Of two like articles, the one that spells the name as the query does
	// comes first.
	put(t, s, f.article(t, "spell-ru", "ru", "", "", "Вчера Госсекретарь США Энтони Блинкен прилетел в Токио на переговоры."),
		f.article(t, "spell-uk", "uk", "", "", "Вчора Держсекретар США Ентоні Блінкен прилетів до Токіо на переговори."))
	for _, tt := range []struct{ query, first, other string }{{"Блинкен Токио", "spell-ru", "spell-uk"}, {"Блінкен Токіо", "spell-uk", "spell-ru"}} {
		if got := ids(search(t, s, litopys.Query{Text: tt.query})); len(got) == 0 || got[0] != tt.first || !slices.Contains(got, tt.other) {
			t.Errorf("search %q ranks %q, want %s first and %s among them", tt.query, got, tt.first, tt.other)
		}
	}
	res := search(t, s, litopys.Query{Text: "Ким Чен Ын", Lang: "uk"})
	if got := ids(res); !slices.Equal(got, []string{uk}) {
		t.Errorf("search Ким Чен Ын --lang uk = %q, want [%s]", got, uk)
	}
}

func testSearchFilters(t *testing.T, f *fixture, s litopys.Store) {
	docs := []struct{ id, lang, outlet, published string }{
		{"a", "ru", "alpha.example", "2023-01-10"},
		{"b", "ru", "beta.example", "2023-02-10"},
		{"c", "uk", "alpha.example", "2023-03-10"},
		{"d", "ru", "alpha.example", ""},
	}
	stored := map[string]*litopys.Document{}
	for _, d := range docs {
		text := "Правительство обсудило бюджет на следующий год."
		if d.lang == "uk" {
			text = "Уряд обговорив бюджет на наступний рік. Засідання відбулося в Києві."
		}
		if d.id == "a" {
			text += " Заседание прошло в Москве."
		}
		doc := f.article(t, d.id, d.lang, d.outlet, d.published, text+" Документ "+d.id+".")
		stored[d.id] = doc
		put(t, s, doc)
	}
	put(t, s, f.seeds...)
	day := func(s string) litopys.Date { d, _ := litopys.ParseDate(s); return d }
	// withLOC lists the budget documents that name a place, as analysed.
	var withLOC []string
	for _, d := range docs {
		if slices.ContainsFunc(stored[d.id].Mentions, func(m litopys.Mention) bool { return m.Type == litopys.LOC }) {
			withLOC = append(withLOC, d.id)
		}
	}
	if len(withLOC) == 0 || len(withLOC) == len(docs) {
		t.Fatalf("budget documents naming a place: %v; want some, not all", withLOC)
	}
	tests := []struct {
		name string
		q    litopys.Query
		want []string
	}{
		{"none", litopys.Query{Text: "бюджет"}, []string{"a", "b", "c", "d"}},
		{"lang", litopys.Query{Text: "бюджет", Lang: "ru"}, []string{"a", "b", "d"}},
		{"outlet", litopys.Query{Text: "бюджет", Outlet: "alpha.example"}, []string{"a", "c", "d"}},
		{"outlet case", litopys.Query{Text: "бюджет", Outlet: "Alpha.Example"}, []string{"a", "c", "d"}},
		{"from", litopys.Query{Text: "бюджет", From: day("2023-02")}, []string{"b", "c"}},
		{"to", litopys.Query{Text: "бюджет", To: day("2023-02")}, []string{"a", "b"}},
		{"from to", litopys.Query{Text: "бюджет", From: day("2023-02-10"), To: day("2023-02-10")}, []string{"b"}},
		{"year", litopys.Query{Text: "бюджет", From: day("2022"), To: day("2022")}, []string{}},
		{"all", litopys.Query{Text: "бюджет", Lang: "ru", Outlet: "alpha.example", From: day("2023")}, []string{"a"}},
		{"entity", litopys.Query{Text: "Блинкен", Entity: "GPE-North-Korea"}, []string{f.seeds[0].ID, f.seeds[1].ID}},
		{"entity alone", litopys.Query{Entity: "GPE-North-Korea"}, []string{f.seeds[0].ID, f.seeds[1].ID}},
		{"entity excludes", litopys.Query{Text: "бюджет", Entity: "GPE-North-Korea"}, []string{}},
		{"type", litopys.Query{Entity: "GPE-North-Korea", Type: litopys.PER}, []string{f.seeds[0].ID, f.seeds[1].ID}},
		{"type lower case", litopys.Query{Entity: "GPE-North-Korea", Type: "per"}, []string{f.seeds[0].ID, f.seeds[1].ID}},
		{"type narrows", litopys.Query{Text: "бюджет", Type: litopys.LOC}, withLOC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := search(t, s, tt.q)
			if got := sorted(ids(res)); !slices.Equal(got, sorted(tt.want)) || res.Total != len(tt.want) {
				t.Errorf("search %+v = %q (total %d), want %q", tt.q, ids(res), res.Total, tt.want)
			}
		})
	}
}

func testSearchPagination(t *testing.T, f *fixture, s litopys.Store) {
	const n = 23
	for i := range n {
		put(t, s, f.article(t, fmt.Sprintf("p%02d", i), "ru", "", "", fmt.Sprintf("Заседание комиссии номер %d прошло спокойно.", i)))
	}
	var all []string
	for off := 0; off < n+10; off += 10 {
		res := search(t, s, litopys.Query{Text: "заседания", Limit: 10, Offset: off})
		if res.Total != n {
			t.Fatalf("offset %d: total %d, want %d", off, res.Total, n)
		}
		if want := min(10, max(0, n-off)); len(res.Results) != want {
			t.Errorf("offset %d: %d results, want %d", off, len(res.Results), want)
		}
		all = append(all, ids(res)...)
	}
	if len(all) != n || len(slices.Compact(sorted(all))) != n {
		t.Errorf("pages hold %d results (%d distinct), want %d distinct", len(all), len(slices.Compact(sorted(all))), n)
	}
	if res := search(t, s, litopys.Query{Text: "заседание", Limit: 5}); len(res.Results) != 5 {
		t.Errorf("limit 5: %d results", len(res.Results))
	}
	if res := search(t, s, litopys.Query{Text: "заседание"}); len(res.Results) != litopys.DefaultLimit {
		t.Errorf("default limit: %d results, want %d", len(res.Results), litopys.DefaultLimit)
	}
	with := search(t, s, litopys.Query{Text: "заседание", Limit: 30})
	bare := search(t, s, litopys.Query{Text: "заседание", Limit: 30, NoSnippets: true})
	if !slices.Equal(ids(bare), ids(with)) || bare.Total != with.Total {
		t.Errorf("without snippets: %v of %d, want %v of %d", ids(bare), bare.Total, ids(with), with.Total)
	}
	for i, h := range bare.Results {
		if h.Snippet != "" || h.Title != with.Results[i].Title || h.Lang != with.Results[i].Lang {
			t.Errorf("without snippets, hit %d = %+v", i, h)
		}
	}
}

func testSearchRanking(t *testing.T, f *fixture, s litopys.Store) {
	put(t, s,
		f.article(t, "once", "ru", "", "", "Министр говорил о погоде, урожае, дорогах, школах и больницах. Упомянул санкции один раз."),
		f.article(t, "often", "ru", "", "", "Санкции, санкции и ещё раз санкции: министр говорил только о санкциях."),
		f.article(t, "twice", "ru", "", "", "Министр говорил о санкциях и о новых санкциях против банков и заводов."),
	)
	res := search(t, s, litopys.Query{Text: "санкция"})
	if got, want := ids(res), []string{"often", "twice", "once"}; !slices.Equal(got, want) {
		t.Errorf("ranking = %q, want %q", got, want)
	}
	for i := 1; i < len(res.Results); i++ {
		if res.Results[i].Score > res.Results[i-1].Score {
			t.Errorf("scores not descending: %v", res.Results)
		}
	}
	// A rare word weighs more than a common one.
	res = search(t, s, litopys.Query{Text: "министр банков"})
	if got := ids(res); !slices.Equal(got, []string{"twice"}) {
		t.Errorf("министр банков = %q, want [twice]", got)
	}
}

func testSearchEmpty(t *testing.T, f *fixture, s litopys.Store) {
	res, err := s.Search(context.Background(), litopys.Query{Text: "  "})
	if litopys.ErrorCode(err) != litopys.EINVALID {
		t.Errorf("empty query: err = %v, want code %s", err, litopys.EINVALID)
	}
	if res.Results == nil {
		t.Errorf("empty query: results nil")
	}
	put(t, s, f.seeds[0])
	if res := search(t, s, litopys.Query{Text: "Блинкен", Offset: 50}); res.Total != 1 || len(res.Results) != 0 {
		t.Errorf("offset past the end: %s, want total 1 and no results", jsonOf(res))
	}
}
