package morph

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// condElem is one position of an affix condition: any rune ('.'), a set of
// runes ("[абв]") or its complement ("[^абв]"); a plain rune is a set of one.
type condElem struct {
	any    bool
	negate bool
	set    string
}

func (e condElem) match(r rune) bool {
	if e.any {
		return true
	}
	return strings.ContainsRune(e.set, r) != e.negate
}

// condition is a hunspell affix condition: a sequence of positions matched
// against the end of a stem (suffixes) or its start (prefixes).
type condition []condElem

func parseCondition(p string) (condition, error) {
	if p == "." {
		return nil, nil
	}
	var c condition
	for len(p) > 0 {
		switch p[0] {
		case '.':
			c = append(c, condElem{any: true})
			p = p[1:]
		case '[':
			end := strings.IndexByte(p, ']')
			if end < 0 {
				return nil, errors.New("unclosed [ in condition")
			}
			body := p[1:end]
			e := condElem{}
			if strings.HasPrefix(body, "^") {
				e.negate = true
				body = body[1:]
			}
			e.set = body
			c = append(c, e)
			p = p[end+1:]
		default:
			_, n := utf8.DecodeRuneInString(p)
			c = append(c, condElem{set: p[:n]})
			p = p[n:]
		}
	}
	return c, nil
}

// matchSuffix reports whether the condition matches the end of word.
func (c condition) matchSuffix(word string) bool {
	if len(c) == 0 {
		return true
	}
	i := len(word)
	for k := len(c) - 1; k >= 0; k-- {
		if i == 0 {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(word[:i])
		if !c[k].match(r) {
			return false
		}
		i -= n
	}
	return true
}

// matchPrefix reports whether the condition matches the start of word.
func (c condition) matchPrefix(word string) bool {
	i := 0
	for _, e := range c {
		if i >= len(word) {
			return false
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if !e.match(r) {
			return false
		}
		i += n
	}
	return true
}
