package litopys_test

import (
	"testing"

	"github.com/litopys/litopys"
)

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
		if got := litopys.OutletName(in); got != want {
			t.Errorf("OutletName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOutletOfURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.Pravda.com.ua/news/1": "pravda.com.ua",
		"http://127.0.0.1:8080/page":       "127.0.0.1",
		"zn.ua/news/2023/09/12":            "zn.ua",
		"https://новости.РФ/a":             "новости.рф",
		"/news/1":                          "",
		"":                                 "",
		"http://[::1]:80/x":                "::1",
		"http://bad host/":                 "",
	} {
		if got := litopys.OutletOfURL(in); got != want {
			t.Errorf("OutletOfURL(%q) = %q, want %q", in, got, want)
		}
	}
}
