package input

import (
	"bytes"
	"regexp"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"golang.org/x/text/encoding/htmlindex"
)

// metaPrescan is how far into a page a <meta> charset is looked for.
const metaPrescan = 4096

// metaCharset matches <meta charset="…"> and the charset parameter of
// <meta http-equiv="Content-Type" content="text/html; charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)`)

// declaredCharset returns the charset label a page's <meta> declares in its
// first 4 KiB, or "".
func declaredCharset(data []byte) string {
	m := metaCharset.FindSubmatch(data[:min(len(data), metaPrescan)])
	if m == nil {
		return ""
	}
	return string(m[1])
}

// decodeHTML decodes an HTML page. Bytes that are valid UTF-8 with
// multi-byte characters are UTF-8 whatever the page says (a stale <meta> is
// common, a single-byte page that is valid UTF-8 is not); a page declared
// UTF-8 with a few invalid bytes stays UTF-8, those bytes becoming U+FFFD;
// otherwise a charset declared by <meta> is used when it is known and not
// UTF-8, and Decode's detection when there is none or it is wrong. NUL
// bytes are dropped. The warnings say what was repaired.
func decodeHTML(data []byte) (text, encoding string, warnings []string, err error) {
	label := declaredCharset(data)
	if label == "" || utf8.Valid(data) || hasBOM(data) {
		return decode(data)
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return decode(data) // an unknown label: detect instead
	}
	name, _ := htmlindex.Name(enc)
	if isBlank(data) {
		return "", "", nil, litopys.Errorf(litopys.EINVALID, msgEmpty)
	}
	if looksBinary(data) {
		return "", "", nil, litopys.Errorf(litopys.EINVALID, msgBinary)
	}
	if name == "utf-8" {
		data, warnings = dropNUL(data, warnings)
		if !utf8.Valid(data) && mostlyUTF8(data) {
			_, invalid := utf8Damage(data)
			return repairUTF8(data, invalid, warnings)
		}
		text, encoding, more, err := decode(data) // declared UTF-8 but mostly it is not: detect
		return text, encoding, append(warnings, more...), err
	}
	data, warnings = dropNUL(data, warnings)
	b, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", nil, litopys.Errorf(litopys.EINVALID, "not text: invalid %s", name)
	}
	return string(b), name, warnings, nil
}

// hasBOM reports whether data starts with a byte-order mark Decode honours.
func hasBOM(data []byte) bool {
	return bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE)
}
