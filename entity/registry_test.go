package entity

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys/translit"
)

// testKnown is a small gazetteer.
var testKnown = map[string]Known{
	"PER-Donald-Trump": {ID: "PER-Donald-Trump", Type: "PER", Names: map[string][]string{
		"en": {"Donald Trump"}, "ru": {"Дональд Трамп", "Трамп"}, "uk": {"Дональд Трамп", "Т.Мей", "Трамп"}}},
	"PER-Theresa-May": {ID: "PER-Theresa-May", Type: "PER", Names: map[string][]string{
		"en": {"Theresa May"}, "ru": {"Тереза Мэй", "Мэй"}, "uk": {"Тереза Мей"}}},
	"PER-Barack-Obama": {ID: "PER-Barack-Obama", Type: "PER", Names: map[string][]string{"en": {"Barack Obama"}, "ru": {"Обама"}}},
	"PER-Barak-Obama":  {ID: "PER-Barak-Obama", Type: "PER", Names: map[string][]string{"ru": {"Барак Обама"}}},
	"GPE-Georgia":      {ID: "GPE-Georgia", Type: "LOC", Names: map[string][]string{"en": {"Georgia"}, "ru": {"Грузия"}}},
	"ORG-Council-of-Europe": {ID: "ORG-Council-of-Europe", Type: "ORG", Names: map[string][]string{
		"en": {"Council of Europe"}, "ru": {"Европейский совет"}}},
	"ORG-European-Council": {ID: "ORG-European-Council", Type: "ORG", Names: map[string][]string{
		"en": {"European Council"}, "ru": {"Европейский совет"}}},
	"ORG-United-Nations": {ID: "ORG-United-Nations", Type: "ORG", Names: map[string][]string{"en": {"UN"}, "ru": {"ООН"}}},
	"GPE-USA":            {ID: "GPE-USA", Type: "LOC", Names: map[string][]string{"en": {"USA"}, "ru": {"США"}}},
}

func testRegistry() *Registry {
	return &Registry{Key: translit.Key, Known: func(id string) (Known, bool) {
		k, ok := testKnown[id]
		return k, ok
	}}
}

func local(id, typ string, names ...Name) Local {
	l := Local{ID: id, Type: typ}
	for _, n := range names {
		l.Mentions += n.N
	}
	l.Names = names
	if len(names) > 0 {
		l.Key = translit.Key(names[0].Text)
	}
	return l
}

func n(lang, text string, count int) Name { return Name{Lang: lang, Text: text, N: count} }

// groups returns the canonical entities as id → sorted members.
func groups(cs []Canonical) map[string][]string {
	out := map[string][]string{}
	for _, c := range cs {
		out[c.ID] = c.Members
	}
	return out
}

