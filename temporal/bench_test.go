package temporal

import (
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// BenchmarkFind runs Find over the two seed articles (about 4.5 KB and
// 5.5 KB); one op is one article.
func BenchmarkFind(b *testing.B) {
	docs := []struct {
		text string
		opt  Options
	}{
		{readSeed(b, "000_d0670793ce43c562"), Options{Published: litopys.DayDate(2023, 11, 9), Lang: "ru"}},
		{readSeed(b, "001_46e6aa277c86e90e"), Options{Lang: "uk", Now: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}},
	}
	var size int64
	for _, d := range docs {
		size += int64(len(d.text))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		d := docs[n%len(docs)]
		Find(d.text, nil, d.opt)
		n++
	}
	// CPU time per article: wall time on a machine shared with other jobs
	// overstates the cost.
	if cpu := cpuTime() - cpu0; cpu > 0 && n > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
	}
}

// BenchmarkBaselineToLower lower-cases the Ukrainian seed: a yardstick for
// how loaded the machine is when BenchmarkFind runs (Find costs about two
// ToLower passes over the same text).
func BenchmarkBaselineToLower(b *testing.B) {
	s := readSeed(b, "001_46e6aa277c86e90e")
	b.SetBytes(int64(len(s)))
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		_ = strings.ToLower(s)
		n++
	}
	if cpu := cpuTime() - cpu0; cpu > 0 && n > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
	}
}
