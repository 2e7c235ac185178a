package morph

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAgree(t *testing.T) {
	tests := []struct {
		adj  string
		g    Gender
		lang string
		want string
	}{
		{"северный", Fem, "ru", "северная"},
		{"северный", Neut, "ru", "северное"},
		{"ближний", Fem, "ru", "ближняя"},
		{"русский", Fem, "ru", "русская"},
		{"хороший", Neut, "ru", "хорошее"},
		{"большой", Fem, "ru", "большая"},
		{"большой", Masc, "ru", "большой"},
		{"північний", Fem, "uk", "північна"},
		{"синій", Fem, "uk", "синя"},
		{"синій", Neut, "uk", "синє"},
		{"червоний", Neut, "uk", "червоне"},
	}
	for _, tt := range tests {
		if got := Agree(tt.adj, tt.g, tt.lang); got != tt.want {
			t.Errorf("Agree(%q, %v, %s) = %q, want %q", tt.adj, tt.g, tt.lang, got, tt.want)
		}
	}
}

func TestNominative(t *testing.T) {
	a := mustLoad(t)
	tests := []struct {
		phrase, lang, want string
	}{
		{"Северной Кореей", "ru", "Северная Корея"},
		{"Большой семерки", "ru", "Большая семерка"},
		{"Совета Безопасности ООН", "ru", "Совет Безопасности ООН"},
		{"Владимиром Путиным", "ru", "Владимир Путин"},
		{"Джо Байденом", "ru", "Джо Байден"},
		{"Индо-Тихоокеанском регионе", "ru", "Индо-Тихоокеанский регион"},
		{"Південної Кореї", "uk", "Південна Корея"},
		{"Білого дому", "uk", "Білий дім"},
		{"Російською Федерацією", "uk", "Російська Федерація"},
		{"Сергія Шойгу", "uk", "Сергій Шойгу"},
	}
	for _, tt := range tests {
		got := strings.Join(a.Nominative(strings.Fields(tt.phrase), tt.lang), " ")
		if got != tt.want {
			t.Errorf("Nominative(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

// TestNominativeGold measures Nominative on the multi-word gold mentions
// of the seeds and the BSNLP topics (exact, case-insensitive).
func TestNominativeGold(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(goldDir, "*.ner.tsv"))
	bsnlp, _ := filepath.Glob("../../shared/data/bsnlp/*/annotated/*/*.out")
	if len(seeds)+len(bsnlp) == 0 {
		t.Skip("no gold data")
	}
	a := mustLoad(t)
	for _, set := range []struct {
		name  string
		files []string
		floor float64
	}{{"seeds", seeds, 0.8}, {"bsnlp", bsnlp, 0.85}} {
		ok, total := 0, 0
		for _, path := range set.files {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lang := langByLetters(path, string(data))
			if d := filepath.Base(filepath.Dir(path)); d == "ru" || d == "uk" {
				lang = d
			}
			sc := bufio.NewScanner(strings.NewReader(string(data)))
			sc.Scan()
			for sc.Scan() {
				f := strings.Split(sc.Text(), "\t")
				if len(f) < 2 || !strings.Contains(strings.TrimSpace(f[0]), " ") {
					continue
				}
				total++
				got := strings.Join(a.Nominative(strings.Fields(f[0]), lang), " ")
				if strings.EqualFold(got, strings.Join(strings.Fields(f[1]), " ")) {
					ok++
				} else if testing.Verbose() {
					t.Logf("miss: %s -> %s (gold %s)", f[0], got, f[1])
				}
			}
		}
		share := float64(ok) / float64(max(total, 1))
		t.Logf("%s multi-word mentions: %d/%d = %.1f%%", set.name, ok, total, 100*share)
		if total > 0 && share < set.floor {
			t.Errorf("%s: %.3f, want >= %.2f", set.name, share, set.floor)
		}
	}
}
