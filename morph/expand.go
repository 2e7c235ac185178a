package morph

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// dicEntry is one line of a hunspell .dic file: a stem and its affix flags.
type dicEntry struct {
	stem  string
	flags []string
}

// parseDic reads a hunspell .dic file: a count line, then "stem[/flags]"
// lines, optionally followed by morphological fields, which are ignored.
func parseDic(r io.Reader, af *affixFile) ([]dicEntry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var out []dicEntry
	first := true
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if first {
			first = false
			if isDigits(line) {
				continue
			}
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.IndexAny(line, " \t"); i >= 0 {
			line = line[:i]
		}
		stem, flags := line, ""
		if i := strings.IndexByte(line, '/'); i > 0 {
			stem, flags = line[:i], line[i+1:]
		}
		stem = af.stripIgnored(stem)
		if stem == "" {
			continue
		}
		e := dicEntry{stem: stem}
		if flags != "" {
			e.flags = af.splitFlags(flags)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read dic: %w", err)
	}
	return out, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func hasFlag(flags []string, f string) bool {
	if f == "" {
		return false
	}
	for _, x := range flags {
		if x == f {
			return true
		}
	}
	return false
}

// expand calls emit for every word form of the entry: the stem itself
// (unless it needs an affix), each suffix and prefix applied to it, one level
// of continuation classes, and prefix+suffix cross products.
func (af *affixFile) expand(e dicEntry, emit func(form string)) {
	if hasFlag(e.flags, af.forbidden) || hasFlag(e.flags, af.onlyInCpd) {
		return
	}
	if !hasFlag(e.flags, af.needAffix) {
		emit(e.stem)
	}
	for _, f := range e.flags {
		cls := af.classes[f]
		if cls == nil {
			continue
		}
		for _, r := range cls.rules {
			w, ok := applyRule(e.stem, r, cls.prefix)
			if !ok {
				continue
			}
			emit(w)
			for _, cf := range r.cont {
				af.applyClass(w, cf, emit)
			}
			if !cls.cross || cls.prefix {
				continue
			}
			// Cross product: a suffixed form may also take a prefix.
			for _, pf := range e.flags {
				if pc := af.classes[pf]; pc != nil && pc.prefix && pc.cross {
					for _, pr := range pc.rules {
						if pw, ok := applyRule(w, pr, true); ok {
							emit(pw)
						}
					}
				}
			}
		}
	}
}

// applyClass applies every rule of one flag's class to w.
func (af *affixFile) applyClass(w, flag string, emit func(string)) {
	cls := af.classes[flag]
	if cls == nil {
		return
	}
	for _, r := range cls.rules {
		if x, ok := applyRule(w, r, cls.prefix); ok {
			emit(x)
		}
	}
}

// applyRule applies one affix rule to stem if its condition and strip text
// match.
func applyRule(stem string, r affixRule, prefix bool) (string, bool) {
	if prefix {
		if !r.cond.matchPrefix(stem) || !strings.HasPrefix(stem, r.strip) {
			return "", false
		}
		w := r.add + stem[len(r.strip):]
		return w, w != ""
	}
	if !r.cond.matchSuffix(stem) || !strings.HasSuffix(stem, r.strip) {
		return "", false
	}
	w := stem[:len(stem)-len(r.strip)] + r.add
	return w, w != ""
}
