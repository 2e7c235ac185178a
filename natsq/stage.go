package natsq

import (
	"context"
	"errors"
	"time"
)

// Stages of the handling of an item, to which a failure is attributed (see
// FailedStage).
const (
	StageDecode  = "decode"  // the message is not a valid item
	StageFetch   = "fetch"   // downloading a URL or feed item failed
	StageAnalyse = "analyse" // the pipeline refused the document
	StageStore   = "store"   // the store did not take the document
	StageAck     = "ack"     // the item was done but its ack failed
)

// stageError is a failure at one stage of the handling of an item.
type stageError struct {
	stage string
	err   error
}

func (e *stageError) Error() string { return e.err.Error() }
func (e *stageError) Unwrap() error { return e.err }

// atStage marks err as a failure at stage; nil stays nil.
func atStage(stage string, err error) error {
	if err == nil {
		return nil
	}
	return &stageError{stage: stage, err: err}
}

// FailedStage returns the stage (StageDecode, StageFetch, …) at which err
// arose, or "" when err does not come from this package's Worker or
// Consume.
func FailedStage(err error) string {
	var se *stageError
	if errors.As(err, &se) {
		return se.stage
	}
	return ""
}

type queuedKey struct{}

// QueuedAt returns when the item being handled was published to the queue
// (the JetStream message's timestamp), read from the context Consume gives
// a Handler; false outside a handler.
func QueuedAt(ctx context.Context) (time.Time, bool) {
	t, ok := ctx.Value(queuedKey{}).(time.Time)
	return t, ok
}
