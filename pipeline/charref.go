package pipeline

import (
	"html"
	"regexp"
	"strings"
)

// charRef matches an HTML character reference written out in full: a
// named one ("&quot;", "&laquo;") or a numeric one ("&#171;", "&#xAB;").
var charRef = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// unescapeRefs decodes the character references left in an article's
// text: plain-text dumps of scraped news and pages escaped twice carry
// "&quot;" and "&laquo;" where the article has quotes, and a reader (and
// every later stage) wants the quotes; a reference escaped again
// ("&amp;quot;") is decoded as far as it goes, up to three times. Only complete references are
// decoded, so "AT&T" and a bare "&" stay as they are, and so does a name
// HTML does not know.
func unescapeRefs(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	for range 3 { // "&amp;quot;": escaped twice
		t := charRef.ReplaceAllStringFunc(s, html.UnescapeString)
		if t == s {
			break
		}
		s = t
	}
	return s
}
