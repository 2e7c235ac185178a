package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs the command line args as main would and returns the exit
// code and what it printed.
func runCmd(tb testing.TB, stdin string, args ...string) (int, string, string) {
	tb.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	e.log = newLogger(&errb, "error")
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func writeFile(tb testing.TB, path string, data []byte) {
	tb.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestAnalyzeBatchWithBadInputs feeds good and bad files together: every
// good one is analysed, every bad one reported on its own line, and the exit
// code says some failed.
func TestAnalyzeBatchWithBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := "Государственный секретарь США Энтони Блинкен в четверг 9 ноября провел переговоры в Сеуле. Об этом сообщает Yonhap.\n"
	writeFile(t, filepath.Join(dir, "a_good.txt"), []byte(good))
	writeFile(t, filepath.Join(dir, "b_binary.txt"), []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3})
	writeFile(t, filepath.Join(dir, "c_empty.txt"), nil)
	writeFile(t, filepath.Join(dir, "d_invalid.txt"), []byte("caf\xe9 na\xefve r\xe9sum\xe9 \x80\x81\x82 d\xe9j\xe0 vu, \xe0 la carte"))
	writeFile(t, filepath.Join(dir, "e_broken.html"), []byte("<html><body><div><p>Блинкен прибыл в Сеул поздно вечером в среду, 8 ноября, после участия во встрече министров иностранных дел.<div><p>Это второй абзац статьи о переговорах"))
	big := bytes.Repeat([]byte("Слово "), 1<<20)
	writeFile(t, filepath.Join(dir, "f_big.txt"), big)
	code, out, _ := runCmd(t, "", "analyze", "--max-bytes", "1000000", dir)
	if code != exitPartial {
		t.Errorf("exit code %d, want %d (partial failure)", code, exitPartial)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 6 {
		t.Fatalf("got %d output lines, want 6:\n%s", len(lines), out)
	}
	// d_invalid.txt is read: its invalid bytes become U+FFFD.
	wantErr := []bool{false, true, true, false, false, true}
	for i, l := range lines {
		var v struct {
			ID, Text, Error, Source string
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %d is not JSON: %v", i, err)
		}
		if (v.Error != "") != wantErr[i] {
			t.Errorf("line %d: error %q, want error=%v", i, v.Error, wantErr[i])
		}
		if !wantErr[i] && v.Text == "" {
			t.Errorf("line %d: no text", i)
		}
	}
}

// TestAnalyzeStdinText analyses text from stdin and prints the text view.
func TestAnalyzeStdinText(t *testing.T) {
	code, out, errs := runCmd(t, "Кім Чен Ин прибув до Владивостока 16 вересня.\n", "analyze", "--published", "2023-09-23", "--format", "text", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"lang: uk", "[uk]", "2023-09-16"} {
		if !strings.Contains(out, want) {
			t.Errorf("text view lacks %q:\n%s", want, out)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"analyze"}, {"analyze", "--format", "xml", "x"}, {"analyze", "--published", "yesterday", "x"}, {"nosuch"}, {"eval"}} {
		if code, _, _ := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// TestDemo runs the README's first command.
func TestDemo(t *testing.T) {
	code, out, errs := runCmd(t, "", "demo", "--print")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Энтони Блинкен", "Кім Чен Ин", "2023-09-12", "Yonhap"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}

// TestEvalCommands runs the three scorers on the seeds end to end.
func TestEvalCommands(t *testing.T) {
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("shared seeds missing in CI")
		}
		t.Skip("no shared seeds")
	}
	for _, tt := range []struct {
		args []string
		keys []string
	}{
		{[]string{"eval", "ner", "--gold", filepath.Join(seeds, "bsnlp"), "--json"}, []string{"languages", "linking"}},
		{[]string{"eval", "timeline", "--gold", filepath.Join(seeds, "gold", "timeline.json"), "--json"}, []string{"events", "dates", "attributions"}},
		{[]string{"eval", "clusters", "--gold", filepath.Join(seeds, "bsnlp"), "--json"}, []string{"bcubed"}},
		{[]string{"eval", "timeline", "--gold", filepath.Join("..", "..", "eval", "testdata", "events", "timeline.json"), "--only", "uk01*,ru01*", "--explain", "--json"},
			[]string{"events", "participants", "notes"}},
	} {
		code, out, errs := runCmd(t, "", tt.args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errs)
		}
		var v map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%v: not JSON: %v", tt.args, err)
		}
		for _, k := range tt.keys {
			if _, ok := v[k]; !ok {
				t.Errorf("%v: no %q key", tt.args, k)
			}
		}
	}
	code, out, _ := runCmd(t, "", "eval", "clusters", "--gold", filepath.Join(seeds, "bsnlp"), "--json")
	var rep struct {
		Bcubed struct{ F1 float64 }
	}
	if code != exitOK || json.Unmarshal([]byte(out), &rep) != nil || rep.Bcubed.F1 != 1 {
		t.Errorf("the two seeds should form one story: %s", out)
	}
}
