package morph

import (
	"testing"
)

func TestStatsTmp(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, lx := range []*lexicon{a.ru, a.uk} {
		t.Logf("rules %d sets %d valBits %d buckets %d slots %d guesses %d", len(lx.rules), len(lx.sets), lx.table.valBits, lx.table.buckets(), lx.table.nslots, len(lx.guesses))
	}
	for _, w := range []string{"Биби", "Обама", "Гренелл", "Блинкеном", "Байденом", "Цзиньпином", "Ыном", "Йонгом", "Ёлю", "Роснефти", "Юлию", "Госдепа", "Нидерландов", "Индо-Тихоокеанском", "Сан-Франциско", "Франкфурте-на-Майне", "Азию-Биби", "«Газпрома»", "США", "Захаровой"} {
		t.Logf("ru %s -> %v", w, a.Analyses(w, "ru"))
	}
	for _, w := range []string{"Ина", "Мей", "Сінгх", "Камікава", "Шойгу", "Сочі", "Путіним", "Путіна", "Кремлі", "Кневичі", "Білорусі", "Києві", "Львова", "Мінська", "Білого", "США", "НАТО"} {
		t.Logf("uk %s -> %v", w, a.Analyses(w, "uk"))
	}
}
