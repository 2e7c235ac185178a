package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/natsq"
	"github.com/litopys/litopys/postgres"
	"github.com/litopys/litopys/story"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// The names natsq gives the production queue, which "litopys worker" and
// "litopys ingest --queue" use.
const (
	workStream   = "LITOPYS_WORK"
	deadStream   = "LITOPYS_DEAD"
	workConsumer = "litopys-worker"
)

// faultArticles is how many real articles the fault test sends through the
// queue, half Russian and half Ukrainian.
const faultArticles = 2000

// TestWorkersSurviveKill runs the scale-out set-up as separate processes:
// "litopys ingest --queue" publishes 2,000 real articles (twice: the second
// time is a no-op) to a NATS server of the test's own, three "litopys
// worker"s store them into a fresh PostgreSQL database, one is killed with
// SIGKILL while it has items in flight, and a replacement is started. When
// the queue is drained, every article is stored exactly once with all its
// layers, nothing is dead-lettered, the story log (when the schema has one)
// has one gap-free entry per document, and the workers exit 0 on SIGTERM.
func TestWorkersSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a cluster of processes over 2,000 articles")
	}
	pgAdmin, natsServer := requireCluster(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()

	start := time.Now()
	bin := buildLitopys(t)
	queue := startNATS(t, natsServer)
	db := createDatabase(t, pgAdmin, "litopys_fault")
	news, ids := newsArticles(t, faultArticles)
	if out, err := runBin(ctx, bin, "migrate", "--db", db); err != nil {
		t.Fatalf("migrate: %v\n%s", err, out)
	}
	for round, want := range []string{
		fmt.Sprintf("%d queued, 0 already queued, 0 failed", len(ids)),
		fmt.Sprintf("0 queued, %d already queued, 0 failed", len(ids)),
	} {
		out, err := runBin(ctx, bin, "ingest", "--queue", queue, news)
		if err != nil || !regexp.MustCompile(`(?m)^`+want+`$`).MatchString(out) {
			t.Fatalf("ingest --queue, round %d: %v\n%s\nwant %q", round+1, err, out, want)
		}
	}

	t.Logf("%v: built, %d articles published", time.Since(start).Round(time.Second), len(ids))
	nc, err := nats.Connect(queue)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close(context.Background())
	stored := func() int {
		var n int
		if err := pg.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
			t.Fatalf("count documents: %v", err)
		}
		return n
	}

	worker := func(name string) *proc {
		return startProc(t, name, bin, "worker", "--queue", queue, "--db", db, "--ack-wait", "10s")
	}
	workers := []*proc{worker("worker-1"), worker("worker-2"), worker("worker-3")}
	victim := workers[0]
	waitUntil(ctx, t, "a quarter of the articles stored", func() bool {
		for _, w := range workers {
			if !w.running() {
				t.Fatalf("%s ended early with %v", w.name, w.state)
			}
		}
		return stored() >= len(ids)/4
	})
	victim.signal(syscall.SIGKILL)
	victim.wait(10 * time.Second)
	before := stored()
	if before >= len(ids) {
		t.Fatalf("all %d articles were stored before the kill: send more", before)
	}
	t.Logf("%v: killed %s with %d of %d articles stored", time.Since(start).Round(time.Second), victim.name, before, len(ids))

	// The victim's unacknowledged items come back after the ack wait,
	// which the workers set short (--ack-wait) to have them redelivered
	// soon.
	workers = append(workers[1:], worker("worker-4"))

	var last, stable int
	waitUntil(ctx, t, "the queue drained and the store stable", func() bool {
		n, _ := streamMsgs(ctx, t, js, workStream)
		now := stored()
		if now == last && n == 0 {
			stable++
		} else {
			stable = 0
		}
		last = now
		return stable >= 3
	})
	info := consumerInfo(ctx, t, js)
	redelivered := int(info.Delivered.Consumer) - len(ids)
	t.Logf("%v: drained, %d deliveries of %d items (%d redelivered)", time.Since(start).Round(time.Second), info.Delivered.Consumer, len(ids), redelivered)
	if redelivered < 1 {
		t.Errorf("no item was redelivered: the killed worker had nothing in flight")
	}
	for _, w := range workers {
		w.signal(syscall.SIGTERM)
	}
	for _, w := range workers {
		if code := w.wait(30 * time.Second); code != 0 {
			t.Errorf("%s: exit %d after SIGTERM, want 0", w.name, code)
		}
	}

	dead, deadMsgs := streamMsgs(ctx, t, js, deadStream)
	if dead > 0 {
		t.Errorf("%d items dead-lettered, want none", dead)
	}
	for _, m := range deadMsgs {
		var it natsq.Item
		json.Unmarshal(m.Data, &it)
		t.Errorf("dead letter %s (id %q) after %s attempts: %s", it.Name(), it.ID, m.Header.Get(natsq.HeaderAttempts), m.Header.Get(natsq.HeaderReason))
	}
	checkStoredOnce(ctx, t, pg, ids)
	checkLayers(ctx, t, db, pg)
	checkStoryLog(ctx, t, pg)
	checkStoryReplay(ctx, t, db)
}

