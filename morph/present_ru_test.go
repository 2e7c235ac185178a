package morph

import "testing"

// TestPresentVerbRU checks that present, future and imperative forms the
// Russian dictionary lists as separate words come back to their verbs, and
// that words that are no verb forms do not.
func TestPresentVerbRU(t *testing.T) {
	a := mustLoad(t)
	lx := a.ru
	for form, want := range map[string]string{
		"идет":     "идти",
		"идут":     "идти",
		"хочет":    "хотеть",
		"начну":    "начать",
		"дремлют":  "дремать",
		"скажи":    "сказать",
		"скажите":  "сказать",
		"услышьте": "услышать",
		"растет":   "расти",
		"поют":     "петь",
		"возьму":   "взять",
		"разобьют": "разбить",
		"вызовет":  "вызвать",
		"зови":     "звать",
		"зажжем":   "зажечь",
	} {
		got, ok := lx.presentVerb(form, lx.lookup(form))
		if !ok || got != want {
			t.Errorf("presentVerb(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, form := range []string{"стол", "домой", "после", "потом", "окно", "красивая", "ночь", "речь", "мышь"} {
		if got, ok := lx.presentVerb(form, lx.lookup(form)); ok {
			t.Errorf("presentVerb(%q) = %q, want none", form, got)
		}
	}
}

// TestPastVerbRU checks the past forms of -нуть verbs that the build took
// for nouns (затих, затихла: затихнуть), and that a true noun stays one.
func TestPastVerbRU(t *testing.T) {
	lx := mustLoad(t).ru
	for form, want := range map[string]string{"затих": "затихнуть", "исчезла": "исчезнуть", "сдох": "сдохнуть"} {
		if got, ok := lx.pastVerb(form, lx.lookup(form)); !ok || got != want {
			t.Errorf("pastVerb(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, form := range []string{"крик", "стол"} {
		if got, ok := lx.pastVerb(form, lx.lookup(form)); ok {
			t.Errorf("pastVerb(%q) = %q, want none", form, got)
		}
	}
	// A one-letter prefix before a whole irregular stem (as if the
	// dictionary lacked the form).
	for form, want := range map[string]string{"ушла": "уйти", "унесла": "унести", "могла": "мочь", "умерла": "умереть", "выросло": "вырасти"} {
		if got, ok := lx.pastVerb(form, nil); !ok || got != want {
			t.Errorf("pastVerb(%q, nil) = %q, %v; want %q", form, got, ok, want)
		}
	}
}

// TestNounStemsRU checks Russian nouns whose stem changes: oblique cases
// of a fleeting-vowel stem listed as separate words (льду: лед), plurals
// listed as lemmas (перья: перо); plural-only nouns stay as they are.
func TestNounStemsRU(t *testing.T) {
	lx := mustLoad(t).ru
	for form, want := range map[string]string{"льду": "лед", "сна": "сон", "лбу": "лоб"} {
		if got, ok := lx.nounOfRU(form, lx.lookup(form)); !ok || got != want {
			t.Errorf("nounOfRU(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for l, want := range map[string]string{"перья": "перо", "деревья": "дерево", "листья": "лист", "углы": "угол", "ветры": "ветер", "ковры": "ковер"} {
		if got, ok := lx.singularRU(l); !ok || got != want {
			t.Errorf("singularRU(%q) = %q, %v; want %q", l, got, ok, want)
		}
	}
	for _, l := range []string{"статья", "сутки", "ножны", "брюки", "деньги", "саночки", "портки"} {
		if got, ok := lx.singularRU(l); ok {
			t.Errorf("singularRU(%q) = %q, want none", l, got)
		}
	}
}
