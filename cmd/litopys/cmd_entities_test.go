package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEntitiesCmd ingests the seeds and looks their entities up by other
// spellings, shows one, merges two and splits them again.
func TestEntitiesCmd(t *testing.T) {
	seeds := sharedSeeds(t)
	db := filepath.Join(t.TempDir(), "l.db")
	if r := runCommand(t, runIngestCmd, append([]string{"--db", db}, seeds...)...); r.err != nil {
		t.Fatalf("ingest: %v\n%s", r.err, r.stderr)
	}
	for _, q := range []string{"Блинкена", "Blinken", "Ким Чен Ына", "Кім Чен Ин"} {
		r := runCommand(t, runEntitiesCmd, "--db", db, q)
		if r.err != nil || !strings.Contains(r.stdout, "1. PER-") {
			t.Errorf("entities %q: %v\n%s", q, r.err, r.stdout)
		}
	}
	r := runCommand(t, runEntitiesCmd, "--db", db, "--show", "Блінкен")
	if r.err != nil || !strings.Contains(r.stdout, "members:") || !strings.Contains(r.stdout, "Блінкен") {
		t.Fatalf("show: %v\n%s", r.err, r.stdout)
	}
	id := strings.Fields(r.stdout)[0]
	r = runCommand(t, runEntitiesCmd, "--db", db, "--type", "LOC", "--lang", "uk", "--format", "json")
	if r.err != nil || !strings.Contains(r.stdout, `"total":`) || strings.Contains(r.stdout, `"type":"PER"`) {
		t.Errorf("list LOC uk: %v\n%s", r.err, r.stdout)
	}
	if r := runCommand(t, runEntitiesCmd, "--db", db, "--lang", "xx"); !isUsage(r.err) {
		t.Errorf("--lang xx: %v, want a usage error", r.err)
	}
	if r := runCommand(t, runEntitiesCmd, "--db", db, "--merge", id); !isUsage(r.err) {
		t.Errorf("--merge with one id: %v, want a usage error", r.err)
	}
	r = runCommand(t, runEntitiesCmd, "--db", db, "--merge", id, "GPE-Russia")
	if r.err != nil || !strings.Contains(r.stdout, "merged into ") {
		t.Fatalf("merge: %v\n%s", r.err, r.stdout)
	}
	r = runCommand(t, runEntitiesCmd, "--db", db, "--show", "--format", "json", "GPE-Russia")
	if r.err != nil || !strings.Contains(r.stdout, `"kind":"merge"`) {
		t.Errorf("show after merge: %v\n%s", r.err, r.stdout)
	}
}
