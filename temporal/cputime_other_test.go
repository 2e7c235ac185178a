//go:build !unix

package temporal

import "time"

func cpuTime() time.Duration { return 0 }
