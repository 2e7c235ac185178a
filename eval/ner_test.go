package eval

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

// doc builds a one-document gold or system map from (form, base, type, id)
// quadruples.
func doc(tb testing.TB, lang string, ms ...[4]string) map[string]Doc {
	tb.Helper()
	d := Doc{Topic: "t", ID: "d1", Lang: lang}
	for _, m := range ms {
		d.Mentions = append(d.Mentions, Mention{Form: m[0], Base: m[1], Type: m[2], ID: m[3]})
	}
	return map[string]Doc{d.Key(): d}
}

// scores is the part of a LangReport the table tests pin.
type scores struct {
	Partial, Exact, Strict PRF
	Base                   Accuracy
	PerPER, PerLOC, PerORG PRF
}

func scoresOf(r LangReport) scores {
	return scores{
		Partial: r.RelaxedPartial, Exact: r.RelaxedExact, Strict: r.Strict, Base: r.BaseForms,
		PerPER: r.PerType["PER"], PerLOC: r.PerType["LOC"], PerORG: r.PerType["ORG"],
	}
}

func TestScoreNER(t *testing.T) {
	third := 1.0 / 3
	tests := []struct {
		name      string
		gold, sys map[string]Doc
		want      scores
	}{{
		// Gold: PER-Merkel with forms "angela merkel" and "merkel",
		// GPE-Berlin "berlin". System: merkel/PER, berlin/ORG,
		// bundestag/ORG. Relaxed (per entity and type): PER-Merkel found
		// by "merkel"; Berlin not (wrong type); berlin/ORG and
		// bundestag/ORG match nothing → 2 false positives. P = 1/3,
		// R = 1/2. Strict: (form, type) pairs, 1 of 3 on each side.
		// Base: merkel found, base equal → 1/1.
		name: "entities and types",
		gold: doc(t, "ru", [4]string{"Angela Merkel", "Angela Merkel", "PER", "PER-Merkel"},
			[4]string{"Merkel", "Merkel", "PER", "PER-Merkel"}, [4]string{"Berlin", "Berlin", "LOC", "GPE-Berlin"}),
		sys: doc(t, "ru", [4]string{"Merkel", "merkel", "PER", "s1"}, [4]string{"Berlin", "Berlin", "ORG", "s2"},
			[4]string{"Bundestag", "Bundestag", "ORG", "s3"}),
		want: scores{
			Partial: PRF{P: third, R: 0.5, F1: 0.4, Gold: 2, System: 3, MatchedGold: 1, MatchedSystem: 1},
			Exact:   PRF{P: third, R: 0.5, F1: 0.4, Gold: 2, System: 3, MatchedGold: 1, MatchedSystem: 1},
			Strict:  PRF{P: third, R: third, F1: third, Gold: 3, System: 3, MatchedGold: 1, MatchedSystem: 1},
			Base:    Accuracy{Accuracy: 1, Correct: 1, Total: 1},
			PerPER:  PRF{P: 1, R: 1, F1: 1, Gold: 1, System: 1, MatchedGold: 1, MatchedSystem: 1},
			PerLOC:  PRF{Gold: 1},
			PerORG:  PRF{System: 2},
		},
	}, {
		// One form under two types: "Brexit"/EVT finds the event;
		// "brexit"/PRO matches no gold product → P = 1/2, R = 1, in every
		// mode.
		name: "form under two types",
		gold: doc(t, "uk", [4]string{"Brexit", "Brexit", "EVT", "EVT-Brexit"}),
		sys:  doc(t, "uk", [4]string{"Brexit", "Brexit", "EVT", ""}, [4]string{"brexit", "brexit", "PRO", ""}),
		want: scores{
			Partial: PRF{P: 0.5, R: 1, F1: 2.0 / 3, Gold: 1, System: 2, MatchedGold: 1, MatchedSystem: 1},
			Exact:   PRF{P: 0.5, R: 1, F1: 2.0 / 3, Gold: 1, System: 2, MatchedGold: 1, MatchedSystem: 1},
			Strict:  PRF{P: 0.5, R: 1, F1: 2.0 / 3, Gold: 1, System: 2, MatchedGold: 1, MatchedSystem: 1},
			Base:    Accuracy{Accuracy: 1, Correct: 1, Total: 1},
		},
	}, {
		// Partial is substring containment either way: "рос" in "россия",
		// "франциско" in "сан-франциско"; "theresa" and "may" both find
		// PER-May, which counts once and costs nothing twice. Nothing is
		// exact: 0 found, 4 unmatched system forms, 3 entities.
		name: "substrings and one entity found twice",
		gold: doc(t, "ru", [4]string{"Россия", "Россия", "LOC", "GPE-Russia"},
			[4]string{"Сан-Франциско", "Сан-Франциско", "LOC", "GPE-SF"}, [4]string{"Theresa May", "Theresa May", "PER", "PER-May"}),
		sys: doc(t, "ru", [4]string{"Рос", "", "LOC", ""}, [4]string{"Франциско", "", "LOC", ""},
			[4]string{"Theresa", "", "PER", ""}, [4]string{"May", "", "PER", ""}),
		want: scores{
			Partial: PRF{P: 1, R: 1, F1: 1, Gold: 3, System: 3, MatchedGold: 3, MatchedSystem: 3},
			Exact:   PRF{Gold: 3, System: 4},
			Strict:  PRF{Gold: 3, System: 4},
			PerPER:  PRF{P: 1, R: 1, F1: 1, Gold: 1, System: 1, MatchedGold: 1, MatchedSystem: 1},
			PerLOC:  PRF{P: 1, R: 1, F1: 1, Gold: 2, System: 2, MatchedGold: 2, MatchedSystem: 2},
		},
	}, {
		// An entity without id is keyed by its base form: "Мэй" and
		// "Терезы Мэй" share the base "Тереза Мэй" and are one entity; the
		// system found only "Мэй" → R = 1 relaxed, 1/2 strict.
		name: "entity by base form",
		gold: doc(t, "ru", [4]string{"Мэй", "Тереза Мэй", "PER", ""}, [4]string{"Терезы Мэй", "Тереза Мэй", "PER", ""}),
		sys:  doc(t, "ru", [4]string{"Мэй", "Мэй", "PER", ""}),
		want: scores{
			Partial: PRF{P: 1, R: 1, F1: 1, Gold: 1, System: 1, MatchedGold: 1, MatchedSystem: 1},
			Exact:   PRF{P: 1, R: 1, F1: 1, Gold: 1, System: 1, MatchedGold: 1, MatchedSystem: 1},
			Strict:  PRF{P: 1, R: 0.5, F1: 2.0 / 3, Gold: 2, System: 1, MatchedGold: 1, MatchedSystem: 1},
			Base:    Accuracy{Correct: 0, Total: 1},
			PerPER:  PRF{P: 1, R: 1, F1: 1, Gold: 1, System: 1, MatchedGold: 1, MatchedSystem: 1},
		},
	}, {
		// Case, spacing and apostrophes do not matter; the base form does:
		// "Путіна" is not "Путін" → base 1 of 2 (the other base differs
		// only in case and apostrophe).
		name: "normalisation and base forms",
		gold: doc(t, "uk", [4]string{"Путіним", "Путін", "PER", "PER-Putin"}, [4]string{"Об’єднане  королівство", "Об’єднане королівство", "LOC", "GPE-UK"}),
		sys:  doc(t, "uk", [4]string{"путіним", "Путіна", "PER", "x"}, [4]string{"ОБ'ЄДНАНЕ королівство", "об'єднане королівство", "LOC", "y"}),
		want: scores{
			Partial: PRF{P: 1, R: 1, F1: 1, Gold: 2, System: 2, MatchedGold: 2, MatchedSystem: 2},
			Exact:   PRF{P: 1, R: 1, F1: 1, Gold: 2, System: 2, MatchedGold: 2, MatchedSystem: 2},
			Strict:  PRF{P: 1, R: 1, F1: 1, Gold: 2, System: 2, MatchedGold: 2, MatchedSystem: 2},
			Base:    Accuracy{Accuracy: 0.5, Correct: 1, Total: 2},
			PerPER:  PRF{P: 1, R: 1, F1: 1, Gold: 1, System: 1, MatchedGold: 1, MatchedSystem: 1},
			PerLOC:  PRF{P: 1, R: 1, F1: 1, Gold: 1, System: 1, MatchedGold: 1, MatchedSystem: 1},
		},
	}, {
		// A gold document the system did not return: nothing found.
		name: "missing system document",
		gold: doc(t, "ru", [4]string{"НАТО", "НАТО", "ORG", "ORG-NATO"}),
		sys:  map[string]Doc{},
		want: scores{
			Partial: PRF{Gold: 1}, Exact: PRF{Gold: 1}, Strict: PRF{Gold: 1}, PerORG: PRF{Gold: 1},
		},
	}, {
		// BSNLP 2017 gold types events and products MISC: the system's EVT
		// and PRO count as MISC there.
		name: "misc topic",
		gold: doc(t, "ru", [4]string{"брексит", "брексит", "MISC", "1"}, [4]string{"газпром", "газпром", "ORG", "2"}),
		sys:  doc(t, "ru", [4]string{"Брексит", "Брексит", "EVT", ""}, [4]string{"Газпром", "Газпром", "PRO", ""}),
		want: scores{
			Partial: PRF{P: 0.5, R: 0.5, F1: 0.5, Gold: 2, System: 2, MatchedGold: 1, MatchedSystem: 1},
			Exact:   PRF{P: 0.5, R: 0.5, F1: 0.5, Gold: 2, System: 2, MatchedGold: 1, MatchedSystem: 1},
			Strict:  PRF{P: 0.5, R: 0.5, F1: 0.5, Gold: 2, System: 2, MatchedGold: 1, MatchedSystem: 1},
			Base:    Accuracy{Accuracy: 1, Correct: 1, Total: 1},
			PerORG:  PRF{Gold: 1},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := ScoreNER(tt.gold, tt.sys)
			for _, lang := range []string{"all", langOf(t, tt.gold)} {
				got := roundScores(scoresOf(rep.Languages[lang]))
				if want := roundScores(tt.want); !reflect.DeepEqual(got, want) {
					t.Errorf("%s:\n got %+v\nwant %+v", lang, got, want)
				}
			}
		})
	}
}

