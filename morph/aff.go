package morph

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// flagFormat is how a hunspell dictionary spells its affix flags (the FLAG
// directive): one byte, one UTF-8 rune, two characters, or decimal numbers
// separated by commas.
type flagFormat int

const (
	flagChar flagFormat = iota
	flagUTF8
	flagLong
	flagNum
)

// affixRule is one PFX or SFX line: strip the given text from the stem's end
// (start for prefixes) when the condition matches, then add the affix.
type affixRule struct {
	strip string
	add   string
	cond  condition
	cont  []string // continuation flags: affixes allowed on top of this one
}

// affixClass is all the rules of one flag.
type affixClass struct {
	prefix bool
	cross  bool // may combine with an affix of the other kind
	rules  []affixRule
}

// affixFile is the part of a hunspell .aff file the expander needs.
type affixFile struct {
	format    flagFormat
	classes   map[string]*affixClass
	aliases   [][]string // AF: flag sets referenced by number in the .dic
	needAffix string     // NEEDAFFIX: a stem with this flag is no word by itself
	forbidden string     // FORBIDDENWORD
	onlyInCpd string     // ONLYINCOMPOUND
	ignore    string     // IGNORE: characters removed from words and affixes
	iconv     [][2]string
}

// parseAff reads a hunspell .aff file (UTF-8).
func parseAff(r io.Reader) (*affixFile, error) {
	af := &affixFile{classes: map[string]*affixClass{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[0] {
		case "FLAG":
			if len(f) > 1 {
				switch f[1] {
				case "long":
					af.format = flagLong
				case "num":
					af.format = flagNum
				case "UTF-8":
					af.format = flagUTF8
				}
			}
		case "AF":
			if len(f) > 1 && len(af.aliases) == 0 {
				if _, err := strconv.Atoi(f[1]); err == nil {
					continue // the count line
				}
			}
			if len(f) > 1 {
				af.aliases = append(af.aliases, af.splitFlags(f[1]))
			}
		case "NEEDAFFIX", "PSEUDOROOT":
			if len(f) > 1 {
				af.needAffix = f[1]
			}
		case "FORBIDDENWORD":
			if len(f) > 1 {
				af.forbidden = f[1]
			}
		case "ONLYINCOMPOUND":
			if len(f) > 1 {
				af.onlyInCpd = f[1]
			}
		case "IGNORE":
			if len(f) > 1 {
				af.ignore = f[1]
			}
		case "ICONV":
			if len(f) > 2 {
				to := f[2]
				if to == "0" {
					to = ""
				}
				af.iconv = append(af.iconv, [2]string{f[1], to})
			}
		case "PFX", "SFX":
			if err := af.addAffixLine(f); err != nil {
				return nil, fmt.Errorf("aff line %d: %w", line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read aff: %w", err)
	}
	return af, nil
}

// addAffixLine handles a PFX/SFX header ("SFX A Y 3") or rule line
// ("SFX A strip add[/flags] condition [morphology]").
func (af *affixFile) addAffixLine(f []string) error {
	if len(f) < 4 {
		return fmt.Errorf("short %s line", f[0])
	}
	flag := f[1]
	cls := af.classes[flag]
	if cls == nil {
		// A header line: SFX flag Y|N count.
		if _, err := strconv.Atoi(f[3]); err != nil {
			return fmt.Errorf("%s %s: rule before header", f[0], flag)
		}
		af.classes[flag] = &affixClass{prefix: f[0] == "PFX", cross: f[2] == "Y"}
		return nil
	}
	strip, add := f[2], f[3]
	if strip == "0" {
		strip = ""
	}
	var cont []string
	if i := strings.IndexByte(add, '/'); i >= 0 {
		cont = af.splitFlags(add[i+1:])
		add = add[:i]
	}
	if add == "0" {
		add = ""
	}
	pattern := "."
	if len(f) > 4 {
		pattern = f[4]
	}
	cond, err := parseCondition(pattern)
	if err != nil {
		return fmt.Errorf("%s %s: %w", f[0], flag, err)
	}
	strip, add = af.stripIgnored(strip), af.stripIgnored(add)
	cls.rules = append(cls.rules, affixRule{strip: strip, add: add, cond: cond, cont: cont})
	return nil
}

// splitFlags splits a flag string of the .dic or a continuation class into
// single flags according to the FLAG format, resolving AF aliases.
func (af *affixFile) splitFlags(s string) []string {
	if len(af.aliases) > 0 {
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(af.aliases) {
			return af.aliases[n-1]
		}
	}
	var out []string
	switch af.format {
	case flagLong:
		for i := 0; i+1 < len(s); i += 2 {
			out = append(out, s[i:i+2])
		}
	case flagNum:
		for _, p := range strings.Split(s, ",") {
			if p != "" {
				out = append(out, p)
			}
		}
	case flagUTF8:
		for _, r := range s {
			out = append(out, string(r))
		}
	default:
		// Single characters; in a UTF-8 file a non-ASCII flag is one rune.
		for len(s) > 0 {
			_, n := utf8.DecodeRuneInString(s)
			out = append(out, s[:n])
			s = s[n:]
		}
	}
	return out
}

// stripIgnored removes the IGNORE characters from s.
func (af *affixFile) stripIgnored(s string) string {
	if af.ignore == "" || !strings.ContainsAny(s, af.ignore) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(af.ignore, r) {
			return -1
		}
		return r
	}, s)
}
