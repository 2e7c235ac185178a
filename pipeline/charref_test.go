package pipeline

import "testing"

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