func langOf(tb testing.TB, docs map[string]Doc) string {
	tb.Helper()
	for _, d := range docs {
		return d.Lang
	}
	tb.Fatal("no documents")
	return ""
}

func roundScores(s scores) scores {
	r := func(p PRF) PRF {
		for _, f := range []*float64{&p.P, &p.R, &p.F1} {
			*f = math.Round(*f*1e9) / 1e9
		}
		return p
	}
	s.Partial, s.Exact, s.Strict = r(s.Partial), r(s.Exact), r(s.Strict)
	s.PerPER, s.PerLOC, s.PerORG = r(s.PerPER), r(s.PerLOC), r(s.PerORG)
	return s
}

// TestNERReportJSON pins the key layout the CLI prints.
func TestNERReportJSON(t *testing.T) {
	g := doc(t, "ru", [4]string{"НАТО", "НАТО", "ORG", "ORG-NATO"})
	b, err := json.Marshal(ScoreNER(g, g))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Languages map[string]map[string]json.RawMessage `json:"languages"`
		Linking   map[string]float64                    `json:"linking"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ru", "all"} {
		for _, k := range []string{"documents", "relaxed_partial", "relaxed_exact", "strict", "per_type", "base_form_accuracy"} {
			if _, ok := v.Languages[lang][k]; !ok {
				t.Errorf("languages.%s.%s missing in %s", lang, k, b)
			}
		}
	}
	var pt map[string]map[string]float64
	if err := json.Unmarshal(v.Languages["all"]["per_type"], &pt); err != nil {
		t.Fatal(err)
	}
	for _, typ := range Types {
		if _, ok := pt[typ]["f1"]; !ok {
			t.Errorf("per_type.%s.f1 missing", typ)
		}
	}
	if v.Linking["f1"] != 1 || v.Linking["p"] != 1 || v.Linking["r"] != 1 {
		t.Errorf("linking = %v, want 1", v.Linking)
	}
}
