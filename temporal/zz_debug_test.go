package temporal

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

func TestZZDump(t *testing.T) {
	p := os.Getenv("ARTS")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.SplitN(line, "\t", 3)
		pub, _ := litopys.ParseDate(f[1])
		text := strings.ReplaceAll(f[2], `\n`, "\n")
		for _, e := range Find(text, nil, Options{Published: pub, Lang: f[0], Now: testNow}) {
			a, z := max(0, e.Start-40), min(len(text), e.End+30)
			for a > 0 && (text[a]&0xC0) == 0x80 {
				a--
			}
			for z < len(text) && (text[z]&0xC0) == 0x80 {
				z++
			}
			fmt.Printf("%s\t%s\t%q\t%s\t%s\t%s\t%s\n", f[1], e.Granularity, e.Text, e.Value, e.Rule, e.Mod, strings.ReplaceAll(text[a:z], "\n", " "))
		}
	}
}
