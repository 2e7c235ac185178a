package http

import (
	"net"
	"net/http"
	"slices"
	"strings"
)

// checkHost answers 421 to a request whose Host header names a host the
// server was not told it serves, against DNS rebinding: a page of
// evil.example whose name is made to resolve to 127.0.0.1 would otherwise
// read a server on the analyst's machine through the analyst's browser. An
// IP address and "localhost" are always accepted (no page can make a
// browser send them for its own name); other names only when listed in
// hosts, and any name when hosts holds "*".
func checkHost(hosts []string, h http.Handler) http.Handler {
	any := slices.Contains(hosts, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if any || hostAllowed(r.Host, hosts) {
			h.ServeHTTP(w, r)
			return
		}
		http.Error(w, "421 misdirected request: this server does not answer for host "+r.Host+
			" (litopys serve --public-host NAME lets it)", http.StatusMisdirectedRequest)
	})
}

// hostAllowed reports whether the Host header hostport may be served.
func hostAllowed(hostport string, hosts []string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "" || host == "localhost" || net.ParseIP(host) != nil {
		return true // "" is HTTP/1.0 without Host
	}
	for _, h := range hosts {
		if strings.EqualFold(strings.TrimSuffix(h, "."), host) {
			return true
		}
	}
	return false
}
