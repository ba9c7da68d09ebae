package harvest

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseListing(t *testing.T) {
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	for _, c := range []struct {
		name, doc   string
		index, feed bool
		want        []entry
	}{
		{"sitemap index", `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://baomau.vn/sitemaps/sitemap-2023-07.xml.gz</loc><lastmod>2023-08-01T03:00:00+07:00</lastmod></sitemap>
  <sitemap><loc> https://baomau.vn/sitemaps/categories.xml </loc></sitemap>
</sitemapindex>`, true, false, []entry{
			{loc: "https://baomau.vn/sitemaps/sitemap-2023-07.xml.gz", modified: stamp{Time: at("2023-08-01T03:00:00+07:00")}},
			{loc: "https://baomau.vn/sitemaps/categories.xml"},
		}},
		{"urlset with images and a date-only lastmod", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://baomau.vn/a-1.html</loc><lastmod>2023-07-28</lastmod><image:image><image:loc>https://cdn.baomau.vn/a.jpg</image:loc></image:image></url>
<url><image:image><image:loc>https://cdn.baomau.vn/b.jpg</image:loc></image:image><loc>https://baomau.vn/b-2.html?x=1&amp;y=2</loc></url>
<url><lastmod>2023-07-28</lastmod></url>
</urlset>`, false, false, []entry{
			{loc: "https://baomau.vn/a-1.html", modified: stamp{Time: time.Date(2023, 7, 28, 0, 0, 0, 0, ict), approx: true}},
			{loc: "https://baomau.vn/b-2.html?x=1&y=2"},
		}},
		{"Google News sitemap", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://baomau.vn/c-3.html</loc><news:news><news:publication><news:name>Báo Mẫu</news:name><news:language>vi</news:language></news:publication>
<news:publication_date>2023-07-31T23:50:00+07:00</news:publication_date><news:title>Tin &amp; ảnh</news:title></news:news></url>
</urlset>`, false, false, []entry{{loc: "https://baomau.vn/c-3.html", published: stamp{Time: at("2023-07-31T23:50:00+07:00")}}}},
		{"RSS 2.0", `<?xml version="1.0"?><rss version="2.0"><channel><title>Báo Mẫu</title><link>https://baomau.vn/</link>
<item><title><![CDATA[Giao ban]]></title><link>https://baomau.vn/d-4.html</link><guid isPermaLink="false">4</guid><pubDate>Fri, 28 Jul 2023 18:26:00 +0700</pubDate></item>
<item><title>Chỉ guid</title><guid>https://baomau.vn/e-5.html</guid><pubDate>Fri, 28 Jul 2023 18:26 GMT+7</pubDate></item>
<item><title>Guid không phải link</title><guid isPermaLink="false">https://baomau.vn/f-6.html</guid></item>
</channel></rss>`, false, true, []entry{
			{loc: "https://baomau.vn/d-4.html", published: stamp{Time: at("2023-07-28T18:26:00+07:00")}},
			{loc: "https://baomau.vn/e-5.html", published: stamp{Time: at("2023-07-28T18:26:00+07:00")}},
		}},
		{"Atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>Thể thao</title><link href="https://baomau.vn/the-thao"/>
<entry><link rel="self" href="https://baomau.vn/feed/7"/><link rel="alternate" type="text/html" href="https://baomau.vn/g-7.html"/>
<published>2023-07-02T08:00:00+07:00</published><updated>2023-07-05T09:00:00+07:00</updated></entry>
</feed>`, false, true, []entry{{loc: "https://baomau.vn/g-7.html", published: stamp{Time: at("2023-07-02T08:00:00+07:00")}, modified: stamp{Time: at("2023-07-05T09:00:00+07:00")}}}},
		{"RDF with dc:date", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://baomau.vn/h-8.html"><link>https://baomau.vn/h-8.html</link><dc:date>2023-07-09T10:00:00+07:00</dc:date></item></rdf:RDF>`,
			false, true, []entry{{loc: "https://baomau.vn/h-8.html", published: stamp{Time: at("2023-07-09T10:00:00+07:00")}}}},
		{"text sitemap", "\ufeffhttps://baomau.vn/i-9.html\n\n# not a URL\nhttps://baomau.vn/j-10.html\r\n", false, false,
			[]entry{{loc: "https://baomau.vn/i-9.html"}, {loc: "https://baomau.vn/j-10.html"}}},
		{"truncated", `<urlset><url><loc>https://baomau.vn/k-11.html</loc></url><url><loc>https://bao`, false, false,
			[]entry{{loc: "https://baomau.vn/k-11.html"}}},
		{"HTML entities", `<urlset><url><loc>https://baomau.vn/l-12.html?a=1&nbsp;</loc></url></urlset>`, false, false,
			[]entry{{loc: "https://baomau.vn/l-12.html?a=1"}}},
	} {
		l, err := parseListing([]byte(c.doc), ict)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if l.index != c.index || l.feed != c.feed {
			t.Errorf("%s: index %v feed %v", c.name, l.index, l.feed)
		}
		if !slices.EqualFunc(l.entries, c.want, func(a, b entry) bool {
			return a.loc == b.loc && a.modified.Equal(b.modified.Time) && a.modified.approx == b.modified.approx &&
				a.published.Equal(b.published.Time) && a.published.approx == b.published.approx
		}) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, l.entries, c.want)
		}
	}
	for _, doc := range []string{"<html><body>Not found</body></html>", "<?xml version='1.0'?><error>quota</error>", "<"} {
		if _, err := parseListing([]byte(doc), ict); err == nil {
			t.Errorf("%q read as a listing", doc)
		}
	}
}

