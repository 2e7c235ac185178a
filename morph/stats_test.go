package morph

import (
	"testing"
)

func TestStatsTmp(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Джо", "Российской", "Индо-Тихоокеанском", "Си", "Ким", "Чен"} {
		t.Logf("ru %s -> %v", w, a.Analyses(w, "ru"))
	}
	for _, w := range []string{"Російською", "Білого", "Джо", "Кім", "Чен"} {
		t.Logf("uk %s -> %v", w, a.Analyses(w, "uk"))
	}
}
