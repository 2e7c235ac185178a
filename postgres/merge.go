package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys/search"
)

// mergeBlocks merges, in tx, the blocks of each of terms (sorted) that
// search.PlanMerges says to, in three statements whatever the number of
// terms. Writers merge concurrently: a run's blocks are deleted and their
// postings taken from what the DELETE returns, so a block that another
// writer merged away in the meantime is simply not in this merge, and one
// it wrote in the run's range after this statement began is left alone.
func mergeBlocks(ctx context.Context, tx pgx.Tx, terms []string) error {
	if len(terms) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT term, blk, n FROM postings WHERE term = ANY($1) ORDER BY term, blk`, terms)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	byTerm := map[string][]search.BlockRef{}
	for rows.Next() {
		var t string
		var b search.BlockRef
		var n int32
		if err := rows.Scan(&t, &b.Key, &n); err != nil {
			rows.Close()
			return fmt.Errorf("merge: %w", err)
		}
		b.N = int(n)
		byTerm[t] = append(byTerm[t], b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	var runs struct {
		terms  []string
		lo, hi []int64
	}
	for _, t := range terms {
		refs := byTerm[t]
		for _, r := range search.PlanMerges(refs) {
			runs.terms = append(runs.terms, t)
			runs.lo, runs.hi = append(runs.lo, refs[r.First].Key), append(runs.hi, refs[r.Last].Key)
		}
	}
	if len(runs.terms) == 0 {
		return nil
	}
	rows, err = tx.Query(ctx, `DELETE FROM postings p USING unnest($1::text[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS r(term, lo, hi, i)
		WHERE p.term = r.term AND p.blk BETWEEN r.lo AND r.hi RETURNING r.i, p.blk, p.data`, runs.terms, runs.lo, runs.hi)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	type taken struct {
		keys [][]int64
		data [][][]byte
	}
	got := taken{keys: make([][]int64, len(runs.terms)), data: make([][][]byte, len(runs.terms))}
	for rows.Next() {
		var i, blk int64
		var data []byte
		if err := rows.Scan(&i, &blk, &data); err != nil {
			rows.Close()
			return fmt.Errorf("merge: %w", err)
		}
		got.keys[i-1] = append(got.keys[i-1], blk)
		got.data[i-1] = append(got.data[i-1], data)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	var ins struct {
		terms []string
		keys  []int64
		ns    []int32
		data  [][]byte
	}
	for i, t := range runs.terms {
		if len(got.keys[i]) == 0 {
			continue
		}
		key, n, data, err := search.MergeBlocks(got.keys[i], got.data[i])
		if err != nil {
			return fmt.Errorf("merge %q: %w", t, err)
		}
		ins.terms, ins.keys = append(ins.terms, t), append(ins.keys, key)
		ins.ns, ins.data = append(ins.ns, int32(n)), append(ins.data, data)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO postings (term, blk, n, data)
		SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::bytea[])`, ins.terms, ins.keys, ins.ns, ins.data); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	return nil
}

// WordBlocks returns the number of blocks of postings of the word with
// lemma.
func (db *DB) WordBlocks(ctx context.Context, lemma string) (int, error) {
	var n int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM postings WHERE term = $1`, search.WordTerm(lemma)).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: %w", err)
	}
	return n, nil
}
