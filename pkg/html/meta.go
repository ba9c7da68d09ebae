package html

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page holds what one pass over the document finds outside the body.
type page struct {
	doc       *html.Node
	lang      string            // <html lang>, normalised
	title     string            // <title>
	metas     map[string]string // first content per lower-case name, property or itemprop
	tags      []string          // article:tag metas
	metaAuth  []string          // article:author and author metas
	canonical string
	base      string
	ld        ldArticle
	h1s       []*html.Node
	itemprops map[string]*html.Node // first element per itemprop without content attribute
	times     []*html.Node          // <time> elements
	crumbs    *html.Node            // the first breadcrumb
	tagBox    *html.Node            // the first tag list
	elems     int                   // elements in the document
	classes   string                // every class attribute, for quick profile tests
}

// collect walks the document once for metadata.
func collect(doc *html.Node) *page {
	p := &page{doc: doc, metas: map[string]string{}, itemprops: map[string]*html.Node{}}
	var classes strings.Builder
	defer func() { p.classes = classes.String() }()
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		p.elems++
		if c := attr(n, "class"); c != "" {
			classes.WriteString(c)
			classes.WriteByte(' ')
		}
		if p.crumbs == nil || p.tagBox == nil {
			if f := classOf(n); f != 0 {
				if p.crumbs == nil && (f&fCrumb != 0 || f&fCrumbToken != 0 && n.DataAtom != atom.Body && shortLine(n)) {
					p.crumbs = n
				}
				if p.tagBox == nil && n.DataAtom != atom.A && n.DataAtom != atom.Body && f&fTagBox != 0 {
					p.tagBox = n
				}
			}
		}
		switch n.DataAtom {
		case atom.Html:
			p.lang = normLang(attr(n, "lang"))
			if p.lang == "" {
				p.lang = normLang(attr(n, "xml:lang"))
			}
		case atom.Title:
			if p.title == "" && n.Parent != nil && !isElem(n.Parent, atom.Svg) {
				p.title = textOf(n)
			}
			return false
		case atom.Base:
			if p.base == "" {
				p.base = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Link:
			if p.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
				p.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Meta:
			p.meta(n)
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				parseLD(n.FirstChild.Data, &p.ld)
			}
			return false
		case atom.Style, atom.Noscript, atom.Template:
			return false
		case atom.H1:
			p.h1s = append(p.h1s, n)
		case atom.Time:
			p.times = append(p.times, n)
		}
		if ip := attr(n, "itemprop"); ip != "" && n.DataAtom != atom.Meta {
			for _, k := range strings.Fields(strings.ToLower(ip)) {
				if _, ok := p.itemprops[k]; !ok {
					p.itemprops[k] = n
				}
			}
		}
		return true
	})
	return p
}

func (p *page) meta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
		if cs := attr(n, "charset"); cs != "" {
			return
		}
	}
	content = unescape(content)
	for _, key := range []string{attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")} {
		key = strings.ToLower(strings.TrimSpace(key))
		if key == "" || content == "" {
			continue
		}
		switch key {
		case "article:tag":
			p.tags = append(p.tags, content)
		case "article:author", "author", "dc.creator", "sailthru.author", "parsely-author", "byl", "byline", "cxenseparse:author", "citation_author":
			p.metaAuth = append(p.metaAuth, content)
		}
		if _, ok := p.metas[key]; !ok {
			p.metas[key] = content
		}
	}
}

// first returns the first non-empty meta among keys.
func (p *page) first(keys ...string) string {
	for _, k := range keys {
		if v := p.metas[k]; v != "" {
			return v
		}
	}
	return ""
}

// itemText returns the value of the first element with itemprop key: its
// content or datetime attribute, else its text.
func (p *page) itemText(key string) string {
	n := p.itemprops[key]
	if n == nil {
		return ""
	}
	for _, k := range []string{"content", "datetime"} {
		if v := attr(n, k); v != "" {
			return unescape(v)
		}
	}
	if v := attr(n, "title"); v != "" && n.DataAtom == atom.Abbr {
		return unescape(v) // the abbr pattern: "2:05 PM" shown, the full time in its title (Blogger)
	}
	if nm := p.childItem(n, "name"); nm != "" {
		return nm
	}
	return textOf(n)
}

// shortLine reports an element with at most a line of text: a
// breadcrumb is one, a page or a column whose class says "path" is not.
func shortLine(n *html.Node) bool {
	_, short := shortText(n, 200)
	return short
}

// itemImage returns microdata's image: a meta's content, an image's
// source.
func (p *page) itemImage() string {
	if s := p.metas["image"]; s != "" {
		return s
	}
	if n := p.itemprops["image"]; n != nil {
		return cmp.Or(attr(n, "content"), attr(n, "src"), attr(n, "href"))
	}
	return ""
}

func (p *page) childItem(n *html.Node, key string) string {
	var out string
	walk(n, func(c *html.Node) bool {
		if out != "" {
			return false
		}
		if c != n && c.Type == html.ElementNode && strings.EqualFold(attr(c, "itemprop"), key) {
			if v := attr(c, "content"); v != "" {
				out = unescape(v)
			} else {
				out = textOf(c)
			}
			return false
		}
		return true
	})
	return out
}

// siteName is the outlet's name from the page's own metadata.
func (p *page) siteName() string {
	if s := p.first("og:site_name", "application-name", "al:android:app_name", "twitter:site:name"); s != "" {
		return s
	}
	return p.ld.publisher
}

