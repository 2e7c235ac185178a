package postgres_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/postgres"
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
