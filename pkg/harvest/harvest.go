// Package harvest fetches the articles a news site published in a period
// into WARC files, which pkg/archive — and so a digest — reads.
//
// It finds the articles the way a search engine is told to: the Sitemap
// lines of robots.txt (or /sitemap.xml) with their indexes, per-month and
// per-day sitemaps, Google News sitemaps and gzip sitemaps; the RSS and
// Atom feeds given or announced by the home page; and lists of URLs. It
// keeps to the period by the dates these give, by the dates in the URLs,
// and finally by the page's own date. It is polite: robots.txt is obeyed,
// Crawl-delay honoured, one request at a time per host with a delay between
// them, 429 and 503 answers retried after the wait the server asks for.
//
// Each kept page is written as a request and a response record (with
// payload digests, gzip per record) to july.warc.gz, then
// july-00001.warc.gz… once a segment passes its size; a segment is written
// under a temporary name and renamed when closed, so an interrupted run
// leaves valid files holding every finished record. With Append, the pages
// already in the output's segments are not fetched again.
package harvest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/news"
)

// ProjectURL is named in the default User-Agent, for site owners.
const ProjectURL = "https://github.com/newsarc/newsarc"

// Defaults of Options.
const (
	DefaultDelay   = time.Second
	DefaultMaxSize = 1 << 30 // 1 GiB, the segment size the WARC standard suggests
	DefaultRetries = 3
	DefaultBackoff = 2 * time.Second
	DefaultMaxWait = 5 * time.Minute
)

// maxListingBytes caps a sitemap or feed once decompressed: the sitemap
// protocol's 50 MB.
const maxListingBytes = 50 << 20

// maxListings caps the sitemaps and feeds read in one run.
const maxListings = 5000

// maxCandidates caps the URLs discovery keeps: a busy site's month is
// tens of thousands.
const maxCandidates = 1_000_000

// maxSitemapDepth is how deep sitemap indexes may nest.
const maxSitemapDepth = 3

// DefaultUserAgent is "newsarc/VERSION (+https://github.com/newsarc/newsarc)",
// with the version of newsarc this program was built with.
func DefaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok {
		mods := append([]*debug.Module{&bi.Main}, bi.Deps...)
		for _, m := range mods {
			if m.Path == "github.com/newsarc/newsarc" && m.Version != "" && m.Version != "(devel)" {
				v = strings.TrimPrefix(m.Version, "v")
			}
		}
	}
	return "newsarc/" + v + " (+" + ProjectURL + ")"
}

// Options configure Run. Period, Output and at least one of Sites, Feeds
// and URLs are required; a zero value elsewhere is the default.
type Options struct {
	// Period is what to keep: the articles published in [Start, End). Dates
	// written without a zone (in URLs, sitemaps, pages) are in Start's.
	Period news.Period
	// Sites are home pages (https://baomau.vn/): their robots.txt, sitemaps
	// and announced feeds are read. The hosts of Sites, Feeds and URLs, and
	// their subdomains, are the site's own: the only ones pages are
	// fetched from.
	Sites []string
	// Feeds are RSS or Atom feeds to read.
	Feeds []string
	// URLs are pages to fetch, if of the period.
	URLs []string

	// Output is the first segment: "july.warc.gz". Without Append it must
	// not exist yet.
	Output string
	// Append adds new segments beside the existing ones, fetching no URL
	// they hold. A segment left open by a killed run is first repaired.
	Append bool
	// MaxSize starts a new segment once one passes it; 0: 1 GiB.
	MaxSize int64
	// Images also fetches the images of kept articles, from any host, so
	// that a digest of the WARC is complete offline.
	Images bool

	// UserAgent is sent with every request; "" means DefaultUserAgent.
	// Its product token ("newsarc") picks the robots.txt group.
	UserAgent string
	// Delay is the wait between two requests of a stream to one host; 0
	// means 1 s, a negative value none. A longer Crawl-delay wins.
	Delay time.Duration
	// Concurrency is the number of requests to one host at a time; 0: 1.
	Concurrency int
	// Timeout bounds each request, body included; 0: 30 s.
	Timeout time.Duration
	// MaxBytes caps a page or image; 0: 10 MB. Sitemaps may have 50 MB.
	MaxBytes int64
	// Retries of a request answered 429, 502, 503 or 504; 0: 3, negative:
	// none. The wait is the server's Retry-After, else Backoff doubling at
	// each retry (0: 2 s); a Retry-After longer than MaxWait (0: 5 min)
	// fails the request.
	Retries int
	Backoff time.Duration
	MaxWait time.Duration

	// Client sends the requests; nil means a client of its own. Its
	// redirect policy and cookie jar are replaced: harvest follows
	// redirects itself and sends no cookies or credentials.
	Client *http.Client
	// Reader reads the date of pages that do not give it cheaply, and the
	// images of kept articles; nil means html.New(html.Options{}).
	Reader *html.Reader
	// Logger receives warnings and, at debug level, each decision; nil
	// discards them.
	Logger *slog.Logger
	// Progress, when set, is called with the counts so far as they change,
	// from any goroutine but never concurrently.
	Progress func(Progress)
}

