package harvest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/news"
)

// enqueue puts a task in its host's queue and starts a worker for it if
// the host has fewer than Concurrency.
func (h *harvester) enqueue(ctx context.Context, t task) {
	hs := h.hostFor(t.url)
	h.pending.Add(1)
	h.mu.Lock()
	h.queued++
	hs.queue = append(hs.queue, t)
	start := hs.workers < h.opts.Concurrency
	if start {
		hs.workers++
	}
	h.mu.Unlock()
	if start {
		go h.work(ctx, hs)
	}
}

func (h *harvester) work(ctx context.Context, hs *host) {
	for {
		h.mu.Lock()
		if len(hs.queue) == 0 {
			hs.workers--
			h.mu.Unlock()
			return
		}
		t := hs.queue[0]
		hs.queue = hs.queue[1:]
		h.mu.Unlock()
		if ctx.Err() == nil {
			if t.image {
				h.image(ctx, t)
			} else {
				h.page(ctx, t)
			}
		}
		h.count(func(*Report) { h.queued-- })
		h.pending.Done()
	}
}

const (
	acceptHTML    = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
	acceptListing = "application/xml,text/xml;q=0.9,application/rss+xml,application/atom+xml,*/*;q=0.8"
	acceptImage   = "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8,*/*;q=0.5"
)

// follow fetches u and the redirects it leads to (at most
// html.DefaultRedirects), each politely and allowed by robots.txt, and
// returns the exchanges, the last one final. stay keeps the redirects on
// the site's hosts.
func (h *harvester) follow(ctx context.Context, u *url.URL, accept string, limit int64, stay bool) ([]*exchange, error) {
	var chain []*exchange
	for {
		x, err := h.fetch(ctx, u, accept, limit)
		if err != nil {
			return chain, err
		}
		chain = append(chain, x)
		if !isRedirect(x.status) {
			if x.status < 200 || x.status > 299 {
				status := httpStatus(x)
				if n := h.opts.Retries; retryable(x.status) && n == 1 {
					status += " (after 1 retry)"
				} else if retryable(x.status) && n > 1 {
					status += fmt.Sprintf(" (after %d retries)", n)
				}
				return chain, &StatusError{Code: x.status, Status: status}
			}
			return chain, nil
		}
		if len(chain) > html.DefaultRedirects {
			return chain, fmt.Errorf("more than %d redirects", html.DefaultRedirects)
		}
		if u, err = x.location(); err != nil {
			return chain, err
		}
		switch {
		case u.Scheme != "http" && u.Scheme != "https":
			return chain, fmt.Errorf("redirect to a %s: URL", u.Scheme)
		case u.User != nil:
			return chain, fmt.Errorf("redirect to a URL with credentials")
		case stay && !h.own(u):
			return chain, fmt.Errorf("redirect to another site: %s", u)
		case !h.allowed(ctx, u):
			return chain, fmt.Errorf("redirect to %s, which robots.txt forbids", u)
		}
		h.mu.Lock()
		h.known[news.CanonicalURL(u.String())] = true
		h.mu.Unlock()
	}
}

// page fetches a page of the period and keeps it if it is one.
func (h *harvester) page(ctx context.Context, t task) {
	chain, err := h.follow(ctx, t.url, acceptHTML, h.opts.MaxBytes, true)
	if err != nil {
		h.fetchFailed(ctx, t, err)
		return
	}
	h.count(func(r *Report) { r.Fetched++ })
	x := chain[len(chain)-1]
	keep, reason, a := h.judge(ctx, t, x)
	if ctx.Err() != nil {
		return // the verdict may be the interruption's: --append fetches it again
	}
	if !keep {
		h.log.Debug("harvest: not kept", "url", x.url, "reason", reason)
		if h.record(t, chain, reason) {
			h.count(func(r *Report) { r.Wasted = append(r.Wasted, Waste{URL: x.url, Reason: reason}) })
		}
		return
	}
	if !h.record(t, chain, "") {
		return
	}
	h.count(func(r *Report) { r.Kept++ })
	if h.opts.Images {
		if a == nil {
			a, _ = h.read(ctx, x)
		}
		if a != nil {
			h.queueImages(ctx, x.url, a)
		}
	}
}

