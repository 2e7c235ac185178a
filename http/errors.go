package http

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/litopys/litopys"
)

// statusOf maps a litopys error code to an HTTP status. It is the one place
// where that mapping is made.
func statusOf(code string) int {
	switch code {
	case litopys.ENOTFOUND:
		return http.StatusNotFound
	case litopys.EINVALID, litopys.EUNSUPPORTED:
		return http.StatusBadRequest
	case litopys.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case litopys.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case litopys.ECONFLICT:
		return http.StatusConflict
	case litopys.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// errorBody is the JSON shape of every API error.
type errorBody struct {
	Error   string `json:"error"`
	Code    string `json:"code"`
	Status  int    `json:"status"`
	Message string `json:"message"`
}

// errorOf returns the status and body an error is answered with. Internal
// errors keep their message for the log and show a generic one.
func errorOf(err error) (int, errorBody) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = litopys.Errorf(litopys.ETOOLARGE, "request body exceeds %d bytes", mbe.Limit)
	}
	code := litopys.ErrorCode(err)
	status := statusOf(code)
	msg := litopys.ErrorMessage(err)
	return status, errorBody{Error: code, Code: code, Status: status, Message: msg}
}

// writeJSON writes v as JSON with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.Encode(v) // the client may be gone; nothing to do then
}

// writeJSONError answers an API request with err.
func (s *Server) writeJSONError(w http.ResponseWriter, r *http.Request, err error) {
	status, body := errorOf(err)
	if status == http.StatusInternalServerError {
		s.logError(r, err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="litopys"`)
	}
	writeJSON(w, status, body)
}

// logError hands an unexpected error to the server's error hook.
// A request whose client went away is not an error of the server.
func (s *Server) logError(r *http.Request, err error) {
	if r.Context().Err() != nil && errors.Is(err, r.Context().Err()) {
		return
	}
	if s.opt.OnError != nil {
		s.opt.OnError(r, err)
	}
}
