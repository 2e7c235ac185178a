package input

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// TestReadSharedCorpora reads the shared corpora as a user would point
// litopys at them and counts what comes out: every article is read, and the
// only error records are for annotation files a directory walk skips.
func TestReadSharedCorpora(t *testing.T) {
	needShared(t)
	if testing.Short() {
		t.Skip("reads 100 MB")
	}
	tests := []struct {
		path        string
		records     int // at least
		unsupported int // at most
		invalid     int // at most
	}{
		{"news/ru_rt_ng.jsonl.gz", 9204, 0, 0},
		{"collection5/ne5_gold.jsonl", 1000, 0, 0},
		{"news/uk_news_nov2024.csv", 538, 57, 0}, // 57 rows have an empty text: skipped
		{"bsnlp/brexit", 200, 500, 0},
		{"news/bruk_press_uk/data", 580, 0, 0},
		{"ner-uk/v2.0/data", 560, 600, 0},
		{"../seeds", 4, 10, 1}, // gold/timeline.json is JSON but no article
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			start := time.Now()
			n, bytes, codes := 0, 0, map[string]int{}
			formats := map[string]int{}
			for rec := range Read(context.Background(), []string{filepath.Join(sharedData, tt.path)}, nil, Options{}) {
				if rec.Err != nil {
					code := litopys.ErrorCode(rec.Err)
					if codes[code]++; code != litopys.EUNSUPPORTED && codes[code] <= 3 {
						t.Logf("%s: %v", rec.Source, rec.Err)
					}
					continue
				}
				n++
				bytes += len(rec.Body)
				formats[rec.Format+"/"+rec.Encoding]++
			}
			d := time.Since(start)
			t.Logf("%d records (%v), %.1f MB in %v (%.0f MB/s), errors %v", n, formats, float64(bytes)/1e6, d.Round(time.Millisecond), float64(bytes)/1e6/d.Seconds(), codes)
			if n < tt.records || codes[litopys.EUNSUPPORTED] > tt.unsupported || codes[litopys.EINVALID] > tt.invalid || len(codes) > 2 {
				t.Errorf("%d records and errors %v, want at least %d records, %d unsupported and %d invalid", n, codes, tt.records, tt.unsupported, tt.invalid)
			}
		})
	}
}
