// Package newssite serves a generated Vietnamese provincial news site over
// HTTP, for crawler tests: sections with the URL shapes of the big CMS
// families (dated paths, "-post" ids, creation timestamps in the slug), a
// sitemap index of per-month (or per-day) sitemaps with archived months
// gzipped, a Google News sitemap, RSS and Atom feeds linked from the home
// page, robots.txt with a group for newsarc, images on a separate CDN
// server, and — when asked — the faults real sites have: a 429 with
// Retry-After, 503s, a redirect from an old CMS address, a 404, a page too
// slow and one too large. Every request is logged.
//
// Absolute URLs are built from the request's Host, so the site works on any
// httptest server without knowing its address in advance.
package newssite

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// ICT is the site's zone, Asia/Ho_Chi_Minh.
var ICT = time.FixedZone("ICT", 7*3600)

// Name is the outlet's name.
const Name = "Báo Mẫu"

// Section is a section of the site and the URL shape its CMS gives articles.
type Section struct {
	Name, Slug string
	Shape      URLShape
}

// URLShape is how a section's article URLs look.
type URLShape int

const (
	DatedPath URLShape = iota // /2023/07/28/slug-12345.html
	PostID                    // /kinh-te/slug-post12345.html
	Timestamp                 // /van-hoa/slug-20230728152600123.htm: the creation time, 3 hours before publication
	PlainID                   // /the-thao/slug-12345.html
)

// Sections of the site. Robots.txt forbids "ban-doc" to newsarc, except its
// open letters ("thu-ngo-…").
var Sections = []Section{
	{"Thời sự", "thoi-su", DatedPath},
	{"Kinh tế", "kinh-te", PostID},
	{"Văn hóa", "van-hoa", Timestamp},
	{"Thể thao", "the-thao", PlainID},
	{"Bạn đọc", "ban-doc", PlainID},
}

// DateStyle is where a page states its publication time.
type DateStyle int

const (
	JSONLD  DateStyle = iota // JSON-LD datePublished and article:published_time
	Meta                     // only article:published_time, without an offset
	Visible                  // only printed: "18:26, 28/07/2023"
	Undated                  // nowhere
)

// Fault is how a page misbehaves.
type Fault string

const (
	TooMany  Fault = "429"       // 429 with Retry-After: 1 on the first request, then the page
	Busy     Fault = "503-twice" // 503 without Retry-After twice, then the page
	Down     Fault = "503"       // always 503
	Gone     Fault = "404"       // listed in the sitemap, but 404
	Slow     Fault = "slow"      // answers after SlowDelay
	Huge     Fault = "huge"      // a page of HugeBytes
	Redirect Fault = "redirect"  // listed under its old address /tin/ID, which answers 301
)

// What Slow and Huge mean.
const (
	SlowDelay = 10 * time.Second
	HugeBytes = 3 << 20
)

// Article is one page of the site.
type Article struct {
	ID        int
	Section   Section
	Title     string
	Slug      string
	Published time.Time // in ICT
	Updated   time.Time // the sitemap's lastmod
	Date      DateStyle
	Fault     Fault
	body      news.Article
}

// Path is the article's address on the site.
func (a *Article) Path() string {
	switch a.Section.Shape {
	case DatedPath:
		return fmt.Sprintf("/%s/%s-%d.html", a.Published.Format("2006/01/02"), a.Slug, a.ID)
	case PostID:
		return fmt.Sprintf("/%s/%s-post%d.html", a.Section.Slug, a.Slug, a.ID)
	case Timestamp:
		created := a.Published.Add(-3 * time.Hour)
		return fmt.Sprintf("/%s/%s-%s%03d.htm", a.Section.Slug, a.Slug, created.Format("20060102150405"), a.ID%1000)
	}
	return fmt.Sprintf("/%s/%s-%d.html", a.Section.Slug, a.Slug, a.ID)
}

// ListedPath is the address the sitemaps and feeds give: the old CMS's for
// a Redirect.
func (a *Article) ListedPath() string {
	if a.Fault == Redirect {
		return fmt.Sprintf("/tin/%d", a.ID)
	}
	return a.Path()
}

// Image is the path of the article's photo on the CDN.
func (a *Article) Image() string {
	return fmt.Sprintf("/uploads/%s/anh-%d.png", a.Published.Format("2006/01/02"), a.ID)
}

