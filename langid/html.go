package langid

import (
	"compress/gzip"
	"html"
	"io"
	"os"
	"regexp"
	"strings"
)

var (
	blockEnd = regexp.MustCompile(`(?i)</(p|div|h[1-6]|li|td|th|tr|figcaption|blockquote|pre)>|<br\s*/?>`)
	tag      = regexp.MustCompile(`(?s)<[^>]*>`)
)

// readHTMLText reads a gzip-compressed HTML extraction (the reference
// output of html/readability) as plain text, one line per block element.
// Tags are dropped with a regular expression rather than parsed: the
// files are the clean, well-formed output of an extractor, and this only
// feeds an evaluation.
func readHTMLText(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return err
	}
	s := blockEnd.ReplaceAllString(string(b), "\n")
	s = html.UnescapeString(tag.ReplaceAllString(s, " "))
	var lines []string
	for line := range strings.Lines(s) {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			lines = append(lines, line)
		}
	}
	fn(strings.Join(lines, "\n"))
	return nil
}
