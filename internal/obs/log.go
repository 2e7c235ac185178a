package obs

import (
	"fmt"
	"io"
	"log/slog"
)

// Log formats.
const (
	FormatJSON = "json"
	FormatText = "text"
)

// NewLogger returns a logger writing to w in format (FormatJSON or
// FormatText) at level ("debug", "info", "warn" or "error"), or an error
// naming the value it does not know.
func NewLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	opt := &slog.HandlerOptions{Level: l}
	switch format {
	case FormatJSON:
		return slog.New(slog.NewJSONHandler(w, opt)), nil
	case FormatText:
		return slog.New(slog.NewTextHandler(w, opt)), nil
	}
	return nil, fmt.Errorf("log format %q: want %s or %s", format, FormatJSON, FormatText)
}