var (
	crumbWords   = []string{"breadcrumb", "bread-crumb", "duongdan", "duong-dan"}
	crumbTokens  = map[string]bool{"path": true, "crumbs": true}
	tagBoxTokens = map[string]bool{"tags": true, "tag": true, "keywords": true, "keyword": true, "hashtag": true, "hashtags": true, "tagcloud": true, "tukhoa": true}
)

// logoWords mark an h1 that holds the site's name or logo.
var logoWords = []string{"logo", "brand", "site-title", "site-name", "sitename", "masthead", "navbar", "header-title"}

// isLogo reports an h1 that is a logo or the site's name rather than a
// headline: it sits in the page header or a link to the home page, has a
// logo class, or holds only an image.
func (p *page) isLogo(h *html.Node, text, site string) bool {
	if text == "" {
		return true
	}
	if site != "" && (strings.EqualFold(text, site) || similarity(text, site) > 0.8) {
		return true
	}
	for n := h; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if has(n, fLogo) {
			return true
		}
		if n.DataAtom == atom.Header && n.Parent != nil && isElem(n.Parent, atom.Body) || n.DataAtom == atom.Nav {
			return true
		}
	}
	if a := findElem(h, atom.A); a != nil {
		href := strings.TrimSpace(attr(a, "href"))
		if href == "/" || href == "./" || href == "#" || href == "index.html" {
			return true
		}
	}
	return false
}

func findElem(root *html.Node, a atom.Atom) *html.Node {
	var out *html.Node
	walk(root, func(n *html.Node) bool {
		if out != nil {
			return false
		}
		if n != root && isElem(n, a) {
			out = n
			return false
		}
		return true
	})
	return out
}

// headline picks the visible headline element, or nil. Among h1s that are
// not logos it takes the one closest to the structured title.
func (p *page) headline(meta, site string) *html.Node {
	var best *html.Node
	bestSim := -1.0
	for _, h := range p.h1s {
		t := textOf(h)
		if p.isLogo(h, t, site) {
			continue
		}
		s := 0.0
		if meta != "" {
			s = similarity(t, meta)
		}
		if s > bestSim {
			best, bestSim = h, s
		}
	}
	if best != nil {
		return best
	}
	if meta == "" {
		return nil
	}
	// No usable h1: a heading-like element (h2, or a class naming a title)
	// that repeats the structured title.
	var found *html.Node
	walk(p.doc, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type != html.ElementNode {
			return true
		}
		if skipAtom(n.DataAtom) {
			return false
		}
		if n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || has(n, fTitle) {
			t := textOf(n)
			if t != "" && runeLen(t) < 300 && similarity(t, meta) >= 0.7 && !p.isLogo(n, t, site) {
				found = n
				return false
			}
		}
		return true
	})
	return found
}

// cleanTitle removes the site name from a <title> or og:title:
// "Headline - Báo Hà Giang" → "Headline".
func cleanTitle(t, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if site != "" && similarity(tail, site) >= 0.5 || runeLen(tail) < 30 && runeLen(head) > 2*runeLen(tail) {
			return head
		}
	}
	// "Site | Headline": the site first.
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if site != "" && similarity(head, site) >= 0.5 && runeLen(tail) > runeLen(head) {
			return tail
		}
	}
	return t
}

// similarity is the share of words two strings have in common (Dice
// coefficient over lower-case word sets).
func similarity(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	set := make(map[string]bool, len(wa))
	for _, w := range wa {
		set[w] = true
	}
	common := 0
	seen := make(map[string]bool, len(wb))
	for _, w := range wb {
		if set[w] && !seen[w] {
			common++
		}
		seen[w] = true
	}
	return 2 * float64(common) / float64(len(set)+len(seen))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 0x7f && !isSpaceRune(r) && !strings.ContainsRune("–—“”‘’«»…·•|", r))
	})
}

// sameText compares two strings as a reader would: case, white space and
// punctuation aside. It does not allocate.
func sameText(a, b string) bool {
	i, j := 0, 0
	for {
		ra, na := nextWordRune(a, &i)
		rb, nb := nextWordRune(b, &j)
		if na != nb || ra != rb {
			return false
		}
		if !na {
			return true
		}
	}
}

// hasTextPrefix reports whether s starts with prefix, compared as sameText
// does.
func hasTextPrefix(s, prefix string) bool {
	i, j := 0, 0
	for {
		rb, nb := nextWordRune(prefix, &j)
		if !nb {
			return true
		}
		ra, na := nextWordRune(s, &i)
		if !na || ra != rb {
			return false
		}
	}
}

// nextWordRune returns the next rune of s from *i lower-cased, with every
// run of separators turned into one ' ' (none at the ends); ok is false at
// the end.
func nextWordRune(s string, i *int) (r rune, ok bool) {
	sep := false
	for *i < len(s) {
		c, n := rune(s[*i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(s[*i:])
		}
		if !isWordRune(c) {
			sep = true
			*i += n
			continue
		}
		if sep && *i > n && wordBefore(s, *i) {
			return ' ', true // do not consume c: it comes next
		}
		*i += n
		return unicode.ToLower(c), true
	}
	return 0, false
}

// wordBefore reports whether a word rune precedes position i in s.
func wordBefore(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(r) {
			return true
		}
		i -= n
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
