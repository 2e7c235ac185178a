//go:build !unix

package main

import "time"

// Without getrusage the CPU figures are zero; the comparison needs a Unix.
func processCPU() time.Duration { return 0 }
func maxRSS() int64             { return 0 }