// ErrOptions is wrapped by the errors Run returns for options it cannot
// work with, before sending any request.
var ErrOptions = errors.New("harvest: invalid options")

func notRegular(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}

// ErrExists is returned when the output exists and Append is not set.
var ErrExists = errors.New("the output exists")

// Report says what a run did; it is also its JSON report.
type Report struct {
	Output    []string       `json:"output"`     // WARC segments written by this run
	Bytes     int64          `json:"bytes"`      // their size
	Requests  int            `json:"requests"`   // HTTP requests sent, retries and robots.txt included
	Listings  int            `json:"listings"`   // sitemaps and feeds read
	Listed    int            `json:"listed"`     // URLs they gave (and the caller's), each counted once
	Found     int            `json:"found"`      // of these, pages that may be of the period: fetched
	Fetched   int            `json:"fetched"`    // pages fetched
	Kept      int            `json:"kept"`       // pages written: of the period
	Images    int            `json:"images"`     // images written
	Wasted    []Waste        `json:"wasted"`     // pages fetched but not kept
	Skipped   map[string]int `json:"skipped"`    // URLs not fetched, by reason
	Failures  []Failure      `json:"failures"`   // fetches that failed
	Started   time.Time      `json:"started"`    //
	Duration  float64        `json:"seconds"`    // how long the run took
	PagesRate float64        `json:"pages_rate"` // pages fetched a second
}

// Waste is a page fetched and not kept.
type Waste struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
}

// Failure is a fetch that failed; --append tries it again.
type Failure struct {
	URL    string `json:"url"`
	Status int    `json:"status,omitempty"` // the HTTP status, if there was one
	Reason string `json:"reason"`
}

// Skip reasons: why a URL found was not fetched.
const (
	SkipOutOfPeriod = "out of period"     // by its sitemap or feed date, or the date in its URL
	SkipRobots      = "robots.txt"        // forbidden to our user agent
	SkipOtherHost   = "other host"        // not one of the site's hosts
	SkipHarvested   = "already harvested" // in the WARC already (Append)
	SkipScheme      = "not http(s)"
	SkipCredentials = "credentials in URL"
)

// Progress is a snapshot of the counts of a run.
type Progress struct {
	Discovering bool // still reading robots.txt, sitemaps and feeds
	Listings    int
	Listed      int
	Found       int
	Fetched     int
	Kept        int
	Images      int
	Wasted      int
	Skipped     int
	Failed      int
	Queued      int // fetches waiting, images included
	Elapsed     time.Duration
}

// task is a URL to fetch.
type task struct {
	url   *url.URL
	entry entry // the dates its listing gave
	image bool
}

