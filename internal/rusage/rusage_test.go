package rusage

import (
	"runtime"
	"testing"
)

// TestCPUAndMemoryGrow: spinning adds CPU time to the process and the
// thread, and a process that has run has a peak resident size.
func TestCPUAndMemoryGrow(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage here")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p0, t0 := ProcessCPU(), ThreadCPU()
	x := 0
	for i := range 50_000_000 {
		x ^= i * 31
	}
	_ = x
	if p, th := ProcessCPU(), ThreadCPU(); p <= p0 || th <= t0 {
		t.Errorf("CPU did not grow: process %v → %v, thread %v → %v", p0, p, t0, th)
	}
	if MaxRSS() <= 0 {
		t.Errorf("peak RSS %d", MaxRSS())
	}
}
