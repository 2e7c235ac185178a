package langid

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The shared data hold no running text of a Latin-script language other
// than English, and a Latin table whose "other" side is only
// transliterated Russian slugs calls French or German English once its
// English side is real text. Debian's fortune packages are running text
// in many languages (quotes, proverbs, anecdotes): they give "other" its
// substance. apt-get install fortunes-de fortunes-es fortunes-it
// fortunes-pl fortunes-cs puts them under /usr/share/games/fortunes.

// fortuneLangs are the subdirectories of the fortunes directory read, one
// language each (cs also holds Slovak). French and Portuguese have no
// package: they are measured, never trained on (OtherHeldOut).
var fortuneLangs = []string{"cs", "de", "es", "it", "pl"}

// fortuneEvery keeps one fortune in fortuneEvery: the packages hold about
// 10 MB, far more than the table needs to learn the languages' letters.
const fortuneEvery = 3

// readFortunes calls fn for every kept fortune of every file of the
// language directories under dir, in a fixed order. The files are plain
// text with a line "%" between fortunes; .dat indices, symbolic links
// and subdirectories (the offensive "off" sets) are skipped.
func readFortunes(dir string, fn func(text string)) error {
	n := 0
	for _, lang := range fortuneLangs {
		entries, err := os.ReadDir(filepath.Join(dir, lang))
		if err != nil {
			return fmt.Errorf("fortunes: %w (apt-get install fortunes-cs fortunes-de fortunes-es fortunes-it fortunes-pl)", err)
		}
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.HasSuffix(e.Name(), ".dat") {
				names = append(names, e.Name())
			}
		}
		if len(names) == 0 {
			return fmt.Errorf("fortunes: no files in %s", filepath.Join(dir, lang))
		}
		slices.Sort(names)
		for _, name := range names {
			b, err := os.ReadFile(filepath.Join(dir, lang, name))
			if err != nil {
				return fmt.Errorf("fortunes: %w", err)
			}
			for _, f := range splitFortunes(string(b)) {
				if n%fortuneEvery == 0 {
					fn(f)
				}
				n++
			}
		}
	}
	return nil
}

// splitFortunes cuts a fortune file at its "%" lines.
func splitFortunes(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	for line := range strings.Lines(s) {
		if strings.TrimRight(line, "\r\n") == "%" {
			flush()
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return out
}