func TestCluster(t *testing.T) {
	for _, tc := range []struct {
		name   string
		locals []Local
		rules  Rules
		want   map[string][]string
		types  map[string]string // id → type
	}{{
		name: "one person in three scripts, five ids and a tagger's wrong types",
		locals: []Local{
			local("PER-volodimirzelenski", "PER", n("uk", "Володимир Зеленський", 100), n("uk", "Зеленський", 20), n("en", "Volodymyr Zelensky", 7)),
			local("PER-zelenski", "PER", n("uk", "Зеленський", 5), n("ru", "Зеленский", 9), n("en", "Zelenskyy", 2)),
			local("LOC-zelenski", "LOC", n("ru", "Зеленский", 4)),
			local("ORG-zelenski", "ORG", n("uk", "Зеленський", 2)),
			local("PER-vladimirzelenski", "PER", n("ru", "Владимир Зеленский", 30)),
		},
		want:  map[string][]string{"PER-Volodymyr-Zelensky": {"LOC-zelenski", "ORG-zelenski", "PER-vladimirzelenski", "PER-volodimirzelenski", "PER-zelenski"}},
		types: map[string]string{"PER-Volodymyr-Zelensky": "PER"},
	}, {
		name: "short forms join their full name; the English name gives the id",
		locals: []Local{
			local("PER-entoniblinken", "PER", n("ru", "Энтони Блинкен", 21)),
			local("PER-antoniblinken", "PER", n("en", "Antony Blinken", 3), n("ru", "Антони Блинкен", 2)),
			local("PER-entoniblinken2", "PER", n("uk", "Ентоні Блінкен", 6)),
			local("PER-blinken", "PER", n("ru", "Блинкен", 40), n("uk", "Блінкен", 10)),
			local("PER-toniablinken", "PER", n("ru", "Тоня Блинкен", 2)),
		},
		want: map[string][]string{
			"PER-Antony-Blinken": {"PER-antoniblinken", "PER-blinken", "PER-entoniblinken", "PER-entoniblinken2"},
			"PER-Tonia-Blinken":  {"PER-toniablinken"},
		},
	}, {
		name: "without an English name the id romanises the base form",
		locals: []Local{
			local("PER-entoniblinken", "PER", n("ru", "Энтони Блинкен", 21)),
			local("PER-blinken", "PER", n("ru", "Блинкен", 40)),
		},
		want: map[string][]string{"PER-Entoni-Blinken": {"PER-blinken", "PER-entoniblinken"}},
	}, {
		name: "a lone surname with two comparable full names stays apart",
		locals: []Local{
			local("PER-ivanpetrov", "PER", n("ru", "Иван Петров", 10)),
			local("PER-serheipetrov", "PER", n("ru", "Сергей Петров", 8)),
			local("PER-petrov", "PER", n("ru", "Петров", 5)),
		},
		want: map[string][]string{
			"PER-Ivan-Petrov": {"PER-ivanpetrov"}, "PER-Sergei-Petrov": {"PER-serheipetrov"}, "PER-Petrov": {"PER-petrov"},
		},
	}, {
		name: "an initial joins only the person it spells, whatever the gazetteer's noise says",
		locals: []Local{
			local("PER-Donald-Trump", "PER", n("uk", "Дональд Трамп", 900), n("uk", "Т.Мей", 1)),
			local("PER-Theresa-May", "PER", n("ru", "Тереза Мэй", 100)),
			local("PER-tmei", "PER", n("uk", "Т.Мей", 3)),
			local("PER-dtramp", "PER", n("ru", "Д. Трамп", 3)),
		},
		want: map[string][]string{
			"PER-Donald-Trump": {"PER-Donald-Trump", "PER-dtramp"}, "PER-Theresa-May": {"PER-Theresa-May", "PER-tmei"},
		},
	}, {
		name: "an initial that spells two full names joins the one mentioned ten times more, else neither",
		locals: []Local{
			local("PER-petroporoshenko", "PER", n("uk", "Петро Порошенко", 400)),
			local("PER-politehnolohporoshenko", "PER", n("ru", "Политтехнолог Порошенко", 1)),
			local("PER-pporoshenko", "PER", n("ru", "П.Порошенко", 11)),
			local("PER-ivanpetrov", "PER", n("ru", "Иван Петров", 10)),
			local("PER-ilyapetrov", "PER", n("ru", "Илья Петров", 8)),
			local("PER-ipetrov", "PER", n("ru", "И. Петров", 3)),
		},
		want: map[string][]string{
			"PER-Petro-Poroshenko": {"PER-petroporoshenko", "PER-pporoshenko"}, "PER-Polittekhnolog-Poroshenko": {"PER-politehnolohporoshenko"},
			"PER-Ivan-Petrov": {"PER-ivanpetrov"}, "PER-Ilia-Petrov": {"PER-ilyapetrov"}, "PER-I-Petrov": {"PER-ipetrov"},
		},
	}, {
		name: "two gazetteer entries of one person meet on the key of the full name; different ones never",
		locals: []Local{
			local("PER-Barack-Obama", "PER", n("ru", "Обама", 800)),
			local("PER-Barak-Obama", "PER", n("ru", "Барак Обама", 600)),
			local("GPE-Georgia", "LOC", n("ru", "Грузия", 90)),
			local("LOC-dzhordzhia", "LOC", n("ru", "Джорджия", 4)),
		},
		want: map[string][]string{
			"PER-Barack-Obama": {"PER-Barack-Obama", "PER-Barak-Obama"}, "GPE-Georgia": {"GPE-Georgia"}, "LOC-Dzhordzhiia": {"LOC-dzhordzhia"},
		},
	}, {
		name: "an analyst's merge and split hold",
		locals: []Local{
			local("ORG-ionhap", "ORG", n("ru", "Ёнхап", 30)),
			local("ORG-yonhap", "ORG", n("en", "Yonhap", 2)),
			local("PER-volodimirzelenski", "PER", n("uk", "Володимир Зеленський", 100)),
			local("PER-zelenski", "PER", n("uk", "Зеленський", 5)),
		},
		rules: Rules{Merge: [][2]string{{"ORG-ionhap", "ORG-yonhap"}}, Split: []Split{{Off: []string{"PER-zelenski"}, Rest: []string{"PER-volodimirzelenski"}}}},
		want: map[string][]string{
			"ORG-Yonhap": {"ORG-ionhap", "ORG-yonhap"}, "PER-Volodymyr-Zelenskyi": {"PER-volodimirzelenski"}, "PER-Zelenskyi": {"PER-zelenski"},
		},
	}, {
		name: "a city and the club the corpus names after it (ФК «Краснодар») stay apart; a club named with its kind joins the club; a slip of type joins",
		locals: []Local{
			local("LOC-krasnodar", "LOC", n("ru", "Краснодар", 42)),
			local("ORG-krasnodar", "ORG", n("ru", "Краснодар", 150)),
			local("PRO-krasnodar", "PRO", n("ru", "Краснодар", 30)),
			local("ORG-fkkrasnodar", "ORG", n("ru", "ФК «Краснодар»", 3)),
			local("ORG-zenit", "ORG", n("ru", "Зенит", 250)),
			local("ORG-fkzenit", "ORG", n("ru", "ФК «Зенит»", 11)),
			local("LOC-kosovo", "LOC", n("ru", "Косово", 220)),
			local("ORG-kosovo", "ORG", n("ru", "Косово", 9)),
			local("LOC-lokomotiv", "LOC", n("ru", "Локомотив", 18)),
			local("ORG-lokomotiv", "ORG", n("ru", "Локомотив", 503)), // the place is a twentieth of it: a slip
			local("ORG-fklokomotiv", "ORG", n("ru", "ФК Локомотив", 99)),
			local("LOC-ural", "LOC", n("ru", "Урал", 262)),
			local("ORG-ural", "ORG", n("ru", "Урал", 1)),
			local("ORG-fkural", "ORG", n("ru", "ФК Урал", 4)), // not the Urals a stray type joined
			local("ORG-vvsvelikobritanii", "ORG", n("ru", "ВВС Великобритании", 20)),
			local("ORG-vsvelikobritanii", "ORG", n("ru", "ВС Великобритании", 3)),
			local("LOC-rostov", "LOC", n("ru", "Ростов", 41)),
			local("ORG-rostov", "ORG", n("ru", "Ростов", 391)),
			local("ORG-fkrostov", "ORG", n("ru", "ФК «Ростов»", 4)),
			local("ORG-rosgvardia", "ORG", n("ru", "Росгвардия", 51)),
			local("LOC-rosgvardia", "LOC", n("ru", "Росгвардия", 22)), // no club of that name: a slip
		},
		want: map[string][]string{
			"LOC-Krasnodar": {"LOC-krasnodar"}, "ORG-Krasnodar": {"ORG-fkkrasnodar", "ORG-krasnodar", "PRO-krasnodar"},
			"ORG-Zenit": {"ORG-fkzenit", "ORG-zenit"}, "LOC-Kosovo": {"LOC-kosovo", "ORG-kosovo"}, "ORG-Lokomotiv": {"LOC-lokomotiv", "ORG-fklokomotiv", "ORG-lokomotiv"},
			"LOC-Ural": {"LOC-ural", "ORG-ural"}, "ORG-FK-Ural": {"ORG-fkural"},
			"ORG-VVS-Velikobritanii": {"ORG-vvsvelikobritanii"}, "ORG-VS-Velikobritanii": {"ORG-vsvelikobritanii"},
			"LOC-Rostov": {"LOC-rostov"}, "ORG-Rostov": {"ORG-fkrostov", "ORG-rostov"},
			"ORG-Rosgvardiia": {"LOC-rosgvardia", "ORG-rosgvardia"},
		},
	}, {
		name: "the transcriptions and the cases of one name of several words meet, within a type; Eastern Europe is not Western",
		locals: []Local{
			local("ORG-tehrikelabaikpakistan", "ORG", n("ru", "Техрик-э-Лабаик Пакистан", 20)),
			local("ORG-tehrikilabaikpakistan", "ORG", n("ru", "Техрик-и-Лаббаик Пакистан", 2)),
			local("ORG-tehrekelabaikpakistan", "ORG", n("ru", "Tehreek-e-Labbaik Pakistan", 3)),
			local("LOC-tehrikelabaiakpakistan", "LOC", n("ru", "Техрик-э-Лабайак Пакистан", 1)),
			local("LOC-soedinenieshtatiameriki", "LOC", n("ru", "Соединённые Штаты Америки", 5)),
			local("LOC-soedinenihshtatovameriki", "LOC", n("ru", "Соединённых Штатов Америки", 3)),
			local("LOC-shidnaevropa", "LOC", n("uk", "Східна Європа", 5)),
			local("LOC-zahidnaevropa", "LOC", n("uk", "Західна Європа", 5)),
		},
		want: map[string][]string{
			"ORG-Tekhrik-e-Labaik-Pakistan":  {"ORG-tehrekelabaikpakistan", "ORG-tehrikelabaikpakistan", "ORG-tehrikilabaikpakistan"},
			"LOC-Tekhrik-e-Labaiak-Pakistan": {"LOC-tehrikelabaiakpakistan"},
			"LOC-Soedinennye-Shtaty-Ameriki": {"LOC-soedinenieshtatiameriki", "LOC-soedinenihshtatovameriki"},
			"LOC-Skhidna-Yevropa":            {"LOC-shidnaevropa"}, "LOC-Zakhidna-Yevropa": {"LOC-zahidnaevropa"},
		},
	}, {
		name: "a Latin name of two words, typed as anything, or a Ukrainian one joins the one person whose Cyrillic (Russian) name sounds alike",
		locals: []Local{
			local("PER-martinloher", "PER", n("ru", "Мартин Лохер", 4)),
			local("ORG-martinlocher", "ORG", n("ru", "Martin Locher", 1)),
			local("PER-borisjonson", "PER", n("ru", "Борис Джонсон", 40)),
			local("ORG-borisjohnson", "ORG", n("uk", "Boris Johnson", 1)),
			local("PER-markusval", "PER", n("ru", "Маркус Валь", 1)),
			local("PER-markusvil", "PER", n("ru", "Маркус Виль", 1)),
			local("ORG-markusvahl", "ORG", n("ru", "Markus Wahl", 1)), // two persons sound alike: apart
			local("PER-mishelbarne", "PER", n("ru", "Мишель Барнье", 30)),
			local("PER-mishelbarnie", "PER", n("uk", "Мішель Барньє", 12)),
		},
		want: map[string][]string{
			"PER-Martin-Lokher": {"ORG-martinlocher", "PER-martinloher"}, "PER-Boris-Dzhonson": {"ORG-borisjohnson", "PER-borisjonson"},
			"PER-Markus-Val": {"PER-markusval"}, "PER-Markus-Vil": {"PER-markusvil"}, "ORG-Markus-Wahl": {"ORG-markusvahl"},
			"PER-Mishel-Barne": {"PER-mishelbarne", "PER-mishelbarnie"},
		},
	}, {
		name: "gazetteer entries with different English names stay apart though they share a Russian one",
		locals: []Local{
			local("ORG-Council-of-Europe", "ORG", n("ru", "Совет Европы", 10)),
			local("ORG-European-Council", "ORG", n("ru", "Европейский совет", 10)),
		},
		want: map[string][]string{"ORG-Council-of-Europe": {"ORG-Council-of-Europe"}, "ORG-European-Council": {"ORG-European-Council"}},
	}, {
		name: "a surname that shares a key with an organisation does not bring a person to it",
		locals: []Local{
			local("ORG-United-Nations", "ORG", n("ru", "ООН", 2000)),
			local("PER-un", "PER", n("ru", "Ун", 2)),
			local("PER-semaun", "PER", n("ru", "Сёма Ун", 30)),
		},
		want: map[string][]string{"ORG-United-Nations": {"ORG-United-Nations", "PER-un"}, "PER-Sema-Un": {"PER-semaun"}},
	}, {
		name: "an acronym that is most of a name's mentions, a badly declined name, a plural kept as written, a soft surname",
		locals: []Local{
			local("ORG-mezhdunarodniolimpiskikomitet", "ORG", n("ru", "Международный олимпийский комитет", 270), n("ru", "МОК", 1040)),
			local("ORG-mok", "ORG", n("ru", "МОК", 740)),
			local("ORG-verhovnarada", "ORG", n("ru", "Верховная рада", 360)),
			local("ORG-verhovnirad", "ORG", n("ru", "Верховный рад", 310)),
			local("GPE-USA", "LOC", n("ru", "США", 900)),
			local("LOC-soedinenihshtatov", "LOC", n("ru", "Соединённых Штатов", 100)),
			local("PER-mihailsakashvili", "PER", n("ru", "Михаил Саакашвили", 30)),
			local("PER-sakashvil", "PER", n("ru", "Саакашвиль", 60)),
			local("LOC-niderlandov", "LOC", n("ru", "Нидерландов", 6)),
			local("LOC-niderlandah", "LOC", n("ru", "Нидерландах", 4)),
			local("LOC-palestina", "LOC", n("ru", "Палестина", 25)),
			local("LOC-palistina", "LOC", n("ru", "Палистина", 8)),
			local("GPE-Canada", "LOC", n("ru", "Канада", 80)),
			local("ORG-sbu", "ORG", n("ru", "СБУ", 275)),
			local("ORG-sluzhbabezopasnostiukraini", "ORG", n("ru", "Служба безопасности Украины", 30), n("ru", "СБУ", 131)),
			local("ORG-sluzhbabezpekiukraini", "ORG", n("uk", "Служба безпеки України", 10), n("uk", "СБУ", 30)),
			local("ORG-federalnebiurorasledovani", "ORG", n("ru", "Федеральное бюро расследований", 21), n("ru", "ФБР", 300)),
			local("ORG-federatsiabobsleiarosi", "ORG", n("ru", "Федерация бобслея России", 8), n("ru", "ФБР", 20)),
			local("ORG-fbr", "ORG", n("ru", "ФБР", 373)),
			local("ORG-tsru", "ORG", n("ru", "ЦРУ", 188)),
			local("ORG-tsentralnerazvedivatelneupravlenie", "ORG", n("ru", "Центральное разведывательное управление", 10), n("ru", "ЦРУ", 72)),
			local("ORG-tsentralniruporumalishenih", "ORG", n("ru", "Центральный рупор умалишенных", 1), n("ru", "ЦРУ", 8)),
			local("LOC-kenedi", "LOC", n("ru", "Кеннеди", 20)),
		},
		want: map[string][]string{
			"ORG-MOK":                 {"ORG-mezhdunarodniolimpiskikomitet", "ORG-mok"},
			"ORG-TSRU":                {"ORG-tsentralnerazvedivatelneupravlenie", "ORG-tsru"},
			"ORG-TSRU-2":              {"ORG-tsentralniruporumalishenih"},
			"ORG-Verkhovnaia-rada":    {"ORG-verhovnarada", "ORG-verhovnirad"},
			"GPE-USA":                 {"GPE-USA", "LOC-soedinenihshtatov"},
			"PER-Mikhail-Saakashvili": {"PER-mihailsakashvili", "PER-sakashvil"},
			"LOC-Niderlandov":         {"LOC-niderlandah", "LOC-niderlandov"},
			"LOC-Palestina":           {"LOC-palestina", "LOC-palistina"},
			"LOC-Kanada":              {"GPE-Canada"},
			"ORG-SBU":                 {"ORG-sbu", "ORG-sluzhbabezopasnostiukraini", "ORG-sluzhbabezpekiukraini"},
			"ORG-FBR":                 {"ORG-fbr", "ORG-federalnebiurorasledovani"},
			"ORG-FBR-2":               {"ORG-federatsiabobsleiarosi"},
			"LOC-Kennedi":             {"LOC-kenedi"},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			r := testRegistry()
			got := r.Cluster(tc.locals, tc.rules)
			if g := groups(got); !equalGroups(g, tc.want) {
				t.Errorf("groups\n got %v\nwant %v", g, tc.want)
			}
			for _, c := range got {
				if want, ok := tc.types[c.ID]; ok && c.Type != want {
					t.Errorf("%s: type %s (%v), want %s", c.ID, c.Type, c.Types, want)
				}
			}
			// The same locals in another order give the same entities.
			shuffled := slices.Clone(tc.locals)
			rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if g := groups(r.Cluster(shuffled, tc.rules)); !equalGroups(g, tc.want) {
				t.Errorf("shuffled: %v", g)
			}
		})
	}
}

