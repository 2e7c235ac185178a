package input

import (
	"strings"

	"github.com/litopys/litopys"
)

// parse decodes a whole item read as format into a Record.
func (r *reader) parse(source, format string, data []byte) Record {
	rec := Record{Source: source, Format: format}
	rec.setPublished(litopys.Date{}, r.opt.Published)
	var err error
	if format == FormatHTML {
		rec.Body, rec.Encoding, rec.Warnings, err = decodeHTML(data)
		rec.HTML = true
	} else {
		rec.Body, rec.Encoding, rec.Warnings, err = decode(data)
	}
	if err != nil {
		return Record{Source: source, Format: format, Err: wrap(source, err)}
	}
	if format == FormatBSNLP {
		if err := parseBSNLP(&rec); err != nil {
			return Record{Source: source, Format: format, Err: wrap(source, err)}
		}
	}
	return rec
}

// parseBSNLP splits the four header lines of a BSNLP raw file off
// rec.Body: id, language, date and URL go to their fields and the rest
// stays the body, its first line also being the title. Offsets into the
// body are those of the BSNLP annotations. A body whose header does not
// parse after decoding is left as plain text.
func parseBSNLP(rec *Record) error {
	h, ok := parseBSNLPHeader(rec.Body)
	if !ok {
		rec.Format = FormatText
		return nil
	}
	body := rec.Body[h.size:]
	if isBlank([]byte(body)) {
		return litopys.Errorf(litopys.EINVALID, "empty: no text after the BSNLP header")
	}
	rec.ID, rec.Lang, rec.URL, rec.Body = h.id, h.lang, h.url, body
	rec.HeaderDate = h.date
	rec.Title = firstLine(body)
	return nil
}

// firstLine returns the first non-blank line of s, trimmed.
func firstLine(s string) string {
	for line := range strings.Lines(s) {
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
	}
	return ""
}
