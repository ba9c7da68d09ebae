package harvest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/newsarc/newsarc/pkg/news"
)

// discoverSite reads a site's robots.txt and the sitemaps it names (or
// /sitemap.xml), then the feeds its home page announces.
func (h *harvester) discoverSite(ctx context.Context, site *url.URL) {
	rb := h.robotsFor(ctx, site)
	for _, s := range rb.sitemaps {
		if u, err := site.Parse(s); err == nil {
			h.readListing(ctx, u, 0, false)
		}
	}
	if len(rb.sitemaps) == 0 {
		u, _ := site.Parse("/sitemap.xml")
		h.readListing(ctx, u, 0, true)
	}
	if ctx.Err() != nil || !h.allowed(ctx, site) {
		return
	}
	chain, err := h.follow(ctx, site, acceptHTML, h.opts.MaxBytes, true)
	if err != nil {
		if ctx.Err() == nil {
			h.fail(site.String(), statusOf(err), fmt.Errorf("home page: %w", err))
		}
		return
	}
	x := chain[len(chain)-1]
	page, err := x.payload(h.opts.MaxBytes)
	if err != nil {
		h.fail(site.String(), 0, err)
		return
	}
	base, _ := url.Parse(x.url)
	for _, href := range feedLinks(page) {
		if u, err := base.Parse(href); err == nil && h.own(u) {
			h.readListing(ctx, u, 0, false)
		}
	}
}

// readListing reads a sitemap, a sitemap index (and, within the period, the
// sitemaps it lists) or a feed, and adds the URLs it gives. optional is
// for a guessed address: its absence is no failure.
func (h *harvester) readListing(ctx context.Context, u *url.URL, depth int, optional bool) {
	key := news.CanonicalURL(u.String())
	h.mu.Lock()
	seen, full := h.listings[key], len(h.listings) >= maxListings
	h.listings[key] = true
	h.mu.Unlock()
	switch {
	case seen || ctx.Err() != nil:
		return
	case full:
		h.log.Warn("harvest: too many sitemaps and feeds; skipped", "url", u.String(), "max", maxListings)
		return
	case !h.own(u):
		h.log.Warn("harvest: a sitemap or feed on another site; skipped", "url", u.String())
		return
	case !h.allowed(ctx, u):
		if !optional {
			h.log.Warn("harvest: robots.txt forbids a sitemap or feed; skipped", "url", u.String())
		}
		return
	}
	chain, err := h.follow(ctx, u, acceptListing, maxListingBytes, true)
	if err != nil {
		if ctx.Err() == nil && !(optional && statusOf(err) == 404) {
			h.fail(u.String(), statusOf(err), err)
		}
		return
	}
	x := chain[len(chain)-1]
	data, err := x.payload(maxListingBytes)
	if err == nil && bytes.HasPrefix(data, []byte{0x1f, 0x8b}) { // a .xml.gz
		data, err = gunzip(data, maxListingBytes)
	}
	var l *listing
	if err == nil {
		l, err = parseListing(data, h.loc)
	}
	if err != nil {
		if !optional {
			h.fail(u.String(), 0, err)
		}
		return
	}
	h.count(func(r *Report) { r.Listings++ })
	base, _ := url.Parse(x.url)
	// A per-month or per-day sitemap dates what it lists.
	name, ok := dateInPath(u.EscapedPath(), h.loc, true)
	dated := ok && name.inside(h.win)
	for _, e := range l.entries {
		e.dated = dated
		v, err := base.Parse(e.loc)
		if err != nil {
			continue
		}
		if !l.index {
			h.add(v, e)
			continue
		}
		// A sitemap of the index: read it unless its date or its name puts
		// all it lists outside the period.
		d, ok := dateInPath(v.EscapedPath(), h.loc, true)
		switch {
		case depth >= maxSitemapDepth:
			h.log.Warn("harvest: sitemap indexes nested too deep; skipped", "url", v.String())
		case !e.modified.IsZero() && e.modified.Before(h.win.Start.Add(-day)), ok && d.outside(h.win):
			h.log.Debug("harvest: sitemap out of period", "url", v.String())
		default:
			h.readListing(ctx, v, depth+1, false)
		}
	}
}

// statusOf is the HTTP status of a failed fetch, or 0.
func statusOf(err error) int {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code
	}
	return 0
}
