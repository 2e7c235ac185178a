//go:build unix

package pipeline

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used (user + system), which
// a loaded machine does not inflate as it does wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
