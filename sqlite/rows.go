package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// chunkSizes are the row counts of the multi-row INSERTs: any number of
// rows is written with a few statements of these sizes, each prepared once
// (parsing a statement costs as much as running it).
var chunkSizes = []int{256, 32, 4, 1}

// inserter writes rows of one table.
type inserter struct {
	cols  int
	stmts map[int]*sql.Stmt // by number of rows
	// inTx marks statements prepared in the transaction that runs them.
	inTx bool
}

// preparer is a *sql.DB or a *sql.Tx.
type preparer interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// newInserter prepares head (an INSERT … VALUES) followed by groups of
// cols placeholders and tail, for each of chunkSizes.
func newInserter(ctx context.Context, p preparer, head string, cols int, tail string) (*inserter, error) {
	_, inTx := p.(*sql.Tx)
	in := &inserter{cols: cols, stmts: map[int]*sql.Stmt{}, inTx: inTx}
	group := "(" + placeholders(cols) + "),"
	for _, n := range chunkSizes {
		s, err := p.PrepareContext(ctx, head+strings.TrimSuffix(strings.Repeat(group, n), ",")+tail)
		if err != nil {
			return nil, fmt.Errorf("sqlite prepare: %w", err)
		}
		in.stmts[n] = s
	}
	return in, nil
}

// exec inserts rows, given flat: cols values per row.
func (in *inserter) exec(ctx context.Context, tx *sql.Tx, flat []any) error {
	for _, n := range chunkSizes {
		width := n * in.cols
		if len(flat) < width {
			continue
		}
		s := in.stmts[n]
		if !in.inTx {
			s = tx.StmtContext(ctx, s)
			defer s.Close()
		}
		for len(flat) >= width {
			if _, err := s.ExecContext(ctx, flat[:width]...); err != nil {
				return err
			}
			flat = flat[width:]
		}
	}
	return nil
}

// writeStmts are the statements of the write path, prepared once on the
// write connection (closing the database closes them).
type writeStmts struct {
	entities, names, docEntities, events, attributions, postings, stories *inserter
	// The story read model's rows (writeReadModel).
	storyRows, threadRows, storyEntities *inserter
	document                             *sql.Stmt
	merge                                *mergeStmts
	// staged writes a batch's blocks into postings_new; stage reads and
	// clears them there (stage.go).
	staged *inserter
	stage  *stageStmts
}

func (db *DB) prepareWrite() (*writeStmts, error) {
	ctx := context.Background()
	var s writeStmts
	var err error
	for _, x := range []struct {
		in         **inserter
		head, tail string
		cols       int
	}{
		{&s.entities, `INSERT INTO entities (id, type, name, key) VALUES `, ` ON CONFLICT (id) DO NOTHING`, 4},
		{&s.names, `INSERT INTO entity_names (entity, lang, name) VALUES `, ` ON CONFLICT DO NOTHING`, 3},
		{&s.docEntities, `INSERT INTO doc_entities (entity, doc, n) VALUES `, ` ON CONFLICT (entity, doc) DO UPDATE SET n = excluded.n`, 3},
		{&s.events, `INSERT INTO events (doc, n, type, trigger, date, source) VALUES `, ``, 6},
		{&s.attributions, `INSERT INTO attributions (doc, n, source, via, cue, quote) VALUES `, ``, 6},
		{&s.postings, `INSERT INTO postings (term, blk, n, data) VALUES `, ` ON CONFLICT (term, blk) DO UPDATE SET n = excluded.n, data = excluded.data`, 4},
		{&s.staged, `INSERT INTO postings_new (term, blk, n, data) VALUES `, ``, 4},
		{&s.stories, `INSERT INTO story_log (seq, doc, story, dup_of, lang, outlet, published, features, thread, continues, day, events) VALUES `, ``, 12},
		{&s.storyRows, `INSERT OR REPLACE INTO stories
			(id, thread, continues, title, first, last, first_day, last_day, docs, dups, langs, outlets) VALUES `, ``, 12},
		{&s.threadRows, `INSERT OR REPLACE INTO threads (id, title, stories, docs, first, last, first_day, last_day) VALUES `, ``, 8},
		{&s.storyEntities, `INSERT INTO story_entities (story, entity, docs) VALUES `,
			` ON CONFLICT (story, entity) DO UPDATE SET docs = docs + excluded.docs`, 3},
	} {
		if *x.in, err = newInserter(ctx, db.write, x.head, x.cols, x.tail); err != nil {
			return nil, err
		}
	}
	if s.merge, err = db.prepareMerge(); err != nil {
		return nil, err
	}
	if s.stage, err = db.prepareStage(); err != nil {
		return nil, err
	}
	s.document, err = db.write.Prepare(`INSERT INTO documents
		(id, url, outlet, lang, title, published, day, analyser, content_hash, words, body, textz, blk, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("sqlite prepare: %w", err)
	}
	return &s, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// numbered returns n numbered placeholders, ?1 to ?n, for a statement that
// uses its arguments more than once.
func numbered(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "?%d", i)
	}
	return b.String()
}