// fetchFailed reports a failed fetch, unless the run was stopped.
func (h *harvester) fetchFailed(ctx context.Context, t task, err error) {
	if ctx.Err() != nil {
		return
	}
	if t.image {
		err = fmt.Errorf("image: %w", err)
	}
	h.fail(t.url.String(), statusOf(err), err)
}

// record writes a fetched chain of exchanges to the WARC: each as its
// request and response, or, for a page not kept, as a metadata record
// saying why, which --append reads. It reports whether that went well.
func (h *harvester) record(t task, chain []*exchange, notKept string) bool {
	recs := make([][]record, 0, len(chain))
	for _, x := range chain {
		if notKept != "" {
			recs = append(recs, skipRecord(x.url, notKept, x.date))
		} else {
			recs = append(recs, exchangeRecords(x))
		}
	}
	if err := h.out.write(recs...); err != nil {
		h.fail(t.url.String(), 0, err)
		return false
	}
	return true
}

// judge decides whether a fetched page is kept: its date, peeked cheaply
// or read, must fall in the period. A page without a date is kept when its
// listing or its URL dates it in the period. It returns the article when it
// had to read it.
func (h *harvester) judge(ctx context.Context, t task, x *exchange) (bool, string, *news.Article) {
	body, err := x.payload(h.opts.MaxBytes)
	if err != nil {
		return false, err.Error(), nil
	}
	if ct := x.contentType(); ct != "text/html" && ct != "application/xhtml+xml" && !(ct == "" && news.SniffHTML(body)) {
		return false, "not an HTML page (" + cmpOr(ct, "no Content-Type") + ")", nil
	}
	if at, ok := h.reader.Published(body); ok {
		if h.win.surely(at) {
			return true, "", nil
		}
		if !h.win.nearly(at) {
			return false, "published " + at.In(h.loc).Format(time.RFC3339) + ": out of period", nil
		}
	}
	a, err := h.read(ctx, x)
	switch {
	case err != nil && !h.dated(t.url, t.entry):
		return false, "not an article: " + err.Error(), nil
	case a == nil || a.Published.IsZero():
		if h.dated(t.url, t.entry) {
			return true, "", a
		}
		return false, "undated", a
	case !h.win.Contains(a.Published):
		return false, "published " + a.Published.In(h.loc).Format(time.RFC3339) + ": out of period", a
	}
	return true, "", a
}

// read reads the article of a fetched page.
func (h *harvester) read(ctx context.Context, x *exchange) (*news.Article, error) {
	body, err := x.payload(h.opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	c, err := h.reader.Read(ctx, news.Input{Name: x.url, URL: x.url, ContentType: x.header.Get("Content-Type"), Body: bytes.NewReader(body)})
	if err != nil {
		return nil, err
	}
	return &c.Articles[0], nil
}

// queueImages queues the images of a kept article that are not harvested
// yet.
func (h *harvester) queueImages(ctx context.Context, pageURL string, a *news.Article) {
	base, _ := url.Parse(pageURL)
	for img := range a.Images() {
		u, err := base.Parse(strings.TrimSpace(img.Src))
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.User != nil {
			continue // data: URIs and the like need no fetch
		}
		key := news.CanonicalURL(u.String())
		h.mu.Lock()
		seen := h.known[key] || h.done[key]
		h.known[key] = true
		h.mu.Unlock()
		switch {
		case seen:
		case !h.allowed(ctx, u):
			h.skip(SkipRobots)
		default:
			h.enqueue(ctx, task{url: u, image: true})
		}
	}
}

// image fetches an image of a kept article.
func (h *harvester) image(ctx context.Context, t task) {
	chain, err := h.follow(ctx, t.url, acceptImage, h.opts.MaxBytes, false)
	if err != nil {
		h.fetchFailed(ctx, t, err)
		return
	}
	if h.record(t, chain, "") {
		h.count(func(r *Report) { r.Images++ })
	}
}
