package input

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"golang.org/x/text/encoding/unicode"
)

func TestReadArgs(t *testing.T) {
	const bsnlp = "ru-1\nru\n2018-11-01\nhttps://www.svoboda.org/a/1.html\nЗаголовок\n\nТекст статьи.\n"
	tests := []struct {
		name  string
		args  []string
		stdin string
		opt   Options
		want  []view
	}{
		{
			name: "missing file then a good one", args: []string{"testdata/none.txt", "testdata/mix/sub/o_nested.txt"},
			want: []view{
				{Source: "testdata/none.txt", Code: litopys.ENOTFOUND, Error: "read testdata/none.txt: no such file or directory"},
				{Source: "testdata/mix/sub/o_nested.txt", Format: FormatText, Encoding: "utf-8", Body: readFile(t, "testdata/mix/sub/o_nested.txt")},
			},
		},
		{
			name: "path through a file", args: []string{"testdata/mix/a_plain.txt/x"},
			want: []view{{Source: "testdata/mix/a_plain.txt/x", Code: litopys.EINVALID, Error: "read testdata/mix/a_plain.txt/x: cannot read: not a directory"}},
		},
		{
			name: "an explicit file is read whatever its extension", args: []string{"testdata/mix/p_notes.out"},
			want: []view{{Source: "testdata/mix/p_notes.out", Format: FormatText, Encoding: "utf-8", Body: "annotation file\n"}},
		},
		{
			name: "stdin text with a default date", args: []string{"-"}, stdin: "Текст.", opt: Options{Published: litopys.DayDate(2024, 3, 1)},
			want: []view{{Source: "-", Format: FormatText, Encoding: "utf-8", Published: litopys.DayDate(2024, 3, 1), PublishedSource: "flag", Body: "Текст."}},
		},
		{
			// --published wins over the BSNLP date line, a crawl date.
			name: "no args reads stdin", stdin: bsnlp, opt: Options{Published: litopys.DayDate(2024, 3, 1)},
			want: []view{{Source: "-", Format: FormatBSNLP, Encoding: "utf-8", ID: "ru-1", URL: "https://www.svoboda.org/a/1.html", Title: "Заголовок",
				Outlet: "svoboda.org", Lang: "ru", Published: litopys.DayDate(2024, 3, 1), PublishedSource: "flag", HeaderDate: "2018-11-01",
				Body: "Заголовок\n\nТекст статьи.\n"}},
		},
		{
			name: "BSNLP without a flag: the date line is only a header date", stdin: bsnlp,
			want: []view{{Source: "-", Format: FormatBSNLP, Encoding: "utf-8", ID: "ru-1", URL: "https://www.svoboda.org/a/1.html", Title: "Заголовок",
				Outlet: "svoboda.org", Lang: "ru", HeaderDate: "2018-11-01", Body: "Заголовок\n\nТекст статьи.\n"}},
		},
		{
			name: "stdin JSONL", args: []string{"-"}, stdin: "{\"url\":\"https://news.example.com:8080/x\",\"text\":\"A\"}\n\n{\"text\":\"B\"}",
			want: []view{
				{Source: "-#line 1", Format: FormatJSONL, Encoding: "utf-8", URL: "https://news.example.com:8080/x", Outlet: "news.example.com", Body: "A"},
				{Source: "-#line 3", Format: FormatJSONL, Encoding: "utf-8", Body: "B"},
			},
		},
		{
			name: "stdin JSON array", args: []string{"-"}, stdin: "[{\"text\":\"A\",\"lang\":\"ru\"},\n{\"text\":\"\"}]",
			want: []view{
				{Source: "-#item 1", Format: FormatJSON, Encoding: "utf-8", Lang: "ru", Body: "A"},
				{Source: "-#item 2", Format: FormatJSON, Code: litopys.EUNSUPPORTED, Error: "read -#item 2: skipped: no text, html or summary"},
			},
		},
		{
			name: "stdin empty JSON array", args: []string{"-"}, stdin: "[]",
			want: []view{{Source: "-", Code: litopys.EINVALID, Error: "read -: empty: no JSON objects"}},
		},
		{
			name: "stdin UTF-16 JSONL", args: []string{"-"}, stdin: string(utf16(t, unicode.BigEndian, "{\"text\":\"Перший\"}\n{\"text\":\"Другий\"}\n")),
			want: []view{
				{Source: "-#line 1", Format: FormatJSONL, Encoding: "utf-16be", Body: "Перший"},
				{Source: "-#line 2", Format: FormatJSONL, Encoding: "utf-16be", Body: "Другий"},
			},
		},
		{
			name: "gzipped JSONL with a capital name", args: []string{"testdata/DUMP.JSONL.GZ"},
			want: []view{
				{Source: "testdata/DUMP.JSONL.GZ#line 1", Format: FormatJSONL, Code: litopys.EINVALID, Error: "read testdata/DUMP.JSONL.GZ#line 1: not JSON: invalid character 'o' in literal null (expecting 'u') at byte 2"},
				{Source: "testdata/DUMP.JSONL.GZ#line 2", Format: FormatJSONL, Encoding: "utf-8", Body: "Перший"},
			},
		},
		{
			name: "blank JSONL", args: []string{"testdata/blank.jsonl"},
			want: []view{{Source: "testdata/blank.jsonl", Code: litopys.EINVALID, Error: "read testdata/blank.jsonl: empty"}},
		},
		{
			name: "CSV row over the limit", args: []string{"testdata/mix/u_news.csv"}, opt: Options{MaxBytes: 150},
			want: []view{
				{Source: "testdata/mix/u_news.csv#line 2", Code: litopys.ETOOLARGE, Error: "read testdata/mix/u_news.csv#line 2: too large: 195 bytes, over the limit of 150 bytes"},
				{Source: "testdata/mix/u_news.csv#line 3", Format: FormatCSV, Encoding: "utf-8", URL: "https://babel.ua/news/2", Title: "Другий", Outlet: "babel.ua",
					Published: litopys.DayDate(2024, 11, 14), PublishedSource: "record", Body: "Суддя призначив покарання.\nДругий абзац, з комою."},
				{Source: "testdata/mix/u_news.csv#line 5", Format: FormatCSV, Code: litopys.EINVALID, Error: "read testdata/mix/u_news.csv#line 5: date \"вчора\": want YYYY-MM-DD, RFC 3339 or RFC 1123"},
				{Source: "testdata/mix/u_news.csv#line 6", Format: FormatCSV, Code: litopys.EUNSUPPORTED, Error: "read testdata/mix/u_news.csv#line 6: skipped: no text, html or summary"},
				{Source: "testdata/mix/u_news.csv#line 7", Format: FormatCSV, Code: litopys.EUNSUPPORTED, Error: "read testdata/mix/u_news.csv#line 7: skipped: no text, html or summary"},
			},
		},
		{
			name: "TSV without a header", args: []string{"testdata/ner.tsv"},
			want: []view{{Source: "testdata/ner.tsv", Code: litopys.EINVALID, Error: "read testdata/ner.tsv: CSV header has no text column (text, content, body, html or summary): 0, 10, Тереза Мэй, Тереза Мэй, PER, PER-Theresa-May"}},
		},
		{
			name: "stdin HTML", args: []string{"-"}, stdin: "<html><body>Х</body></html>",
			want: []view{{Source: "-", Format: FormatHTML, Encoding: "utf-8", HTML: true, Body: "<html><body>Х</body></html>"}},
		},
		{
			name: "empty stdin", args: []string{"-"},
			want: []view{{Source: "-", Format: FormatText, Code: litopys.EINVALID, Error: "read -: empty"}},
		},
		{
			name: "stdin over the limit", args: []string{"-"}, stdin: strings.Repeat("слово ", 100), opt: Options{MaxBytes: 100},
			want: []view{{Source: "-", Code: litopys.ETOOLARGE, Error: "read -: too large: over the limit of 100 bytes"}},
		},
		{
			name: "file over the limit", args: []string{"testdata/mix/a_plain.txt"}, opt: Options{MaxBytes: 100},
			want: []view{{Source: "testdata/mix/a_plain.txt", Code: litopys.ETOOLARGE, Error: "read testdata/mix/a_plain.txt: too large: 471 bytes, over the limit of 100 bytes"}},
		},
		{
			name: "JSONL line over the limit", args: []string{"-"}, stdin: "{\"text\":\"" + strings.Repeat("x", 200) + "\"}\n{\"text\":\"short\"}\n", opt: Options{MaxBytes: 100},
			want: []view{
				{Source: "-#line 1", Code: litopys.ETOOLARGE, Error: "read -#line 1: too large: over the limit of 100 bytes"},
				{Source: "-#line 2", Format: FormatJSONL, Encoding: "utf-8", Body: "short"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAll(t, tt.args, tt.stdin, tt.opt)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func readFile(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestReadStops checks that Read stops when the consumer breaks out of the
// loop and when the context is cancelled.
func TestReadStops(t *testing.T) {
	n := 0
	for range Read(context.Background(), []string{"testdata/mix"}, nil, Options{}) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("got %d records after break, want 3", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n = 0
	for range Read(ctx, []string{"testdata/mix", "testdata/mix"}, nil, Options{}) {
		n++
		cancel()
	}
	if n != 1 {
		t.Errorf("got %d records after cancel, want 1", n)
	}
}

// TestReadUnreadable checks a directory and a file the user may not read.
func TestReadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o755); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("x"), 0o000); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	got := readAll(t, []string{dir}, "", Options{})
	want := []view{
		{Source: locked, Code: litopys.EINVALID, Error: "read " + locked + ": permission denied"},
		{Source: secret, Code: litopys.EINVALID, Error: "read " + secret + ": permission denied"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