// Config shapes a site. The zero value is the default site: four articles a
// day from 25 June to 2 August 2023, pages of about 30 KB.
type Config struct {
	From, To    time.Time // articles published in [From, To); defaults above
	PerDay      int       // articles a day; 0: 4, at 00:10, 08:15, 14:30 and 23:50
	PageKB      int       // approximate page size; 0: 30
	DaySitemaps bool      // each month's sitemap is an index of per-day sitemaps
	CrawlDelay  string    // Crawl-delay in newsarc's robots.txt group; "": none
	Faults      bool      // give July articles the faults above
	Partner     string    // base URL of another site that the July sitemap links to
}

// Request is one logged request.
type Request struct {
	Time      time.Time
	Host      string
	Path      string // with the query
	UserAgent string
}

// Site is the news site: an http.Handler. CDN is the base URL of the image
// server (Images) to put in pages; "" serves images from the site itself.
type Site struct {
	CDN      string
	Articles []*Article

	cfg    Config
	byPath map[string]*Article
	pad    string
	png    []byte

	mu       sync.Mutex
	log      []Request
	tries    map[string]int
	now      time.Time // articles published later are not on the site yet
	inFlight map[string]int
	maxIn    map[string]int
}

// New generates the site.
func New(cfg Config) *Site {
	if cfg.From.IsZero() {
		cfg.From = time.Date(2023, 6, 25, 0, 0, 0, 0, ICT)
	}
	if cfg.To.IsZero() {
		cfg.To = time.Date(2023, 8, 3, 0, 0, 0, 0, ICT)
	}
	cfg.PerDay = cmpOr(cfg.PerDay, 4)
	cfg.PageKB = cmpOr(cfg.PageKB, 30)
	s := &Site{cfg: cfg, byPath: map[string]*Article{}, tries: map[string]int{}, png: picture(),
		now: cfg.To, inFlight: map[string]int{}, maxIn: map[string]int{}}
	times := []time.Duration{10 * time.Minute, 8*time.Hour + 15*time.Minute, 14*time.Hour + 30*time.Minute, 23*time.Hour + 50*time.Minute}
	gen := corpus.Generator{Seed: 7, Words: 250}
	i := 0
	for day := cfg.From; day.Before(cfg.To); day = day.AddDate(0, 0, 1) {
		for k := range cfg.PerDay {
			at := day.Add(times[k%len(times)] + time.Duration(k/len(times))*7*time.Minute)
			body := gen.Article(i)
			a := &Article{
				ID: 12000 + i, Section: Sections[i%len(Sections)], Title: body.Title,
				Published: at, Updated: at, body: body,
			}
			a.Slug = vntext.SlugN(a.Title, 60)
			if a.Section.Slug == "ban-doc" && i%10 == 4 {
				a.Title = "Thư ngỏ: " + a.Title
				a.Slug = "thu-ngo-" + a.Slug
			}
			switch {
			case i%11 == 7:
				a.Date = Undated
			case i%7 == 3:
				a.Date = Meta
			case i%7 == 5:
				a.Date = Visible
			}
			if i%9 == 4 {
				a.Updated = at.Add(72 * time.Hour) // corrected three days later
			}
			s.Articles = append(s.Articles, a)
			i++
		}
	}
	if cfg.Faults {
		s.injectFaults()
	}
	for _, a := range s.Articles {
		s.byPath[a.Path()] = a
	}
	s.pad = corpus.Scripts(cfg.PageKB * 1024 * 2 / 3)
	return s
}

func cmpOr(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// injectFaults gives one July article of a section that newsarc may crawl
// each fault, from the 10th on.
func (s *Site) injectFaults() {
	faults := []Fault{TooMany, Busy, Down, Gone, Slow, Huge, Redirect}
	for _, a := range s.Articles {
		if len(faults) == 0 {
			return
		}
		if a.Published.Month() == time.July && a.Published.Day() >= 10 && a.Section.Slug == "thoi-su" && a.Date == JSONLD {
			a.Fault, faults = faults[0], faults[1:]
		}
	}
}

// WithFault returns the article given fault f.
func (s *Site) WithFault(f Fault) *Article {
	for _, a := range s.Articles {
		if a.Fault == f {
			return a
		}
	}
	return nil
}

// SetNow makes the site as it was at t: articles published later are not
// listed and answer 404. It is the site's last day (To) at first.
func (s *Site) SetNow(t time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.now = t
}

func (s *Site) published(a *Article) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return a.Published.Before(s.now)
}

