package input

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestDetect(t *testing.T) {
	bsnlp := "ru-103\nru\n2018-11-01\nhttps://www.svoboda.org/a/29577599.html\nВ Пакистане протестуют\n\nТекст."
	tests := []struct {
		name, file, data, want string
	}{
		{"txt", "a.txt", "Просто текст.", FormatText},
		{"no extension", "a", "Просто текст.", FormatText},
		{"stdin", "-", "Просто текст.", FormatText},
		{"bsnlp", "ru-103.txt", bsnlp, FormatBSNLP},
		{"bsnlp on stdin", "-", bsnlp, FormatBSNLP},
		{"bsnlp CRLF", "x.txt", "uk-99\r\nuk\r\n2018-07-19\r\nhttp://vgolos.com.ua/news/1.html\r\nСтрайк\r\n", FormatBSNLP},
		{"bsnlp no URL", "x.txt", "uk-99\nuk\n2018-07-19\n\nСтрайк\n", FormatBSNLP},
		{"bsnlp header only", "x.txt", "uk-99\nuk\n2018-07-19\nhttp://a.ua/", FormatBSNLP},
		{"bsnlp with BOM", "x.txt", "\ufeffuk-99\nuk\n2018-07-19\nhttp://a.ua/\nСтрайк\n", FormatBSNLP},
		{"bsnlp bad date", "x.txt", "uk-99\nuk\n2018-13-45\nhttp://a.ua/\nСтрайк\n", FormatText},
		{"bsnlp prose lang line", "x.txt", "uk-99\nУкраїна\n2018-07-19\nhttp://a.ua/\nСтрайк\n", FormatText},
		{"bsnlp id with spaces", "x.txt", "Заголовок статьи\nru\n2018-07-19\nhttp://a.ua/\nСтрайк\n", FormatText},
		{"bsnlp prose URL line", "x.txt", "uk-99\nuk\n2018-07-19\nUA / RU\nСтрайк\n", FormatText},
		{"html extension", "page.htm", "Просто текст.", FormatHTML},
		{"html doctype", "page", "\n  <!DOCTYPE html><html>", FormatHTML},
		{"html tag", "-", "<HTML lang=ru><head>", FormatHTML},
		{"html after comment", "x.txt", "<!-- saved from url --><html>", FormatHTML},
		{"html after xml declaration", "x", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC", FormatHTML},
		{"html fragment", "x", "<p>Абзац</p>", FormatHTML},
		{"angle bracket text", "x.txt", "<3 любовь", FormatText},
		{"jsonl extension", "dump.jsonl", "anything", FormatJSONL},
		{"ndjson gz", "dump.ndjson.gz", "anything", FormatJSONL},
		{"jsonl sniffed", "dump", "{\"id\": 1, \"text\": \"x\"}\n", FormatJSONL},
		{"jsonl sniffed with BOM", "-", "\ufeff { \"text\": \"x\"}", FormatJSONL},
		{"brace text", "x.txt", "{смайлик}", FormatText},
		{"json extension", "a.json", "anything", FormatJSON},
		{"csv extension", "A.CSV", "title,text", FormatCSV},
		{"tsv extension", "a.tsv.gz", "title\ttext", FormatCSV},
		{"csv content is text without the extension", "-", "title,text\nA,B\n", FormatText},
		{"json array", "-", " [\n {\"id\": 1}]", FormatJSON},
		{"json empty array", "-", "[]", FormatJSON},
		{"json pretty object", "-", "{\n  \"id\": 1\n}", FormatJSON},
		{"bracket text", "x.txt", "[1] Примечание", FormatText},
		{"utf-16 bsnlp", "x.txt", string(utf16(t, unicode.BigEndian, "ru-1\nru\n2018-01-02\nhttp://a.ru/\nЗаголовок\n")), FormatBSNLP},
		{"cp1251 bsnlp", "x.txt", string(encodeTo(t, charmap.Windows1251, "ru-1\nru\n2018-01-02\nhttp://a.ru/\nЗаголовок\n")), FormatBSNLP},
		{"empty", "x.txt", "", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.file, []byte(tt.data)); got != tt.want {
				t.Errorf("Detect(%q, %q) = %q, want %q", tt.file, tt.data, got, tt.want)
			}
		})
	}
}

// TestDetectRealBSNLP sniffs every BSNLP raw file of the shared data and
// the seeds as BSNLP, and their header-less plain-text seeds as text.
func TestDetectRealBSNLP(t *testing.T) {
	needShared(t)
	files, _ := filepath.Glob(filepath.Join(sharedData, "bsnlp", "*", "raw", "*", "*.txt"))
	seeds, _ := filepath.Glob(filepath.Join(sharedData, "..", "seeds", "bsnlp", "*", "raw", "*", "*.txt"))
	plain, _ := filepath.Glob(filepath.Join(sharedData, "..", "seeds", "*.txt"))
	if len(files) < 700 || len(seeds) != 2 || len(plain) != 2 {
		t.Fatalf("found %d BSNLP files, %d BSNLP seeds, %d plain seeds", len(files), len(seeds), len(plain))
	}
	check := func(list []string, want string) {
		for _, f := range list {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if got := Detect(f, b); got != want {
				t.Errorf("Detect(%s) = %q, want %q", f, got, want)
			}
		}
	}
	check(append(files, seeds...), FormatBSNLP)
	check(plain, FormatText)
}
