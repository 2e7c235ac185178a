package input

import (
	"slices"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestDecodeHTML(t *testing.T) {
	page := func(meta, body string) string {
		return "<!DOCTYPE html><html><head>" + meta + "<title>Новости</title></head><body><p>" + body + "</p></body></html>"
	}
	httpEquiv := func(cs string) string {
		return `<meta http-equiv="Content-Type" content="text/html; charset=` + cs + `">`
	}
	tests := []struct {
		name, html string
		encode     *charmap.Charmap
		wantEnc    string
	}{
		{"meta windows-1251", page(`<meta charset="windows-1251">`, paraRU), charmap.Windows1251, "windows-1251"},
		{"http-equiv cp1251 alias", page(httpEquiv("cp1251"), paraUK), charmap.Windows1251, "windows-1251"},
		{"meta koi8-r short", page(`<META CHARSET=KOI8-R>`, shortRU), charmap.KOI8R, "koi8-r"},
		{"meta says utf-8, bytes are windows-1251", page(`<meta charset="utf-8">`, paraRU), charmap.Windows1251, "windows-1251"},
		{"meta says iso-8859-1, bytes are utf-8", page(httpEquiv("iso-8859-1"), paraUK), nil, "utf-8"},
		{"unknown label, koi8-r bytes", page(`<meta charset="x-unknown">`, paraRU), charmap.KOI8R, "koi8-r"},
		{"no meta, windows-1251", page("", paraUK), charmap.Windows1251, "windows-1251"},
		{"no meta, utf-8", page("", paraUK), nil, "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.html)
			if tt.encode != nil {
				data = encodeTo(t, tt.encode, tt.html)
			}
			text, enc, _, err := decodeHTML(data)
			if err != nil || text != tt.html || enc != tt.wantEnc {
				t.Errorf("decodeHTML = %q, %q, %v; want the page in %q", text, enc, err, tt.wantEnc)
			}
		})
	}
}

// TestDecodeHTMLRepairs checks that a few bad bytes never reject a page:
// invalid UTF-8 in a page that declares UTF-8 becomes U+FFFD, NUL bytes are
// dropped, each with a warning. Both pages were rejected whole before.
func TestDecodeHTMLRepairs(t *testing.T) {
	const en = "<p>Brexit talks resumed on Monday in Brussels, with both sides saying progress was possible.</p>"
	tests := []struct {
		name, data, want, enc string
		warnings              []string
	}{
		{"declared utf-8, English, two bad bytes", `<meta charset="utf-8">` + en + "\xff caf\xe9 " + en,
			`<meta charset="utf-8">` + en + "\uFFFD caf\uFFFD " + en, "utf-8", []string{"2 invalid UTF-8 byte(s) replaced by U+FFFD"}},
		{"declared utf-8, a NUL byte", `<meta charset="utf-8">` + en + "\x00" + en,
			`<meta charset="utf-8">` + en + en, "utf-8", []string{"1 NUL byte(s) dropped"}},
		{"no declaration, NUL bytes in Cyrillic text", "<p>" + paraRU + "\x00\x00</p>",
			"<p>" + paraRU + "</p>", "utf-8", []string{"2 NUL byte(s) dropped"}},
		{"declared windows-1251, a NUL byte", `<meta charset="windows-1251">` + string(encodeTo(t, charmap.Windows1251, paraUK)) + "\x00",
			`<meta charset="windows-1251">` + paraUK, "windows-1251", []string{"1 NUL byte(s) dropped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, warnings, err := decodeHTML([]byte(tt.data))
			if err != nil || text != tt.want || enc != tt.enc || !slices.Equal(warnings, tt.warnings) {
				t.Errorf("decodeHTML = %q, %q, %q, %v\nwant %q, %q, %q", text, enc, warnings, err, tt.want, tt.enc, tt.warnings)
			}
		})
	}
}
