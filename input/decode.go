package input

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Byte-order marks Decode recognises.
var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// Messages of the errors Decode returns.
const (
	msgEmpty  = "empty"
	msgBinary = "binary file"
	msgNoText = "not text: invalid UTF-8 and not windows-1251/KOI8-R"
)

// Decode turns the bytes of a text into UTF-8 and names the encoding they
// were in: UTF-8 (a BOM is stripped), UTF-16 with a BOM (or without one,
// told by where its NUL bytes stand), or, when the bytes are not UTF-8, the
// single-byte Cyrillic encoding — windows-1251, KOI8-R (KOI8-U when
// Ukrainian letters occur) or IBM866 — whose decoding reads most like
// Russian or Ukrainian, else windows-1252 when the other bytes read as
// Latin-1 letters. A few bad bytes never reject a text: NUL bytes are
// dropped and invalid UTF-8 bytes become U+FFFD (Repair says how many).
//
// It returns an EINVALID error for empty or blank input ("empty"), for
// binary data — control bytes over a tenth of it ("binary file") — and for
// bytes that are mostly invalid UTF-8 and no plausible single-byte text
// ("not text: …").
func Decode(data []byte) (text, encoding string, err error) {
	text, encoding, _, err = decode(data)
	return text, encoding, err
}

// decode is Decode that also returns the warnings of what it repaired.
func decode(data []byte) (text, encoding string, warnings []string, err error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		text, encoding, err = decodeUTF16(data)
		return text, encoding, nil, err
	}
	if isBlank(data) {
		return "", "", nil, litopys.Errorf(litopys.EINVALID, msgEmpty)
	}
	if e := utf16NoBOM(data); e != nil {
		text, encoding, err = decodeUTF16(append(append([]byte(nil), e...), data...))
		return text, encoding, nil, err
	}
	if looksBinary(data) {
		return "", "", nil, litopys.Errorf(litopys.EINVALID, msgBinary)
	}
	data, warnings = dropNUL(data, warnings)
	if utf8.Valid(data) {
		return string(data), "utf-8", warnings, nil
	}
	multi, invalid := utf8Damage(data)
	if utf8.Valid(data[:completeRunes(data)]) || multi >= 50*invalid {
		return repairUTF8(data, invalid, warnings)
	}
	if !highRun(data, 3) {
		// No run of three high bytes, no word of a single-byte Cyrillic
		// text: stray bytes.
	} else if text, enc, ok := decodeCyrillic8(data); ok {
		if strings.TrimSpace(text) == "" { // no-break spaces
			return "", "", nil, litopys.Errorf(litopys.EINVALID, msgEmpty)
		}
		return text, enc, warnings, nil
	}
	if text, ok := decodeLatin1(data); ok {
		return text, "windows-1252", warnings, nil
	}
	if invalid*2 > len(data) {
		return "", "", nil, litopys.Errorf(litopys.EINVALID, msgNoText)
	}
	return repairUTF8(data, invalid, warnings)
}

// highRun reports whether data holds n bytes >= 0x80 in a row.
func highRun(data []byte, n int) bool {
	run := 0
	for _, b := range data {
		if b < 0x80 {
			run = 0
			continue
		}
		if run++; run >= n {
			return true
		}
	}
	return false
}

// repairUTF8 replaces the invalid bytes of data by U+FFFD, with a warning.
func repairUTF8(data []byte, invalid int, warnings []string) (string, string, []string, error) {
	if invalid == 0 {
		invalid = 1 // a sequence cut at the end
	}
	warnings = append(warnings, fmt.Sprintf("%d invalid UTF-8 byte(s) replaced by U+FFFD", invalid))
	return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8", warnings, nil
}

// dropNUL removes NUL bytes from data, with a warning.
func dropNUL(data []byte, warnings []string) ([]byte, []string) {
	n := bytes.Count(data, []byte{0})
	if n == 0 {
		return data, warnings
	}
	return bytes.ReplaceAll(data, []byte{0}, nil), append(warnings, fmt.Sprintf("%d NUL byte(s) dropped", n))
}

