package harvest_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/internal/newssite"
	"github.com/newsarc/newsarc/pkg/harvest"
)

// small is a site of two articles a day from 29 July to 1 August.
var small = newssite.Config{
	From:   time.Date(2023, 7, 29, 0, 0, 0, 0, newssite.ICT),
	To:     time.Date(2023, 8, 2, 0, 0, 0, 0, newssite.ICT),
	PerDay: 2,
}

// gaps returns the times between successive requests to host.
func gaps(reqs []newssite.Request, host string) []time.Duration {
	var ts []time.Time
	for _, r := range reqs {
		if r.Host == host {
			ts = append(ts, r.Time)
		}
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	var g []time.Duration
	for i := 1; i < len(ts); i++ {
		g = append(g, ts[i].Sub(ts[i-1]))
	}
	return g
}

func TestCrawlDelayAndDelayBetweenRequests(t *testing.T) {
	cfg := small
	cfg.CrawlDelay = "0.15" // longer than --delay: it wins
	ts := newTestSite(t, cfg)
	opts := ts.options(filepath.Join(t.TempDir(), "july.warc.gz"))
	opts.Delay = 80 * time.Millisecond
	opts.Images = true
	rep, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	host := strings.TrimPrefix(ts.base, "http://")
	g := gaps(ts.Requests(), host)
	if len(g) < 10 || rep.Kept == 0 {
		t.Fatalf("%d requests, %d kept", len(g)+1, rep.Kept)
	}
	for i, d := range g {
		if d < 150*time.Millisecond {
			t.Errorf("request %d came %v after the previous one; Crawl-delay is 0.15 s", i+1, d)
		}
	}
	// The CDN has no Crawl-delay: --delay applies.
	for i, d := range gaps(ts.Requests(), strings.TrimPrefix(ts.cdn.URL, "http://")) {
		if d < 80*time.Millisecond {
			t.Errorf("CDN request %d came %v after the previous one; --delay is 80 ms", i+1, d)
		}
	}
	if n := ts.MaxInFlight(host); n != 1 {
		t.Errorf("%d requests in flight at once; want 1", n)
	}
	for _, r := range ts.Requests() {
		if !strings.HasPrefix(r.UserAgent, "newsarc/") || !strings.HasSuffix(r.UserAgent, " (+https://github.com/newsarc/newsarc)") {
			t.Fatalf("User-Agent %q", r.UserAgent)
		}
	}
}

func TestConcurrencyPerHost(t *testing.T) {
	ts := newTestSite(t, newssite.Config{From: time.Date(2023, 7, 20, 0, 0, 0, 0, newssite.ICT), Faults: true, PageKB: 200})
	opts := ts.options(filepath.Join(t.TempDir(), "july.warc.gz"))
	opts.Concurrency = 3
	if _, err := harvest.Run(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	if n := ts.MaxInFlight(strings.TrimPrefix(ts.base, "http://")); n < 1 || n > 3 {
		t.Errorf("%d requests in flight at once; want at most 3", n)
	}
}

func TestUserAgentPicksTheRobotsGroup(t *testing.T) {
	ts := newTestSite(t, small)
	opts := ts.options(filepath.Join(t.TempDir(), "july.warc.gz"))
	opts.UserAgent = "BaoMauArchive/1.0 (+mailto:toasoan@baomau.vn)"
	if _, err := harvest.Run(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	got := ts.requested()
	for _, a := range ts.Articles {
		// The "*" group applies to this agent: it does not close Bạn đọc.
		if inJuly(a) && a.Section.Slug == "ban-doc" && got[a.ListedPath()] == 0 {
			t.Errorf("%s not fetched", a.ListedPath())
		}
	}
	for _, r := range ts.Requests() {
		if r.UserAgent != opts.UserAgent {
			t.Fatalf("User-Agent %q", r.UserAgent)
		}
	}
}

// server answers from a map of paths.
func server(t *testing.T, routes map[string]http.HandlerFunc) (*httptest.Server, *[]string) {
	var log []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log = append(log, r.URL.Path)
		if h := routes[r.URL.Path]; h != nil {
			h(w, r)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &log
}

func TestUnreachableRobotsKeepsUsAway(t *testing.T) {
	srv, log := server(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", 500) },
	})
	out := filepath.Join(t.TempDir(), "july.warc.gz")
	rep, err := harvest.Run(context.Background(), harvest.Options{Period: july, Sites: []string{srv.URL}, Output: out, Delay: -1, Backoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(*log, " ") != "/robots.txt" {
		t.Errorf("requests: %v; want robots.txt only", *log)
	}
	if len(rep.Failures) != 1 || !strings.Contains(rep.Failures[0].Reason, "HTTP 500 Internal Server Error; the host is not crawled") {
		t.Errorf("failures %+v", rep.Failures)
	}
	if rep.Fetched != 0 || len(rep.Output) != 0 {
		t.Errorf("fetched %d, wrote %v", rep.Fetched, rep.Output)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s written: %v", out, err)
	}
}

// A Retry-After past MaxWait fails the URL at once, however long: 10,000,000,000
// seconds overflowed a time.Duration into a negative wait, and the URL was
// asked again at once, three times.
func TestRetryAfterLongerThanMaxWaitFails(t *testing.T) {
	for _, c := range []struct{ after, wait string }{
		{"3600", "1h0m0s"},
		{"315360000", "87600h0m0s"},       // ten years
		{"10000000000", "1193046h28m16s"}, // 317 years: held at 2³² s
		{"99999999999999999999", ""},      // not a number Go reads: the back-off applies
	} {
		srv, log := server(t, map[string]http.HandlerFunc{
			"/2023/07/28/giao-ban-1.html": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", c.after)
				http.Error(w, "slow down", http.StatusTooManyRequests)
			},
		})
		rep, err := harvest.Run(context.Background(), harvest.Options{Period: july, URLs: []string{srv.URL + "/2023/07/28/giao-ban-1.html"},
			Output: filepath.Join(t.TempDir(), "july.warc.gz"), Delay: -1, Backoff: time.Hour})
		if err != nil {
			t.Fatal(err)
		}
		want := "HTTP 429: the server asks to wait " + c.wait + ", more than 5m0s"
		if c.wait == "" {
			want = "HTTP 429: the server asks to wait 1h0m0s, more than 5m0s"
		}
		if len(rep.Failures) != 1 || rep.Failures[0].Reason != want {
			t.Errorf("Retry-After: %s: failures %+v", c.after, rep.Failures)
		}
		if strings.Count(strings.Join(*log, " "), "giao-ban") != 1 {
			t.Errorf("Retry-After: %s: requests %v", c.after, *log)
		}
	}
}

func TestBackoffDoublesOn503(t *testing.T) {
	var times []time.Time
	srv, _ := server(t, map[string]http.HandlerFunc{
		"/2023/07/28/giao-ban-1.html": func(w http.ResponseWriter, r *http.Request) {
			times = append(times, time.Now())
			http.Error(w, "busy", http.StatusServiceUnavailable)
		},
	})
	rep, err := harvest.Run(context.Background(), harvest.Options{Period: july, URLs: []string{srv.URL + "/2023/07/28/giao-ban-1.html"},
		Output: filepath.Join(t.TempDir(), "july.warc.gz"), Delay: -1, Backoff: 50 * time.Millisecond, Retries: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(times) != 4 || len(rep.Failures) != 1 || rep.Failures[0].Status != 503 {
		t.Fatalf("%d requests, failures %+v; want 4 and one 503", len(times), rep.Failures)
	}
	for i, want := range []time.Duration{50, 100, 200} {
		if d := times[i+1].Sub(times[i]); d < want*time.Millisecond {
			t.Errorf("retry %d after %v, want at least %v ms", i+1, d, want)
		}
	}
}