// MaxInFlight returns the most requests the host ("127.0.0.1:port") has
// had in flight at once.
func (s *Site) MaxInFlight(host string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxIn[host]
}

// Requests returns the requests so far, in order.
func (s *Site) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.log)
}

// ResetLog forgets the requests so far and the faults' counters.
func (s *Site) ResetLog() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log, s.tries = nil, map[string]int{}
}

// note logs a request; done must be called when it is answered.
func (s *Site) note(r *http.Request) (try int, done func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = append(s.log, Request{Time: time.Now(), Host: r.Host, Path: r.URL.RequestURI(), UserAgent: r.UserAgent()})
	s.tries[r.URL.Path]++
	s.inFlight[r.Host]++
	s.maxIn[r.Host] = max(s.maxIn[r.Host], s.inFlight[r.Host])
	return s.tries[r.URL.Path], func() {
		s.mu.Lock()
		s.inFlight[r.Host]--
		s.mu.Unlock()
	}
}

// ServeHTTP serves the site.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	try, done := s.note(r)
	defer done()
	base := "http://" + r.Host
	p := r.URL.Path
	switch {
	case p == "/robots.txt":
		s.text(w, "text/plain; charset=utf-8", s.robots(base))
	case p == "/":
		s.text(w, "text/html; charset=utf-8", s.home())
	case p == "/sitemap.xml":
		s.xml(w, s.sitemapIndex(base))
	case p == "/sitemap-news.xml":
		s.xml(w, s.newsSitemap(base))
	case p == "/sitemaps/categories.xml":
		var b strings.Builder
		for _, sec := range Sections {
			fmt.Fprintf(&b, "<url><loc>%s/%s</loc><changefreq>hourly</changefreq></url>\n", base, sec.Slug)
		}
		s.xml(w, urlset(b.String(), false))
	case strings.HasPrefix(p, "/sitemaps/"):
		s.sitemap(w, base, strings.TrimPrefix(p, "/sitemaps/"))
	case strings.HasPrefix(p, "/rss/") || p == "/atom.xml":
		s.feed(w, base, p)
	case strings.HasPrefix(p, "/uploads/") && s.CDN == "":
		s.Images().ServeHTTP(w, r)
	case strings.HasPrefix(p, "/tin/"):
		id, _ := strconv.Atoi(strings.TrimPrefix(p, "/tin/"))
		for _, a := range s.Articles {
			if a.ID == id && a.Fault == Redirect && s.published(a) {
				http.Redirect(w, r, a.Path(), http.StatusMovedPermanently)
				return
			}
		}
		http.NotFound(w, r)
	default:
		if a := s.byPath[p]; a != nil && s.published(a) {
			s.article(w, r, a, base, try)
			return
		}
		for _, sec := range Sections {
			if p == "/"+sec.Slug {
				s.text(w, "text/html; charset=utf-8", s.sectionPage(sec))
				return
			}
		}
		http.NotFound(w, r)
	}
}

func (s *Site) text(w http.ResponseWriter, contentType, body string) {
	w.Header().Set("Content-Type", contentType)
	w.Write([]byte(body))
}

func (s *Site) xml(w http.ResponseWriter, body string) {
	s.text(w, "application/xml; charset=utf-8", body)
}

func (s *Site) robots(base string) string {
	delay := ""
	if s.cfg.CrawlDelay != "" {
		delay = "Crawl-delay: " + s.cfg.CrawlDelay + "\n"
	}
	return `# robots.txt của ` + Name + `
User-agent: *
Disallow: /admin/
Disallow: /tim-kiem
Disallow: /*?print=

# newsarc follows the most specific group: it must repeat the general rules.
User-agent: Googlebot-News
User-agent: newsarc
Disallow: /admin/
Disallow: /tim-kiem
Disallow: /ban-doc/
Allow: /ban-doc/thu-ngo-
` + delay + `
Sitemap: ` + base + `/sitemap.xml
Sitemap: ` + base + `/sitemap-news.xml
`
}

// months returns the first day of each month the site has articles in.
func (s *Site) months() []time.Time {
	var ms []time.Time
	for m := time.Date(s.cfg.From.Year(), s.cfg.From.Month(), 1, 0, 0, 0, 0, ICT); m.Before(s.cfg.To); m = m.AddDate(0, 1, 0) {
		ms = append(ms, m)
	}
	return ms
}

