package input

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// addCorpus seeds f with the files of testdata/mix.
func addCorpus(f *testing.F) {
	paths, _ := filepath.Glob("testdata/mix/*")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzDecode(f *testing.F) {
	addCorpus(f)
	f.Add([]byte(paraRU))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := Decode(data)
		if err != nil {
			if litopys.ErrorCode(err) != litopys.EINVALID || text != "" || enc != "" {
				t.Fatalf("Decode error %v with code %q, text %q, encoding %q", err, litopys.ErrorCode(err), text, enc)
			}
			return
		}
		if enc == "" || !utf8.ValidString(text) || isBlank([]byte(text)) {
			t.Fatalf("Decode = %q in %q: want non-blank UTF-8 and an encoding", text, enc)
		}
		// Valid UTF-8 stays as it is but for its NUL bytes, unless its
		// NULs stand as those of UTF-16 without a byte-order mark.
		if plain := bytes.TrimPrefix(data, bomUTF8); utf8.Valid(plain) && !bytes.HasPrefix(data, bomUTF16LE) && !bytes.HasPrefix(data, bomUTF16BE) &&
			!strings.HasPrefix(enc, "utf-16") && (enc != "utf-8" || text != string(bytes.ReplaceAll(plain, []byte{0}, nil))) {
			t.Fatalf("valid UTF-8 %q decoded as %q in %q", plain, text, enc)
		}
	})
}

func FuzzDetect(f *testing.F) {
	addCorpus(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"-", "a.txt", "a.html", "a.jsonl.gz", "a"} {
			got := Detect(name, data)
			switch got {
			case FormatText, FormatHTML, FormatJSONL, FormatJSON, FormatBSNLP:
			default:
				t.Fatalf("Detect(%q) = %q", name, got)
			}
			if Detect(name, data[:min(len(data), sniffLen)]) != got {
				t.Fatalf("Detect(%q) looked past %d bytes", name, sniffLen)
			}
		}
	})
}

// collect reads data through r.jsonl with a small line limit.
func collectJSONL(data []byte, limit int64) []Record {
	var out []Record
	r := &reader{ctx: context.Background(), opt: Options{MaxBytes: limit}, yield: func(rec Record) bool {
		out = append(out, rec)
		return true
	}}
	r.jsonl("-", bufio.NewReaderSize(bytes.NewReader(data), 16))
	return out
}

func FuzzJSONL(f *testing.F) {
	addCorpus(f)
	f.Add([]byte("{\"id\":1,\"text\":\"a\"}\n\n{\"html\":\"<p>b</p>\",\"published\":\"2020-02\"}\r\n{bad\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs := collectJSONL(data, 256)
		lines := bytes.Count(data, []byte("\n")) + 1
		if len(recs) > lines {
			t.Fatalf("%d records from %d lines", len(recs), lines)
		}
		prev := 0
		for _, rec := range recs {
			if rec.Source == "-" && litopys.ErrorCode(rec.Err) == litopys.EINVALID && len(recs) == 1 {
				continue // nothing but blank lines
			}
			var n int
			if _, err := fmt.Sscanf(rec.Source, "-#line %d", &n); err != nil || n <= prev || n > lines {
				t.Fatalf("source %q after line %d of %d", rec.Source, prev, lines)
			}
			prev = n
			if rec.Err != nil {
				if litopys.ErrorCode(rec.Err) == litopys.EINTERNAL {
					t.Fatalf("%s: internal error %v", rec.Source, rec.Err)
				}
				continue
			}
			if rec.Format != FormatJSONL || isBlank([]byte(rec.Body)) || len(rec.Body) > 3*256 { // a single-byte line may triple in UTF-8
				t.Fatalf("%s: format %q body %q", rec.Source, rec.Format, rec.Body)
			}
		}
	})
}

func FuzzBSNLP(f *testing.F) {
	addCorpus(f)
	f.Add([]byte("ru-1\nru\n2018-11-01\nhttps://www.svoboda.org/a/1.html\nЗаголовок\n\nТекст.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{ctx: context.Background(), opt: Options{MaxBytes: DefaultMaxBytes}}
		rec := r.parse("x", FormatBSNLP, data)
		if rec.Err != nil || rec.Format != FormatBSNLP {
			return
		}
		text, _, err := Decode(data)
		if err != nil {
			t.Fatalf("parse succeeded where Decode fails: %v", err)
		}
		if !strings.HasSuffix(text, rec.Body) || rec.ID == "" || rec.HeaderDate.Precision != litopys.PrecisionDay ||
			rec.Title != firstLine(rec.Body) || strings.ContainsAny(rec.ID+rec.URL+rec.Lang, "\r\n") {
			t.Fatalf("parse(%q) = %+v", data, rec)
		}
	})
}

func FuzzJSON(f *testing.F) {
	addCorpus(f)
	f.Add([]byte("[{\"id\":1,\"text\":\"a\"}, 5, {\"html\":\"<p>b</p>\"}]"))
	f.Add([]byte("{\"text\":\"a\"}\n{\"text\":\"b\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var recs []Record
		r := &reader{ctx: context.Background(), opt: Options{MaxBytes: 256}, yield: func(rec Record) bool {
			recs = append(recs, rec)
			return true
		}}
		r.json("-", bufio.NewReaderSize(bytes.NewReader(data), 16))
		if len(recs) == 0 {
			t.Fatal("no record, not even an error")
		}
		for i, rec := range recs {
			if rec.Err != nil {
				if litopys.ErrorCode(rec.Err) == litopys.EINTERNAL {
					t.Fatalf("%s: internal error %v", rec.Source, rec.Err)
				}
				continue
			}
			if want := fmt.Sprintf("-#item %d", i+1); rec.Source != want || rec.Format != FormatJSON || isBlank([]byte(rec.Body)) {
				t.Fatalf("record %d: source %q (want %q) format %q body %q", i, rec.Source, want, rec.Format, rec.Body)
			}
		}
	})
}

func FuzzCSV(f *testing.F) {
	addCorpus(f)
	f.Add([]byte("title;date;text\n\"А\";2024-01-02;\"Б\nВ\"\nГ;x;Д\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var recs []Record
		r := &reader{ctx: context.Background(), opt: Options{MaxBytes: 256}, yield: func(rec Record) bool {
			recs = append(recs, rec)
			return true
		}}
		br := bufio.NewReaderSize(bytes.NewReader(data), sniffLen)
		head, _ := br.Peek(sniffLen)
		r.csv("-", br, head)
		if len(recs) == 0 {
			t.Fatal("no record, not even an error")
		}
		for _, rec := range recs {
			if rec.Err != nil {
				if litopys.ErrorCode(rec.Err) == litopys.EINTERNAL {
					t.Fatalf("%s: internal error %v", rec.Source, rec.Err)
				}
				continue
			}
			if !strings.HasPrefix(rec.Source, "-#line ") || rec.Format != FormatCSV || isBlank([]byte(rec.Body)) || !utf8.ValidString(rec.Body) {
				t.Fatalf("record %+v", rec)
			}
		}
	})
}
