package morph

import "testing"

// TestSpellingsRU checks the Russian spellings read through the ordinary
// ones: -ье for -ие, old and careless verb endings.
func TestSpellingsRU(t *testing.T) {
	lx := mustLoad(t).ru
	for form, want := range map[string]string{"растенья": "растения", "знаньем": "знанием", "расстояньи": "расстоянии", "собранье": "собрание"} {
		if got, ok := lx.ieSpellingRU(form); !ok || got != want {
			t.Errorf("ieSpellingRU(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, form := range []string{"стулья", "бьет", "ья"} {
		if got, ok := lx.ieSpellingRU(form); ok {
			t.Errorf("ieSpellingRU(%q) = %q, want none", form, got)
		}
	}
	if got := ieLemmaRU("растение"); got != "растенье" {
		t.Errorf("ieLemmaRU(растение) = %q", got)
	}
	for form, want := range map[string]string{"собиралися": "собирались", "справяться": "справятся"} {
		if got, ok := lx.verbSpellingRU(form); !ok || got != want {
			t.Errorf("verbSpellingRU(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	if got, ok := lx.verbSpellingRU("кися"); ok {
		t.Errorf("verbSpellingRU(кися) = %q, want none", got)
	}
}

// TestClosedWordsRU checks abbreviations, indefinite pronouns and
// reflexive imperatives.
func TestClosedWordsRU(t *testing.T) {
	lx := mustLoad(t).ru
	for _, tc := range []struct {
		form   string
		dotted bool
		want   string
	}{
		{"руб", false, "рубль"}, {"пт", false, "пятница"}, {"тыс", true, "тысяча"}, {"др", true, "другой"},
		{"др", false, ""}, {"гг", false, ""}, {"гг", true, "год"}, {"мин", true, ""}, {"тел", true, ""},
	} {
		got, ok := lx.abbrLemmaRU(tc.form, tc.dotted, lx.lookup(tc.form))
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("abbrLemmaRU(%q, %v) = %q, %v; want %q", tc.form, tc.dotted, got, ok, tc.want)
		}
	}
	for form, want := range map[string]string{
		"кого-то": "кто-то", "чем-нибудь": "что-нибудь", "какие-либо": "какой-либо", "кое-чем": "кое-что",
		"когда-то": "когда-то", "чьи-то": "чей-то", "кое-какие": "кое-какой", "из-за": "", "красные-то": "", "-то": "",
	} {
		got, ok := lx.indefiniteRU(form)
		if got != want || ok != (want != "") {
			t.Errorf("indefiniteRU(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, tc := range []struct {
		form, l string
		want    bool
	}{
		{"поднимись", "поднимись", true}, {"поднимитесь", "поднимись", true}, {"соберитесь", "соберись", true},
		{"скажи", "скажи", false}, {"бился", "бился", false},
	} {
		if got := reflImperative(tc.form, tc.l); got != tc.want {
			t.Errorf("reflImperative(%q, %q) = %v, want %v", tc.form, tc.l, got, tc.want)
		}
	}
}

// TestLemmaSentenceRound5RU checks the round's rules in context.
func TestLemmaSentenceRound5RU(t *testing.T) {
	a := mustLoad(t)
	for _, tc := range []struct {
		words, want []string
	}{
		{[]string{"Отдых", "#дети", "#облака", "#рыбалка"}, []string{"отдых", "#дети", "#облака", "#рыбалка"}},
		{[]string{"Бегут", "растенья", "от", "тебя"}, []string{"бежать", "растенье", "от", "ты"}},
		{[]string{"Его", "уши", "краснели", "."}, []string{"его", "ухо", "краснеть", "."}},
		{[]string{"Привет", ",", "ребята", "!"}, []string{"привет", ",", "ребята", "!"}},
		{[]string{"Цена", "118", "руб", "."}, []string{"цена", "118", "рубль", "."}},
		{[]string{"У", "кого-то", "есть", "плакат", "."}, []string{"у", "кто-то", "быть", "плакат", "."}},
	} {
		got := a.LemmaSentence(tc.words, "ru", nil)
		for i, w := range tc.want {
			if !SameLemma(got[i].Lemma, w) {
				t.Errorf("%v: %q -> %q, want %q", tc.words, tc.words[i], got[i].Lemma, w)
			}
		}
	}
	if !inTagRun([]string{"#a", "#b"}, 0) || inTagRun([]string{"по", "#Вьетнаму", "на"}, 1) || inTagRun([]string{"#", "#"}, 0) {
		t.Error("inTagRun")
	}
}
