package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// commits records when each document's transaction committed, as seen from
// outside: a trigger on documents sends a notification with the document's
// ID, which PostgreSQL delivers when the transaction commits, and the
// listener stamps it on arrival. (documents.added_at is the time the
// transaction began, before the rows were written.)
type commits struct {
	conn *pgx.Conn
	mu   sync.Mutex
	at   map[string]time.Time
	done chan error
}

// listenCommits installs the trigger in the run's database and starts
// listening.
func (c *cluster) listenCommits(ctx context.Context) (*commits, error) {
	for _, q := range []string{
		`CREATE FUNCTION scaleout_notify() RETURNS trigger LANGUAGE plpgsql AS
			$$ BEGIN PERFORM pg_notify('scaleout_stored', NEW.id); RETURN NEW; END $$`,
		`CREATE TRIGGER scaleout_stored AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION scaleout_notify()`,
	} {
		if _, err := c.pg.Exec(ctx, q); err != nil {
			return nil, fmt.Errorf("commit trigger: %w", err)
		}
	}
	conn, err := pgx.Connect(ctx, c.db)
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	if _, err := conn.Exec(ctx, `LISTEN scaleout_stored`); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("listen: %w", err)
	}
	l := &commits{conn: conn, at: map[string]time.Time{}, done: make(chan error, 1)}
	go func() {
		for {
			n, err := conn.WaitForNotification(ctx)
			if err != nil {
				l.done <- err
				return
			}
			l.mu.Lock()
			l.at[n.Payload] = time.Now()
			l.mu.Unlock()
		}
	}()
	return l, nil
}

// wait waits until n commits were seen and returns their times by ID.
func (l *commits) wait(ctx context.Context, n int) (map[string]time.Time, error) {
	for {
		l.mu.Lock()
		k := len(l.at)
		l.mu.Unlock()
		if k >= n {
			l.mu.Lock()
			defer l.mu.Unlock()
			return l.at, nil
		}
		select {
		case err := <-l.done:
			return nil, fmt.Errorf("listen: %w", err)
		case <-ctx.Done():
			return nil, fmt.Errorf("%d of %d commits seen: %w", k, n, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// close stops listening.
func (l *commits) close() {
	l.conn.PgConn().Close(context.Background())
	<-l.done
}
