package natsq

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Handler does the work of one item. An error means the item failed this
// time: it is delivered again, up to Config.MaxDeliver times in all. The
// context is not cancelled when Consume is asked to stop, so that work in
// flight can finish; it carries the values of Consume's context, and
// QueuedAt reads from it when the item was queued.
type Handler func(ctx context.Context, it Item) error

// Outcome is what became of one delivered item.
type Outcome struct {
	Item Item
	// Attempt counts the deliveries of the item, this one included.
	Attempt int
	// Err is the handler's error, nil when the item was done and acked.
	Err error
	// Dead is set when the item was sent to the dead-letter subject.
	Dead bool
	// Queued is when the item was published to the queue.
	Queued time.Time
}

// Headers of a dead-letter message; its body is the item as it was queued.
const (
	HeaderReason   = "Litopys-Reason"
	HeaderAttempts = "Litopys-Attempts"
)

// fetchWait bounds how long Consume waits for a message before it looks at
// its context again.
const fetchWait = 500 * time.Millisecond

// Consume pulls items and runs h on up to n of them at a time until ctx is
// done; then it stops pulling, lets the items in flight finish, settles them
// (ack, nak or dead letter) and returns nil. An item h completes is acked
// and removed from the queue. One that fails is redelivered after
// Config.Retry; on its last delivery, or when it cannot be decoded at all,
// it is published to the dead-letter subject with the reason and
// terminated. report, when not nil, is called after each item is settled,
// from several goroutines at once.
func (q *Queue) Consume(ctx context.Context, n int, h Handler, report func(Outcome)) error {
	if n < 1 {
		n = 1
	}
	cons, err := q.js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       q.cfg.Consumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    q.cfg.MaxDeliver,
		FilterSubject: q.cfg.Subject,
		MaxAckPending: -1,
	})
	if err != nil {
		return fmt.Errorf("natsq: create consumer %s: %w", q.cfg.Consumer, err)
	}
	work := context.WithoutCancel(ctx)
	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		msg, err := cons.Next(jetstream.FetchMaxWait(fetchWait))
		if err != nil {
			<-sem
			switch {
			case ctx.Err() != nil:
				return nil
			case errors.Is(err, jetstream.ErrNoMessages), errors.Is(err, nats.ErrTimeout):
				continue
			}
			return fmt.Errorf("natsq: next: %w", err)
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			out := q.handle(work, msg, h)
			if report != nil {
				report(out)
			}
		}()
	}
}

// handle runs h on one message and settles it.
func (q *Queue) handle(ctx context.Context, msg jetstream.Msg, h Handler) Outcome {
	var out Outcome
	if md, err := msg.Metadata(); err == nil {
		out.Attempt = int(md.NumDelivered)
		out.Queued = md.Timestamp
		ctx = context.WithValue(ctx, queuedKey{}, md.Timestamp)
	}
	it, err := decodeItem(msg.Data())
	out.Item = it
	if err != nil {
		out.Err = atStage(StageDecode, err)
		out.Dead = true
	} else if out.Err = h(ctx, it); out.Err == nil {
		if err := msg.DoubleAck(ctx); err != nil {
			out.Err = atStage(StageAck, fmt.Errorf("natsq: ack %s: %w", it.Name(), err))
		}
		return out
	}
	if !out.Dead && out.Attempt < q.cfg.MaxDeliver {
		if err := msg.NakWithDelay(q.cfg.Retry); err != nil {
			out.Err = errors.Join(out.Err, fmt.Errorf("natsq: nak: %w", err))
		}
		return out
	}
	out.Dead = true
	if err := q.bury(ctx, msg, out); err != nil {
		// Not buried: leave it unacked, so that it is not lost. The
		// server stops redelivering after MaxDeliver; the item stays in
		// the stream for an operator to see.
		out.Err = errors.Join(out.Err, err)
		out.Dead = false
	}
	return out
}

// bury publishes msg to the dead-letter subject with the reason it failed
// and terminates it.
func (q *Queue) bury(ctx context.Context, msg jetstream.Msg, out Outcome) error {
	dead := nats.NewMsg(q.cfg.DeadSubject)
	dead.Data = msg.Data()
	dead.Header.Set(HeaderReason, out.Err.Error())
	dead.Header.Set(HeaderAttempts, fmt.Sprint(out.Attempt))
	md, err := msg.Metadata()
	if err != nil {
		return fmt.Errorf("natsq: dead-letter %s: %w", out.Item.Name(), err)
	}
	// The stream sequence makes burying again (after a crash between
	// publishing and terminating) a duplicate.
	dead.Header.Set(nats.MsgIdHdr, fmt.Sprintf("%s-%d", q.cfg.Stream, md.Sequence.Stream))
	if _, err := q.js.PublishMsg(ctx, dead); err != nil {
		return fmt.Errorf("natsq: dead-letter %s: %w", out.Item.Name(), err)
	}
	if err := msg.TermWithReason(out.Err.Error()); err != nil {
		return fmt.Errorf("natsq: terminate %s: %w", out.Item.Name(), err)
	}
	// Servers before 2.10 keep a terminated message in a work-queue
	// stream; it is buried, so it goes.
	if err := q.work.DeleteMsg(ctx, md.Sequence.Stream); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
		return fmt.Errorf("natsq: remove %s: %w", out.Item.Name(), err)
	}
	return nil
}