// current is the site's last month: its sitemap is not archived (gzipped) yet.
func (s *Site) current(m time.Time) bool { return !m.AddDate(0, 1, 0).Before(s.cfg.To) }

func (s *Site) monthSitemapPath(m time.Time) string {
	name := "sitemap-" + m.Format("2006-01") + ".xml"
	if !s.current(m) && !s.cfg.DaySitemaps {
		name += ".gz"
	}
	return "/sitemaps/" + name
}

func (s *Site) sitemapIndex(base string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<sitemap><loc>%s/sitemaps/categories.xml</loc></sitemap>\n", base)
	for _, m := range s.months() {
		fmt.Fprintf(&b, "<sitemap><loc>%s%s</loc><lastmod>%s</lastmod></sitemap>\n", base, s.monthSitemapPath(m), s.lastmod(m, m.AddDate(0, 1, 0)).Format(time.RFC3339))
	}
	return sitemapindex(b.String())
}

func (s *Site) lastmod(from, to time.Time) time.Time {
	var last time.Time
	for _, a := range s.inRange(from, to) {
		if a.Updated.After(last) {
			last = a.Updated
		}
	}
	return last
}

func (s *Site) inRange(from, to time.Time) []*Article {
	var as []*Article
	for _, a := range s.Articles {
		if !a.Published.Before(from) && a.Published.Before(to) && s.published(a) {
			as = append(as, a)
		}
	}
	return as
}

// sitemap serves sitemap-2023-07.xml(.gz), or with DaySitemaps the month's
// index of 2023/07/28.xml.
func (s *Site) sitemap(w http.ResponseWriter, base, name string) {
	if day, err := time.ParseInLocation("2006/01/02.xml", name, ICT); err == nil {
		s.xml(w, urlset(s.urls(base, day, day.AddDate(0, 0, 1)), false))
		return
	}
	gz := strings.HasSuffix(name, ".gz")
	m, err := time.ParseInLocation("sitemap-2006-01.xml", strings.TrimSuffix(name, ".gz"), ICT)
	if err != nil || s.monthSitemapPath(m) != "/sitemaps/"+name {
		http.NotFound(w, nil)
		return
	}
	end := m.AddDate(0, 1, 0)
	if s.cfg.DaySitemaps {
		var b strings.Builder
		for d := m; d.Before(end) && d.Before(s.cfg.To); d = d.AddDate(0, 0, 1) {
			if d.Before(s.cfg.From.Truncate(24 * time.Hour)) {
				continue
			}
			fmt.Fprintf(&b, "<sitemap><loc>%s/sitemaps/%s.xml</loc><lastmod>%s</lastmod></sitemap>\n", base, d.Format("2006/01/02"), s.lastmod(d, d.AddDate(0, 0, 1)).Format(time.RFC3339))
		}
		s.xml(w, sitemapindex(b.String()))
		return
	}
	body := urlset(s.urls(base, m, end), false)
	if m.Month() == time.July && s.cfg.Partner != "" {
		// A syndicated story: the sitemap points at the partner's site.
		body = strings.Replace(body, "</urlset>", "<url><loc>"+s.cfg.Partner+"/2023/07/15/tin-doi-tac-99999.html</loc><lastmod>2023-07-15</lastmod></url>\n</urlset>", 1)
	}
	if !gz {
		s.xml(w, body)
		return
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(body))
	zw.Close()
	w.Header().Set("Content-Type", "application/gzip")
	w.Write(buf.Bytes())
}

// urls lists the articles published in [from, to): lastmod is the time of
// the last correction, in UTC as many CMSs write it, or only the day.
func (s *Site) urls(base string, from, to time.Time) string {
	var b strings.Builder
	for _, a := range s.inRange(from, to) {
		lastmod := a.Updated.UTC().Format(time.RFC3339)
		if a.ID%5 == 2 {
			lastmod = a.Updated.Format("2006-01-02")
		}
		fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>%s</lastmod><image:image><image:loc>%s%s</image:loc></image:image></url>\n",
			base, html.EscapeString(a.ListedPath()), lastmod, s.cdn(base), a.Image())
	}
	return b.String()
}

func (s *Site) cdn(base string) string {
	if s.CDN != "" {
		return s.CDN
	}
	return base
}

