package litopys

import (
	"errors"
	"fmt"
)

// Error codes. They are mapped once at the edges: to exit codes in cmd
// (cmd/litopys/exit.go: invalid, unsupported and too_large exit 65,
// not_found 66, unavailable 69, unauthorized 77, conflict 78 — the
// sysexits(3) codes of the same meaning — and internal 1) and to HTTP
// status codes in package http (http/errors.go).
const (
	EINTERNAL     = "internal"     // a bug or an unexpected failure
	EINVALID      = "invalid"      // the input cannot be used as given
	ENOTFOUND     = "not_found"    // the thing asked for does not exist
	EUNSUPPORTED  = "unsupported"  // the input is of a kind litopys does not read
	ETOOLARGE     = "too_large"    // the input exceeds a size limit
	EUNAUTHORIZED = "unauthorized" // a write without the right token
	ECONFLICT     = "conflict"     // the store is in a state that forbids the operation
	EUNAVAILABLE  = "unavailable"  // a host or service could not be reached or failed to answer
)

// ErrorCodes returns every error code, for the edges that map them to
// test that none is left out.
func ErrorCodes() []string {
	return []string{EINTERNAL, EINVALID, ENOTFOUND, EUNSUPPORTED, ETOOLARGE, EUNAUTHORIZED, ECONFLICT, EUNAVAILABLE}
}

// Error is the domain error: a code for programs and a message for people.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for other errors, which are not meant for end users.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
