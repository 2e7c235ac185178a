package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestUnescapeRefs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"заявил: &quot;Мы победим&quot;.", "заявил: \"Мы победим\"."},
		{"&laquo;важно&raquo; &#8212; &#x2014;", "«важно» — —"},
		{"AT&T and R&D & co", "AT&T and R&D & co"},
		{"&amp;quot;twice&amp;quot;", "\"twice\""},
		{"&nosuchname; &#;", "&nosuchname; &#;"},
	}
	for _, tt := range tests {
		if got := unescapeRefs(tt.in); got != tt.want {
			t.Errorf("unescapeRefs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzUnescapeRefs checks that decoding never breaks valid UTF-8 and
// leaves a text without "&" as it is.
func FuzzUnescapeRefs(f *testing.F) {
	for _, s := range []string{"&quot;x&quot;", "&amp;amp;amp;lt;", "AT&T", "&#0;&#x110000;&#55296;", "&laquo;Київ&raquo;", "&nGt;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := unescapeRefs(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("%q gave invalid UTF-8 %q", s, got)
		}
		if !strings.Contains(s, "&") && got != s {
			t.Fatalf("%q changed to %q", s, got)
		}
	})
}