// newsSitemap lists the last two days' articles with their publication
// times, as Google News asks.
func (s *Site) newsSitemap(base string) string {
	var b strings.Builder
	s.mu.Lock()
	now := s.now
	s.mu.Unlock()
	for _, a := range s.inRange(now.Add(-48*time.Hour), now) {
		fmt.Fprintf(&b, `<url><loc>%s%s</loc><news:news><news:publication><news:name>%s</news:name><news:language>vi</news:language></news:publication><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>
`, base, html.EscapeString(a.ListedPath()), Name, a.Published.Format(time.RFC3339), html.EscapeString(a.Title))
	}
	return urlset(b.String(), true)
}

func sitemapindex(entries string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
` + entries + "</sitemapindex>\n"
}

func urlset(entries string, newsNS bool) string {
	ns := ` xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"`
	if newsNS {
		ns = ` xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"`
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"` + ns + `>
` + entries + "</urlset>\n"
}

// latest returns the n newest articles of a section ("" for all).
func (s *Site) latest(section string, n int) []*Article {
	var as []*Article
	for i := len(s.Articles) - 1; i >= 0 && len(as) < n; i-- {
		if a := s.Articles[i]; s.published(a) && (section == "" || a.Section.Slug == section) {
			as = append(as, a)
		}
	}
	return as
}

// feed serves /rss/tin-moi.rss (the 20 newest), /rss/SECTION.rss (its 10
// newest) and /atom.xml (the 10 newest of Thể thao, as Atom).
func (s *Site) feed(w http.ResponseWriter, base, p string) {
	var b strings.Builder
	if p == "/atom.xml" {
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>` + Name + ` - Thể thao</title><id>` + base + `/the-thao</id>
`)
		for _, a := range s.latest("the-thao", 10) {
			fmt.Fprintf(&b, "<entry><title>%s</title><link rel=\"alternate\" type=\"text/html\" href=\"%s%s\"/><id>urn:baomau:%d</id><published>%s</published><updated>%s</updated></entry>\n",
				html.EscapeString(a.Title), base, html.EscapeString(a.ListedPath()), a.ID, a.Published.Format(time.RFC3339), a.Updated.Format(time.RFC3339))
		}
		b.WriteString("</feed>\n")
		s.text(w, "application/atom+xml; charset=utf-8", b.String())
		return
	}
	name := strings.TrimSuffix(strings.TrimPrefix(p, "/rss/"), ".rss")
	section, n := name, 10
	if name == "tin-moi" {
		section, n = "", 20
	}
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>` + Name + `</title><link>` + base + `/</link><description>Tin mới</description>
`)
	for _, a := range s.latest(section, n) {
		fmt.Fprintf(&b, "<item><title><![CDATA[%s]]></title><link>%s%s</link><guid isPermaLink=\"false\">%d</guid><pubDate>%s</pubDate><description><![CDATA[<img src=\"%s%s\"> %s]]></description></item>\n",
			a.Title, base, html.EscapeString(a.ListedPath()), a.ID, a.Published.Format(time.RFC1123Z), s.cdn(base), a.Image(), html.EscapeString(a.body.Lead))
	}
	b.WriteString("</channel></rss>\n")
	s.text(w, "application/rss+xml; charset=utf-8", b.String())
}

func (s *Site) home() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>` + Name + ` - Tin tức tỉnh nhà</title>
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/tin-moi.rss">
<link rel="alternate" type="application/rss+xml" title="Kinh tế" href="/rss/kinh-te.rss">
<link rel="alternate" type="application/atom+xml" title="Thể thao" href="/atom.xml">
<link rel="alternate" hreflang="en" href="/en/">
<link rel="stylesheet" href="/css/main.css">
</head><body><header><h1 class="logo">` + Name + `</h1><nav>`)
	for _, sec := range Sections {
		fmt.Fprintf(&b, `<a href="/%s">%s</a> `, sec.Slug, sec.Name)
	}
	b.WriteString("</nav></header><main><ul class=\"latest\">\n")
	for _, a := range s.latest("", 30) {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", html.EscapeString(a.ListedPath()), html.EscapeString(a.Title))
	}
	b.WriteString("</ul></main></body></html>\n")
	return b.String()
}

