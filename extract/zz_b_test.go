package extract

import (
	"strings"
	"unicode"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUCost(t *testing.T) {
	text, page := seedArticle(t)
	const n = 3000
	start := cpuTime()
	for range n {
		Text(text)
	}
	t.Logf("Text: %v CPU per op (%d bytes)", (cpuTime()-start)/n, len(text))
	start = cpuTime()
	for range n {
		splitLines(text)
	}
	t.Logf("split: %v CPU per op", (cpuTime()-start)/n)
	start = cpuTime()
	for range 100 {
		HTML(page, "https://example.com/news/1.html")
	}
	t.Logf("HTML: %v CPU per op (%d bytes)", (cpuTime()-start)/100, len(page))
}

func TestCalib(t *testing.T) {
	text, _ := seedArticle(t)
	const n = 3000
	start := cpuTime()
	for range n {
		_ = strings.ToLower(text)
	}
	t.Logf("ToLower: %v CPU per op", (cpuTime()-start)/n)
	start = cpuTime()
	c := 0
	for range n {
		for _, r := range text {
			if unicode.IsLetter(r) {
				c++
			}
		}
	}
	t.Logf("IsLetter loop: %v CPU per op %d", (cpuTime()-start)/n, c)
	start = cpuTime()
	for range n {
		c += strings.IndexAny(text, "\u2028\u2029")
	}
	t.Logf("IndexAny: %v CPU per op %d", (cpuTime()-start)/n, c)
}

func TestLowerSame(t *testing.T) {
	for _, s := range []string{"ЁЖЗ АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ЄІЇҐ Ѕ Ўў ABC ǅ İ \xff", "Привіт, СВІТ! Ґанок"} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("%q vs %q", got, want)
		}
	}
}