// runBin runs the litopys binary to its end and returns its output.
func runBin(ctx context.Context, bin string, args ...string) (string, error) {
	out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
	return string(out), err
}

// waitUntil polls cond twice a second until it holds, failing the test when
// ctx ends first.
func waitUntil(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func consumerInfo(ctx context.Context, t *testing.T, js jetstream.JetStream) *jetstream.ConsumerInfo {
	t.Helper()
	c, err := js.Consumer(ctx, workStream, workConsumer)
	if err != nil {
		t.Fatalf("consumer %s: %v", workConsumer, err)
	}
	info, err := c.Info(ctx)
	if err != nil {
		t.Fatalf("consumer %s: %v", workConsumer, err)
	}
	return info
}

// streamMsgs returns the number of messages in a stream and, for a small
// stream, the messages.
func streamMsgs(ctx context.Context, t *testing.T, js jetstream.JetStream, name string) (int, []*jetstream.RawStreamMsg) {
	t.Helper()
	s, err := js.Stream(ctx, name)
	if err != nil {
		t.Fatalf("stream %s: %v", name, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatalf("stream %s: %v", name, err)
	}
	n := int(info.State.Msgs)
	if n == 0 || n > 100 {
		return n, nil
	}
	var msgs []*jetstream.RawStreamMsg
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			continue // deleted
		}
		msgs = append(msgs, m)
	}
	return n, msgs
}