type harvester struct {
	opts               Options
	token              string // robots.txt product token
	client             *http.Client
	reader             *html.Reader
	log                *slog.Logger
	win                window
	loc                *time.Location
	out                *output
	seeds, feeds, urls []*url.URL      // what the caller gave
	mine               []*url.URL      // all of these: their hosts are the site's
	privateSite        atomic.Bool     // one of the site's own hosts is on a loopback or private address
	done               map[string]bool // canonical URLs in the WARC already

	mu    sync.Mutex // guards what follows and the report
	rep   *Report
	hosts map[string]*host
	known map[string]bool // canonical URLs queued or fetched in this run
	// What discovery found, in order.
	candidates map[string]*task
	order      []string
	capOnce    sync.Once
	listings   map[string]bool
	queued     int
	discover   bool
	pending    sync.WaitGroup
}

// Run harvests. It returns the report of what it did even with an error:
// the error is for what stopped the run (bad options, an output it cannot
// write, the context's cancellation); failed fetches are in the report.
func Run(ctx context.Context, opts Options) (*Report, error) {
	h, err := newHarvester(opts)
	if err != nil {
		return nil, err
	}
	seg, err := newSegments(h.opts.Output)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrOptions, err)
	}
	if fi, err := os.Stat(seg.dir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%w: %s: the output's directory does not exist", ErrOptions, h.opts.Output)
	}
	// A name taken by anything but a WARC file would be passed over, and
	// the run would write NAME-00001.warc.gz instead of NAME.warc.gz.
	if fi, err := os.Lstat(h.opts.Output); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s: cannot write there: it is %s", ErrOptions, h.opts.Output, notRegular(fi.Mode()))
	}
	closed, open, err := seg.existing()
	if err != nil {
		return nil, err
	}
	if !h.opts.Append && len(closed)+len(open) > 0 {
		return nil, fmt.Errorf("%s: %w", slices.Concat(closed, open)[0], ErrExists)
	}
	for _, p := range open {
		final, err := recoverOpen(p)
		if err != nil {
			return nil, fmt.Errorf("repairing a segment left open by an interrupted run: %w", err)
		}
		h.log.Warn("harvest: repaired a segment left open by an interrupted run", "file", final)
		closed = append(closed, final)
	}
	for _, p := range closed {
		if err := harvested(p, h.done); err != nil {
			return nil, err
		}
	}
	h.out = openOutput(seg, h.opts.MaxSize, warcinfo(h.opts.UserAgent, h.opts.Period, slices.Concat(h.opts.Sites, h.opts.Feeds)))
	h.rep.Started = time.Now()
	// A WARC that cannot be written stops the run.
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	h.out.onError = stop
	h.run(runCtx)
	h.pending.Wait()
	files, size, cerr := h.out.close()
	h.mu.Lock()
	defer h.mu.Unlock()
	h.rep.Output, h.rep.Bytes = files, size
	h.rep.Duration = time.Since(h.rep.Started).Seconds()
	if h.rep.Duration > 0 {
		h.rep.PagesRate = float64(h.rep.Fetched) / h.rep.Duration
	}
	if h.out.err != nil {
		return h.rep, h.out.err
	}
	if err := ctx.Err(); err != nil {
		return h.rep, err
	}
	return h.rep, cerr
}