func equalGroups(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

func TestGivenAgree(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"entoni", "antoni", true}, {"maik", "mike", false}, {"marina", "marion", false}, {"t", "tereza", true}, {"d", "tereza", false},
		{"ana", "nina", false}, {"asia", "azia", true}, {"ivan", "ivanka", false}, {"donald", "dmitri", false}, {"", "x", false},
	} {
		if got := givenAgree(translit.Key(tc.a), translit.Key(tc.b)); got != tc.want {
			t.Errorf("givenAgree(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

// TestBareHeadIsNoAlias: the bare head a document uses for its long name
// ("Договір" for "Ніццький договір", named by it most) does not draw the
// locals named only by that common word into it, while an acronym a
// local is named by most still does.
func TestBareHeadIsNoAlias(t *testing.T) {
	r := testRegistry()
	nice := local("PRO-Nitstskyi-dohovir", "PRO", n("uk", "Ніццький договір", 1), n("uk", "Договір", 12))
	bare := local("PRO-Dohovir", "PRO", n("uk", "Договір", 2))
	g := groups(r.Cluster([]Local{nice, bare}, Rules{}))
	if len(g) != 2 {
		t.Errorf("the bare head joined the long name: %v", g)
	}
	fund := local("ORG-Mizhnarodnyi-valiutnyi-fond", "ORG", n("uk", "Міжнародний валютний фонд", 1), n("uk", "МВФ", 12))
	acronym := local("ORG-MVF", "ORG", n("uk", "МВФ", 2))
	if g := groups(r.Cluster([]Local{fund, acronym}, Rules{})); len(g) != 1 {
		t.Errorf("the acronym did not join its expansion: %v", g)
	}
}

// TestBareHeadGivesWay: an entity mentioned mostly by a bare head is
// named by the name the head stands for.
func TestBareHeadGivesWay(t *testing.T) {
	cs := testRegistry().Cluster([]Local{local("PRO-rimskidohovir", "PRO", n("uk", "Римський договір", 1), n("uk", "Договір", 3))}, Rules{})
	if len(cs) != 1 || cs[0].Name != "Римський договір" || cs[0].ID != "PRO-Rymskyi-dohovir" {
		t.Errorf("got %+v, want the entity named Римський договір", cs)
	}
}

// mapDir is a Directory over a few entries, by exact name.
type mapDir map[string]Known

func (d mapDir) Find(name, _ string) (Known, bool) { k, ok := d[name]; return k, ok }

func TestClusterDemonymsAndSpellings(t *testing.T) {
	gb := Known{ID: "GPE-Great-Britain", Type: "LOC", Names: map[string][]string{"en": {"Great Britain"}, "ru": {"Великобритания", "Британия"}, "uk": {"Британія"}}}
	pk := Known{ID: "GPE-Pakistan", Type: "LOC", Names: map[string][]string{"en": {"Pakistan"}, "ru": {"Пакистан"}}}
	r := &Registry{Key: translit.Key, Dir: mapDir{"Британия": gb, "Британія": gb, "Пакистан": pk},
		Known: func(id string) (Known, bool) {
			k, ok := map[string]Known{gb.ID: gb, pk.ID: pk}[id]
			return k, ok
		}}
	locals := []Local{
		local("GPE-Great-Britain", "LOC", n("ru", "Великобритания", 40)),
		local("PER-britantsev", "PER", n("ru", "британцев", 3)),
		local("PER-brytantsi", "PER", n("uk", "британці", 2)),
		local("PER-pakistanets", "PER", n("ru", "пакистанец", 2)), // no Pakistan in the corpus: stays
		local("PER-ukrainets", "PER", n("ru", "Украинец", 2)),     // a capitalised surname: no demonym
		local("PER-salmantasir", "PER", n("ru", "Салман Тасир", 13)),
		local("PER-salmantazir", "PER", n("ru", "Салман Тазир", 2)),
		local("PER-asiabibi", "PER", n("ru", "Асия Биби", 200)),
		local("PER-aziabiba", "PER", n("uk", "Азія Біба", 6)),
		local("PER-annabobo", "PER", n("ru", "Анна Бобо", 6)), // another given name
		local("PER-ivanpetrov", "PER", n("ru", "Иван Петров", 5)),
		local("PER-ivanpotapov", "PER", n("ru", "Иван Потапов", 5)), // other consonants
		local("PER-muhamed", "PER", n("ru", "Мухаммед", 58)),
		local("PER-muhamad", "PER", n("ru", "Мухаммад", 5)),
		local("PER-franke", "PER", n("ru", "Франке", 3)), // short: a vowel apart is another name
		local("PER-franko", "PER", n("ru", "Франко", 3)),
	}
	got := groups(r.Cluster(locals, Rules{}))
	want := map[string][]string{
		"GPE-Great-Britain": {"GPE-Great-Britain", "PER-britantsev", "PER-brytantsi"},
		"PER-Pakistanets":   {"PER-pakistanets"},
		"PER-Ukrainets":     {"PER-ukrainets"},
		"PER-Salman-Tasir":  {"PER-salmantasir", "PER-salmantazir"},
		"PER-Asiia-Bibi":    {"PER-asiabibi", "PER-aziabiba"},
		"PER-Anna-Bobo":     {"PER-annabobo"},
		"PER-Ivan-Petrov":   {"PER-ivanpetrov"},
		"PER-Ivan-Potapov":  {"PER-ivanpotapov"},
		"PER-Mukhammed":     {"PER-muhamad", "PER-muhamed"},
		"PER-Franke":        {"PER-franke"},
		"PER-Franko":        {"PER-franko"},
	}
	for id, ms := range want {
		found := false
		for _, gm := range got {
			if slices.Equal(gm, ms) {
				found = true
			}
		}
		if !found {
			t.Errorf("no entity with members %v (want id %s); got %v", ms, id, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d entities, want %d: %v", len(got), len(want), got)
	}
}

func TestDemonymCountries(t *testing.T) {
	for w, want := range map[string]string{"британцев": "Британия", "пакистанцы": "Пакистан", "британців": "Британія",
		"россиян": "Россия", "украинцев": "Украина"} {
		if got := demonymCountries(w); !slices.Contains(got, want) {
			t.Errorf("demonymCountries(%q) = %v, want %q among them", w, got, want)
		}
	}
	for _, w := range []string{"Украинец", "немцы", "кот", "Брюссель"} {
		if got := demonymCountries(w); got != nil {
			t.Errorf("demonymCountries(%q) = %v, want none", w, got)
		}
	}
}

func TestWordTableAndTranslation(t *testing.T) {
	names := []map[string][]string{
		{"ru": {"Северная Корея"}, "uk": {"Північна Корея"}},
		{"ru": {"Северная Македония"}, "uk": {"Північна Македонія"}},
		{"ru": {"Большая группа"}, "uk": {"Велика група"}}, // once: not learnt
	}
	w := WordTable(names, translit.Key)
	if w["північна"] != "северная" || len(w) != 1 {
		t.Fatalf("WordTable = %v, want only північна → северная", w)
	}
	ni := Known{ID: "GPE-Northern-Ireland", Type: "LOC", Names: map[string][]string{"ru": {"Северная Ирландия"}}}
	r := &Registry{Key: translit.Key, Dir: mapDir{"Северная Ирландия": ni}, Words: func() Words { return w },
		Known: func(id string) (Known, bool) { return ni, id == ni.ID }}
	got := groups(r.Cluster([]Local{
		local("GPE-Northern-Ireland", "LOC", n("ru", "Северная Ирландия", 12)),
		local("LOC-pivnichnairlandia", "LOC", n("uk", "Північна Ірландія", 21)),
		local("LOC-pivnichnakorea", "LOC", n("uk", "Північна Корея", 2)),
		local("LOC-severnaiakorea", "LOC", n("ru", "Северная Корея", 3)),
	}, Rules{}))
	want := map[string][]string{
		"GPE-Northern-Ireland": {"GPE-Northern-Ireland", "LOC-pivnichnairlandia"},
		"LOC-Severnaia-Koreia": {"LOC-pivnichnakorea", "LOC-severnaiakorea"},
	}
	for id, ms := range want {
		found := false
		for _, gm := range got {
			found = found || slices.Equal(gm, ms)
		}
		if !found {
			t.Errorf("no entity with members %v (%s); got %v", ms, id, got)
		}
	}
}

func TestInstitutionKey(t *testing.T) {
	gb := Known{ID: "GPE-Great-Britain", Type: "LOC"}
	r := &Registry{Key: translit.Key, Dir: mapDir{"Великобритания": gb, "Британия": gb, "Британія": gb, "Соединенное Королевство": gb, "Велика Британія": gb}}
	want := r.institutionKey("МИД Великобритании", "ru")
	if want == "" {
		t.Fatal(`institutionKey("МИД Великобритании") = ""`)
	}
	for _, s := range []struct{ name, lang string }{{"МИД Британии", "ru"}, {"Министерство иностранных дел Великобритании", "ru"},
		{"МИД Соединенного Королевства", "ru"}, {"МЗС Британії", "uk"}, {"Міністерство закордонних справ Великої Британії", "uk"}} {
		if got := r.institutionKey(s.name, s.lang); got != want {
			t.Errorf("institutionKey(%q) = %q, want %q", s.name, got, want)
		}
	}
	for _, name := range []string{"Нафтогаз Великобритании", "МИД", "МИД Джереми", "Министерство обороны Великобритании"} {
		if got := r.institutionKey(name, "ru"); got == want {
			t.Errorf("institutionKey(%q) = %q, want another key", name, got)
		}
	}
}

func TestOwnerKey(t *testing.T) {
	ua := Known{ID: "GPE-Ukraine", Type: "LOC"}
	r := &Registry{Key: translit.Key, Dir: mapDir{"Украина": ua, "Україна": ua,
		"Нафтогаз": {ID: "ORG-Naftogaz", Type: "ORG"}, "Правительство": {ID: "ORG-Government", Type: "ORG"}}}
	for name, want := range map[string]string{
		"Нафтогаз Украины":      "id:ORG-Naftogaz",
		"Правительство Украины": "", // a bare institution: every country has one
		"Посольство Украины":    "", // not a name the gazetteer knows
		"Нафтогаз":              "", // no country
	} {
		if got := r.ownerKey(name, "ru"); got != want {
			t.Errorf("ownerKey(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestClubKeys: a store finds a club named with its kind by the key of its
// name, so that the place and the organisation of that name are clustered
// with it (homonyms need the club in the neighbourhood).
func TestClubKeys(t *testing.T) {
	r := testRegistry()
	ks := r.Keys(local("ORG-fkkrasnodar", "ORG", n("ru", "ФК «Краснодар»", 3)))
	if !slices.Contains(ks, translit.Key("Краснодар")) {
		t.Errorf("keys %v lack the club's name", ks)
	}
}

// TestJoinBare: a bare institution joins the one institution of a country
// the corpus names by it, and stays apart when there are two; a store
// finds the two by a shared key.
func TestJoinBare(t *testing.T) {
	gb := Known{ID: "GPE-Great-Britain", Type: "LOC"}
	ru := Known{ID: "GPE-Russia", Type: "LOC"}
	r := &Registry{Key: translit.Key, Dir: mapDir{"Великобритания": gb, "Россия": ru, "Пакистан": {ID: "GPE-Pakistan", Type: "LOC"}}}
	for _, tc := range []struct {
		name   string
		ruMID  int
		joined bool
	}{{"one candidate", 0, true}, {"two candidates", 2, false}} {
		locals := []Local{
			local("ORG-mid", "ORG", n("ru", "МИД", 40)),
			local("ORG-midvelikobritanii", "ORG", n("ru", "МИД Великобритании", 60)),
		}
		if tc.ruMID > 0 {
			locals = append(locals, local("ORG-midrossii", "ORG", n("ru", "МИД России", tc.ruMID)))
		}
		got := groups(r.Cluster(locals, Rules{}))
		joined := false
		for _, ms := range got {
			joined = joined || slices.Equal(ms, []string{"ORG-mid", "ORG-midvelikobritanii"})
		}
		if joined != tc.joined {
			t.Errorf("%s: got %v, joined %v, want %v", tc.name, got, joined, tc.joined)
		}
	}
	got := groups(r.Cluster([]Local{
		local("ORG-verhovnisud", "ORG", n("ru", "Верховный суд", 5)),
		local("ORG-verhovnisudpakistana", "ORG", n("ru", "Верховный суд Пакистана", 9)),
	}, Rules{}))
	if len(got) != 1 {
		t.Errorf("Верховный суд: got %v, want one entity", got)
	}
	bare := r.Keys(local("ORG-mid", "ORG", n("ru", "МИД", 4)))
	full := r.Keys(local("ORG-midvelikobritanii", "ORG", n("ru", "МИД Великобритании", 4)))
	if !slices.ContainsFunc(bare, func(k string) bool { return slices.Contains(full, k) && strings.HasPrefix(k, "inst:") }) {
		t.Errorf("keys %v and %v share no institution key", bare, full)
	}
}

// TestJoinPrefixes: a name cut short joins the one longer name of its type
// it begins, and stays apart with two, or when the longer name lacks more
// than two of its words.
func TestJoinPrefixes(t *testing.T) {
	r := testRegistry()
	got := groups(r.Cluster([]Local{
		local("ORG-tehrikelabaik", "ORG", n("ru", "Техрик-э-Лабаик", 13)),
		local("ORG-tehrikelabaikpakistan", "ORG", n("ru", "Техрик-э-Лабаик Пакистан", 30)),
		local("PRO-severnipotok", "PRO", n("ru", "Северный поток", 12)),
		local("PRO-severnipotok2", "PRO", n("ru", "Северный поток-2", 80)),
		local("PRO-severnipotok1", "PRO", n("ru", "Северный поток-1", 9)),
		local("ORG-evropeiskakomisia", "ORG", n("uk", "Європейська комісія", 3)),
		local("ORG-venetsianska", "ORG", n("uk", "Європейська комісія за демократію через право", 4)),
	}, Rules{}))
	want := [][]string{{"ORG-tehrikelabaik", "ORG-tehrikelabaikpakistan"}, {"PRO-severnipotok"}, {"ORG-evropeiskakomisia"}}
	for _, w := range want {
		if !slices.ContainsFunc(slices.Collect(maps.Values(got)), func(ms []string) bool { return slices.Equal(ms, w) }) {
			t.Errorf("no entity with members %v; got %v", w, got)
		}
	}
}

// TestExonymDuplicate: a gazetteer entry named by a name the exonyms give
// to another entry (a list's "Америка") is that entry.
func TestExonymDuplicate(t *testing.T) {
	known := map[string]Known{
		"GPE-USA":     testKnown["GPE-USA"],
		"GPE-Amerika": {ID: "GPE-Amerika", Type: "LOC", Names: map[string][]string{"en": {"Amerika"}, "ru": {"Америка"}}},
	}
	r := &Registry{Key: translit.Key, Known: func(id string) (Known, bool) { k, ok := known[id]; return k, ok }}
	got := groups(r.Cluster([]Local{
		local("GPE-USA", "LOC", n("ru", "США", 20)),
		local("GPE-Amerika", "LOC", n("ru", "Америка", 5)),
	}, Rules{}))
	if len(got) != 1 {
		t.Errorf("got %v, want one entity", got)
	}
}

// TestEndingKey: a one-word name meets the form the lemmatiser gave a
// vowel too many, when six letters or more are left.
func TestEndingKey(t *testing.T) {
	r := testRegistry()
	for _, tc := range []struct {
		a, b string
		same bool
	}{{"Пешавар", "Пешавара", true}, {"Грайфсвальд", "Грайфсвальде", true}, {"Мали", "Мал", false}, {"Северная Корея", "Северная Коре", false}} {
		ka, kb := r.endingKey(tc.a), r.endingKey(tc.b)
		if got := ka != "" && ka == kb; got != tc.same {
			t.Errorf("endingKey(%q) = %q, endingKey(%q) = %q; same %v, want %v", tc.a, ka, tc.b, kb, got, tc.same)
		}
	}
}

// TestCognateCase: a Russian name meets its Ukrainian translation when
// they differ in the cognate suffixes of their adjectives only.
func TestCognateCase(t *testing.T) {
	r := testRegistry()
	if a, b := r.caseKey("Демократическая партия"), r.caseKey("Демократична партія"); a == "" || a != b {
		t.Errorf("caseKey: %q and %q", a, b)
	}
	if a, b := r.caseKey("Республиканская партия"), r.caseKey("Демократична партія"); a == b {
		t.Errorf("caseKey: %q and %q, want apart", a, b)
	}
}

// TestLatinHeads: a Latin word joins the one Latin name of its type that
// ends in it, not a compound of two names; a store finds them by a key.
func TestLatinHeads(t *testing.T) {
	r := testRegistry()
	got := groups(r.Cluster([]Local{
		local("ORG-cockpit", "ORG", n("ru", "Cockpit", 10)),
		local("ORG-vereinigungcockpit", "ORG", n("ru", "Vereinigung Cockpit", 18)),
		local("ORG-klm", "ORG", n("ru", "KLM", 4)),
		local("ORG-airfranceklm", "ORG", n("ru", "Air France-KLM", 3)),
	}, Rules{}))
	want := [][]string{{"ORG-cockpit", "ORG-vereinigungcockpit"}, {"ORG-klm"}}
	for _, w := range want {
		if !slices.ContainsFunc(slices.Collect(maps.Values(got)), func(ms []string) bool { return slices.Equal(ms, w) }) {
			t.Errorf("no entity with members %v; got %v", w, got)
		}
	}
	a := r.Keys(local("ORG-cockpit", "ORG", n("ru", "Cockpit", 10)))
	b := r.Keys(local("ORG-vereinigungcockpit", "ORG", n("ru", "Vereinigung Cockpit", 18)))
	if !slices.ContainsFunc(a, func(k string) bool { return slices.Contains(b, k) }) {
		t.Errorf("keys %v and %v share none", a, b)
	}
	a = r.Keys(local("ORG-tehrikelabaik", "ORG", n("ru", "Техрик-э-Лабаик", 13)))
	b = r.Keys(local("ORG-tehrikelabaikpakistan", "ORG", n("ru", "Техрик-э-Лабаик Пакистан", 30)))
	if !slices.ContainsFunc(a, func(k string) bool { return slices.Contains(b, k) }) {
		t.Errorf("keys %v and %v share none", a, b)
	}
}

// TestVowelKeys: six-letter names share a key one inner vowel apart, not
// one final vowel apart.
func TestVowelKeys(t *testing.T) {
	r := testRegistry()
	share := func(a, b string) bool {
		ka := r.vowelKeys(a, 6)
		return slices.ContainsFunc(r.vowelKeys(b, 6), func(k string) bool { return slices.Contains(ka, k) })
	}
	if !share("Пенджаб", "Панджаб") {
		t.Error("Пенджаб and Панджаб share no key")
	}
	if share("Франке", "Франко") {
		t.Error("Франке and Франко share a key")
	}
	if len(r.vowelKeys("Иванов", 7)) > 0 {
		t.Error("a six-letter name has keys at least 7")
	}
}

// TestKnownAliases: a local named by a gazetteer entry's other name of
// several words joins the entry within its type; a person's aliases do not
// draw locals so.
func TestKnownAliases(t *testing.T) {
	known := map[string]Known{
		"ORG-European-Union": {ID: "ORG-European-Union", Type: "ORG", Names: map[string][]string{
			"en": {"European Union"}, "uk": {"ЄС", "Європейський Союз"}}},
		"PER-Donald-Trump": testKnown["PER-Donald-Trump"],
	}
	r := &Registry{Key: translit.Key, Known: func(id string) (Known, bool) { k, ok := known[id]; return k, ok }}
	got := groups(r.Cluster([]Local{
		local("ORG-European-Union", "ORG", n("uk", "ЄС", 40)),
		local("ORG-yevropeiskyisoiuz", "ORG", n("uk", "Європейський Союз", 4)),
		local("PER-Donald-Trump", "PER", n("ru", "Дональд Трамп", 40)),
		local("PER-tmei", "PER", n("uk", "Т.Мей", 2)),
	}, Rules{}))
	want := [][]string{{"ORG-European-Union", "ORG-yevropeiskyisoiuz"}, {"PER-tmei"}}
	for _, w := range want {
		if !slices.ContainsFunc(slices.Collect(maps.Values(got)), func(ms []string) bool { return slices.Equal(ms, w) }) {
			t.Errorf("no entity with members %v; got %v", w, got)
		}
	}
}
