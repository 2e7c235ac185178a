//go:build !unix

package rusage

import "time"

// Without getrusage there are no CPU or peak-memory figures: zeros, and
// wall time stands alone.
func ProcessCPU() time.Duration { return 0 }
func ThreadCPU() time.Duration  { return 0 }
func MaxRSS() int64             { return 0 }
