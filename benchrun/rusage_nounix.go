//go:build !unix

package benchrun

import "time"

// Without getrusage there are no CPU or peak-memory figures; the report
// shows zeros and wall time stands alone.
func processCPU() time.Duration { return 0 }
func threadCPU() time.Duration  { return 0 }
func maxRSS() int64             { return 0 }
