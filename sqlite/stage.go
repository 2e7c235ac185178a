package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"github.com/litopys/litopys/search"
)

// A batch writes one block per distinct term. Written straight into the
// postings table, whose rows are ordered by term, those blocks land on as
// many different pages of a large index: at 700,000 documents a batch of
// 2,048 dirtied ≈ 150,000 pages (≈ 600 MB of write-ahead log) and the
// writer spent most of its time reading and writing them. So a batch's
// blocks are staged in postings_new, small enough to stay in the writer's
// cache, and every few batches moved into postings in term order, a term's
// staged blocks combined: each page of postings that gains rows is written
// once per move instead of once per batch, and a word common to the
// batches gains one block per move instead of one per batch. The move is
// the moment a term's blocks are counted for merging (search.MergeClock),
// since it is when they reach postings.
//
// A term's staged blocks are newer than its blocks in postings (a move
// takes them all), so a reader reads postings then postings_new, in one
// statement to see one snapshot.
const (
	// stageRows is the number of staged blocks that calls for a move: about
	// seven batches of 2,048 documents, ≈ 100 MB, which the writer's cache
	// (cache_size, open) holds.
	stageRows = 1 << 20
	// stageBatches is the number of staged batches that calls for a move:
	// staged blocks are not merged, so a word read while the store is fed
	// a few documents at a time has at most this many.
	stageBatches = 16
	// moveChunk is the number of staged blocks a move reads at a time.
	moveChunk = 1 << 14
)

// stage counts the staged blocks and batches, as this process knows them;
// it reads them from the file when it does not (at the first write, after
// a failed one). A count off by another process's writes only moves the
// next move earlier or later.
type stage struct {
	mu                  sync.Mutex
	known               bool
	rows, batches       int
	maxRows, maxBatches int
	chunk               int // moveChunk
}

func newStage() *stage {
	return &stage{maxRows: stageRows, maxBatches: stageBatches, chunk: moveChunk}
}

// add counts a batch of rows just staged in tx and reports whether the
// staged blocks are due a move.
func (s *stage) add(ctx context.Context, tx *sql.Tx, rows int) (due bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.known {
		// The batch just staged is in the count.
		if err := tx.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT blk) FROM postings_new`).Scan(&s.rows, &s.batches); err != nil {
			return false, fmt.Errorf("staged postings: %w", err)
		}
		s.known = true
	} else {
		s.rows += rows
		s.batches++
	}
	return s.rows >= s.maxRows || s.batches >= s.maxBatches, nil
}

// moved records a committed move; forget, a write that failed (what it
// staged or moved is not known).
func (s *stage) moved() {
	s.mu.Lock()
	s.rows, s.batches = 0, 0
	s.mu.Unlock()
}

func (s *stage) forget() {
	s.mu.Lock()
	s.known = false
	s.mu.Unlock()
}

// stageStmts read and clear the staged blocks.
type stageStmts struct {
	read, clear *sql.Stmt
}

func (db *DB) prepareStage() (*stageStmts, error) {
	var s stageStmts
	var err error
	if s.read, err = db.write.Prepare(`SELECT term, blk, n, data FROM postings_new WHERE (term, blk) > (?, ?) ORDER BY term, blk LIMIT ?`); err != nil {
		return nil, fmt.Errorf("sqlite prepare: %w", err)
	}
	if s.clear, err = db.write.Prepare(`DELETE FROM postings_new`); err != nil {
		return nil, fmt.Errorf("sqlite prepare: %w", err)
	}
	return &s, nil
}

// staged is a staged block.
type staged struct {
	term string
	blk  int64
	n    int
	data []byte
}

// moveStaged moves, in tx, the staged blocks into postings, each term's
// combined into blocks of at most 2·mergeMax postings (search.Chunks),
// then merges the blocks of the moved terms that are due a merge.
func (db *DB) moveStaged(ctx context.Context, tx *sql.Tx, st *writeStmts) error {
	read := tx.StmtContext(ctx, st.stage.read)
	defer read.Close()
	var (
		terms []string
		flat  []any
		term  []staged // the staged blocks of the term being read
		refs  []search.BlockRef
		keys  []int64
		data  [][]byte
	)
	// emit combines term's blocks into flat.
	emit := func() error {
		if len(term) == 0 {
			return nil
		}
		refs = refs[:0]
		for _, b := range term {
			refs = append(refs, search.BlockRef{Key: b.blk, N: b.n})
		}
		for _, r := range search.Chunks(refs) {
			if r.First == r.Last {
				b := term[r.First]
				flat = append(flat, b.term, b.blk, b.n, b.data)
				continue
			}
			keys, data = keys[:0], data[:0]
			for _, b := range term[r.First : r.Last+1] {
				keys, data = append(keys, b.blk), append(data, b.data)
			}
			key, n, block, err := search.MergeBlocks(keys, data)
			if err != nil {
				return fmt.Errorf("term %q: %w", term[0].term, err)
			}
			flat = append(flat, term[0].term, key, n, block)
		}
		terms = append(terms, term[0].term)
		term = term[:0]
		return nil
	}
	afterTerm, afterBlk := "", int64(-1<<63)
	for {
		chunk, err := readStaged(ctx, read, afterTerm, afterBlk, db.stage.chunk)
		if err != nil {
			return fmt.Errorf("move staged postings: %w", err)
		}
		for _, b := range chunk {
			if len(term) > 0 && b.term != term[0].term {
				if err := emit(); err != nil {
					return fmt.Errorf("move staged postings: %w", err)
				}
			}
			term = append(term, b)
		}
		if err := st.postings.exec(ctx, tx, flat); err != nil {
			return fmt.Errorf("move staged postings: %w", err)
		}
		flat = flat[:0]
		if len(chunk) < db.stage.chunk {
			break
		}
		last := chunk[len(chunk)-1]
		afterTerm, afterBlk = last.term, last.blk
	}
	if err := emit(); err != nil {
		return fmt.Errorf("move staged postings: %w", err)
	}
	if err := st.postings.exec(ctx, tx, flat); err != nil {
		return fmt.Errorf("move staged postings: %w", err)
	}
	if _, err := tx.StmtContext(ctx, st.stage.clear).ExecContext(ctx); err != nil {
		return fmt.Errorf("move staged postings: %w", err)
	}
	if _, err := mergeBlocks(ctx, tx, st.merge, db.merges.Due(terms)); err != nil {
		return fmt.Errorf("move staged postings: %w", err)
	}
	return nil
}

// readStaged reads the next n staged blocks after (term, blk).
func readStaged(ctx context.Context, read *sql.Stmt, term string, blk int64, n int) ([]staged, error) {
	rows, err := read.QueryContext(ctx, term, blk, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []staged
	for rows.Next() {
		var b staged
		if err := rows.Scan(&b.term, &b.blk, &b.n, &b.data); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}
