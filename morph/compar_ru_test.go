package morph

import "testing"

// TestComparativeRU checks that Russian comparatives come back to their
// adjectives and adverbs, and that other words do not.
func TestComparativeRU(t *testing.T) {
	lx := mustLoad(t).ru
	for form, want := range map[string]string{
		"крупнее": "крупный", "покрупнее": "крупный", "помельче": "мелкий", "ниже": "низкий", "ближе": "близкий",
		"чище": "чистый", "ярче": "яркий", "выше": "высокий", "быстрее": "быстрый", "бодрей": "бодрый",
		"дороже": "дорогой", "тише": "тихий", "круче": "крутой",
	} {
		if got, ok := lx.comparativeRU(form); !ok || got != want {
			t.Errorf("comparativeRU(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, form := range []string{"поле", "море", "мне", "после", "тебе", "ее", "более"} {
		if got, ok := lx.comparativeRU(form); ok {
			t.Errorf("comparativeRU(%q) = %q, want none", form, got)
		}
	}
	for adj, want := range map[string]string{"яркий": "ярко", "быстрый": "быстро", "высокий": "высоко"} {
		if got, ok := lx.adverbOfRU(adj); !ok || got != want {
			t.Errorf("adverbOfRU(%q) = %q, %v; want %q", adj, got, ok, want)
		}
	}
}
