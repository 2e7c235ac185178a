package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// identitySlow is the definition Identity implements without allocating.
func identitySlow(text, url string) string {
	h := sha256.New()
	h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	if url != "" {
		h.Write([]byte{0})
		h.Write([]byte(url))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func TestIdentity(t *testing.T) {
	long := strings.Repeat("Слово  СЛОВО\n", 1000)
	for _, tt := range []struct{ text, url string }{
		{"", ""}, {"  Блинкен в Сеуле \n\n обсудил ", ""}, {"Блинкен в Сеуле обсудил", "https://zn.ua/"}, {long, ""},
	} {
		if got, want := Identity(tt.text, tt.url), identitySlow(tt.text, tt.url); got != want {
			t.Errorf("Identity(%.20q) = %s, want %s", tt.text, got, want)
		}
	}
	if Identity("Блинкен  в Сеуле", "") != Identity("блинкен в\nсеуле", "") {
		t.Error("case and spacing must not change the identity")
	}
	if Identity("a", "") == Identity("a", "https://x") {
		t.Error("the URL must count")
	}
}

func FuzzIdentity(f *testing.F) {
	f.Add("Блинкен в Сеуле", "")
	f.Add(" \t\u00a0x Y\u2028", "u")
	f.Fuzz(func(t *testing.T, text, url string) {
		if got, want := Identity(text, url), identitySlow(text, url); got != want {
			t.Fatalf("Identity(%q) = %s, want %s", text, got, want)
		}
	})
}