// decodeUTF16 decodes UTF-16 that starts with a byte-order mark.
func decodeUTF16(data []byte) (string, string, error) {
	enc, name := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	if bytes.HasPrefix(data, bomUTF16BE) {
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	}
	if len(data)%2 != 0 {
		return "", "", litopys.Errorf(litopys.EINVALID, "not text: odd length for UTF-16")
	}
	b, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", litopys.Errorf(litopys.EINVALID, "not text: invalid UTF-16")
	}
	if isBlank(b) {
		return "", "", litopys.Errorf(litopys.EINVALID, msgEmpty)
	}
	if looksBinary(b) {
		return "", "", litopys.Errorf(litopys.EINVALID, msgBinary)
	}
	return string(b), name, nil
}

// isBlank reports whether data holds nothing but white space.
func isBlank(data []byte) bool {
	return len(bytes.TrimSpace(data)) == 0
}

// looksBinary reports whether control bytes (NUL and the C0 controls other
// than tab, line feed, vertical tab, form feed, carriage return and escape,
// and DEL) make up more than a tenth of data: a text with a few stray NUL
// bytes is text, an image or an archive is not.
func looksBinary(data []byte) bool {
	ctl := 0
	for _, b := range data {
		if b < 0x20 && (b < '\t' || b > '\r') && b != 0x1b || b == 0x7f {
			ctl++
		}
	}
	return ctl*10 > len(data)
}

// utf16NoBOM returns the byte-order mark of data when it is UTF-16 without
// one: the high bytes of Latin and Cyrillic characters (0x00 and 0x04) at
// most odd (little-endian) or most even (big-endian) positions and almost
// none at the others. It returns nil otherwise.
func utf16NoBOM(data []byte) []byte {
	if len(data) < 8 || len(data)%2 != 0 {
		return nil
	}
	var even, odd int
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 || data[i] == 4 {
			even++
		}
		if data[i+1] == 0 || data[i+1] == 4 {
			odd++
		}
	}
	pairs := len(data) / 2
	switch {
	case odd*10 >= pairs*8 && even*20 <= pairs:
		return bomUTF16LE
	case even*10 >= pairs*8 && odd*20 <= pairs:
		return bomUTF16BE
	}
	return nil
}

// completeRunes returns the length of data without an incomplete UTF-8
// sequence at its very end, as left by cutting a file short.
func completeRunes(data []byte) int {
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				return i
			}
			break
		}
	}
	return len(data)
}

// utf8Damage counts the valid multi-byte characters and the invalid bytes
// of data.
func utf8Damage(data []byte) (multi, invalid int) {
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			multi++
		}
		data = data[n:]
	}
	return multi, invalid
}

// mostlyUTF8 reports whether data is UTF-8 with only stray damage: at least
// fifty valid multi-byte characters for each invalid byte, or invalid bytes
// under one in a hundred.
func mostlyUTF8(data []byte) bool {
	multi, invalid := utf8Damage(data)
	return multi >= 50*invalid || invalid*100 < len(data)
}

// decodeLatin1 decodes data as windows-1252 when its high bytes read as
// Latin-1 letters ("pr\xe9sident"): nine in ten of them are letters
// (0xC0–0xFF but × and ÷), and most of those stand inside words.
func decodeLatin1(data []byte) (string, bool) {
	high, letters, inWords := 0, 0, 0
	for i, b := range data {
		if b < 0x80 {
			continue
		}
		high++
		if b < 0xc0 || b == 0xd7 || b == 0xf7 {
			continue
		}
		letters++
		if i > 0 && isLetterByte(data[i-1]) || i+1 < len(data) && isLetterByte(data[i+1]) {
			inWords++
		}
	}
	if high == 0 || letters*10 < high*9 || inWords*2 < letters {
		return "", false
	}
	b, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// isLetterByte reports whether b is an ASCII letter or a Latin-1 letter.
func isLetterByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0xc0 && b != 0xd7 && b != 0xf7
}
