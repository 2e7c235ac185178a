package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// interrupt is the cause of a context cancelled by a signal.
type interrupt struct{ sig os.Signal }

func (i interrupt) Error() string { return "interrupted by " + i.sig.String() }

// exitCode is the shell's code for a process ended by the signal: 128 + n.
func (i interrupt) exitCode() int {
	if s, ok := i.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitInterrupted
}

// exitInterrupted is the exit code of a command stopped by Ctrl-C
// (128 + SIGINT).
const exitInterrupted = 130

// notifyContext returns a context that the first SIGINT or SIGTERM
// cancels, with an interrupt as its cause: commands stop what they are
// doing (a document in progress included) and report. A second signal
// ends the process at once through exit, for a stop that hangs.
func notifyContext(stderr io.Writer, exit func(int)) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		first, ok := <-sigs
		if !ok {
			return
		}
		cancel(interrupt{first})
		second, ok := <-sigs
		if !ok {
			return
		}
		fmt.Fprintf(stderr, "litopys: %v again: stopping now\n", second)
		exit(interrupt{second}.exitCode())
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(sigs)
		cancel(nil)
	}
}

// interrupted reports whether err is a command's answer to a cancelled
// ctx, and then the exit code and the message to print.
func interrupted(ctx context.Context, err error) (int, string, bool) {
	if ctx.Err() == nil || !errors.Is(err, context.Canceled) {
		return 0, "", false
	}
	code := exitInterrupted
	var in interrupt
	if errors.As(context.Cause(ctx), &in) {
		code = in.exitCode()
	}
	msg := "interrupted"
	if m := strings.TrimSuffix(err.Error(), ": "+context.Canceled.Error()); strings.HasPrefix(m, "interrupted") {
		msg = m // "interrupted after 3 added, …"
	}
	return code, msg, true
}
