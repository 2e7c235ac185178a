//go:build unix && !linux

package rusage

import (
	"runtime"
	"time"
)

// ThreadCPU falls back to the process's CPU time where the system has no
// per-thread figure; stage times then include other threads' work (GC).
func ThreadCPU() time.Duration { return ProcessCPU() }

// maxRSSBytes converts ru_maxrss: bytes on the BSDs and macOS.
func maxRSSBytes(v int64) int64 {
	if runtime.GOOS == "darwin" {
		return v
	}
	return v * 1024
}
