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
// common, a single-byte page that is valid UTF-8 is not); otherwise a
// charset declared by <meta> is used when it is known and not UTF-8, and
// Decode's detection when there is none or it is wrong.
func decodeHTML(data []byte) (text, encoding string, err error) {
	label := declaredCharset(data)
	if label == "" || utf8.Valid(data) || hasBOM(data) {
		return Decode(data)
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return Decode(data) // an unknown label: detect instead
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-8" {
		return Decode(data) // declared UTF-8 but it is not: detect
	}
	if isBlank(data) {
		return "", "", litopys.Errorf(litopys.EINVALID, msgEmpty)
	}
	if looksBinary(data) {
		return "", "", litopys.Errorf(litopys.EINVALID, msgBinary)
	}
	b, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", litopys.Errorf(litopys.EINVALID, "not text: invalid %s", name)
	}
	return string(b), name, nil
}

// hasBOM reports whether data starts with a byte-order mark Decode honours.
func hasBOM(data []byte) bool {
	return bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE)
}