// checkStoredOnce checks that the documents stored are exactly the articles
// published, each once.
func checkStoredOnce(ctx context.Context, t *testing.T, pg *pgx.Conn, ids []string) {
	t.Helper()
	rows, err := pg.Query(ctx, `SELECT id FROM documents ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Sorted(slices.Values(ids))
	if slices.Equal(got, want) {
		return
	}
	seen := map[string]int{}
	for _, id := range got {
		seen[id]++
	}
	var missing, extra []string
	for _, id := range want {
		if seen[id] == 0 {
			missing = append(missing, id)
		}
		delete(seen, id)
	}
	for id, k := range seen {
		extra = append(extra, id+"×"+strconv.Itoa(k))
	}
	t.Errorf("stored %d documents for %d articles: missing %d %v, unexpected %v",
		len(got), len(ids), len(missing), missing[:min(len(missing), 10)], extra[:min(len(extra), 10)])
}

// checkLayers checks that each stored document has the rows of every layer
// its body holds: its entities' mention counts (doc_entities), events,
// attributions.
func checkLayers(ctx context.Context, t *testing.T, dsn string, pg *pgx.Conn) {
	t.Helper()
	s, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := pg.Query(ctx, `SELECT d.id,
		(SELECT coalesce(sum(m.n), 0) FROM doc_entities m WHERE m.doc = d.seq),
		(SELECT count(*) FROM events e WHERE e.doc = d.seq),
		(SELECT count(*) FROM attributions a WHERE a.doc = d.seq)
		FROM documents d ORDER BY d.id`)
	if err != nil {
		t.Fatal(err)
	}
	type layers struct{ Mentions, Events, Attributions int }
	have := map[string]layers{}
	var id string
	var l layers
	if _, err := pgx.ForEachRow(rows, []any{&id, &l.Mentions, &l.Events, &l.Attributions}, func() error {
		have[id] = l
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	bad, withEntities := 0, 0
	for id, got := range have {
		doc, err := s.Document(ctx, id)
		if err != nil {
			t.Fatalf("document %s: %v", id, err)
		}
		linked := 0
		for _, m := range doc.Mentions {
			if m.Entity != "" {
				linked++
			}
		}
		want := layers{linked, len(doc.Events), len(doc.Attributions)}
		if got != want {
			if bad++; bad <= 5 {
				t.Errorf("document %s: rows %+v, body %+v", id, got, want)
			}
		}
		if len(doc.Entities) > 0 {
			withEntities++
		}
	}
	if withEntities < len(have)/2 {
		t.Errorf("only %d of %d documents have entities", withEntities, len(have))
	}
	var orphans int
	if err := pg.QueryRow(ctx, `SELECT count(*) FROM doc_entities m
		WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans > 0 || bad > 0 {
		t.Errorf("%d documents with missing layer rows, %d mentions of unstored entities", bad, orphans)
	}
}

// checkStoryLog checks, when the schema has a story log, that each stored
// document has exactly one entry and that the entries' seq runs 1, 2, …
// without a gap.
func checkStoryLog(ctx context.Context, t *testing.T, pg *pgx.Conn) {
	t.Helper()
	var exists bool
	if err := pg.QueryRow(ctx, `SELECT to_regclass('story_log') IS NOT NULL`).Scan(&exists); err != nil {
		t.Fatal(err)
	}
	if !exists {
		t.Fatal("no story_log table")
	}
	var c struct{ Docs, Entries, Distinct, Unknown, MinSeq, MaxSeq, DistinctSeq int64 }
	err := pg.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM documents),
		count(*), count(DISTINCT l.doc),
		count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = l.doc)),
		coalesce(min(l.seq), 0), coalesce(max(l.seq), 0), count(DISTINCT l.seq)
		FROM story_log l`).Scan(&c.Docs, &c.Entries, &c.Distinct, &c.Unknown, &c.MinSeq, &c.MaxSeq, &c.DistinctSeq)
	if err != nil {
		t.Fatalf("story log: %v", err)
	}
	t.Logf("story log: %+v", c)
	if c.Entries != c.Docs || c.Distinct != c.Docs || c.Unknown != 0 {
		t.Errorf("story log: %d entries for %d distinct documents (%d unknown), want one for each of %d", c.Entries, c.Distinct, c.Unknown, c.Docs)
	}
	if c.Entries > 0 && (c.MinSeq != 1 || c.MaxSeq != c.Entries || c.DistinctSeq != c.Entries) {
		t.Errorf("story log seq runs %d…%d over %d entries (%d distinct): want 1…%d without a gap", c.MinSeq, c.MaxSeq, c.Entries, c.DistinctSeq, c.Entries)
	}
}

// checkStoryReplay replays the story log the three workers wrote: it must
// replay without a conflict, and every decision in it must be the one a
// single clusterer adding the documents in log order makes — no worker
// decided without seeing an earlier decision (no lost update, no story
// started twice).
func checkStoryReplay(ctx context.Context, t *testing.T, dsn string) {
	t.Helper()
	s, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var all []litopys.StoryEntry
	for {
		page, err := s.StoryEntries(ctx, int64(len(all)), 500)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page...)
		if len(page) < 500 {
			break
		}
	}
	if err := story.NewLog(story.Options{}).Replay(all); err != nil {
		t.Fatalf("replaying the story log: %v", err)
	}
	c := story.New(story.Options{})
	differ, stories := 0, map[string]bool{}
	for _, e := range all {
		doc, err := s.Document(ctx, e.Doc)
		if err != nil {
			t.Fatal(err)
		}
		id, dup := c.Add(doc)
		stories[e.Story] = true
		if id != e.Story || dup != (e.DupOf != "") {
			if differ < 5 {
				t.Errorf("log entry %d: %s in %s (dup of %q); one clusterer in log order: %s (dup %v)", e.Seq, e.Doc, e.Story, e.DupOf, id, dup)
			}
			differ++
		}
	}
	t.Logf("story log: %d entries, %d stories, %d decisions differ from one clusterer in log order", len(all), len(stories), differ)
	if differ > 0 {
		t.Errorf("%d of %d story decisions differ from one clusterer in log order", differ, len(all))
	}
}
