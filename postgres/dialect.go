package postgres

import "github.com/litopys/litopys/internal/sqlstore"

// dialect is how PostgreSQL writes what the shared reads (package sqlstore)
// leave to the backend.
var dialect = sqlstore.Dialect{
	Contains: func(col string) string { return "position(lower(?) in lower(" + col + ")) > 0" },
	In:       func(col string, vals []string) (string, []any) { return col + " = ANY(?)", []any{vals} },
}
