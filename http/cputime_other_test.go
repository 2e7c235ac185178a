//go:build !unix

package http

import "time"

func cpuTime() time.Duration { return 0 }
