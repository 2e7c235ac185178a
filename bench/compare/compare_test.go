package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteSection(t *testing.T) {
	tests := []struct{ name, before, want string }{
		{"append", "# Eval\n\ntext", "# Eval\n\ntext\n\n" + beginMarker + "\nNEW\n" + endMarker + "\n"},
		{"replace", "a\n" + beginMarker + "\nOLD\n" + endMarker + "\nb\n", "a\n" + beginMarker + "\nNEW\n" + endMarker + "\nb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "EVAL.md")
			if err := os.WriteFile(path, []byte(tt.before), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := writeSection(path, "NEW\n"); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVerdict(t *testing.T) {
	tests := []struct {
		r            row
		ratio, vdict string
	}{
		{row{litopys: 0.9, peer: 0.8, format: "%.3f", higher: true}, "1.12", "litopys ahead"},
		{row{litopys: 0.941, peer: 0.943, format: "%.3f", higher: true}, "1.00", "**litopys behind** (slightly)"},
		{row{litopys: 0.5, peer: 0.5, format: "%.3f", higher: true}, "1.00", "tie"},
		{row{litopys: 300, peer: 200, format: "%.0f", higher: false}, "1.50", "**litopys behind**"},
		{row{litopys: 1, peer: math.NaN(), format: "%.0f", higher: true}, "—", "—"},
	}
	for _, tt := range tests {
		ratio, v := tt.r.verdict()
		if ratio != tt.ratio || v != tt.vdict {
			t.Errorf("%+v: got %q %q, want %q %q", tt.r, ratio, v, tt.ratio, tt.vdict)
		}
	}
}

func TestScorePages(t *testing.T) {
	pg := page{title: "Заголовок", body: []string{"Один два три.", "Четыре пять."},
		boiler: []block{{"teaser", "Другая новость дня"}, {"footer", "Все права защищены"}}}
	s := scorePages([]page{pg}, []string{"Заголовок\nОдин два три.\nЧетыре пять.\nДругая новость дня"})
	if s.recall() != 1 || s.precision() != 5.0/8 || s.removed("teaser") != 0 || s.removed("footer") != 1 || s.removed("all") != 0.5 {
		t.Errorf("recall %v precision %v removed teaser %v footer %v all %v", s.recall(), s.precision(), s.removed("teaser"), s.removed("footer"), s.removed("all"))
	}
}

func TestScoreSearch(t *testing.T) {
	s := tsent{text: "В марте и в мае 2020 года", gold: []tgold{{"марте", "2020-03", "month"}, {"мае 2020 года", "2020-05", "month"}}}
	sys := [][]found{{{"мае 2020 года", "2020-05", "month"}, {"марте", "2021-03", "month"}, {"года", "2020", "year"}}}
	p := scoreSearch([]tsent{s}, sys, func(tsent) bool { return true })
	if p.gold != 2 || p.sys != 3 || p.right != 1 || p.sysRight != 1 {
		t.Errorf("got %+v, want gold 2, sys 3, right 1", p)
	}
}

func TestMedian(t *testing.T) {
	if m := median([]float64{3, 1, 2}); m != 2 {
		t.Errorf("median = %v, want 2", m)
	}
	if m := median([]float64{4, 1, 3, 2}); m != 2.5 {
		t.Errorf("median = %v, want 2.5", m)
	}
}
