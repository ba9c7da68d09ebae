package harvest

import (
	"testing"
	"time"
)

// FuzzParseListing: whatever a server sends as a sitemap or a feed, the
// parser returns entries or an error, never panics, and keeps to its caps.
func FuzzParseListing(f *testing.F) {
	for _, s := range []string{
		`<sitemapindex><sitemap><loc>https://a.vn/s-2023-07.xml</loc><lastmod>2023-08-01</lastmod></sitemap></sitemapindex>`,
		`<urlset><url><loc>https://a.vn/a.html</loc><news:news><news:publication_date>2023-07-28T18:26:00+07:00</news:publication_date></news:news></url></urlset>`,
		`<rss><channel><item><link>https://a.vn/b.html</link><pubDate>Fri, 28 Jul 2023 18:26:00 GMT+7</pubDate></item></channel></rss>`,
		`<feed><entry><link href="https://a.vn/c.html"/><published>2023-07-02T08:00:00Z</published></entry></feed>`,
		"https://a.vn/d.html\nhttps://a.vn/e.html\n",
		`<?xml version="1.0" encoding="windows-1258"?><urlset><url><loc>https://a.vn/\xe0.html</loc></url></urlset>`,
		`<urlset><url><loc>&amp;&nbsp;&#x1F600;</loc></url>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := parseListing(data, time.UTC)
		if err == nil && len(l.entries) > maxEntries {
			t.Fatalf("%d entries", len(l.entries))
		}
	})
}

// FuzzParseRobots: any robots.txt gives rules that answer for any path.
func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\nAllow: /a\nCrawl-delay: 2\nSitemap: /s.xml\n"), "/a/x/b")
	f.Add([]byte("User-agent: newsarc\nDisallow: /\n"), "/")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		r := parseRobots(data, "newsarc")
		r.allowed(path)
		if r.delay < 0 {
			t.Fatalf("delay %v", r.delay)
		}
	})
}
