package main

import (
	"errors"
	"io/fs"
	"net"

	"github.com/litopys/litopys"
)

// Exit codes. A command's error maps to one here and nowhere else: usage
// errors and partial failures first, then the domain error's code (see
// litopys.ErrorCodes) to the sysexits(3) code of the same meaning.
const (
	exitOK      = 0
	exitFailure = 1 // an internal error, or one without a domain code
	exitUsage   = 2 // bad flags or arguments
	exitPartial = 3 // the command ran, but some inputs failed (each was reported)

	exitData         = 65 // EX_DATAERR: the input is invalid, of a kind not read, or too large
	exitNotFound     = 66 // EX_NOINPUT: the store, file or item named does not exist
	exitUnavailable  = 69 // EX_UNAVAILABLE: a host or service could not be reached
	exitUnauthorized = 77 // EX_NOPERM: a write without the right token
	exitConflict     = 78 // EX_CONFIG: the store's state forbids it (old schema, read-only)
	// 128+n: stopped by signal n (130 for Ctrl-C, 143 for SIGTERM), see signal.go
)

// errPartial reports that some items of a batch failed; each was already
// reported where it happened.
var errPartial = errors.New("some inputs failed")

// codeExits maps the domain error codes to exit codes.
var codeExits = map[string]int{
	litopys.EINTERNAL:     exitFailure,
	litopys.EINVALID:      exitData,
	litopys.EUNSUPPORTED:  exitData,
	litopys.ETOOLARGE:     exitData,
	litopys.ENOTFOUND:     exitNotFound,
	litopys.EUNAVAILABLE:  exitUnavailable,
	litopys.EUNAUTHORIZED: exitUnauthorized,
	litopys.ECONFLICT:     exitConflict,
}

// exitCode is the exit code of a command that failed with err (not nil,
// not an interrupt). Errors of the standard library that say the same as
// a domain code count as it: a file that does not exist is not_found, a
// network operation that failed is unavailable.
func exitCode(err error) int {
	switch {
	case errors.Is(err, errPartial):
		return exitPartial
	case isUsage(err):
		return exitUsage
	}
	code := litopys.ErrorCode(err)
	if code == litopys.EINTERNAL {
		var ne *net.OpError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			code = litopys.ENOTFOUND
		case errors.As(err, &ne):
			code = litopys.EUNAVAILABLE
		}
	}
	if n, ok := codeExits[code]; ok {
		return n
	}
	return exitFailure
}
