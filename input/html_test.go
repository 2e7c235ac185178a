package input

import (
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
			text, enc, err := decodeHTML(data)
			if err != nil || text != tt.html || enc != tt.wantEnc {
				t.Errorf("decodeHTML = %q, %q, %v; want the page in %q", text, enc, err, tt.wantEnc)
			}
		})
	}
}
