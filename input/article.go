package input

import (
	"strings"
	"time"

	"github.com/litopys/litopys"
)

// article is what a structured input (a JSON object, a CSV row) says about
// one article, before it becomes a Record.
type article struct {
	ID, URL, Title, Lang, Outlet string
	Published                    litopys.Date
	Text, HTML, Summary          string
}

// article makes the Record of a structured item: fields trimmed, the
// publication date set (the flag's, else the item's own), the day its URL
// states noted, and the body taken from the text, else the HTML, else the
// summary.
func (r *reader) article(source, format, encoding string, a article) Record {
	rec := Record{
		Source: source, Format: format, Encoding: encoding,
		ID: strings.TrimSpace(a.ID), URL: strings.TrimSpace(a.URL), Title: strings.TrimSpace(a.Title),
		Lang: strings.TrimSpace(a.Lang), Outlet: strings.TrimSpace(a.Outlet),
	}
	rec.setPublished(a.Published, r.opt.Published)
	rec.URLDate = urlDate(rec.URL)
	switch {
	case !isBlank([]byte(a.Text)):
		rec.Body = a.Text
	case !isBlank([]byte(a.HTML)):
		rec.Body, rec.HTML = a.HTML, true
	case !isBlank([]byte(a.Summary)):
		rec.Body = a.Summary
	default:
		// A row or object without a body is not an article (a title-only
		// spreadsheet row): skipped, as files of kinds not read are.
		return Record{Source: source, Format: format, Err: wrap(source, litopys.Errorf(litopys.EUNSUPPORTED, "skipped: no text, html or summary"))}
	}
	return rec
}

// cmpOr returns the first non-empty string.
func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// dateLayouts are the non-ISO date forms accepted in structured inputs,
// as feeds and spreadsheets write them.
var dateLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "02.01.2006", "02.01.2006 15:04", "02.01.2006 15:04:05"}

// parseDate reads a publication date: ISO 8601 at any precision, RFC 3339,
// a feed date (RFC 1123) or a day.month.year date; blank is unknown.
func parseDate(s string) (litopys.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return litopys.Date{}, nil
	}
	if d, err := litopys.ParseDate(s); err == nil {
		return d, nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return litopys.DateOf(t), nil
		}
	}
	return litopys.Date{}, litopys.Errorf(litopys.EINVALID, "date %q: want YYYY-MM-DD, RFC 3339 or RFC 1123", s)
}
