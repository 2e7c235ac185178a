package ner

import "testing"

// TestTemplatesPartition checks that the word and context templates of the
// word cache are the static templates, each once.
func TestTemplatesPartition(t *testing.T) {
	var seen [numStatic]int
	for _, tm := range wordTemplates {
		seen[tm]++
	}
	for _, tm := range contextTemplates {
		seen[tm]++
	}
	for tm, n := range seen {
		if n != 1 {
			t.Errorf("template %d taken %d times", tm, n)
		}
	}
}
