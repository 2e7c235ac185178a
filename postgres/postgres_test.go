package postgres_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/postgres"
	"github.com/litopys/litopys/storetest"
)

// testDSN returns the server to test against, from LITOPYS_TEST_POSTGRES.
// Without it the tests skip, except in CI, where a skip would hide that the
// backend went untested.
func testDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("LITOPYS_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("LITOPYS_TEST_POSTGRES is not set in CI: eval \"$(.ci/postgres.sh)\" first")
		}
		t.Skip("LITOPYS_TEST_POSTGRES not set")
	}
	return dsn
}

// openSchema returns a store in a new schema of its own, dropped when the
// test ends.
func openSchema(t testing.TB) (*postgres.DB, string) {
	t.Helper()
	dsn := testDSN(t)
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	schema := fmt.Sprintf("litopys_test_%d", time.Now().UnixNano())
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), dsn)
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	dsn = withSearchPath(t, dsn, schema)
	db, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, dsn
}

// exec runs a statement in the database dsn names.
func exec(t *testing.T, dsn, stmt string) {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, stmt); err != nil {
		t.Fatal(err)
	}
}

func withSearchPath(t testing.TB, dsn, schema string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) litopys.Store {
		db, _ := openSchema(t)
		return db
	})
}

func TestStories(t *testing.T) {
	storetest.RunStories(t, func(t *testing.T, n int) []storetest.StoryStore {
		db, dsn := openSchema(t)
		out := []storetest.StoryStore{db}
		for range n - 1 {
			other, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { other.Close() })
			out = append(out, other)
		}
		return out
	})
}
