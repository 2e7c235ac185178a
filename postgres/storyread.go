package postgres

import "github.com/litopys/litopys/internal/sqlread"

// dialect is how PostgreSQL writes what the shared reads (package sqlread)
// leave to the backend.
var dialect = sqlread.Dialect{
	Contains: func(col string) string { return "position(lower(?) in lower(" + col + ")) > 0" },
	In:       func(col string, vals []string) (string, []any) { return col + " = ANY(?)", []any{vals} },
}
