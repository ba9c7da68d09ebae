package harvest_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsarc/newsarc/internal/newssite"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/harvest"
	"github.com/newsarc/newsarc/pkg/news"
)

var july = news.Period{
	Start: time.Date(2023, 7, 1, 0, 0, 0, 0, newssite.ICT),
	End:   time.Date(2023, 8, 1, 0, 0, 0, 0, newssite.ICT),
}

// testSite is the generated news site on loopback, its images on a second
// server (the CDN) and a partner site on a third that must never be asked.
type testSite struct {
	*newssite.Site
	srv, cdn *httptest.Server
	base     string
}

func newTestSite(t testing.TB, cfg newssite.Config) *testSite {
	t.Helper()
	partner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the partner site was asked for %s", r.URL)
	}))
	t.Cleanup(partner.Close)
	cfg.Partner = partner.URL
	site := newssite.New(cfg)
	ts := &testSite{Site: site, cdn: httptest.NewServer(site.Images())}
	site.CDN = ts.cdn.URL
	ts.srv = httptest.NewServer(site)
	ts.base = ts.srv.URL
	t.Cleanup(ts.srv.Close)
	t.Cleanup(ts.cdn.Close)
	return ts
}

// options are the test's defaults: no delay, short timeouts and back-off,
// a 1 MB cap (newssite's Huge page is 3 MB).
func (ts *testSite) options(out string) harvest.Options {
	return harvest.Options{
		Period: july, Sites: []string{ts.base + "/"}, Output: out,
		Delay: -1, Timeout: 2 * time.Second, MaxBytes: 1 << 20, Backoff: 20 * time.Millisecond,
	}
}

// allowed says whether the site's robots.txt lets newsarc fetch a.
func allowed(a *newssite.Article) bool {
	return a.Section.Slug != "ban-doc" || strings.HasPrefix(a.Slug, "thu-ngo-")
}

func inJuly(a *newssite.Article) bool { return july.Contains(a.Published) }

// fetchable: a page that answers, in the end, with itself.
func fetchable(a *newssite.Article) bool {
	switch a.Fault {
	case newssite.Down, newssite.Gone, newssite.Slow, newssite.Huge:
		return false
	}
	return true
}

// requested returns how many times each path was requested from the site.
func (ts *testSite) requested() map[string]int {
	n := map[string]int{}
	for _, r := range ts.Requests() {
		if r.Host == strings.TrimPrefix(ts.base, "http://") {
			n[r.Path]++
		}
	}
	return n
}

