package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
)

// cluster is the set-up of one run: a NATS server, a database and workers.
type cluster struct {
	dir         string
	nats        *exec.Cmd
	queue, mon  string // the NATS URL and its monitoring URL
	admin, db   string // the PostgreSQL URLs of the server and of the run's database
	dbName      string
	pg          *pgx.Conn
	workers     []*exec.Cmd
	workerStart time.Time
}

// newCluster starts a NATS server with JetStream and creates and migrates a
// database; close undoes both.
func newCluster(ctx context.Context, o options, tmp string) (*cluster, error) {
	c := &cluster{admin: o.pg}
	var err error
	if c.dir, err = os.MkdirTemp(tmp, "run"); err != nil {
		return nil, err
	}
	port, mport := freePort(), freePort()
	c.queue, c.mon = fmt.Sprintf("nats://127.0.0.1:%d", port), fmt.Sprintf("http://127.0.0.1:%d", mport)
	c.nats = exec.Command(o.natsServer, "-js", "-a", "127.0.0.1", "-p", strconv.Itoa(port), "-m", strconv.Itoa(mport), "-sd", filepath.Join(c.dir, "js"))
	if err := c.nats.Start(); err != nil {
		return nil, fmt.Errorf("start nats-server: %w", err)
	}
	for end := time.Now().Add(15 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		nc, err := nats.Connect(c.queue)
		if err == nil {
			nc.Close()
			break
		}
		if time.Now().After(end) {
			c.close()
			return nil, fmt.Errorf("nats-server did not start: %w", err)
		}
	}
	if err := c.createDB(ctx); err != nil {
		c.close()
		return nil, err
	}
	if out, err := exec.CommandContext(ctx, o.bin, "migrate", "--db", c.db).CombinedOutput(); err != nil {
		c.close()
		return nil, fmt.Errorf("migrate: %v\n%s", err, out)
	}
	return c, nil
}

func (c *cluster) createDB(ctx context.Context) error {
	b := make([]byte, 4)
	rand.Read(b)
	c.dbName = "scaleout_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, c.admin)
	if err != nil {
		return fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+c.dbName); err != nil {
		return fmt.Errorf("create database: %w", err)
	}
	u, err := url.Parse(c.admin)
	if err != nil {
		return fmt.Errorf("--pg: %w", err)
	}
	u.Path = "/" + c.dbName
	c.db = u.String()
	c.pg, err = pgx.Connect(ctx, c.db)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", c.dbName, err)
	}
	return nil
}

// startWorkers starts n "litopys worker" processes.
func (c *cluster) startWorkers(o options, n int) error {
	c.workerStart = time.Now()
	for i := range n {
		log, err := os.Create(filepath.Join(c.dir, fmt.Sprintf("worker-%d.log", i+1)))
		if err != nil {
			return err
		}
		args := []string{"worker", "--queue", c.queue, "--db", c.db}
		if o.concurrency > 0 {
			args = append(args, "--concurrency", strconv.Itoa(o.concurrency))
		}
		cmd := exec.Command(o.bin, args...)
		cmd.Stdout, cmd.Stderr = log, log
		err = cmd.Start()
		log.Close()
		if err != nil {
			return fmt.Errorf("start worker: %w", err)
		}
		c.workers = append(c.workers, cmd)
	}
	return nil
}

// stopWorkers stops the workers with SIGTERM and returns the CPU time they
// used in all.
func (c *cluster) stopWorkers() (time.Duration, error) {
	for _, w := range c.workers {
		w.Process.Signal(syscall.SIGTERM)
	}
	var cpu time.Duration
	for i, w := range c.workers {
		if err := w.Wait(); err != nil {
			return 0, fmt.Errorf("worker %d: %w (log in %s)", i+1, err, c.dir)
		}
		cpu += w.ProcessState.UserTime() + w.ProcessState.SystemTime()
	}
	c.workers = nil
	return cpu, nil
}

// stored returns the number of stored documents.
func (c *cluster) stored(ctx context.Context) (int, error) {
	var n int
	err := c.pg.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// waitStored polls until n documents are stored.
func (c *cluster) waitStored(ctx context.Context, n int) error {
	for {
		k, err := c.stored(ctx)
		if err != nil {
			return err
		}
		if k >= n {
			return nil
		}
		for _, w := range c.workers {
			if w.ProcessState != nil {
				return fmt.Errorf("a worker ended (log in %s)", c.dir)
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%d of %d stored: %w", k, n, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// natsVarz is what the server's monitoring endpoint tells of its traffic
// and memory.
type natsVarz struct {
	InMsgs   int64 `json:"in_msgs"`
	OutMsgs  int64 `json:"out_msgs"`
	InBytes  int64 `json:"in_bytes"`
	OutBytes int64 `json:"out_bytes"`
	Mem      int64 `json:"mem"`
}

func (c *cluster) varz(ctx context.Context) (natsVarz, error) {
	var v natsVarz
	req, err := http.NewRequestWithContext(ctx, "GET", c.mon+"/varz", nil)
	if err != nil {
		return v, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return v, fmt.Errorf("nats varz: %w", err)
	}
	defer resp.Body.Close()
	return v, json.NewDecoder(resp.Body).Decode(&v)
}

// pgStats is the database's activity as PostgreSQL counts it.
type pgStats struct {
	Commits, Inserted, Updated, Size int64
	// BackendCPU is the CPU time of the server processes serving the
	// database's connections now (read from /proc).
	BackendCPU time.Duration
}

func (c *cluster) pgStats(ctx context.Context) (pgStats, error) {
	var s pgStats
	err := c.pg.QueryRow(ctx, `SELECT xact_commit, tup_inserted, tup_updated, pg_database_size(datname)
		FROM pg_stat_database WHERE datname = current_database()`).Scan(&s.Commits, &s.Inserted, &s.Updated, &s.Size)
	if err != nil {
		return s, fmt.Errorf("pg_stat_database: %w", err)
	}
	rows, err := c.pg.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid != pg_backend_pid()`)
	if err != nil {
		return s, fmt.Errorf("pg_stat_activity: %w", err)
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return s, fmt.Errorf("pg_stat_activity: %w", err)
	}
	for _, pid := range pids {
		s.BackendCPU += procCPU(int(pid))
	}
	return s, nil
}

// close stops the workers and the NATS server and drops the database.
func (c *cluster) close() {
	for _, w := range c.workers {
		w.Process.Kill()
		w.Wait()
	}
	if c.pg != nil {
		c.pg.Close(context.Background())
	}
	if c.dbName != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if conn, err := pgx.Connect(ctx, c.admin); err == nil {
			conn.Exec(ctx, "DROP DATABASE IF EXISTS "+c.dbName+" WITH (FORCE)")
			conn.Close(ctx)
		}
	}
	if c.nats != nil && c.nats.Process != nil {
		c.nats.Process.Kill()
		c.nats.Wait()
	}
}

// procCPU returns the user and system CPU time of a process from
// /proc/PID/stat, zero when it cannot be read.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name, which is in parentheses: state is
	// the first, utime the 12th and stime the 13th.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	const hz = 100 // USER_HZ on Linux
	return time.Duration(ut+st) * time.Second / hz
}

func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fatalf("no free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