func (s *Site) sectionPage(sec Section) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>` + sec.Name + ` - ` + Name + `</title></head><body><h1>` + sec.Name + "</h1><ul>\n")
	for _, a := range s.latest(sec.Slug, 20) {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a><p>%s</p></li>\n", html.EscapeString(a.ListedPath()), html.EscapeString(a.Title), html.EscapeString(a.body.Lead))
	}
	b.WriteString("</ul></body></html>\n")
	return b.String()
}

func (s *Site) article(w http.ResponseWriter, r *http.Request, a *Article, base string, try int) {
	switch a.Fault {
	case TooMany:
		if try == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
			return
		}
	case Busy:
		if try <= 2 {
			http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
			return
		}
	case Down:
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return
	case Gone:
		http.NotFound(w, r)
		return
	case Slow:
		select {
		case <-time.After(SlowDelay):
		case <-r.Context().Done():
			return
		}
	}
	page := s.Page(a, base)
	if a.Fault == Huge {
		page = bytes.Replace(page, []byte("</body>"), append(bytes.Repeat([]byte("<!-- quảng cáo -->\n"), HugeBytes/20), "</body>"...), 1)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(page)
}

// Page renders an article's page, with base as the site's address.
func (s *Site) Page(a *Article, base string) []byte {
	var b strings.Builder
	e := html.EscapeString
	url := base + a.Path()
	img := s.cdn(base) + a.Image()
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>%s - %s</title>
<meta property="og:title" content="%s">
<meta property="og:type" content="article">
<meta property="og:url" content="%s">
<meta property="og:site_name" content="%s">
<meta property="og:image" content="%s">
<meta property="article:section" content="%s">
`, e(a.Title), Name, e(a.Title), url, Name, img, e(a.Section.Name))
	switch a.Date {
	case JSONLD:
		date := a.Published.Format(time.RFC3339)
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"dateModified":%q,"author":[{"@type":"Person","name":%q}],"publisher":{"@type":"Organization","name":%q}}</script>
`, date, a.Title, date, a.Updated.Format(time.RFC3339), a.body.Authors[0], Name)
	case Meta:
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", a.Published.Format("2006-01-02T15:04:05"))
	}
	printed := ""
	if a.Date != Undated {
		printed = a.Published.Format("15:04, 02/01/2006")
	}
	fmt.Fprintf(&b, `<link rel="canonical" href="%s">
<style>body{font-family:Arial}.menu li{display:inline-block}.box-related{border:1px solid #ccc}</style>
<script>%s</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">%s</a></div>
<div class="today">Thứ Tư, ngày 02/08/2023</div>
<nav class="menu"><ul>`, url, s.pad[:len(s.pad)/2], Name)
	for _, sec := range Sections {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, sec.Slug, sec.Name)
	}
	fmt.Fprintf(&b, `</ul></nav></header>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/%s">%s</a></div>
<article class="detail">
<h1 class="title">%s</h1>
<div class="date">%s</div>
<h2 class="sapo">%s</h2>
<div class="content">
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="%s" alt="%s"><figcaption>%s. Ảnh: %s</figcaption></figure>
`, a.Section.Slug, e(a.Section.Name), e(a.Title), printed, e(a.body.Lead), img, e(a.Title), e(a.Title), e(a.body.Authors[0]))
	b.WriteString(corpus.BodyHTML(&a.body))
	b.WriteString(`</div>
<div class="box-related"><h3>Tin liên quan</h3><ul>`)
	for _, r := range s.latest(a.Section.Slug, 5) {
		fmt.Fprintf(&b, `<li><a href="%s">%s</a></li>`, e(r.ListedPath()), e(r.Title))
	}
	b.WriteString(`</ul></div>
<div class="comments"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea><button>Gửi bình luận</button></form></div>
</article></main>
<footer><p>Cơ quan chủ quản: ` + Name + `. Giấy phép số 123/GP-BTTTT.</p><a href="/admin/">Quản trị</a></footer>
<script>`)
	b.WriteString(s.pad[len(s.pad)/2:])
	b.WriteString("</script>\n</body></html>\n")
	return []byte(b.String())
}

// Images serves the photos: the CDN.
func (s *Site) Images() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, done := s.note(r)
		defer done()
		if r.URL.Path == "/robots.txt" {
			s.text(w, "text/plain", "User-agent: *\nDisallow:\n")
			return
		}
		for _, a := range s.Articles {
			if a.Image() == r.URL.Path {
				w.Header().Set("Content-Type", "image/png")
				w.Write(s.png)
				return
			}
		}
		http.NotFound(w, r)
	})
}

// picture is a small photo-like PNG.
func picture() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 40))
	for y := range 40 {
		for x := range 64 {
			img.Set(x, y, color.RGBA{uint8(60 + x*2), uint8(120 + y), 90, 255})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}
