package morph

import "testing"

func TestOrdinalRU(t *testing.T) {
	for _, tc := range []struct {
		form, want string
		ok         bool
	}{
		{"11-е", "11-й", true},
		{"14-го", "14-й", true},
		{"1930-х", "1930-й", true},
		{"5-я", "5-й", true},
		{"293-м", "293-й", true},
		{"90-ые", "90-й", true},
		{"24-сильный", "", false},
		{"а-я", "", false},
		{"-е", "", false},
		{"12", "", false},
	} {
		if got, ok := ordinalRU(tc.form); got != tc.want || ok != tc.ok {
			t.Errorf("ordinalRU(%q) = %q, %v; want %q, %v", tc.form, got, ok, tc.want, tc.ok)
		}
	}
}

func TestNameClassesRU(t *testing.T) {
	for w, want := range map[string]bool{"Борисов": true, "Зайцев": true, "Пушкин": true, "Горбачёв": true, "Борисова": false, "Лев": false, "ООНОВ": false, "Smirnov": false} {
		if got := surnameRU(w, foldKey(w)); got != want {
			t.Errorf("surnameRU(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Верчелли": true, "Бовари": true, "Нани": true, "Дзодзуашвили": true, "Тюрингии": false, "Мопертюи": false, "Дзенки": false, "Юли": false, "верчелли": false, "Иван": false} {
		if got := foreignNameRU(w); got != want {
			t.Errorf("foreignNameRU(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"по-английски": true, "по-моему": true, "по-прежнему": true, "по-своему": true, "по-видимому": true, "по-русски": true, "по-де": false, "по-над": false, "по-английский": false, "полк": false} {
		if got := isPoAdverbRU(w); got != want {
			t.Errorf("isPoAdverbRU(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRussianLemmaClasses checks lemmas in a sentence for the classes that
// rules decide whatever the classifier chooses: ordinals in digits, words
// in capitals and with a letter drawn out, genitive plurals the dictionary
// reads as verbs, по- adverbs.
func TestRussianLemmaClasses(t *testing.T) {
	a := mustLoad(t)
	for _, tc := range []struct {
		words []string
		i     int
		want  string
	}{
		{[]string{"В", "1930-х", "годах"}, 1, "1930-й"},
		{[]string{"на", "14-м", "этаже"}, 1, "14-й"},
		{[]string{"и", "все", "опять", "садятся", "ОРЛАМИ"}, 4, "орел"},
		{[]string{"Спасиииибо", ",", "дорогая"}, 0, "спасибо"},
		{[]string{"Поздравляяяем", "куколку"}, 0, "поздравлять"},
		{[]string{"он", "говорит", "по-английски"}, 2, "по-английски"},
		{[]string{"При", "создании", "правил", "орфографии"}, 2, "правило"},
		{[]string{"автор", "научных", "статей"}, 2, "статья"},
		{[]string{"МИД", "России"}, 0, "мид"},
	} {
		got := a.LemmaSentence(tc.words, "ru", nil)[tc.i].Lemma
		if !SameLemma(got, tc.want) {
			t.Errorf("%v: lemma of %q = %q, want %q", tc.words, tc.words[tc.i], got, tc.want)
		}
	}
}
