package input

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/litopys/litopys"
	"golang.org/x/text/encoding/unicode"
)

// Formats a Record can be read from.
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
	FormatJSON  = "json" // an array of article objects, or objects one after another
	FormatCSV   = "csv"  // a table with a header row, comma, semicolon or tab separated
	FormatBSNLP = "bsnlp"
)

// sniffLen is how much of an input Detect needs to see.
const sniffLen = 64 << 10

// Detect names the format of an input from its name and its first bytes
// (the whole input or at least its first 64 KiB). A .jsonl/.ndjson, .json,
// .csv/.tsv or .html/.htm name decides; otherwise the content does: the four-line
// BSNLP header (id, language code, YYYY-MM-DD date, URL) means "bsnlp", a
// leading HTML tag or doctype "html", a JSON object on the first line
// "jsonl", a JSON array of objects or an object spread over lines "json",
// and anything else "text". A trailing .gz is ignored.
func Detect(name string, data []byte) (format string) {
	switch filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".json":
		return FormatJSON
	case ".csv", ".tsv":
		return FormatCSV
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	}
	data = sniffable(data)
	switch {
	case isBSNLP(data):
		return FormatBSNLP
	case isHTML(data):
		return FormatHTML
	case isJSONL(data):
		return FormatJSONL
	case isJSON(data):
		return FormatJSON
	}
	return FormatText
}

// sniffable returns the start of data as ASCII-compatible bytes: without a
// UTF-8 BOM, and transcoded when it is UTF-16 with a BOM.
func sniffable(data []byte) []byte {
	data = data[:min(len(data), sniffLen)]
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		b, _ := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data[:len(data)&^1])
		return b
	}
	return bytes.TrimPrefix(data, bomUTF8)
}

var (
	bsnlpLang = regexp.MustCompile(`^[a-z]{2,3}([-_][A-Za-z]{2,4})?$`)
	bsnlpDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// bsnlpHeader is the header of a BSNLP raw file.
type bsnlpHeader struct {
	id, lang, url string
	date          litopys.Date
	size          int // bytes taken by the four header lines
}

// parseBSNLPHeader reads the four header lines of a BSNLP raw file: a
// document id without spaces, a language code, a valid YYYY-MM-DD date and
// a URL (or nothing) on the fourth line.
func parseBSNLPHeader(data string) (bsnlpHeader, bool) {
	var h bsnlpHeader
	var lines [4]string
	for i := range lines {
		end := strings.IndexByte(data[h.size:], '\n')
		if end < 0 {
			if i < 3 {
				return h, false
			}
			end = len(data) - h.size // a header with no text after it
		} else {
			end++
		}
		lines[i] = strings.TrimRight(data[h.size:h.size+end], "\r\n")
		h.size += end
	}
	id, lang, date, url := strings.TrimSpace(lines[0]), lines[1], lines[2], strings.TrimSpace(lines[3])
	if id == "" || len(id) > 200 || strings.ContainsAny(id, " \t<>{}\"") ||
		!bsnlpLang.MatchString(lang) || !bsnlpDate.MatchString(date) ||
		strings.ContainsAny(url, " \t<>\"") || url != "" && !strings.Contains(url, "://") && !strings.HasPrefix(url, "www.") {
		return h, false
	}
	d, err := litopys.ParseDate(date)
	if err != nil {
		return h, false
	}
	h.id, h.lang, h.date, h.url = id, lang, d, url
	return h, true
}

func isBSNLP(data []byte) bool {
	_, ok := parseBSNLPHeader(string(data[:min(len(data), 4096)]))
	return ok
}

// htmlStarts are the tags an HTML page or fragment may open with.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p "}

// isHTML reports whether data opens, after white space, comments and an XML
// declaration, with an HTML doctype or a common HTML tag.
func isHTML(data []byte) bool {
	s := bytes.TrimSpace(data)
	for {
		switch {
		case bytes.HasPrefix(s, []byte("<!--")):
			end := bytes.Index(s, []byte("-->"))
			if end < 0 {
				return false
			}
			s = bytes.TrimSpace(s[end+3:])
			continue
		case bytes.HasPrefix(s, []byte("<?xml")):
			end := bytes.Index(s, []byte("?>"))
			if end < 0 {
				return false
			}
			s = bytes.TrimSpace(s[end+2:])
			continue
		}
		break
	}
	head := strings.ToLower(string(s[:min(len(s), 16)]))
	for _, t := range htmlStarts {
		if strings.HasPrefix(head, t) {
			return true
		}
	}
	return false
}

// isJSONL reports whether data opens with a JSON object with a key (or an
// empty object) on its first line.
func isJSONL(data []byte) bool {
	s := bytes.TrimSpace(data)
	if len(s) == 0 || s[0] != '{' {
		return false
	}
	s = bytes.TrimLeft(s[1:], " \t")
	return len(s) > 0 && (s[0] == '"' || s[0] == '}')
}

// isJSON reports whether data opens with a JSON object spread over lines
// or with an array of objects.
func isJSON(data []byte) bool {
	s := bytes.TrimSpace(data)
	if len(s) == 0 || s[0] != '{' && s[0] != '[' {
		return false
	}
	open := s[0]
	s = bytes.TrimSpace(s[1:])
	if open == '[' {
		return len(s) > 0 && (s[0] == '{' || s[0] == ']')
	}
	return len(s) > 0 && s[0] == '"'
}
