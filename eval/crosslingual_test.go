package eval

import "testing"

func TestScoreCrossLingual(t *testing.T) {
	m := func(form, id string) Mention { return Mention{Form: form, Base: form, Type: "PER", ID: id} }
	gold := map[string]Doc{
		"t/ru/1": {Lang: "ru", Mentions: []Mention{m("Трамп", "PER-Trump"), m("Мэй", "PER-May"), m("Путин", "PER-Putin")}},
		"t/uk/2": {Lang: "uk", Mentions: []Mention{m("Трамп", "PER-Trump"), m("Мей", "PER-May")}},
	}
	for _, tc := range []struct {
		name                string
		sys                 map[string]Doc
		f1                  float64
		falseM, missed, rec int
	}{{
		name: "perfect",
		sys: map[string]Doc{
			"t/ru/1": {Mentions: []Mention{m("трамп", "a"), m("Мэй", "b"), {Form: "Путин", Type: "LOC", ID: "c"}}},
			"t/uk/2": {Mentions: []Mention{m("Трамп", "a"), m("Мей", "b")}},
		},
		f1: 1, rec: 5,
	}, {
		name: "one false merge, one missed merge, one mention not recognised",
		sys: map[string]Doc{
			"t/ru/1": {Mentions: []Mention{m("Трамп", "a"), m("Мэй", "a")}},
			"t/uk/2": {Mentions: []Mention{m("Трамп", "a"), m("Мей", "d")}},
		},
		falseM: 2, missed: 1, rec: 4,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			r := ScoreCrossLingual(gold, tc.sys)
			if tc.f1 != 0 && r.F1 != tc.f1 {
				t.Errorf("F1 = %v, want %v (%+v)", r.F1, tc.f1, r)
			}
			if r.FalseMerges != tc.falseM || r.MissedMerges != tc.missed || r.Recognised != tc.rec {
				t.Errorf("false %d missed %d recognised %d, want %d %d %d", r.FalseMerges, r.MissedMerges, r.Recognised, tc.falseM, tc.missed, tc.rec)
			}
		})
	}
}

// TestScoreCrossLingualTopics: links are scored within a topic; a numeric
// gold id that repeats in another topic (BSNLP 2017) is another entity.
func TestScoreCrossLingualTopics(t *testing.T) {
	m := func(form, id string) Mention { return Mention{Form: form, Base: form, Type: "PER", ID: id} }
	gold := map[string]Doc{
		"ec/ru/1":    {Lang: "ru", Mentions: []Mention{m("Юнкер", "1")}},
		"ec/uk/2":    {Lang: "uk", Mentions: []Mention{m("Юнкер", "1")}},
		"trump/ru/1": {Lang: "ru", Mentions: []Mention{m("Трамп", "1")}},
		"trump/uk/2": {Lang: "uk", Mentions: []Mention{m("Трамп", "1")}},
	}
	sys := map[string]Doc{
		"ec/ru/1":    {Mentions: []Mention{m("Юнкер", "PER-Juncker")}},
		"ec/uk/2":    {Mentions: []Mention{m("Юнкер", "PER-Juncker")}},
		"trump/ru/1": {Mentions: []Mention{m("Трамп", "PER-Trump")}},
		"trump/uk/2": {Mentions: []Mention{m("Трамп", "PER-Trump")}},
	}
	r := ScoreCrossLingual(gold, sys)
	if r.F1 != 1 || r.FalseMerges != 0 || r.MissedMerges != 0 || len(r.Topics) != 2 || r.Topics["ec"].F1 != 1 {
		t.Errorf("%+v", r)
	}
}