func TestHarvestJulyFeedsDigestWithExactlyJulysArticles(t *testing.T) {
	ts := newTestSite(t, newssite.Config{Faults: true})
	dir := t.TempDir()
	opts := ts.options(filepath.Join(dir, "july.warc.gz"))
	opts.Images = true
	rep, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{opts.Output}; !slices.Equal(rep.Output, want) {
		t.Fatalf("output %v, want %v", rep.Output, want)
	}
	assertNoOpenFiles(t, dir)

	got := ts.requested()
	var keep []string // URLs of the articles the digest must hold
	wasted := map[string]string{}
	for _, w := range rep.Wasted {
		wasted[strings.TrimPrefix(w.URL, ts.base)] = w.Reason
	}
	for _, a := range ts.Articles {
		p := a.ListedPath()
		switch {
		case !allowed(a):
			if got[p] > 0 {
				t.Errorf("robots.txt forbids %s, fetched", p)
			}
		case inJuly(a):
			if got[p] == 0 {
				t.Errorf("July's %s was not fetched", p)
			}
			if fetchable(a) && a.Date != newssite.Undated {
				keep = append(keep, ts.base+a.Path())
			}
		case got[p] > 0:
			// Another month's page is fetched only when no listing could
			// place it: its lastmod is within a day of July or later (it was
			// corrected), and no exact publication date was given.
			if a.Updated.Before(july.Start.Add(-24*time.Hour)) || a.Updated.After(july.End.Add(24*time.Hour)) {
				t.Errorf("%s (published %v, modified %v) fetched", p, a.Published, a.Updated)
			}
			if wasted[a.Path()] == "" {
				t.Errorf("%s fetched, not reported wasted", p)
			}
		}
	}
	if rep.Kept < len(keep) || rep.Fetched != rep.Kept+len(rep.Wasted) {
		t.Errorf("kept %d of %d fetched (%d wasted); want at least the %d dated July articles", rep.Kept, rep.Fetched, len(rep.Wasted), len(keep))
	}

	t.Logf("kept %d, fetched %d, wasted %d, want %d in the digest; skipped %v; %d requests", rep.Kept, rep.Fetched, len(rep.Wasted), len(keep), rep.Skipped, rep.Requests)

	// Every kind of listing was read, once: the index, the gzip sitemaps of
	// June and July, August's plain one, the Google News sitemap, and the
	// feeds the home page announces.
	for _, p := range []string{"/robots.txt", "/sitemap.xml", "/sitemaps/sitemap-2023-06.xml.gz", "/sitemaps/sitemap-2023-07.xml.gz",
		"/sitemaps/sitemap-2023-08.xml", "/sitemap-news.xml", "/", "/rss/tin-moi.rss", "/rss/kinh-te.rss", "/atom.xml"} {
		if got[p] != 1 {
			t.Errorf("%s read %d times, want once", p, got[p])
		}
	}
	if rep.Listings != 9 {
		t.Errorf("%d listings read, want 9", rep.Listings)
	}

	// The faults: retried until answered, or reported.
	tooMany, busy := ts.WithFault(newssite.TooMany), ts.WithFault(newssite.Busy)
	if got[tooMany.Path()] != 2 || got[busy.Path()] != 3 {
		t.Errorf("429 page asked %d times (want 2), 503-twice page %d times (want 3)", got[tooMany.Path()], got[busy.Path()])
	}
	var times []time.Time
	for _, r := range ts.Requests() {
		if r.Path == tooMany.Path() {
			times = append(times, r.Time)
		}
	}
	if len(times) == 2 && times[1].Sub(times[0]) < time.Second {
		t.Errorf("Retry-After: 1 not honoured: asked again after %v", times[1].Sub(times[0]))
	}
	if got["/tin/"+strconv.Itoa(ts.WithFault(newssite.Redirect).ID)] != 1 || got[ts.WithFault(newssite.Redirect).Path()] != 1 {
		t.Error("the redirect was not followed once")
	}
	wantFailures := map[string]string{
		ts.WithFault(newssite.Down).Path(): "HTTP 503 Service Unavailable (after 3 retries)",
		ts.WithFault(newssite.Gone).Path(): "HTTP 404 Not Found",
		ts.WithFault(newssite.Slow).Path(): "timed out after 2s",
		ts.WithFault(newssite.Huge).Path(): "response too large",
	}
	for _, f := range rep.Failures {
		p := strings.TrimPrefix(f.URL, ts.base)
		if want, ok := wantFailures[p]; !ok || !strings.Contains(f.Reason, want) {
			t.Errorf("failure %s: %q; want %q", p, f.Reason, want)
		}
		delete(wantFailures, p)
	}
	for p, want := range wantFailures {
		t.Errorf("%s not reported failed (%s)", p, want)
	}
	if n := rep.Skipped[harvest.SkipOtherHost]; n != 1 {
		t.Errorf("%d URLs skipped as on other hosts, want the partner's 1", n)
	}

	// The WARC feeds a digest with exactly July's articles, images included.
	var logs bytes.Buffer
	conv := convert.New(convert.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	jsonOut, pdfOut := filepath.Join(dir, "july.json"), filepath.Join(dir, "july.pdf")
	drep, err := conv.Digest(context.Background(), rep.Output, convert.DigestOptions{
		Selection: convert.Selection{Period: july},
		Outputs:   []convert.Output{{Path: jsonOut}, {Path: pdfOut}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(drep.Failures) > 0 || len(drep.Duplicates) > 0 || drep.OutOfPeriod > 0 {
		t.Errorf("digest: %d failures, %d duplicates, %d out of period; want none", len(drep.Failures), len(drep.Duplicates), drep.OutOfPeriod)
	}
	data, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	c, err := news.DecodeJSON(jsonOut, data)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, a := range c.Articles {
		urls = append(urls, a.URL)
		if a.Image == nil && !hasFigure(&a) {
			t.Errorf("%s: no image", a.URL)
		}
	}
	sort.Strings(urls)
	sort.Strings(keep)
	if !slices.Equal(urls, keep) {
		t.Errorf("digest holds %d articles, want %d\nextra: %v\nmissing: %v", len(urls), len(keep), minus(urls, keep), minus(keep, urls))
	}
	if strings.Contains(logs.String(), "image") {
		t.Errorf("the digest misses images:\n%s", logs.String())
	}
}

func hasFigure(a *news.Article) bool {
	for _, b := range a.Body {
		if b.Kind == news.Figure {
			return true
		}
	}
	return false
}

func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

func assertNoOpenFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".open") {
			t.Errorf("%s left behind", e.Name())
		}
	}
}

func TestAppendFetchesNothingTwice(t *testing.T) {
	ts := newTestSite(t, newssite.Config{Faults: true})
	dir := t.TempDir()
	opts := ts.options(filepath.Join(dir, "july.warc.gz"))
	opts.Append = true         // and no output yet: the first daily run
	opts.Timeout = time.Second // the slow page fails each run

	// 20 July: the first run sees the month so far.
	ts.SetNow(time.Date(2023, 7, 20, 12, 0, 0, 0, newssite.ICT))
	first, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	before := ts.requested()
	ts.ResetLog()

	// 2 August: the second run fetches the rest of July, and what failed.
	ts.SetNow(time.Date(2023, 8, 2, 12, 0, 0, 0, newssite.ICT))
	second, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	failed := map[string]bool{}
	for _, f := range first.Failures {
		failed[strings.TrimPrefix(f.URL, ts.base)] = true
	}
	for p, n := range ts.requested() {
		if before[p] > 0 && n > 0 && !failed[p] && isPage(p) {
			t.Errorf("%s fetched again", p)
		}
	}
	if want := filepath.Join(dir, "july-00001.warc.gz"); !slices.Equal(second.Output, []string{want}) {
		t.Errorf("second run wrote %v, want %s", second.Output, want)
	}
	if second.Skipped[harvest.SkipHarvested] == 0 {
		t.Error("the second run skipped nothing as already harvested")
	}

	// A third run on the same day fetches no page at all.
	ts.ResetLog()
	third, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	for p := range ts.requested() {
		if isPage(p) && !failed[p] && !isFailure(second, ts.base+p) {
			t.Errorf("third run fetched %s", p)
		}
	}
	if third.Kept != 0 || len(third.Output) != 0 {
		t.Errorf("third run kept %d pages in %v", third.Kept, third.Output)
	}

	// Both segments together make July's digest.
	rep, err := convert.New(convert.Options{}).Digest(context.Background(), []string{dir}, convert.DigestOptions{
		Selection: convert.Selection{Period: july}, Outputs: []convert.Output{{Path: filepath.Join(t.TempDir(), "july.txt")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, a := range ts.Articles {
		if inJuly(a) && allowed(a) && fetchable(a) && a.Date != newssite.Undated {
			want++
		}
	}
	if rep.Kept != want || len(rep.Duplicates) != 0 {
		t.Errorf("digest of both runs: %d articles, %d duplicates; want %d and none", rep.Kept, len(rep.Duplicates), want)
	}
}

// isPage tells the site's pages from robots.txt, sitemaps, feeds and the
// home page, which every run reads again.
func isPage(p string) bool {
	return p != "/" && p != "/robots.txt" && p != "/atom.xml" && !strings.HasPrefix(p, "/sitemap") && !strings.HasPrefix(p, "/rss/")
}

func isFailure(r *harvest.Report, u string) bool {
	for _, f := range r.Failures {
		if f.URL == u {
			return true
		}
	}
	return false
}

func TestInterruptedRunKeepsWhatWasWritten(t *testing.T) {
	ts := newTestSite(t, newssite.Config{})
	dir := t.TempDir()
	opts := ts.options(filepath.Join(dir, "july.warc.gz"))
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	opts.Progress = func(p harvest.Progress) {
		if p.Kept >= 30 {
			once.Do(cancel)
		}
	}
	rep, err := harvest.Run(ctx, opts)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if rep == nil || rep.Kept < 30 || rep.Kept > 40 || !slices.Equal(rep.Output, []string{opts.Output}) {
		t.Fatalf("report %+v", rep)
	}
	assertNoOpenFiles(t, dir)
	drep, err := convert.New(convert.Options{}).Digest(context.Background(), rep.Output, convert.DigestOptions{
		Selection: convert.Selection{Period: july}, Outputs: []convert.Output{{Path: filepath.Join(t.TempDir(), "july.txt")}},
	})
	if err != nil || len(drep.Failures) > 0 {
		t.Fatalf("digest of the interrupted run: %v %+v", err, drep)
	}
	dated := 0 // undated pages are kept but not in a digest
	for _, a := range ts.Articles {
		if inJuly(a) && allowed(a) && a.Date != newssite.Undated {
			dated++
		}
	}
	if drep.Kept < 25 {
		t.Errorf("the interrupted run's WARC holds %d articles, kept %d", drep.Kept, rep.Kept)
	}

	// --append finishes the job.
	opts.Append, opts.Progress = true, nil
	if _, err := harvest.Run(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	drep, err = convert.New(convert.Options{}).Digest(context.Background(), []string{dir}, convert.DigestOptions{
		Selection: convert.Selection{Period: july}, Outputs: []convert.Output{{Path: filepath.Join(t.TempDir(), "july.txt")}},
	})
	if err != nil || drep.Kept != dated || len(drep.Duplicates) > 0 {
		t.Errorf("after --append: %v, %d articles (want %d), %d duplicates", err, drep.Kept, dated, len(drep.Duplicates))
	}
}
