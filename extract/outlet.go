package extract

import (
	"strings"
	"unicode"

	"github.com/litopys/litopys"
)

// topDomains are the endings of site names that outlets print in their
// chrome ("Поддержать ZN.ua", "© Censor.net").
var topDomains = []string{
	"ua", "ru", "com", "net", "org", "info", "news", "media", "by", "kz", "md", "uk", "eu",
	"io", "tv", "fm", "online", "today", "pl", "de", "us", "co", "me", "biz", "press", "su", "рф", "укр",
}

// outletOf finds the site name in the removed chrome: a domain-like name
// first, else the holder of a copyright line.
func outletOf(removed []litopys.Removed) string {
	for _, r := range removed {
		if r.Kind == litopys.RemovedChrome || r.Kind == litopys.RemovedShare {
			if d := domainIn(r.Text); d != "" {
				return d
			}
		}
	}
	for _, r := range removed {
		if r.Kind == litopys.RemovedChrome {
			if h := copyrightHolder(r.Text); h != "" {
				return h
			}
		}
	}
	return ""
}

// domainIn returns the first domain-like word of s ("ZN.ua").
func domainIn(s string) string {
	for _, f := range strings.Fields(s) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		dot := strings.LastIndexByte(f, '.')
		if dot < 2 || strings.Contains(f, "..") {
			continue
		}
		if oneOf(strings.ToLower(f[dot+1:]), topDomains) {
			return f
		}
	}
	return ""
}

// copyrightHolder returns the name in a copyright line ("© 2024 Українська
// правда. Всі права захищені." → "Українська правда").
func copyrightHolder(s string) string {
	low := strings.ToLower(s)
	i := strings.Index(low, "©")
	n := len("©")
	if i < 0 {
		if i = strings.Index(low, "copyright"); i < 0 {
			return ""
		}
		n = len("copyright")
	}
	rest := s[i+n:]
	rest = strings.TrimLeftFunc(rest, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune("-–—,.()©", r)
	})
	if j := strings.IndexAny(rest, ".,|;"); j >= 0 {
		rest = rest[:j]
	}
	rest = strings.TrimSpace(strings.TrimRightFunc(rest, func(r rune) bool { return unicode.IsDigit(r) || strings.ContainsRune(" -–—", r) }))
	if n := countWords(rest); n == 0 || n > 5 {
		return ""
	}
	return rest
}
