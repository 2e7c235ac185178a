package segment

import (
	"syscall"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	for _, name := range []string{"000_d0670793ce43c562.txt", "001_46e6aa277c86e90e.txt"} {
		text := readSeed(t, name)
		toks := make([]litopys.Token, 0, 1024)
		const n = 5000
		c0 := cpu()
		for i := 0; i < n; i++ {
			toks = segmentAll(text, toks)
		}
		c1 := cpu()
		for i := 0; i < n; i++ {
			Sentences(text, Paragraphs(text))
		}
		c2 := cpu()
		t.Logf("%s %d bytes %d tokens: all %v/op, para+sent %v/op", name, len(text), len(toks), (c1-c0)/n, (c2-c1)/n)
	}
}
