package translit

import "testing"

func TestLatin(t *testing.T) {
	tests := []struct{ in, lang, want string }{
		// Ukrainian 2010 (examples of resolution 55).
		{"Згорани", "uk", "Zghorany"},
		{"Розгон", "uk", "Rozghon"},
		{"Гаврилів", "uk", "Havryliv"},
		{"Ґалаґан", "uk", "Galagan"},
		{"Єнакієве", "uk", "Yenakiieve"},
		{"Їжакевич", "uk", "Yizhakevych"},
		{"Кадиївка", "uk", "Kadyivka"},
		{"Йосипівка", "uk", "Yosypivka"},
		{"Стрий", "uk", "Stryi"},
		{"Юрій", "uk", "Yurii"},
		{"Корюківка", "uk", "Koriukivka"},
		{"Яготин", "uk", "Yahotyn"},
		{"Знам'янка", "uk", "Znamianka"},
		{"п’ятниця", "uk", "piatnytsia"},
		{"Щербухи", "uk", "Shcherbukhy"},
		{"ЩУКА", "uk", "SHCHUKA"},
		{"Кім Чен Ин", "uk", "Kim Chen Yn"},
		{"Володимир Путін", "uk", "Volodymyr Putin"},
		{"Харків, 2023 р.", "uk", "Kharkiv, 2023 r."},
		// Russian ICAO 2013.
		{"Шойгу", "ru", "Shoigu"},
		{"Путин", "ru", "Putin"},
		{"Сергей Шойгу", "ru", "Sergei Shoigu"},
		{"Ким Чен Ын", "ru", "Kim Chen Yn"},
		{"Пётр Щукин", "ru", "Petr Shchukin"},
		{"Объединённые", "ru", "Obieedinennye"},
		{"Юлия Эрдоган", "ru", "Iuliia Erdogan"},
		{"ЩУКА", "ru", "SHCHUKA"},
		{"Щ", "ru", "Shch"},
		{"МИД РФ", "ru", "MID RF"},
		// Other languages pass through.
		{"Путин", "en", "Путин"},
		{"Kim Jong Un", "ru", "Kim Jong Un"},
	}
	for _, tt := range tests {
		if got := Latin(tt.in, tt.lang); got != tt.want {
			t.Errorf("Latin(%q, %q) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}
