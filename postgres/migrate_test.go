package postgres_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/postgres"
	"github.com/litopys/litopys/search"
	"github.com/litopys/litopys/storetest"
)

func TestMigrateConcurrently(t *testing.T) {
	ctx := context.Background()
	db, _ := openSchema(t)
	const n = 4
	var wg sync.WaitGroup
	applied := make([]int, n)
	for i := range n {
		wg.Go(func() {
			k, err := db.Migrate(ctx)
			if err != nil {
				t.Errorf("migrate: %v", err)
			}
			applied[i] = k
		})
	}
	wg.Wait()
	for i, k := range applied {
		if k != 0 {
			t.Errorf("migrate #%d on an up-to-date schema applied %d", i, k)
		}
	}
	have, want, err := db.SchemaVersion(ctx)
	if err != nil || have != want || want < 1 {
		t.Errorf("schema version %d of %d (err %v)", have, want, err)
	}
}

func TestOpenRefusesOlderSchema(t *testing.T) {
	ctx := context.Background()
	_, dsn := openSchema(t)
	exec(t, dsn, `DELETE FROM schema_version`)
	_, err := postgres.Open(ctx, dsn)
	if litopys.ErrorCode(err) != litopys.ECONFLICT || !strings.Contains(err.Error(), "litopys migrate") {
		t.Fatalf("open of an older schema: %v, want an ECONFLICT telling to run litopys migrate", err)
	}
	exec(t, dsn, `INSERT INTO schema_version (version) VALUES (99)`)
	if _, err := postgres.Open(ctx, dsn); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("open of a newer schema: %v, want a refusal", err)
	}
}

// TestMigrateRenumbers makes an up-to-date schema look as a database
// migrated before the stores shared one list of migrations (no version 4,
// stories at 4, the registry at 5, no name column) and checks that it reads
// as up to date and that migrate renumbers it without applying a script.
func TestMigrateRenumbers(t *testing.T) {
	ctx := context.Background()
	db, dsn := openSchema(t)
	exec(t, dsn, `ALTER TABLE schema_version DROP COLUMN name; DELETE FROM schema_version WHERE version = 4;
		UPDATE schema_version SET version = -version WHERE version > 4; UPDATE schema_version SET version = -version - 1 WHERE version < 0`)
	have, want, err := db.SchemaVersion(ctx)
	if err != nil || have != want {
		t.Fatalf("old numbering reads as version %d of %d (err %v), want up to date", have, want, err)
	}
	n, err := db.Migrate(ctx)
	if err != nil || n != 0 {
		t.Fatalf("migrate of an old-numbered, complete schema applied %d (err %v), want 0", n, err)
	}
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	rows, err := c.Query(ctx, `SELECT version, coalesce(name, '') FROM schema_version ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d %s", v, name))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	want4 := []string{"4 0004_staged_postings.sql", "5 0005_stories.sql", "6 0006_entity_registry.sql"}
	if len(got) != want || !slices.Equal(got[3:6], want4) {
		t.Errorf("schema_version after renumbering: %q, want %d rows with %q from 4 on", got, want, want4)
	}
}

// TestMigrateCarriesOver fills a schema at version 0001 (bodies holding the
// text, an index of one row per term and document, a row per mention) and
// checks that migration 0002 rebuilds the index and keeps every document,
// and that 0003 turns the mentions into counts per entity and document and
// keeps the events.
func TestMigrateCarriesOver(t *testing.T) {
	ctx := context.Background()
	_, dsn := openSchema(t)
	exec(t, dsn, `DROP TABLE IF EXISTS documents, entities, entity_names, mentions, doc_entities, events, attributions, terms, postings, stats, story_log, stories, threads, story_entities, schema_version, entity_locals, entity_aliases, entity_keys, entity_registry, entity_redirects, entity_changes, entity_rules CASCADE`)
	init, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	exec(t, dsn, string(init))
	exec(t, dsn, `CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now()); INSERT INTO schema_version (version) VALUES (1)`)
	codec, err := body.New()
	if err != nil {
		t.Fatal(err)
	}
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	seeds := storetest.Seeds(t)
	var words, wantEvents int
	for i, d := range seeds {
		b, err := codec.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		_, n := search.Terms(d)
		words += n
		if _, err := c.Exec(ctx, `INSERT INTO documents (seq, id, lang, title, published, day, analyser, content_hash, words, text, body)
			VALUES ($7, $1, $2, 'title', $3, $4, 'old', $1, $5, 'text', $6)`, d.ID, d.Lang, d.Published.String(), search.Day(d.Published, false), n, b, i+1); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Entities {
			if _, err := c.Exec(ctx, `INSERT INTO entities (id, type, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, e.ID, e.Type, e.Name); err != nil {
				t.Fatal(err)
			}
		}
		for j, m := range d.Mentions {
			if _, err := c.Exec(ctx, `INSERT INTO mentions VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, i+1, j, m.Entity, m.Type, m.Start, m.End, m.Text, m.Base); err != nil {
				t.Fatal(err)
			}
		}
		for j, e := range d.Events {
			if _, err := c.Exec(ctx, `INSERT INTO events VALUES ($1, $2, $3, $4, $5, $6, $7)`, i+1, j, e.Type, e.Trigger, e.Date, e.Source, e.Text); err != nil {
				t.Fatal(err)
			}
			wantEvents++
		}
	}
	if _, err := c.Exec(ctx, `SELECT setval(pg_get_serial_sequence('documents', 'seq'), $1)`, len(seeds)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Exec(ctx, `UPDATE stats SET docs = $1, words = $2`, len(seeds), words); err != nil {
		t.Fatal(err)
	}
	c.Close(ctx)
	m, err := postgres.OpenForMigrate(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := m.Migrate(ctx); err != nil || n != 5 {
		t.Fatalf("migrate applied %d (%v), want 5", n, err)
	}
	m.Close()
	db, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err = pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	var events int
	if err := c.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&events); err != nil || events != wantEvents || events == 0 {
		t.Errorf("%d events after migration (%v), want %d", events, err, wantEvents)
	}
	c.Close(ctx)
	storetest.CheckMigrated(t, db, seeds)
}
