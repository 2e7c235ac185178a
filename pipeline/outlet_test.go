package pipeline

import "testing"

func TestOutletName(t *testing.T) {
	for in, want := range map[string]string{
		"ZN.ua":             "zn.ua",
		" www.Example.org":  "example.org",
		"russian.rt.com":    "russian.rt.com",
		"Sky News":          "Sky News",
		"Sky.News":          "sky.news",
		"Українська правда": "Українська правда",
		"":                  "",
	} {
		if got := outletName(in); got != want {
			t.Errorf("outletName(%q) = %q, want %q", in, got, want)
		}
	}
}
