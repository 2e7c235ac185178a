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
	} {
		got, ok := lx.presentVerb(form, lx.lookup(form))
		if !ok || got != want {
			t.Errorf("presentVerb(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, form := range []string{"стол", "домой", "после", "потом", "окно", "красивая"} {
		if got, ok := lx.presentVerb(form, lx.lookup(form)); ok {
			t.Errorf("presentVerb(%q) = %q, want none", form, got)
		}
	}
}
