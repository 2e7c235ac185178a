package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys/input"
	"github.com/nats-io/nats.go"
)

// This file holds the pieces of a test cluster of real processes: the
// litopys binary, a NATS server of the test's own, a fresh PostgreSQL
// database, and child processes that are killed when the test ends.

// buildLitopys builds the litopys binary into a temporary directory and
// returns its path.
func buildLitopys(tb testing.TB) string {
	tb.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		tb.Fatalf("no go command to build litopys: %v", err)
	}
	bin := filepath.Join(tb.TempDir(), "litopys")
	out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// requireCluster returns the PostgreSQL server of LITOPYS_TEST_POSTGRES and
// the path of nats-server, skipping the test without them — except in CI,
// where a missing one is a failure.
func requireCluster(tb testing.TB) (pgURL, natsServer string) {
	tb.Helper()
	ci := os.Getenv("CI") == "true"
	pgURL = os.Getenv("LITOPYS_TEST_POSTGRES")
	if pgURL == "" {
		if ci {
			tb.Fatal("LITOPYS_TEST_POSTGRES is not set in CI")
		}
		tb.Skip("LITOPYS_TEST_POSTGRES is not set (.ci/postgres.sh starts a server)")
	}
	natsServer, err := exec.LookPath("nats-server")
	if err != nil {
		if ci && os.Getenv("LITOPYS_REQUIRE_NATS") == "1" {
			tb.Fatalf("nats-server is not on PATH in CI: %v", err)
		}
		tb.Skipf("no nats-server (.ci/nats.sh installs it): %v", err)
	}
	return pgURL, natsServer
}

// startNATS starts a NATS server with JetStream of the test's own on a free
// loopback port, its store in a temporary directory, so that the test has
// the queue's streams to itself, and returns its URL.
func startNATS(tb testing.TB, server string) string {
	tb.Helper()
	port := freePort(tb)
	dir := tb.TempDir()
	startProc(tb, "nats-server", server, "-js", "-a", "127.0.0.1", "-p", fmt.Sprint(port), "-sd", filepath.Join(dir, "js"))
	u := fmt.Sprintf("nats://127.0.0.1:%d", port)
	for end := time.Now().Add(15 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		nc, err := nats.Connect(u)
		if err == nil {
			nc.Close()
			return u
		}
		if time.Now().After(end) {
			tb.Fatalf("nats-server on %s did not start: %v", u, err)
		}
	}
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// createDatabase creates an empty database on the server of admin (a
// postgres:// URL), dropped when the test ends, and returns its URL.
func createDatabase(tb testing.TB, admin, prefix string) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b := make([]byte, 4)
	rand.Read(b)
	name := prefix + "_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		tb.Fatalf("connect to PostgreSQL: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatalf("create database %s: %v", name, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			tb.Errorf("drop database %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatalf("LITOPYS_TEST_POSTGRES: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

// proc is a child process whose stderr goes to a file.
type proc struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	// state is set when done is closed.
	state *os.ProcessState
}

// startProc starts bin with args. The process is killed when the test
// ends, if it is still running; when the test failed, the end of its
// output is logged.
func startProc(tb testing.TB, name, bin string, args ...string) *proc {
	tb.Helper()
	p := &proc{name: name, log: filepath.Join(tb.TempDir(), name+".log"), done: make(chan struct{})}
	f, err := os.Create(p.log)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	p.cmd = exec.Command(bin, args...)
	p.cmd.Stdout, p.cmd.Stderr = f, f
	if err := p.cmd.Start(); err != nil {
		tb.Fatalf("start %s: %v", name, err)
	}
	go func() {
		p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.done)
	}()
	tb.Cleanup(func() {
		p.signal(syscall.SIGKILL)
		<-p.done
		if tb.Failed() {
			tb.Logf("%s: last lines of its log:\n%s", name, tail(p.log, 15))
		}
	})
	return p
}

// signal sends sig unless the process has ended.
func (p *proc) signal(sig syscall.Signal) {
	select {
	case <-p.done:
	default:
		p.cmd.Process.Signal(sig)
	}
}

// wait waits up to d for the process to end and returns its exit code, or
// -1 when it did not end in time or was killed by a signal.
func (p *proc) wait(d time.Duration) int {
	select {
	case <-p.done:
		return p.state.ExitCode()
	case <-time.After(d):
		return -1
	}
}

// running reports whether the process has not ended.
func (p *proc) running() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// tail returns the last n lines of a file.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// newsArticles writes about n real articles, half Russian (RT and
// Nezavisimaya Gazeta) and half Ukrainian (uk_news_nov2024 and the BRUK
// press texts), from ../shared/data/news as JSONL with an "id" each, and
// returns the path and the IDs. It skips the test without the shared data,
// except in CI.
func newsArticles(tb testing.TB, n int) (path string, ids []string) {
	tb.Helper()
	news := filepath.Join("..", "..", "..", "shared", "data", "news")
	if _, err := os.Stat(news); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("shared data missing in CI: %v", err)
		}
		tb.Skipf("shared data absent: %v", err)
	}
	path = filepath.Join(tb.TempDir(), "news.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, part := range []struct {
		lang  string
		paths []string
	}{
		{"ru", []string{filepath.Join(news, "ru_rt_ng.jsonl.gz")}},
		{"uk", []string{filepath.Join(news, "uk_news_nov2024.csv"), filepath.Join(news, "bruk_press_uk", "data")}},
	} {
		k := 0
		ctx, stop := context.WithCancel(context.Background())
		for rec := range input.Read(ctx, part.paths, nil, input.Options{}) {
			if rec.Err != nil {
				continue
			}
			a := map[string]any{
				"id": fmt.Sprintf("%s-%04d", part.lang, k), "url": rec.URL, "title": rec.Title,
				"outlet": rec.Outlet, "published": rec.Published,
			}
			if rec.HTML {
				a["html"] = rec.Body
			} else {
				a["text"] = rec.Body
			}
			if err := enc.Encode(a); err != nil {
				tb.Fatal(err)
			}
			ids = append(ids, a["id"].(string))
			if k++; k == n/2 {
				break
			}
		}
		stop()
		if k < n/2 {
			tb.Fatalf("only %d %s articles in %v", k, part.lang, part.paths)
		}
	}
	return path, ids
}
