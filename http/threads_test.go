package http

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// TestThreads: the API lists threads and a thread's stories, the story
// JSON names its thread, and the pages link the levels: the home page
// lists the threads, a story's page names its thread, a thread's page
// lists its stories. An unknown thread is a 404.
func TestThreads(t *testing.T) {
	_, ts := seededServer(t)
	status, _, body := get(t, ts, "/api/threads")
	var list ThreadList
	if err := json.Unmarshal([]byte(body), &list); status != 200 || err != nil || list.Total != 1 || len(list.Threads) != 1 {
		t.Fatalf("GET /api/threads: %d %v %s", status, err, body)
	}
	th := list.Threads[0]
	if th.Stories != 1 || th.Documents != 2 || th.Title == "" {
		t.Errorf("thread = %+v, want the seeds' one story of 2 articles", th)
	}
	status, _, body = get(t, ts, "/api/threads/"+url.PathEscape(th.ID))
	var v ThreadView
	if err := json.Unmarshal([]byte(body), &v); status != 200 || err != nil || v.Total != 1 || len(v.Stories) != 1 || v.Stories[0].Thread != th.ID {
		t.Fatalf("GET /api/threads/%s: %d %v %s", th.ID, status, err, body)
	}
	sid := v.Stories[0].ID
	status, _, body = get(t, ts, "/api/stories/"+url.PathEscape(sid))
	var sv struct {
		Thread     string `json:"thread"`
		ThreadInfo Thread `json:"thread_info"`
	}
	if err := json.Unmarshal([]byte(body), &sv); status != 200 || err != nil || sv.Thread != th.ID || sv.ThreadInfo.ID != th.ID {
		t.Errorf("story %s: %d %v thread %q / %+v, want %s", sid, status, err, sv.Thread, sv.ThreadInfo, th.ID)
	}
	if status, _, body = get(t, ts, "/api/stories?thread="+url.QueryEscape(th.ID)); status != 200 || !strings.Contains(body, sid) {
		t.Errorf("stories of the thread: %d %s", status, body)
	}
	threadURL := "/threads/" + url.PathEscape(th.ID)
	for _, p := range []struct{ path, want string }{
		{"/", `href="` + threadURL + `"`},
		{"/stories/" + url.PathEscape(sid), `href="` + threadURL + `"`},
		{threadURL, `href="/stories/` + url.PathEscape(sid) + `"`},
	} {
		if status, _, body := get(t, ts, p.path); status != 200 || !strings.Contains(body, p.want) {
			t.Errorf("GET %s: %d, want a link %s", p.path, status, p.want)
		}
	}
	if status, _, _ := get(t, ts, "/api/threads/nope"); status != 404 {
		t.Errorf("unknown thread: %d, want 404", status)
	}
}
