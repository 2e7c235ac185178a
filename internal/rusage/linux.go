//go:build linux

package rusage

import (
	"syscall"
	"time"
	"unsafe"
)

// clockThreadCPUTime is CLOCK_THREAD_CPUTIME_ID of clock_gettime(2),
// which package syscall does not name. Unlike getrusage(RUSAGE_THREAD),
// whose figures move in scheduler ticks, it counts nanoseconds, fine
// enough to time one stage on one article.
const clockThreadCPUTime = 3

// ThreadCPU is the CPU time of the calling OS thread; callers lock the
// goroutine to its thread around the measurement.
func ThreadCPU() time.Duration {
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// maxRSSBytes converts ru_maxrss, which Linux gives in kilobytes.
func maxRSSBytes(v int64) int64 { return v * 1024 }
