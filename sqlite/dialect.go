package sqlite

import "github.com/litopys/litopys/internal/sqlstore"

// dialect is how SQLite writes what the shared reads (package sqlstore)
// leave to the backend.
var dialect = sqlstore.Dialect{
	Contains: func(col string) string { return "instr(lower(" + col + "), lower(?)) > 0" },
	In: func(col string, vals []string) (string, []any) {
		args := make([]any, len(vals))
		for i, v := range vals {
			args[i] = v
		}
		return col + " IN (" + placeholders(len(vals)) + ")", args
	},
	// SQLite bounds the variables of a statement.
	Batch: 500,
}
