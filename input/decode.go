package input

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/litopys/litopys"
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
// were in: UTF-8 (a BOM is stripped), UTF-16 with a BOM, or, when the bytes
// are not UTF-8, the single-byte Cyrillic encoding — windows-1251, KOI8-R
// (KOI8-U when Ukrainian letters occur) or IBM866 — whose decoding reads
// most like Russian or Ukrainian. UTF-8 with a few stray invalid bytes
// among many valid multi-byte letters is kept as UTF-8, the stray bytes
// replaced by U+FFFD.
//
// It returns an EINVALID error for empty or blank input ("empty"), for
// binary data ("binary file") and for bytes that are neither UTF-8 nor
// plausible Cyrillic ("not text: …").
func Decode(data []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		return decodeUTF16(data)
	}
	if isBlank(data) {
		return "", "", litopys.Errorf(litopys.EINVALID, msgEmpty)
	}
	if looksBinary(data) {
		return "", "", litopys.Errorf(litopys.EINVALID, msgBinary)
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	if utf8.Valid(data[:completeRunes(data)]) || mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8", nil
	}
	if text, enc, ok := decodeCyrillic8(data); ok {
		if strings.TrimSpace(text) == "" { // no-break spaces
			return "", "", litopys.Errorf(litopys.EINVALID, msgEmpty)
		}
		return text, enc, nil
	}
	return "", "", litopys.Errorf(litopys.EINVALID, msgNoText)
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

// looksBinary reports whether data holds a NUL byte or more than one control
// character (other than tab, line feed, vertical tab, form feed, carriage
// return and escape) in a hundred bytes.
func looksBinary(data []byte) bool {
	ctl := 0
	for _, b := range data {
		switch {
		case b == 0:
			return true
		case b < 0x20 && (b < '\t' || b > '\r') && b != 0x1b, b == 0x7f:
			ctl++
		}
	}
	return ctl > 0 && ctl*100 > len(data)
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

// mostlyUTF8 reports whether data is UTF-8 with only stray damage: at least
// fifty valid multi-byte characters for each invalid byte.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			valid++
		}
		data = data[n:]
	}
	return valid >= 50*invalid
}
