package natsq

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Config names the stream, subjects and consumer of a queue and tunes its
// redelivery. The zero Config is the production queue; tests give their
// own names so that they do not meet.
type Config struct {
	// Stream (default "LITOPYS_WORK") holds Subject's messages (default
	// "litopys.work") with work-queue retention.
	Stream, Subject string
	// DeadStream (default "LITOPYS_DEAD") keeps the messages published to
	// DeadSubject (default "litopys.dead").
	DeadStream, DeadSubject string
	// Consumer (default "litopys-worker") is the durable pull consumer
	// all workers share.
	Consumer string
	// MaxDeliver (default 5) is how many times an item is tried before it
	// goes to the dead-letter subject.
	MaxDeliver int
	// AckWait (default 2m) is how long a delivered item may stay
	// unacknowledged before it is delivered again (to another worker).
	AckWait time.Duration
	// Retry (default 1s) is the delay before a failed item is redelivered.
	Retry time.Duration
	// Duplicates (default 2m) is the window within which an item published
	// again is dropped as a duplicate.
	Duplicates time.Duration
}

func (c Config) withDefaults() Config {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&c.Stream, "LITOPYS_WORK")
	def(&c.Subject, "litopys.work")
	def(&c.DeadStream, "LITOPYS_DEAD")
	def(&c.DeadSubject, "litopys.dead")
	def(&c.Consumer, "litopys-worker")
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.AckWait <= 0 {
		c.AckWait = 2 * time.Minute
	}
	if c.Retry <= 0 {
		c.Retry = time.Second
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 2 * time.Minute
	}
	return c
}

// Queue is a connection to the work queue. It is safe for concurrent use.
type Queue struct {
	cfg  Config
	nc   *nats.Conn
	js   jetstream.JetStream
	work jetstream.Stream
}

// Open connects to the NATS server at url (nats://HOST:PORT) and creates
// or updates the queue's streams.
func Open(ctx context.Context, url string, cfg Config) (*Queue, error) {
	cfg = cfg.withDefaults()
	nc, err := nats.Connect(url, nats.Name("litopys"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("natsq: connect %s: %w", url, err)
	}
	q := &Queue{cfg: cfg, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return fmt.Errorf("natsq: jetstream: %w", err)
	}
	q.js = js
	q.work, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       q.cfg.Stream,
		Subjects:   []string{q.cfg.Subject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: q.cfg.Duplicates,
	})
	if err != nil {
		return fmt.Errorf("natsq: create stream %s: %w", q.cfg.Stream, err)
	}
	_, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:     q.cfg.DeadStream,
		Subjects: []string{q.cfg.DeadSubject},
		Storage:  jetstream.FileStorage,
	})
	if err != nil {
		return fmt.Errorf("natsq: create stream %s: %w", q.cfg.DeadStream, err)
	}
	return nil
}

// Publish queues it and reports whether it was added: false when the
// stream already had an item with its Key within the duplicate window.
func (q *Queue) Publish(ctx context.Context, it Item) (added bool, err error) {
	if err := it.Validate(); err != nil {
		return false, err
	}
	data, err := json.Marshal(it)
	if err != nil {
		return false, fmt.Errorf("natsq: encode %s: %w", it.Name(), err)
	}
	ack, err := q.js.Publish(ctx, q.cfg.Subject, data, jetstream.WithMsgID(it.Key()))
	if err != nil {
		return false, fmt.Errorf("natsq: publish %s: %w", it.Name(), err)
	}
	return !ack.Duplicate, nil
}

// Pending returns the number of items in the queue: waiting or delivered
// and not yet acknowledged.
func (q *Queue) Pending(ctx context.Context) (uint64, error) {
	info, err := q.work.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("natsq: stream info: %w", err)
	}
	return info.State.Msgs, nil
}

// Lag returns how many items the workers' consumer has yet to finish:
// those waiting for delivery plus those delivered and not yet
// acknowledged. It fails when the server cannot be asked or the consumer
// does not exist (no worker has started Consume on this queue yet).
func (q *Queue) Lag(ctx context.Context) (uint64, error) {
	c, err := q.js.Consumer(ctx, q.cfg.Stream, q.cfg.Consumer)
	if err != nil {
		return 0, fmt.Errorf("natsq: consumer %s: %w", q.cfg.Consumer, err)
	}
	info := c.CachedInfo()
	return info.NumPending + uint64(info.NumAckPending), nil
}

// Connected reports whether the connection to the server is up (false
// while it is being re-established).
func (q *Queue) Connected() bool {
	return q.nc.IsConnected()
}

// Close flushes what was sent and closes the connection.
func (q *Queue) Close() error {
	err := q.nc.FlushTimeout(5 * time.Second)
	q.nc.Close()
	if err != nil {
		return fmt.Errorf("natsq: close: %w", err)
	}
	return nil
}