func newHarvester(opts Options) (*harvester, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrOptions, fmt.Sprintf(format, args...))
	}
	if opts.Period.Start.IsZero() || !opts.Period.End.After(opts.Period.Start) {
		return nil, bad("no period")
	}
	if opts.Output == "" {
		return nil, bad("no output")
	}
	if len(opts.Sites)+len(opts.Feeds)+len(opts.URLs) == 0 {
		return nil, bad("nothing to harvest: give a site, a feed or URLs")
	}
	h := &harvester{
		opts: opts, win: window{opts.Period}, loc: opts.Period.Start.Location(),
		done: map[string]bool{}, hosts: map[string]*host{}, known: map[string]bool{}, listings: map[string]bool{}, candidates: map[string]*task{},
		rep: &Report{Skipped: map[string]int{}, Wasted: []Waste{}, Failures: []Failure{}},
	}
	o := &h.opts
	for _, list := range []struct {
		in  []string
		out *[]*url.URL
	}{{o.Sites, &h.seeds}, {o.Feeds, &h.feeds}, {o.URLs, &h.urls}} {
		for _, s := range list.in {
			u, err := checkURL(s)
			if err != nil {
				return nil, bad("%v", err)
			}
			*list.out = append(*list.out, u)
			h.mine = append(h.mine, u)
		}
	}
	o.UserAgent = cmpOr(o.UserAgent, DefaultUserAgent())
	h.token = agentToken(o.UserAgent)
	switch {
	case o.Delay == 0:
		o.Delay = DefaultDelay
	case o.Delay < 0:
		o.Delay = 0
	}
	o.Concurrency = max(o.Concurrency, 1)
	o.Timeout = cmpOr(o.Timeout, html.DefaultFetchTimeout)
	o.MaxBytes = cmpOr(o.MaxBytes, html.DefaultFetchMax)
	o.MaxSize = cmpOr(o.MaxSize, DefaultMaxSize)
	switch {
	case o.Retries == 0:
		o.Retries = DefaultRetries
	case o.Retries < 0:
		o.Retries = 0
	}
	o.Backoff = cmpOr(o.Backoff, DefaultBackoff)
	o.MaxWait = cmpOr(o.MaxWait, DefaultMaxWait)
	h.log = o.Logger
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	h.reader = o.Reader
	if h.reader == nil {
		h.reader = html.New(html.Options{})
	}
	h.client = &http.Client{Transport: h.guardedTransport()}
	if o.Client != nil {
		c := *o.Client
		h.client = &c
	}
	h.client.Jar = nil
	h.client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return h, nil
}

