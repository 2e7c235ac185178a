package morph

import "testing"

func TestParticipleRU(t *testing.T) {
	for w, want := range map[string]bool{
		"захваченный": true, "читающий": true, "видимый": true, "взятый": true, "раненый": true,
		"нёсший": true, "прочитавший": true, "отличающийся": true,
		"длинный": false, "именной": false, "красный": false, "хороший": false, "живой": false,
	} {
		if got := participleRU(w); got != want {
			t.Errorf("participleRU(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"длинная": false, "красные": false, "захваченные": true, "идут": true, "стих": true} {
		if got := participleFormRU(w); got != want {
			t.Errorf("participleFormRU(%q) = %v, want %v", w, got, want)
		}
	}
}
