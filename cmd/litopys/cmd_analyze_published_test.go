package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestAnalyzePublishedFlagWins analyses a BSNLP raw file as a user would:
// --published wins over the file's date line, which is a crawl date and
// dates the article only when nothing else does. Before, the date line
// overrode the flag.
func TestAnalyzePublishedFlagWins(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ru-1.txt")
	writeFile(t, path, []byte("ru-1\nru\n2018-11-01\nhttps://www.svoboda.org/a/1.html\nЗаголовок статьи о переговорах\n\n"+
		"Государственный секретарь США Энтони Блинкен в четверг провел переговоры в Сеуле. Об этом сообщает Yonhap.\n"))
	for _, tt := range []struct {
		args              []string
		published, source string
	}{
		{[]string{"analyze", "--published", "2018-10-30", path}, "2018-10-30", "flag"},
		{[]string{"analyze", path}, "2018-11-01", "header"},
	} {
		code, out, errs := runCmd(t, "", tt.args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errs)
		}
		var doc struct {
			Published       string `json:"published"`
			PublishedSource string `json:"published_source"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%v: %v\n%s", tt.args, err, out)
		}
		if doc.Published != tt.published || doc.PublishedSource != tt.source {
			t.Errorf("%v: published %q from %q, want %q from %q", tt.args, doc.Published, doc.PublishedSource, tt.published, tt.source)
		}
	}
}