func cmpOr[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// checkURL parses a URL given by the caller.
func checkURL(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	switch {
	case err != nil:
		return nil, err
	case u.Scheme != "http" && u.Scheme != "https" || u.Host == "":
		return nil, fmt.Errorf("%q: not an http(s) URL", s)
	case u.User != nil:
		return nil, fmt.Errorf("%q: URLs with credentials are not fetched", s)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

// run discovers, then waits for the crawl that discovery starts.
func (h *harvester) run(ctx context.Context) {
	h.setDiscovering(true)
	for _, u := range h.seeds {
		h.discoverSite(ctx, u)
	}
	for _, u := range h.feeds {
		h.readListing(ctx, u, 0, false)
	}
	for _, u := range h.urls {
		h.add(u, entry{})
	}
	h.setDiscovering(false)
	for _, key := range h.order {
		if ctx.Err() != nil {
			return
		}
		h.consider(ctx, h.candidates[key])
	}
}

func (h *harvester) setDiscovering(on bool) {
	h.mu.Lock()
	h.discover = on
	h.mu.Unlock()
	h.progress()
}

// own reports whether u is on one of the site's hosts or their subdomains
// ("www." aside), on the same port.
func (h *harvester) own(u *url.URL) bool {
	for _, s := range h.mine {
		if sameSite(s, u) {
			return true
		}
	}
	return false
}

func sameSite(site, u *url.URL) bool {
	a := strings.TrimPrefix(strings.ToLower(site.Hostname()), "www.")
	b := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if b != a && !strings.HasSuffix(b, "."+a) {
		return false
	}
	return port(site) == port(u)
}

// port is a URL's port; the default ports of http and https are one, as a
// site moves from one to the other.
func port(u *url.URL) string {
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		return p
	}
	return ""
}

// pathQuery is what robots.txt rules are matched against.
func pathQuery(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// allowed checks robots.txt for u, fetching it for a new host.
func (h *harvester) allowed(ctx context.Context, u *url.URL) bool {
	return h.robotsFor(ctx, u).allowed(pathQuery(u))
}

// count changes the report under the lock and tells Progress.
func (h *harvester) count(f func(r *Report)) {
	h.mu.Lock()
	f(h.rep)
	h.mu.Unlock()
	h.progress()
}

func (h *harvester) skip(reason string) {
	h.count(func(r *Report) { r.Skipped[reason]++ })
}

func (h *harvester) fail(u string, status int, err error) {
	h.log.Debug("harvest: failed", "url", u, "err", err)
	h.count(func(r *Report) { r.Failures = append(r.Failures, Failure{URL: u, Status: status, Reason: err.Error()}) })
}

func (h *harvester) progress() {
	if h.opts.Progress == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock() // Progress is never called concurrently
	r := h.rep
	p := Progress{Discovering: h.discover, Listings: r.Listings, Listed: r.Listed, Found: r.Found, Fetched: r.Fetched, Kept: r.Kept, Images: r.Images,
		Wasted: len(r.Wasted), Failed: len(r.Failures), Queued: h.queued, Elapsed: time.Since(r.Started)}
	for _, n := range r.Skipped {
		p.Skipped += n
	}
	h.opts.Progress(p)
}

// add records a URL that a listing (or the caller) gave, with what the
// listing said of it; a URL given twice gets the best dates of both.
func (h *harvester) add(u *url.URL, e entry) {
	key := news.CanonicalURL(u.String())
	h.mu.Lock()
	if c := h.candidates[key]; c != nil {
		c.entry.merge(e)
		h.mu.Unlock()
		return
	}
	if len(h.candidates) >= maxCandidates {
		h.mu.Unlock()
		h.capOnce.Do(func() { h.log.Warn("harvest: too many URLs listed; the rest are ignored", "max", maxCandidates) })
		return
	}
	h.candidates[key] = &task{url: u, entry: e}
	h.order = append(h.order, key)
	h.rep.Listed++
	h.mu.Unlock()
	h.progress()
}

// merge keeps the better dates of two listings of one URL: a publication
// date before none, an exact one before an approximate one.
func (e *entry) merge(o entry) {
	better := func(a, b stamp) stamp {
		if a.IsZero() || a.approx && !b.IsZero() && !b.approx {
			return b
		}
		return a
	}
	e.published = better(e.published, o.published)
	e.modified = better(e.modified, o.modified)
	e.dated = e.dated || o.dated
}

// consider queues a URL found if it may be of the period.
func (h *harvester) consider(ctx context.Context, t *task) {
	u, key := t.url, news.CanonicalURL(t.url.String())
	h.mu.Lock()
	seen := h.known[key]
	h.known[key] = true
	h.mu.Unlock()
	switch {
	case seen:
	case u.Scheme != "http" && u.Scheme != "https":
		h.skip(SkipScheme)
	case u.User != nil:
		h.skip(SkipCredentials)
	case !h.own(u):
		h.skip(SkipOtherHost)
	case h.done[key]:
		h.skip(SkipHarvested)
	case h.outOfPeriod(u, t.entry):
		h.skip(SkipOutOfPeriod)
	case !h.allowed(ctx, u):
		h.skip(SkipRobots)
	default:
		h.count(func(r *Report) { r.Found++ })
		h.enqueue(ctx, *t)
	}
}

// outOfPeriod reports whether what a listing and the URL say rules a page
// out before fetching it.
func (h *harvester) outOfPeriod(u *url.URL, e entry) bool {
	if !e.published.IsZero() && h.win.excludes(e.published) {
		return true
	}
	// Published no later than last modified.
	if m := e.modified; !m.IsZero() && (m.Before(h.win.Start) && !m.approx || m.Before(h.win.Start.Add(-day))) {
		return true
	}
	d, ok := dateInPath(u.EscapedPath(), h.loc, false)
	return ok && d.outside(h.win)
}

// dated reports whether the listing or the URL puts an undated page in the
// period.
func (h *harvester) dated(u *url.URL, e entry) bool {
	if !e.published.IsZero() {
		return h.win.Contains(e.published.Time)
	}
	d, ok := dateInPath(u.EscapedPath(), h.loc, false)
	return e.dated || ok && d.inside(h.win)
}
