package litopys

import (
	"net/url"
	"strings"
)

// OutletOfURL is the outlet a URL names: its host in lower case without
// "www.", or "" when it has none. A URL without a scheme ("zn.ua/news")
// is read as http.
func OutletOfURL(u string) string {
	if u == "" {
		return ""
	}
	if !strings.Contains(u, "://") {
		u = "http://" + u
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// OutletName folds an outlet that is a host name ("ZN.ua", "www.Example.org")
// to lower case without "www.", as hosts are case-insensitive, so that one
// outlet is one name whether it came from a URL, an input field or the
// page's text; other names ("Sky News") are kept as they are, trimmed.
func OutletName(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, ".") {
		return s
	}
	for _, r := range s {
		if !(r == '.' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return s
		}
	}
	return strings.TrimPrefix(strings.ToLower(s), "www.")
}
