package obs

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestNewLogger(t *testing.T) {
	var b bytes.Buffer
	l, err := NewLogger(&b, FormatJSON, "warn")
	if err != nil {
		t.Fatal(err)
	}
	l.Info("hidden")
	l.Warn("item failed", "key", "d1", "reason", ReasonStore)
	var line map[string]any
	if err := json.Unmarshal(b.Bytes(), &line); err != nil {
		t.Fatalf("not one JSON line: %v: %s", err, b.String())
	}
	delete(line, "time")
	want := map[string]any{"level": "WARN", "msg": "item failed", "key": "d1", "reason": "store"}
	if len(line) != len(want) {
		t.Errorf("line %v, want %v", line, want)
	}
	for k, v := range want {
		if line[k] != v {
			t.Errorf("%s = %v, want %v", k, line[k], v)
		}
	}

	b.Reset()
	if l, err = NewLogger(&b, FormatText, "debug"); err != nil {
		t.Fatal(err)
	}
	l.Debug("item done", "key", "d2")
	if got := b.String(); !strings.Contains(got, `level=DEBUG msg="item done" key=d2`) {
		t.Errorf("text line %q", got)
	}

	for _, bad := range [][2]string{{"xml", "info"}, {FormatJSON, "loud"}} {
		if _, err := NewLogger(&b, bad[0], bad[1]); err == nil {
			t.Errorf("NewLogger(%q, %q) = nil error", bad[0], bad[1])
		}
	}
}
