//go:build unix

package main

import (
	"context"
	"os"
	"strings"
	"syscall"
	"testing"
)

// TestSecondSignalStops sends the process SIGINT and then SIGTERM: the
// first cancels the context with an interrupt as its cause, the second
// ends the process at once with 128+15.
func TestSecondSignalStops(t *testing.T) {
	exits := make(chan int, 1)
	var errb lockedBuffer
	ctx, stop := notifyContext(&errb, func(code int) { exits <- code })
	defer stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	<-ctx.Done()
	code, msg, ok := interrupted(ctx, context.Canceled)
	if !ok || code != 130 || msg != "interrupted" {
		t.Errorf("after SIGINT: %d %q %v, want 130 interrupted", code, msg, ok)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := <-exits; code != 143 || !strings.Contains(errb.String(), "again: stopping now") {
		t.Errorf("after SIGTERM: exit %d, stderr %q", code, errb.String())
	}
}
