package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/litopys/litopys/search"
)

// mergeStmts read and rewrite a term's blocks (see search.PlanMerges).
type mergeStmts struct {
	refs, run, del, ins *sql.Stmt
}

// prepareMerge prepares the statements on the write connection, which
// must be free: the write path prepares them with its other statements,
// before its transaction takes the connection.
func (db *DB) prepareMerge() (*mergeStmts, error) {
	var s mergeStmts
	for _, x := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&s.refs, `SELECT blk, n FROM postings WHERE term = ? ORDER BY blk`},
		{&s.run, `SELECT blk, data FROM postings WHERE term = ? AND blk BETWEEN ? AND ? ORDER BY blk`},
		{&s.del, `DELETE FROM postings WHERE term = ? AND blk BETWEEN ? AND ?`},
		{&s.ins, `INSERT INTO postings (term, blk, n, data) VALUES (?, ?, ?, ?)`},
	} {
		var err error
		if *x.stmt, err = db.write.Prepare(x.sql); err != nil {
			return nil, fmt.Errorf("sqlite prepare: %w", err)
		}
	}
	return &s, nil
}

// mergeBlocks merges, in tx, the blocks of each of terms that
// search.PlanMerges says to; it returns the number of blocks merged away.
func mergeBlocks(ctx context.Context, tx *sql.Tx, st *mergeStmts, terms []string) (int, error) {
	if len(terms) == 0 {
		return 0, nil
	}
	refs, run, del, ins := tx.StmtContext(ctx, st.refs), tx.StmtContext(ctx, st.run), tx.StmtContext(ctx, st.del), tx.StmtContext(ctx, st.ins)
	defer refs.Close()
	defer run.Close()
	defer del.Close()
	defer ins.Close()
	merged := 0
	var blocks []search.BlockRef
	for _, t := range terms {
		blocks = blocks[:0]
		rows, err := refs.QueryContext(ctx, t)
		if err != nil {
			return merged, fmt.Errorf("merge %q: %w", t, err)
		}
		for rows.Next() {
			var b search.BlockRef
			if err := rows.Scan(&b.Key, &b.N); err != nil {
				rows.Close()
				return merged, fmt.Errorf("merge %q: %w", t, err)
			}
			blocks = append(blocks, b)
		}
		if err := rows.Close(); err != nil {
			return merged, fmt.Errorf("merge %q: %w", t, err)
		}
		for _, r := range search.PlanMerges(blocks) {
			lo, hi := blocks[r.First].Key, blocks[r.Last].Key
			keys, data, err := readRun(ctx, run, t, lo, hi)
			if err != nil {
				return merged, fmt.Errorf("merge %q: %w", t, err)
			}
			key, n, block, err := search.MergeBlocks(keys, data)
			if err != nil {
				return merged, fmt.Errorf("merge %q: %w", t, err)
			}
			if _, err := del.ExecContext(ctx, t, lo, hi); err != nil {
				return merged, fmt.Errorf("merge %q: %w", t, err)
			}
			if _, err := ins.ExecContext(ctx, t, key, n, block); err != nil {
				return merged, fmt.Errorf("merge %q: %w", t, err)
			}
			merged += len(keys) - 1
		}
	}
	return merged, nil
}

// readRun reads the keys and data of a term's blocks keyed lo to hi.
func readRun(ctx context.Context, run *sql.Stmt, term string, lo, hi int64) ([]int64, [][]byte, error) {
	rows, err := run.QueryContext(ctx, term, lo, hi)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var keys []int64
	var data [][]byte
	for rows.Next() {
		var k int64
		var d []byte
		if err := rows.Scan(&k, &d); err != nil {
			return nil, nil, err
		}
		keys, data = append(keys, k), append(data, d)
	}
	return keys, data, rows.Err()
}

// WordBlocks returns the number of blocks of postings of the word with
// lemma, staged ones included.
func (db *DB) WordBlocks(ctx context.Context, lemma string) (int, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM postings WHERE term = ?1) + (SELECT count(*) FROM postings_new WHERE term = ?1)`,
		search.WordTerm(lemma)).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: %w", err)
	}
	return n, nil
}