// A sitemap nested a million deep (a 50 KB .xml.gz inflates to 50 MB of
// "<a>", which took the decoder 3 GB) is read to where it goes too deep:
// the entries before it are kept, and memory stays small.
func TestListingNestingBomb(t *testing.T) {
	doc := "<urlset><url><loc>https://baomau.vn/a.html</loc></url>" + strings.Repeat("<a>", 1<<20)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	l, err := parseListing([]byte(doc), ict)
	runtime.ReadMemStats(&after)
	if err != nil || len(l.entries) != 1 || l.entries[0].loc != "https://baomau.vn/a.html" {
		t.Fatalf("%+v, %v", l, err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
		t.Errorf("reading it allocated %d MB", alloc>>20)
	}
}

func TestFeedLinks(t *testing.T) {
	page := `<!DOCTYPE html><html><head>
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/tin-moi.rss">
<link rel="Alternate" type="application/atom+xml" href="https://baomau.vn/atom.xml"/>
<link rel="alternate" hreflang="en" href="/en/">
<link rel="alternate stylesheet" type="text/css" href="/dark.css">
<link rel="stylesheet" href="/rss.css">
</head><body><link rel="alternate" type="application/rss+xml" href="/body.rss"></body></html>`
	got := feedLinks([]byte(page))
	want := []string{"/rss/tin-moi.rss", "https://baomau.vn/atom.xml"}
	if !slices.Equal(got, want) {
		t.Errorf("feedLinks = %q, want %q", got, want)
	}
}

func TestParseTime(t *testing.T) {
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	for in, want := range map[string]stamp{
		"2023-07-28T18:26:00+07:00":          {Time: at("2023-07-28T18:26:00+07:00")},
		"2023-07-28T11:26:00Z":               {Time: at("2023-07-28T18:26:00+07:00")},
		"2023-07-28T18:26+07:00":             {Time: at("2023-07-28T18:26:00+07:00")},
		"2023-07-28T18:26:00.000 +07:00":     {Time: at("2023-07-28T18:26:00+07:00")},
		"Fri, 28 Jul 2023 18:26:00 +0700":    {Time: at("2023-07-28T18:26:00+07:00")},
		"Fri, 28 Jul 2023 11:26:00 GMT":      {Time: at("2023-07-28T18:26:00+07:00")},
		"Fri, 28 Jul 2023 18:26:00 GMT+7":    {Time: at("2023-07-28T18:26:00+07:00")},
		"Fri, 28 Jul 2023 18:26 GMT+07:00":   {Time: at("2023-07-28T18:26:00+07:00")},
		"Fri, 28 Jul 2023 18:26:00 UTC+0700": {Time: at("2023-07-28T18:26:00+07:00")},
		"2023-07-28":                         {Time: at("2023-07-28T00:00:00+07:00"), approx: true},
		"2023-07":                            {Time: at("2023-07-01T00:00:00+07:00"), approx: true},
		"2023-07-28 18:26":                   {Time: at("2023-07-28T18:26:00+07:00"), approx: true}, // no zone
		"18:26, 28/07/2023":                  {Time: at("2023-07-28T18:26:00+07:00"), approx: true},
		"hôm qua":                            {},
		"":                                   {},
	} {
		got := parseTime(in, ict)
		if !got.Equal(want.Time) || got.approx != want.approx {
			t.Errorf("parseTime(%q) = %v approx %v, want %v approx %v", in, got.Time, got.approx, want.Time, want.approx)
		}
	}
}
