package translit

import "testing"

var benchNames = []string{"Ким Чен Ын", "Кім Чен Ин", "Энтони Блинкен", "Володимир Путін", "Сергій Шойгу", "Юн Сок Ёль", "Kim Jong Un", "Российская Федерация"}

func BenchmarkKey(b *testing.B) {
	for b.Loop() {
		for _, s := range benchNames {
			Key(s)
		}
	}
}

func BenchmarkLatin(b *testing.B) {
	for b.Loop() {
		for _, s := range benchNames {
			Latin(s, "uk")
		}
	}
}
