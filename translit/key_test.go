package translit

import "testing"

func TestKeySame(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Ким Чен Ын", "Кім Чен Ин"},
		{"Пак Чжин", "Пак Джин"},
		{"Блинкен", "Блінкен"},
		{"Путин", "Путін"},
		{"Россия", "Росія"},
		{"Энтони", "Ентоні"},
		{"Сергей", "Сергій"},
		{"Шойгу", "Шойгу"},
		{"Байден", "Байден"},
		{"Владимир", "Володимир"},
		{"Александр", "Олександр"},
		{"Киев", "Київ"},
		{"Хиллари Клинтон", "Гілларі Клінтон"},
		{"Европа", "Європа"},
		{"Польша", "Польща"},
		{"Нью-Йорк", "Нью Йорк"},
		{"Зеленский", "Зеленський"},
		{"Великая Британия", "Велика Британія"},
		{"Балтийское море", "Балтійське море"},
		{"СССР", "СРСР"},
		{"Моcква", "Москва"}, // Latin c
		{"Марья", "Мар'я"},
		{"Сьерра-Леоне", "Сьєрра-Леоне"},
		{"Джастин Трюдо", "Джастін Трюдо"},
		{"Тереза Мэй", "Тереза Мей"},
		{"Путин", "Putin"},
		{"Блинкен", "Blinken"},
		{"Шойгу", "Shoigu"},
		{"Сергей", "Sergey"},
		{"Йоко Камикава", "Yoko Kamikawa"},
		{"Зеленский", "Zelensky"},
		{"ПУТИН", "путин"},
		{"Мюллер", "Müller"},
	}
	for _, tt := range tests {
		ka, kb := Key(tt.a), Key(tt.b)
		if ka != kb || ka == "" {
			t.Errorf("Key(%q) = %q, Key(%q) = %q, want equal", tt.a, ka, tt.b, kb)
		}
	}
}

func TestKeyDifferent(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Ким", "Кім Чен Ин"},
		{"Пак", "Пек"},
		{"Мин", "Мун"},
		{"Блинкен", "Блинкер"},
		{"Иванов", "Иванова"}, // gendered surnames are different people
		{"Россия", "Русь"},
		{"Корея", "Кория"},
		{"Ким Чен Ын", "Kim Jong Un"}, // other romanisations are not keyed together
		{"СССР", "СР"},
		{"Байден", "Бейден"},
		{"Шойгу", "Шойга"},
	}
	for _, tt := range tests {
		if ka, kb := Key(tt.a), Key(tt.b); ka == kb {
			t.Errorf("Key(%q) = Key(%q) = %q, want different", tt.a, tt.b, ka)
		}
	}
}

func TestKeyValues(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ким Чен Ын", "kimchenin"},
		{"Пак Чжин", "pakjin"},
		{"Россия", "rosia"},
		{"Сергій", "serhi"},
		{"Володимир", "volodimir"},
		{"Ph. Schäfer", "fshafer"},
		{"", ""},
		{" - . ", ""},
		{"G7", "h7"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
