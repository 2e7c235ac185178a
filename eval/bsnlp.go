package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/litopys/litopys"
)

// Mention is one distinct mention form of a document as a BSNLP .out file
// lists it: the surface form, its base (nominative) form, the type (PER, ORG,
// LOC, EVT, PRO) and the cross-lingual entity id.
type Mention struct {
	Form string `json:"form"`
	Base string `json:"base,omitempty"`
	Type string `json:"type"`
	ID   string `json:"id,omitempty"`
}

// Doc is the set of mentions of one document, gold or system. Topic is the
// BSNLP topic directory the document was read from; document ids repeat
// across topics (ru-10 exists in several), so documents are keyed by
// Key, not by ID alone.
type Doc struct {
	Topic    string    `json:"topic,omitempty"`
	ID       string    `json:"id"`
	Lang     string    `json:"lang"`
	Mentions []Mention `json:"mentions"`
}

// Key returns the map key of the document: "topic/lang/id".
func (d Doc) Key() string { return DocKey(d.Topic, d.Lang, d.ID) }

// DocKey returns the key under which ReadBSNLPGold stores a document and
// under which ScoreNER looks for the system's version of it.
func DocKey(topic, lang, id string) string { return topic + "/" + lang + "/" + id }

// RawDoc is a BSNLP raw document. The file has the document id, language,
// date and URL on its first four lines; Content is everything after them,
// byte for byte (the offsets of the BSNLP ner/*.tsv files point into it).
// Title is the first line of Content and Text the rest after that line.
type RawDoc struct {
	Topic     string       `json:"topic,omitempty"`
	ID        string       `json:"id"`
	Lang      string       `json:"lang"`
	Date      string       `json:"date"`
	Published litopys.Date `json:"published"`
	URL       string       `json:"url"`
	Title     string       `json:"title"`
	Text      string       `json:"text"`
	Content   string       `json:"content"`
	Path      string       `json:"path,omitempty"`
}

// Key returns the same key as the Doc of the document.
func (r RawDoc) Key() string { return DocKey(r.Topic, r.Lang, r.ID) }

// ParseRaw reads a BSNLP raw document. A missing header line is an error;
// a date that does not parse leaves Published zero.
func ParseRaw(r io.Reader) (RawDoc, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return RawDoc{}, fmt.Errorf("parse bsnlp raw: %w", err)
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	var head [4]string
	rest := string(b)
	for i := range head {
		line, after, ok := strings.Cut(rest, "\n")
		if !ok && i < len(head)-1 {
			return RawDoc{}, litopys.Errorf(litopys.EINVALID, "parse bsnlp raw: %d header lines, want 4", i+1)
		}
		head[i] = strings.TrimSpace(line)
		rest = after
	}
	if head[0] == "" {
		return RawDoc{}, litopys.Errorf(litopys.EINVALID, "parse bsnlp raw: empty document id")
	}
	d := RawDoc{ID: head[0], Lang: head[1], Date: head[2], URL: head[3], Content: rest}
	title, text, _ := strings.Cut(rest, "\n")
	d.Title = strings.TrimSuffix(title, "\r")
	d.Text = text
	if p, err := litopys.ParseDate(d.Date); err == nil {
		d.Published = p
	}
	return d, nil
}

// ParseOut reads a BSNLP annotation or response file: the document id on the
// first non-empty line, then one mention per line. It is lenient: a byte-order
// mark, CR line ends, blank lines and spaces around fields are ignored; a
// line of four or more tab-separated columns is form, base, type, id; three
// columns are form, type, id when the second column is an entity type and
// form, base, type otherwise; two are form, type; one is a bare form.
func ParseOut(r io.Reader) (id string, mentions []Mention, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if first {
			id, first = strings.TrimSpace(line), false
			continue
		}
		if m, ok := parseMentionLine(line); ok {
			mentions = append(mentions, m)
		}
	}
	if err := sc.Err(); err != nil {
		return "", nil, fmt.Errorf("parse bsnlp out: %w", err)
	}
	if first {
		return "", nil, litopys.Errorf(litopys.EINVALID, "parse bsnlp out: no document id")
	}
	return id, mentions, nil
}

func parseMentionLine(line string) (Mention, bool) {
	cols := strings.Split(line, "\t")
	for i := range cols {
		cols[i] = strings.Join(strings.Fields(cols[i]), " ")
	}
	var m Mention
	switch {
	case len(cols) >= 4:
		m = Mention{Form: cols[0], Base: cols[1], Type: cols[2], ID: cols[3]}
	case len(cols) == 3 && isType(cols[1]) && !isType(cols[2]):
		m = Mention{Form: cols[0], Type: cols[1], ID: cols[2]}
	case len(cols) == 3:
		m = Mention{Form: cols[0], Base: cols[1], Type: cols[2]}
	case len(cols) == 2:
		m = Mention{Form: cols[0], Type: cols[1]}
	default:
		m = Mention{Form: cols[0]}
	}
	m.Type = NormType(m.Type)
	return m, m.Form != ""
}

// Types are the BSNLP entity types, in report order.
var Types = litopys.EntityTypeCodes()

// NormType upper-cases a type and maps GPE (a kind of LOC in BSNLP) to LOC.
func NormType(t string) string {
	t = strings.ToUpper(strings.TrimSpace(t))
	if t == "GPE" {
		return "LOC"
	}
	return t
}

func isType(s string) bool {
	s = NormType(s)
	for _, t := range Types {
		if s == t {
			return true
		}
	}
	return false
}

// WriteBSNLPResponse writes doc as a BSNLP response file: the document id,
// then one line per distinct mention (form, base, type, id; exact duplicates
// dropped). Tabs and line breaks inside fields become spaces so that the file
// reads back with ParseOut.
func WriteBSNLPResponse(w io.Writer, doc Doc) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s\n", field(doc.ID))
	seen := make(map[Mention]bool, len(doc.Mentions))
	for _, m := range doc.Mentions {
		m = Mention{Form: field(m.Form), Base: field(m.Base), Type: field(m.Type), ID: field(m.ID)}
		if m.Form == "" || seen[m] {
			continue
		}
		seen[m] = true
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", m.Form, m.Base, m.Type, m.ID)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write bsnlp response %s: %w", doc.ID, err)
	}
	return nil
}

// field makes s safe for one tab-separated column.
func field(s string) string { return strings.Join(strings.Fields(s), " ") }
