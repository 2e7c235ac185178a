package event

import "testing"

func TestRelationalAdjectives(t *testing.T) {
	for _, tt := range []struct {
		adj, name string
		want      bool
	}{
		{"турецкий", "Турция", true},
		{"грузинский", "Грузия", true},
		{"российский", "Россия", true},
		{"російський", "Росія", true},
		{"ізраїльський", "Ізраїль", true},
		{"французский", "Франция", true},
		{"китайский", "Китай", true},
		{"абхазский", "Абхазия", true},
		{"польский", "Польша", true},
		{"греческий", "Греция", false}, // -ческий: not a stem this rule knows
		{"городской", "Городок", false},
		{"турецкий", "Туркменистан", false},
		{"российский", "Ростов", false},
		{"американский", "США", false},
		{"южный", "Южная Корея", false},
	} {
		st := adjStem(tt.adj)
		got := st != "" && nameStem(tt.name) != "" && stemsMatch(st, nameStem(tt.name))
		if got != tt.want {
			t.Errorf("%s ~ %s = %v (stems %q, %q), want %v", tt.adj, tt.name, got, st, nameStem(tt.name), tt.want)
		}
	}
}
