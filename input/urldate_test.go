package input

import "testing"

func TestURLDate(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"http://www.ng.ru/ng_politics/2017-04-18/11_6976_apple.html", "2017-04-18"},
		{"http://amp.ng.ru/?p=http://www.ng.ru/politics/2018-03-22/1_7195_putin.html", "2018-03-22"},
		{"https://example.com/news/2024/11/13/kyiv-attack/", "2024-11-13"},
		{"https://example.com/2024/11/13", "2024-11-13"},
		{"https://example.com/news/2024-11/13/x", ""},   // mixed separators
		{"https://example.com/2024-02-30/x", ""},        // no such day
		{"https://example.com/1812-09-07/borodino", ""}, // before 1990
		{"https://russian.rt.com/world/article/493718-putin", ""},
		{"https://example.com/id/20241113", ""},
		{"", ""},
	} {
		got := urlDate(c.url)
		s := ""
		if !got.IsZero() {
			s = got.String()
		}
		if s != c.want {
			t.Errorf("urlDate(%q) = %q, want %q", c.url, s, c.want)
		}
	}
}

func FuzzURLDate(f *testing.F) {
	f.Add("http://www.ng.ru/politics/2018-03-22/1_x.html")
	f.Add("/2024/11/13/")
	f.Fuzz(func(t *testing.T, u string) {
		if d := urlDate(u); !d.IsZero() && d.Time().Year() < 1990 {
			t.Errorf("urlDate(%q) = %v", u, d)
		}
	})
}
