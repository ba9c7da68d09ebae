package harvest

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/newsarc/newsarc/pkg/vntext"
)

// maxEntries is the most URLs a sitemap may list (the sitemap protocol's
// limit); more are ignored.
const maxEntries = 50000

// maxListingDepth is the deepest element a listing may nest; sitemaps and
// feeds need a handful of levels. 50 MB of "<a>" took the decoder 3 GB.
const maxListingDepth = 100

// listing is a sitemap, a sitemap index, a feed or a list of URLs.
type listing struct {
	index   bool // a sitemap index: its entries are sitemaps
	feed    bool
	entries []entry
}

// entry is one URL of a listing and the dates it was given.
type entry struct {
	loc       string
	modified  stamp // <lastmod>, Atom <updated>
	published stamp // <news:publication_date>, RSS <pubDate>, Atom <published>, <dc:date>
	dated     bool  // listed by a sitemap whose name dates it in the period
}

// errNotListing: the document is not XML of a kind harvest knows.
var errNotListing = errors.New("not a sitemap or a feed")

// parseListing reads a sitemap (urlset or sitemapindex, with Google News
// and image extensions), an RSS 0.9–2.0 or RDF feed, an Atom feed, or a
// plain-text sitemap of one URL per line. Dates without a zone are in loc.
// Only the local names of elements are looked at, as sites get namespaces
// wrong.
func parseListing(data []byte, loc *time.Location) (*listing, error) {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] != '<' {
		return textListing(trimmed), nil
	}
	d := xml.NewDecoder(bytes.NewReader(trimmed))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	l := &listing{}
	var stack []string // local names of the open elements
	var cur *entry
	depth := 0 // depth of cur's element
	var text strings.Builder
	permaLink := "" // isPermaLink of the last <guid>
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if len(stack) == 0 && len(l.entries) == 0 {
				return nil, fmt.Errorf("%w: %v", errNotListing, err)
			}
			break // a truncated or broken tail: keep what was read
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if len(stack) == 0 {
				switch name {
				case "sitemapindex":
					l.index = true
				case "urlset":
				case "rss", "rdf", "feed":
					l.feed = true
				default:
					return nil, fmt.Errorf("%w: root element <%s>", errNotListing, t.Name.Local)
				}
			}
			stack = append(stack, name)
			if len(stack) > maxListingDepth {
				return l, nil // a nesting bomb: the decoder's memory grows with it; keep what was read
			}
			switch {
			case cur == nil && (name == "url" || name == "sitemap" || name == "item" || name == "entry"):
				if len(l.entries) < maxEntries {
					cur, depth = &entry{}, len(stack)
				}
			case name == "guid":
				permaLink = attr(t, "isPermaLink")
			case cur != nil && name == "link" && cur.loc == "":
				if href := attr(t, "href"); href != "" { // Atom
					if rel := attr(t, "rel"); rel == "" || rel == "alternate" {
						cur.loc = href
					}
				}
			}
			text.Reset()
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name := stack[len(stack)-1]
			if cur != nil {
				v := strings.TrimSpace(text.String())
				direct := len(stack) == depth+1 // a child of the entry, not of <image:image>
				switch name {
				case "loc", "link":
					if direct && cur.loc == "" {
						cur.loc = v
					}
				case "guid":
					if direct && cur.loc == "" && !strings.EqualFold(permaLink, "false") && strings.Contains(v, "://") {
						cur.loc = v
					}
				case "lastmod", "updated":
					cur.modified = parseTime(v, loc)
				case "publication_date", "pubdate", "published", "date", "issued":
					if t := parseTime(v, loc); !t.IsZero() {
						cur.published = t
					}
				}
				if len(stack) == depth {
					if cur.loc != "" {
						l.entries = append(l.entries, *cur)
					}
					cur = nil
				}
			}
			stack = stack[:len(stack)-1]
			text.Reset()
		}
	}
	return l, nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// textListing reads a plain-text sitemap: one URL a line.
func textListing(data []byte) *listing {
	l := &listing{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() && len(l.entries) < maxEntries {
		if line := strings.TrimSpace(sc.Text()); strings.HasPrefix(line, "http://") || strings.HasPrefix(line, "https://") {
			l.entries = append(l.entries, entry{loc: line})
		}
	}
	return l
}

// stamp is a date from a listing. It is approximate when it has no time of
// day or no zone: it may then be a day off.
type stamp struct {
	time.Time
	approx bool
}

// gmtOffset is a zone written "GMT+7" or "UTC+07:00", as feeds of
// Vietnamese sites do.
var gmtOffset = regexp.MustCompile(`\s*(?:GMT|UTC)\s*([+-])(\d\d?)(?::?00)?$`)

// parseTime reads the dates of sitemaps (W3C: 2023-07-28,
// 2023-07-28T18:26+07:00) and feeds (RFC 822 and its many variants); a date
// without a zone is in loc. It returns the zero stamp for what it cannot
// read.
func parseTime(s string, loc *time.Location) stamp {
	s = strings.TrimSpace(s)
	if s == "" {
		return stamp{}
	}
	z := s
	if m := gmtOffset.FindStringSubmatchIndex(s); m != nil { // "GMT+7" → "+0700"
		h := s[m[4]:m[5]]
		if len(h) == 1 {
			h = "0" + h
		}
		z = s[:m[0]] + " " + s[m[2]:m[3]] + h + "00"
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", time.RFC1123Z, time.RFC1123,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, z); err == nil {
			return stamp{Time: t}
		}
	}
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return stamp{Time: t, approx: true}
		}
	}
	if d, err := vntext.ParseDateInfo(s, loc); err == nil {
		return stamp{Time: d.Time, approx: !d.HasTime || !d.HasOffset}
	}
	return stamp{}
}

// feedLinks returns the feeds a home page announces with
// <link rel="alternate" type="application/rss+xml|atom+xml">.
func feedLinks(page []byte) []string {
	var links []string
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return links
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Body {
				return links
			}
			if t.DataAtom != atom.Link {
				continue
			}
			var rel, typ, href string
			for _, a := range t.Attr {
				switch a.Key {
				case "rel":
					rel = strings.ToLower(a.Val)
				case "type":
					typ = strings.ToLower(a.Val)
				case "href":
					href = strings.TrimSpace(a.Val)
				}
			}
			if hasWord(rel, "alternate") && href != "" && (strings.Contains(typ, "rss") || strings.Contains(typ, "atom")) {
				links = append(links, href)
			}
		}
	}
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}
