package input

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Real paragraphs from the BSNLP raw texts (brexit/ru, ryanair/uk).
const (
	paraRU = "Тем не менее, по сведениям британских СМИ, на предстоящей в конце сентября конференции партии тори противники Мэй навяжут ей серьезный бой, из которого не факт, что она выйдет победителем."
	paraUK = "Про це повідомляє Avianews.com з посиланням на представників компанії. Як повідомляється, причиною скасування рейсів став страйк бортпровідників."
	// Lines of about twenty letters from the same texts.
	shortRU = "Тереза Мэй рассчитывает"
	shortUK = "Страйк бортпровідників"
	capsRU  = "ПРОТИВНИКИ МЭЙ НАВЯЖУТ БОЙ"
)

func utf16(tb testing.TB, e unicode.Endianness, s string) []byte {
	tb.Helper()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	type want struct {
		text, encoding, err string
	}
	ok := func(text, enc string) want { return want{text, enc, ""} }
	fails := func(msg string) want { return want{"", "", msg} }
	tests := []struct {
		name string
		data []byte
		want want
	}{
		{"utf-8", []byte(paraRU), ok(paraRU, "utf-8")},
		{"utf-8 with BOM", []byte("\ufeff" + paraUK), ok(paraUK, "utf-8")},
		{"ascii", []byte("Brexit talks resumed on Monday."), ok("Brexit talks resumed on Monday.", "utf-8")},
		{"windows-1251 ru", encodeTo(t, charmap.Windows1251, paraRU), ok(paraRU, "windows-1251")},
		{"windows-1251 uk", encodeTo(t, charmap.Windows1251, paraUK), ok(paraUK, "windows-1251")},
		{"koi8-r ru", encodeTo(t, charmap.KOI8R, paraRU), ok(paraRU, "koi8-r")},
		{"koi8-u uk", encodeTo(t, charmap.KOI8U, paraUK), ok(paraUK, "koi8-u")},
		{"ibm866 ru", encodeTo(t, charmap.CodePage866, paraRU), ok(paraRU, "ibm866")},
		{"windows-1251 short ru", encodeTo(t, charmap.Windows1251, shortRU), ok(shortRU, "windows-1251")},
		{"koi8-r short ru", encodeTo(t, charmap.KOI8R, shortRU), ok(shortRU, "koi8-r")},
		{"windows-1251 short uk", encodeTo(t, charmap.Windows1251, shortUK), ok(shortUK, "windows-1251")},
		{"koi8-u short uk", encodeTo(t, charmap.KOI8U, shortUK), ok(shortUK, "koi8-u")},
		{"windows-1251 capitals", encodeTo(t, charmap.Windows1251, capsRU), ok(capsRU, "windows-1251")},
		{"koi8-r capitals", encodeTo(t, charmap.KOI8R, capsRU), ok(capsRU, "koi8-r")},
		{"windows-1251 guillemets", encodeTo(t, charmap.Windows1251, "«Газпром» — 2008"), ok("«Газпром» — 2008", "windows-1251")},
		{"utf-16le", utf16(t, unicode.LittleEndian, paraUK), ok(paraUK, "utf-16le")},
		{"utf-16be", utf16(t, unicode.BigEndian, paraRU), ok(paraRU, "utf-16be")},
		{"utf-8 with a stray byte", []byte(paraRU + "\xff" + paraRU), ok(paraRU+"\uFFFD"+paraRU, "utf-8")},
		{"empty", nil, fails("empty")},
		{"blank", []byte(" \r\n\t "), fails("empty")},
		{"BOM only", []byte("\ufeff\n"), fails("empty")},
		{"utf-16 BOM only", []byte("\xff\xfe"), fails("empty")},
		{"utf-16 odd length", []byte("\xff\xfeA\x00B"), fails("not text: odd length for UTF-16")},
		{"NUL byte", []byte("text\x00more text"), ok("textmore text", "utf-8")},
		{"mostly NUL", []byte("a\x00\x00\x00b\x00\x00\x00c\x00\x00\x00"), fails("binary file")},
		{"utf-16le without BOM", utf16(t, unicode.LittleEndian, paraUK)[2:], ok(paraUK, "utf-16le")},
		{"utf-16be without BOM", utf16(t, unicode.BigEndian, paraRU)[2:], ok(paraRU, "utf-16be")},
		{"control bytes", []byte(strings.Repeat("ab\x01\x02", 10)), fails("binary file")},
		{"png header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), fails("binary file")},
		{"latin-1 french", []byte("Le pr\xe9sident a d\xe9clar\xe9 \xe0 la presse qu'il \xe9tait tr\xe8s pr\xe9occup\xe9."),
			ok("Le président a déclaré à la presse qu'il était très préoccupé.", "windows-1252")},
		{"latin-1 german", []byte("Die Gr\xf6\xdfe der \xc4nderungen \xfcberrascht die \xd6ffentlichkeit."),
			ok("Die Größe der Änderungen überrascht die Öffentlichkeit.", "windows-1252")},
		{"english with stray bytes", []byte("The talks \x81resumed on Monday \x9d in Brussels."), ok("The talks \uFFFDresumed on Monday \uFFFD in Brussels.", "utf-8")},
		{"high bytes", []byte("\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c"), fails(msgNoText)},
		{"utf-8 cut mid-letter", []byte(paraRU[:5]), ok("Те\uFFFD", "utf-8")},
		{"utf-8 with a few bad bytes between few letters", []byte("Тереза\xffМэй\xfe"), ok("Тереза\uFFFDМэй\uFFFD", "utf-8")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode(tt.data)
			got := want{text, enc, ""}
			if err != nil {
				if litopys.ErrorCode(err) != litopys.EINVALID {
					t.Errorf("error code %q, want %q", litopys.ErrorCode(err), litopys.EINVALID)
				}
				got.err = err.Error()
			}
			if got != tt.want {
				t.Errorf("Decode = %+v\nwant     %+v", got, tt.want)
			}
		})
	}
}

func BenchmarkDecodeCP1251(b *testing.B) {
	data := encodeTo(b, charmap.Windows1251, strings.Repeat(paraRU+"\n"+paraUK+"\n", 40))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
