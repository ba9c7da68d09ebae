package html

import (
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractor holds the state of reading one page.
type extractor struct {
	r       *Reader
	doc     *html.Node
	pageURL string
	p       *page
	prof    *compiled
	base    *url.URL
	a       news.Article

	headline     *html.Node
	leadNode     *html.Node   // the sapo's element when found by the general rules
	datelineNode *html.Node   // the outlet's dateline printed before it
	exclude      []*html.Node // elements already used for metadata, kept out of the body
	desc         string       // the page's own summary (og:description…)
	profiled     bool         // the body came from a profile's selector
	warn         []string

	boxes       map[*html.Node]bool // chromeBox's answers
	timeHolders map[*html.Node]bool // the elements with a <time> inside
	siteTitle   string              // the site's name, when the page gives it only as its title
	labelled    labelled            // the section and tags printed as a label and links
	outlets     map[string]bool     // the outlet's names folded (see isOutlet)
}

func (x *extractor) run() (*news.Article, error) {
	x.p = collect(x.doc)
	x.urls()
	host := ""
	if x.base != nil {
		host = x.base.Hostname()
	}
	for _, c := range x.r.profiles {
		if c.matches(host, x.doc, x.p.classes) {
			x.prof = c
			break
		}
	}
	site := x.p.siteName()
	x.a.Source = site
	if x.a.Source == "" && host != "" {
		x.a.Source = strings.TrimPrefix(host, "www.")
	}
	x.desc = x.p.first("og:description", "description", "twitter:description")
	if x.desc == "" {
		x.desc = x.p.ld.desc
	}
	x.title(site)
	if site == "" {
		x.a.Source = cmp.Or(x.siteTitle, x.titleSite(), x.a.Source)
	}
	x.leadElement()
	x.dates()
	x.authors()
	x.section()
	x.tags()
	if s := x.p.first("og:image", "og:image:url", "twitter:image", "twitter:image:src"); s != "" {
		x.a.Image = &news.Image{Src: resolve(x.base, s)}
	} else if x.p.ld.image != "" {
		x.a.Image = &news.Image{Src: resolve(x.base, x.p.ld.image)}
	} else if s := x.p.itemImage(); s != "" {
		x.a.Image = &news.Image{Src: resolve(x.base, s)}
	}
	if x.a.Image != nil && siteLogo(x.a.Image.Src) {
		x.a.Image = nil // the site's logo stands in for a picture the article lacks
	}
	blocks, hints := x.body()
	x.a.Body = blocks
	x.a.Language = chooseLang(x.declaredLang(), x.sample())
	x.a.Body = x.post(blocks, hints)
	x.localTimes()
	if x.a.Title == "" {
		x.a.Title = x.fallbackTitle()
		if x.a.Title != "" {
			x.warnf("no headline found; title taken from the text")
		}
	}
	x.a.Normalize()
	x.a.ID = articleID(&x.a)
	if x.a.Image != nil && strings.HasPrefix(x.a.Image.Src, "data:") {
		x.a.Image = nil
	}
	for _, w := range x.warn {
		x.r.log.Warn("html: "+w, "id", x.a.ID, "title", x.a.Title, "url", x.a.URL)
	}
	x.logDecisions(blocks)
	if len(x.a.Body) == 0 || !x.profiled && bodyRunes(x.a.Body) < minBody {
		if x.a.Lead == "" {
			return nil, fmt.Errorf("html: %w: no block of article text on the page", news.ErrNoContent)
		}
		x.r.log.Warn("html: article has a lead but no body", "id", x.a.ID, "title", x.a.Title)
	}
	if x.a.Title == "" {
		return nil, fmt.Errorf("html: %w: no headline and no text", news.ErrNoContent)
	}
	return &x.a, nil
}

// minBody is the least text, in letters, a page must have for an article
// without a lead, unless a profile says where the body is: less is a
// picture page, a listing or an error page.
const minBody = 40

func bodyRunes(body []news.Block) int {
	n := 0
	for i := range body {
		n += runeLen(blockText(&body[i]))
	}
	return n
}

func (x *extractor) warnf(format string, args ...any) {
	x.warn = append(x.warn, fmt.Sprintf(format, args...))
}

// urls sets the article's URL (canonical first) and the base for links.
func (x *extractor) urls() {
	var page *url.URL
	if u, err := url.Parse(x.pageURL); err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
		page = u
	}
	for _, c := range []string{x.p.canonical, x.p.first("og:url"), x.p.ld.url, x.pageURL} {
		if c == "" {
			continue
		}
		u, err := url.Parse(resolve(page, c))
		if err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && (u.Path == "" || u.Path == "/") && u.RawQuery == "" {
			// The home page is never the article's address (a template's
			// mistake, or a portal that gives it to every page), but it
			// names the site that relative links are on.
			if page == nil {
				page = u
			}
			continue
		}
		if err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.Fragment = ""
			x.a.URL = u.String()
			if page == nil {
				page = u
			}
			break
		}
	}
	x.base = page
	if x.p.base != "" {
		if u, err := url.Parse(resolve(page, x.p.base)); err == nil && u.IsAbs() {
			x.base = u
		}
	}
}

func (x *extractor) profileText(s Selector) (string, *html.Node) {
	if x.prof == nil || s.Empty() {
		return "", nil
	}
	n := s.First(x.doc)
	if n == nil {
		return "", nil
	}
	return textOf(n), n
}

// title prefers the visible headline to the structured one.
func (x *extractor) title(site string) {
	meta := x.p.ld.headline
	for _, m := range []string{x.p.first("og:title"), x.p.first("twitter:title"), x.p.title} {
		if meta == "" && m != "" {
			meta = cleanTitle(m, site)
		}
	}
	if t, n := x.profileText(x.prof.sel(func(c *compiled) Selector { return c.title })); t != "" {
		x.a.Title, x.headline = t, n
	} else if h := x.p.headline(meta, site); h != nil {
		x.a.Title, x.headline = textOf(h), h
	} else if h := x.anchor(meta); meta == "" || sameOutlet(meta, site) || site == "" && x.hostTitle(meta) != "" ||
		(h == nil || siteChrome(h)) && x.onlyInChrome(meta) {
		// The metadata names the site, not the article (portals give every
		// page the portal's name; "News - Báo X" on an old page that says
		// nothing else): the headline is the heading printed closest
		// before the text.
		if meta != "" {
			x.siteTitle, x.outlets = cmp.Or(x.hostTitle(meta), meta), nil
		}
		if h := x.visibleHeadline(); h != nil {
			x.a.Title, x.headline = textOf(h), h
		}
	} else {
		x.a.Title = meta
		x.headline = h
		if x.headline == nil {
			// "Site - Headline" with no site name known: the part the page
			// prints is the headline.
			for _, part := range titleParts(meta) {
				if h := x.anchor(part); h != nil {
					x.a.Title, x.headline = part, h
					break
				}
			}
		}
	}
	if x.headline != nil {
		x.exclude = append(x.exclude, x.headline)
	}
}

// titleSite returns the site's name as the page's <title> prints it beside
// the headline ("Headline | PTTH Long Giang"), or "".
func (x *extractor) titleSite() string {
	if x.a.Title == "" {
		return ""
	}
	// "Oak Hollow Gazette: Library book sale…" (Blogger): the site, a
	// colon, the headline.
	if pre, ok := strings.CutSuffix(fold(x.p.title), x.a.Title); ok {
		if pre, ok = strings.CutSuffix(strings.TrimSpace(pre), ":"); ok && pre != "" && len(strings.Fields(pre)) <= 6 {
			return strings.TrimSpace(pre)
		}
	}
	parts := titleParts(x.p.title)
	if parts == nil {
		return ""
	}
	for i, p := range parts {
		if other := parts[1-i]; sameText(p, x.a.Title) && len(strings.Fields(other)) <= 6 && !sameText(other, x.a.Title) {
			return other
		}
	}
	return ""
}

// hostTitle returns the title, or the part of it, that is the host's name
// written out ("Báo Phú Sơn điện tử" on baophuson.vn), with at most a
// section's name beside it ("Tin tức - Báo Phú Sơn điện tử"), or "".
func (x *extractor) hostTitle(title string) string {
	if x.base == nil {
		return ""
	}
	keys := outletKeys(x.base.Hostname())
	if len(keys) == 0 || len(keys[len(keys)-1]) < 5 {
		return ""
	}
	host := keys[len(keys)-1] // without "www" and the domain's ending
	cands := [][2]string{{title, ""}}
	if p := titleParts(title); p != nil {
		cands = append(cands, [2]string{p[0], p[1]}, [2]string{p[1], p[0]})
	}
	for _, c := range cands {
		if k := outletKeys(c[0]); len(k) > 0 && len(strings.Fields(c[0])) <= 6 && len(strings.Fields(c[1])) <= 3 && strings.Contains(k[0], host) {
			return c[0]
		}
	}
	return ""
}

// onlyInChrome reports a title that the page prints, and only in its
// header, footer, navigation or logo: the site's name.
func (x *extractor) onlyInChrome(title string) bool {
	printed, chrome := 0, 0
	limit := 3*len(title) + 16
	walk(x.doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (skipAtom(n.DataAtom) || n.DataAtom == atom.Title) {
			return false
		}
		if n.Type != html.ElementNode || n.DataAtom == atom.Html || n.DataAtom == atom.Body {
			return true
		}
		t, short := shortText(n, limit)
		if !short || !sameText(t, title) {
			return !short || t != "" // a child may print it
		}
		printed++
		if siteChrome(n) {
			chrome++
		}
		return false
	})
	return printed > 0 && printed == chrome
}

// siteChromeWords mark the parts of a page around every article: its
// header, banner and logo, its footer.
var siteChromeWords = []string{"header", "footer", "banner", "logo", "brand", "masthead", "copyright", "site-name", "sitename", "site-title"}

// siteChrome reports an element in the page's header, footer, navigation
// or logo; inside <article> or <main> nothing is the page's.
func siteChrome(n *html.Node) bool {
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		switch n.DataAtom {
		case atom.Footer, atom.Nav, atom.Header:
			return !inArticle(n)
		case atom.Article, atom.Main:
			return false
		}
		if has(n, fSiteChrome) {
			return !inArticle(n) // an article's own header ("entry-header") is the article's
		}
	}
	return false
}

// inArticle reports an element inside <article> or <main>.
func inArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// titleWords mark an element holding a headline.
var titleWords = []string{"title", "headline", "tieude", "tieu-de", "heading"}

// visibleHeadline finds the headline of a page whose metadata does not
// name it: the last heading, or element whose class says title, before
// the first paragraph of the best body candidate.
func (x *extractor) visibleHeadline() *html.Node {
	an := newAnalysis(x.doc, x.p.elems, true, nil)
	defer an.release()
	top := an.score(x.doc, nil)
	if top == nil {
		return nil
	}
	first := an.firstParagraph([]*html.Node{top}, nil)
	var best *html.Node
	walk(x.doc, func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			return true
		}
		in := an.of(n)
		if in == nil || in.junk || an.idx[n] >= first {
			return false
		}
		if (heading(n.DataAtom) || has(n, fTitle)) && in.link*2 < in.text && in.text >= 10 && in.text <= 300 && !siteChrome(n) {
			best = n
			return false
		}
		return true
	})
	return best
}

// titleParts splits a title at its first or last separator, the longer
// part first; nil when it has none.
func titleParts(t string) []string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		i, j := strings.Index(t, sep), strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		parts := []string{strings.TrimSpace(t[j+len(sep):]), strings.TrimSpace(t[:i])}
		if runeLen(parts[1]) > runeLen(parts[0]) {
			parts[0], parts[1] = parts[1], parts[0]
		}
		return parts
	}
	return nil
}

// anchor finds where the page prints a title that came from its metadata:
// the innermost element whose text is the title. Dates and the sapo are
// looked for after it, and it is kept out of the body.
func (x *extractor) anchor(title string) *html.Node {
	if title == "" {
		return nil
	}
	var found *html.Node
	limit := 3*len(title) + 16
	walk(x.doc, func(n *html.Node) bool {
		if found != nil || n.Type == html.ElementNode && (skipAtom(n.DataAtom) || n.DataAtom == atom.Title) {
			return false
		}
		if n.Type != html.ElementNode || n.DataAtom == atom.Html || n.DataAtom == atom.Body {
			return true
		}
		t, short := shortText(n, limit)
		if short && sameText(t, title) {
			found = n
			return false
		}
		return true
	})
	for found != nil {
		var only *html.Node
		for c := found.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if t, short := shortText(c, limit); short && sameText(t, title) {
					only = c
				}
			}
		}
		if only == nil {
			break
		}
		found = only
	}
	return found
}

func (c *compiled) sel(f func(*compiled) Selector) Selector {
	if c == nil {
		return Selector{}
	}
	return f(c)
}

// leadWords mark the sapo's element.
var leadWords = []string{"sapo", "lead", "summary", "excerpt", "chapeau", "chappeau", "teaser", "standfirst", "description",
	"intro", "tomtat", "tom-tat", "abstract", "subtitle", "sub-title", "dek", "deck", "short-desc"}

// leadElement finds the sapo printed under the headline.
func (x *extractor) leadElement() {
	if t, n := x.profileText(x.prof.sel(func(c *compiled) Selector { return c.lead })); t != "" {
		x.a.Lead = t
		x.exclude = append(x.exclude, n)
		return
	}
	var found *html.Node
	// The h2 right under the headline is the sapo, past an outlet's dateline
	// in a span: "(Báo Miền Núi) - ".
	var under *html.Node
	if x.headline != nil {
		under = nextElement(x.headline)
		if dateline(under) {
			under = nextElement(under)
		}
	}
	count := 0
	x.afterHeadline(400, func(n *html.Node) bool {
		count++
		isH2 := n.DataAtom == atom.H2 && n == under
		classy := has(n, fLead)
		// A standfirst without a telling class: the page's description
		// printed as a block of its own right under the headline.
		isDesc := count <= 30 && x.desc != "" && (n.DataAtom == atom.P || n.DataAtom == atom.Div) && !inRun(n)
		if !isH2 && !classy && !isDesc {
			return true
		}
		if n.DataAtom == atom.Meta || n.DataAtom == atom.Img || inFigure(n) || x.inChrome(n) || findElem(n, atom.Figure) != nil {
			return true // a "lead" holding a figure is the lead picture
		}
		if classy && !isH2 && manyParagraphs(n) {
			return true // the body itself (Drupal's "text-with-summary" field)
		}
		t, short := shortText(n, 4500)
		l := runeLen(t)
		if !short || l < 30 || l > 1500 || !isH2 && !classy && !sameText(t, x.desc) {
			return true
		}
		found = n
		x.a.Lead = t
		return false
	})
	if found == nil && x.headline != nil {
		found = x.boldLead()
	}
	if found != nil {
		x.leadNode = found
		x.exclude = append(x.exclude, found)
		if s := prevElement(found); dateline(s) {
			// The outlet's dateline printed apart from the sapo is the
			// sapo's start, as printed.
			x.a.Lead = fold(textOf(s) + " " + x.a.Lead)
			x.datelineNode = s
			x.exclude = append(x.exclude, s)
		}
	}
}

// manyParagraphs reports an element holding two paragraphs or more.
func manyParagraphs(n *html.Node) bool {
	k := 0
	walk(n, func(c *html.Node) bool {
		if isElem(c, atom.P) {
			k++
			return false
		}
		return k < 2
	})
	return k >= 2
}

// reDateline matches an outlet's dateline: "(Báo Miền Núi) - ", "(HGO)-".
var reDateline = regexp.MustCompile(`^\([^()]{2,40}\)\s*[-–—:]?$`)

// dateline reports an element that holds only an outlet's dateline.
func dateline(n *html.Node) bool {
	if n == nil || n.DataAtom != atom.Span && n.DataAtom != atom.Strong && n.DataAtom != atom.B && n.DataAtom != atom.P && n.DataAtom != atom.Div {
		return false
	}
	t, short := shortText(n, 120)
	return short && reDateline.MatchString(t)
}

// prevElement returns the element before n among its siblings, or nil;
// text between them other than white space makes it nil.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		switch {
		case s.Type == html.ElementNode:
			return s
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return nil
		}
	}
	return nil
}

// inRun reports an element that is one of a run of like blocks — a <p>
// among paragraphs, a <div> among divs of its class — as the body's
// paragraphs are.
func inRun(n *html.Node) bool {
	if n.DataAtom == atom.P && paragraphRun(n) {
		return true
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != n && s.Type == html.ElementNode && s.DataAtom == n.DataAtom && sameKind(s, n) {
			return true
		}
	}
	return false
}

// checkLead drops a sapo found by the general rules that does not come
// before the body: a teaser's description in a box further down is not the
// article's lead. Its element goes back to the body.
func (x *extractor) checkLead(an *analysis, nodes []*html.Node) {
	if x.leadNode == nil || len(nodes) == 0 {
		return
	}
	// Inside chrome such as an article's <header> the lead has no place of
	// its own: its nearest measured ancestor stands for it.
	n := x.leadNode
	li, ok := an.idx[n]
	for ; !ok && n.Parent != nil; n = n.Parent {
		li, ok = an.idx[n.Parent]
	}
	if ok && li < an.firstParagraph(nodes, x.leadNode) {
		return
	}
	for _, n := range []*html.Node{x.leadNode, x.datelineNode} {
		if in := an.of(n); in != nil {
			in.junk = false
		}
	}
	x.a.Lead, x.leadNode, x.datelineNode = "", nil, nil
}

// teaserBoxWords name the boxes of other articles' teasers, with their own
// dates, bylines and descriptions.
var teaserBoxWords = []string{"related", "relate", "lienquan", "lien-quan", "comment", "binhluan", "sidebar",
	"tinkhac", "tin-khac", "xemthem", "docthem", "docnhieu", "tinmoi", "tin-moi", "most-read", "popular",
	"recommend", "trending", "cungchuyenmuc", "outbrain", "taboola", "widget", "footer", "menu", "more-news", "other-news"}

// inChrome reports an element inside a box that is not the article's (by
// its class, or a navigation, aside or footer element): dates, bylines and
// sapos found there are a teaser's. A column holding much text is content
// whatever its class says.
func (x *extractor) inChrome(n *html.Node) bool {
	return x.chromeBox(n.Parent)
}

// chromeBox reports whether p or an ancestor is such a box; the scans
// after the headline ask it of the same ancestors again and again, so the
// answers are kept.
func (x *extractor) chromeBox(p *html.Node) bool {
	if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body {
		return false
	}
	if v, ok := x.boxes[p]; ok {
		return v
	}
	v := false
	switch {
	case p.DataAtom == atom.Nav || p.DataAtom == atom.Aside || p.DataAtom == atom.Footer:
		v = true
	case has(p, fTeaser):
		_, v = shortText(p, 2400)
	}
	v = v || x.chromeBox(p.Parent)
	if x.boxes == nil {
		x.boxes = make(map[*html.Node]bool)
	}
	x.boxes[p] = v
	return v
}

// boldLead finds a sapo without a telling class: a block all in bold
// among the first elements after the headline (past the byline, the date
// line and the lead picture) that is not one paragraph of a run of
// paragraphs (the body's first paragraph is the post-processing's
// business).
func (x *extractor) boldLead() *html.Node {
	var found, picture *html.Node
	x.afterHeadline(30, func(n *html.Node) bool {
		if picture != nil && isAncestor(picture, n) || !blockAtom(n.DataAtom) || n.DataAtom == atom.P && paragraphRun(n) ||
			has(n, fAuthor) || has(n, fDate) {
			return true // the byline and date line come between
		}
		if l := textLen(n, 3000); l < 60 || l > 3000 {
			return true // too short, or a container to look inside
		}
		if allBold(n) {
			found = n
			x.a.Lead = textOf(n)
			return false
		}
		if n.DataAtom == atom.Figure || findElem(n, atom.Img) != nil {
			picture = n // the lead picture and its caption come between too
			return true
		}
		return false
	})
	return found
}

// paragraphRun reports a <p> with at least two <p> siblings.
func paragraphRun(n *html.Node) bool {
	k := 0
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if isElem(s, atom.P) && s != n {
			k++
		}
	}
	return k >= 2
}

// allBold reports whether every word under n is in <b> or <strong>.
func allBold(n *html.Node) bool {
	ok, any := true, false
	var visit func(c *html.Node, bold bool)
	visit = func(c *html.Node, bold bool) {
		switch {
		case !ok:
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				any = true
				ok = bold
			}
		case c.Type == html.ElementNode && skipAtom(c.DataAtom):
		default:
			b := bold || c.DataAtom == atom.B || c.DataAtom == atom.Strong
			for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
				visit(ch, b)
			}
		}
	}
	visit(n, false)
	return ok && any
}

// afterHeadline calls f on up to limit elements after the headline (from
// the top of the page when there is none), until f returns false: the
// sapo, date line and byline are printed there, and a date before the
// headline is the page header's today.
func (x *extractor) afterHeadline(limit int, f func(*html.Node) bool) {
	start := x.headline
	if start == nil {
		start = x.doc
	}
	count := 0
	following(start, func(n *html.Node) bool {
		count++
		return count <= limit && f(n)
	})
}

// beforeHeadline calls f on up to limit elements before the headline,
// nearest first, until f returns false, and stops at the page's header or
// navigation: some templates print the byline and date line above the
// headline.
func (x *extractor) beforeHeadline(limit int, f func(*html.Node) bool) {
	if x.headline == nil {
		return
	}
	count := 0
	for n := prevInDoc(x.headline); n != nil && count < limit; n = prevInDoc(n) {
		if n.Type != html.ElementNode || isAncestor(n, x.headline) {
			continue
		}
		if n.DataAtom == atom.Body || siteChrome(n) || x.inChrome(n) {
			return
		}
		count++
		if !f(n) {
			return
		}
	}
}

// prevInDoc returns the node before n in document order.
func prevInDoc(n *html.Node) *html.Node {
	if p := n.PrevSibling; p != nil {
		for p.LastChild != nil && !(p.Type == html.ElementNode && skipAtom(p.DataAtom)) {
			p = p.LastChild
		}
		return p
	}
	return n.Parent
}

// nextElement returns the element after n among its siblings, or nil.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

func inFigure(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if isElem(p, atom.Figure) {
			return true
		}
	}
	return false
}

// following calls f on the elements after start in document order (start's
// descendants excluded) until f returns false.
func following(start *html.Node, f func(*html.Node) bool) {
	n := start
	descend := start.Type == html.DocumentNode
	for {
		var next *html.Node
		if descend && n.FirstChild != nil {
			next = n.FirstChild
		} else {
			for m := n; m != nil; m = m.Parent {
				if m.NextSibling != nil {
					next = m.NextSibling
					break
				}
			}
		}
		if next == nil {
			return
		}
		n = next
		descend = true
		if n.Type != html.ElementNode {
			continue
		}
		if skipAtom(n.DataAtom) {
			descend = false
			continue
		}
		if !f(n) {
			return
		}
	}
}

func (x *extractor) section() {
	if s := x.p.ld.section; s != "" {
		x.a.Section = s
		return
	}
	if s := x.p.first("article:section", "section", "category"); s != "" {
		x.a.Section = s
		return
	}
	var crumbs []string
	if x.prof != nil && !x.prof.section.Empty() {
		for _, n := range x.prof.section.All(x.doc) {
			crumbs = append(crumbs, textOf(n))
		}
	}
	if len(crumbs) == 0 {
		crumbs = x.p.ld.breadcrumb
	}
	if len(crumbs) == 0 && x.p.crumbs != nil {
		walk(x.p.crumbs, func(a *html.Node) bool {
			if isElem(a, atom.A) {
				crumbs = append(crumbs, textOf(a))
				return false
			}
			return true
		})
	}
	if len(crumbs) == 0 {
		if k := x.kicker(); k != "" {
			crumbs = []string{k}
		}
	}
	if len(crumbs) == 0 {
		// "Đăng trong Kinh tế", "Posted in Politics" at the article's foot.
		if l := x.labelledLinks().section; len(l) == 1 {
			crumbs = l
		}
	}
	for i := len(crumbs) - 1; i >= 0; i-- {
		c := crumbs[i]
		k := phraseKey(c)
		if c == "" || k == "trang chủ" || k == "home" || k == "trang nhất" || k == "главная" || k == "홈" || sameText(c, x.a.Title) || runeLen(c) > 60 {
			continue
		}
		x.a.Section = c
		return
	}
}

// sectionLabels and tagLabels open a line of links that names the
// article's section or its tags.
var (
	sectionLabels = setOf([]string{"đăng trong", "đăng tại", "chuyên mục", "danh mục", "posted in", "filed under", "category", "categories"})
	tagLabels     = setOf([]string{"tag", "tags", "từ khóa", "từ khoá", "labels", "label", "keywords", "topics"})
)

// labelled is what labelledLinks finds.
type labelled struct {
	done          bool
	section, tags []string
}

// labelledLinks returns the texts of the links of the first elements after
// the headline that hold a section's or the tags' label, then links and
// nothing else. One scan serves both.
func (x *extractor) labelledLinks() *labelled {
	l := &x.labelled
	if l.done {
		return l
	}
	l.done = true
	var buf [2 * maxPhrase]byte
	x.afterHeadline(600, func(n *html.Node) bool {
		if !boxAtom(n.DataAtom) && n.DataAtom != atom.Span {
			return true
		}
		first := leadingText(n)
		if first == "" || len(first) > 24 {
			return true
		}
		key := appendKey(buf[:0], first) // looked up without allocating: few elements open with a label
		var into *[]string
		switch {
		case sectionLabels[string(key)] && l.section == nil:
			into = &l.section
		case tagLabels[string(key)] && l.tags == nil:
			into = &l.tags
		default:
			return true
		}
		if textLen(n, 300) > 300 {
			return true
		}
		const seps = " \t\r\n,·|:;"
		label := strings.Trim(first, seps)
		var links []string
		rest := 0
		walk(n, func(c *html.Node) bool {
			switch {
			case isElem(c, atom.A):
				if t := textOf(c); t != "" {
					links = append(links, t)
				}
				return false
			case c.Type == html.TextNode:
				if t := strings.Trim(c.Data, seps); t != "" && t != label {
					rest++
				}
			}
			return true
		})
		if len(links) > 0 && rest == 0 && (!x.inChrome(n) || x.nearHeadline(n)) {
			*into = links // not a tag cloud in the sidebar; the post's own footer may be
		}
		return l.section == nil || l.tags == nil
	})
	return l
}

// leadingText returns the text an element opens with: its first child's,
// or its first child element's first child's ("<span>Tag</span> …").
func leadingText(n *html.Node) string {
	for depth := 0; depth < 2 && n != nil; depth++ {
		c := n.FirstChild
		for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			c = c.NextSibling
		}
		if c == nil {
			return ""
		}
		if c.Type == html.TextNode {
			return strings.TrimSpace(c.Data)
		}
		n = c
	}
	return ""
}

// nearHeadline reports an element inside the headline's grandparent (or
// parent, under <body>): the article's own header or footer, whatever its
// class.
func (x *extractor) nearHeadline(n *html.Node) bool {
	p := x.headline
	if p == nil {
		return false
	}
	for i := 0; i < 2 && p.Parent != nil && p.Parent.Type == html.ElementNode && p.Parent.DataAtom != atom.Body; i++ {
		p = p.Parent
	}
	return p != x.headline && isAncestor(p, n)
}

// kickerWords mark the section's label printed over a headline.
var kickerWords = []string{"cat", "kicker", "section", "chuyen-muc", "chuyenmuc", "danh-muc"}

// kicker returns the section's label printed just before the headline: a
// lone short link in an element whose class says category, within the
// few elements before it.
func (x *extractor) kicker() string {
	n := x.headline
	for steps := 0; n != nil && steps < 6; steps++ {
		prev := n.PrevSibling
		for prev != nil && prev.Type != html.ElementNode {
			prev = prev.PrevSibling
		}
		if prev == nil {
			n = n.Parent
			continue
		}
		n = prev
		var links []*html.Node
		walk(n, func(c *html.Node) bool {
			if isElem(c, atom.A) {
				links = append(links, c)
				return false
			}
			return len(links) < 2
		})
		if len(links) == 1 && has(n, fKicker) && !siteChrome(n) {
			if t := textOf(n); t == textOf(links[0]) && runeLen(t) <= 40 {
				return t
			}
		}
	}
	return ""
}

func (x *extractor) tags() {
	if len(x.p.tags) > 0 {
		for _, t := range x.p.tags {
			// "Water,Rivers,Pollution": several tags in one meta.
			for _, part := range strings.Split(t, ",") {
				if part = strings.TrimSpace(part); part != "" {
					x.a.Tags = append(x.a.Tags, part)
				}
			}
		}
		return
	}
	if len(x.p.ld.keywords) > 0 && len(x.p.ld.keywords) <= 20 {
		x.a.Tags = x.p.ld.keywords
		return
	}
	var box *html.Node
	if x.prof != nil && !x.prof.tags.Empty() {
		for _, n := range x.prof.tags.All(x.doc) {
			x.a.Tags = append(x.a.Tags, strings.TrimPrefix(textOf(n), "#"))
		}
		if len(x.a.Tags) > 0 {
			return
		}
	}
	if box = x.p.tagBox; box != nil {
		walk(box, func(a *html.Node) bool {
			if isElem(a, atom.A) {
				if t := strings.TrimPrefix(textOf(a), "#"); t != "" && runeLen(t) <= 60 && len(x.a.Tags) < 20 {
					x.a.Tags = append(x.a.Tags, t)
				}
				return false
			}
			return true
		})
	}
	if len(x.a.Tags) == 0 {
		// "Tag cà phê giá nông sản" (Joomla's K2), "Labels: Library,
		// Community" (Blogger): a label, then only links.
		x.a.Tags = x.labelledLinks().tags
	}
}

// body finds the body container(s) and converts them.
func (x *extractor) body() ([]news.Block, []hint) {
	var remove []Selector
	var containers []*html.Node
	if x.prof != nil {
		for _, s := range x.prof.remove {
			if s.mayMatch(x.p.classes) {
				remove = append(remove, s) // the others need a class the page lacks
			}
		}
		containers = x.prof.body.All(x.doc)
		x.profiled = len(containers) > 0
	}
	// Microdata's articleBody is a profile every site can have.
	if len(containers) == 0 {
		if ab := x.p.itemprops["articlebody"]; ab != nil {
			if _, short := shortText(ab, 200); !short {
				containers = []*html.Node{ab}
			}
		}
	}
	var best []news.Block
	var bestHints []hint
	bestLen := -1
	var first *analysis
	for _, strip := range []bool{true, false} {
		an := newAnalysis(x.doc, x.p.elems, strip, remove)
		defer an.release()
		if first == nil {
			first = an
		}
		for _, c := range containers {
			an.measure(c) // even inside chrome, a profile's body is measured
		}
		for _, n := range x.exclude {
			if in := an.of(n); in != nil {
				in.junk = true
			}
		}
		nodes := containers
		if len(nodes) == 0 {
			top := an.score(x.doc, x.headline)
			if top == nil {
				continue
			}
			nodes = an.trimPictures(an.siblings(top))
			x.checkLead(an, nodes)
		}
		blocks, hints, l := x.convert(an, nodes)
		if l > bestLen {
			best, bestHints, bestLen = blocks, hints, l
		}
		if l >= 250 || len(containers) > 0 {
			break
		}
	}
	// Look again when the body is tiny next to the page's densest text: a
	// profile's or the microdata's container, or a rule about chrome,
	// missed the story.
	if bestLen < maxTiny {
		if d, mass := first.densest(); d != nil && mass >= minDense && mass > 3*bestLen {
			for n := d; n != nil; n = n.Parent {
				if in := first.of(n); in != nil {
					in.junk = false
				}
			}
			if blocks, hints, l := x.convert(first, []*html.Node{d}); l > bestLen {
				best, bestHints, bestLen = blocks, hints, l
				x.profiled = false
				x.warnf("the body found first was tiny next to the page's densest text; took that")
			}
		}
	}
	if x.prof != nil && !x.prof.body.Empty() && x.prof.body.First(x.doc) == nil {
		x.warnf("profile %s: body selector found nothing; used the general extractor", x.prof.name)
	}
	return best, bestHints
}

// A body under maxTiny letters is looked at again when the page has a
// block of at least minDense letters of paragraphs, and three times more.
const (
	maxTiny  = 1000
	minDense = 400
)

// convert turns the body's containers into blocks and counts their letters.
func (x *extractor) convert(an *analysis, nodes []*html.Node) ([]news.Block, []hint, int) {
	c := &conv{an: an, base: x.base}
	for _, n := range nodes {
		c.node(n, style{})
		c.flush()
	}
	l := 0
	for i := range c.blocks {
		l += runeLen(blockText(&c.blocks[i]))
	}
	return c.blocks, c.hints, l
}

func (x *extractor) declaredLang() string {
	if x.p.lang != "" {
		return x.p.lang
	}
	for _, k := range []string{"og:locale", "content-language", "language", "dc.language", "inlanguage"} {
		if l := normLang(x.p.metas[k]); l != "" {
			return l
		}
	}
	return ""
}

// sample is text for language detection: the title, lead and first blocks.
func (x *extractor) sample() string {
	var b strings.Builder
	b.WriteString(x.a.Title + " " + x.a.Lead)
	for _, blk := range x.a.Body {
		if b.Len() > 1000 {
			break
		}
		b.WriteString(" " + news.PlainText(blk.Text))
	}
	return b.String()
}

// localTimes shows times given in UTC in the page's own offset, as the
// page prints them: Vietnam's on a Vietnamese page, else the first offset
// other than UTC that the page's structured times give.
func (x *extractor) localTimes() {
	zone := vnZone
	if x.a.Language != "vi" {
		zone = x.pageZone()
		if zone == nil {
			return
		}
	}
	for _, t := range []*time.Time{&x.a.Published, &x.a.Updated} {
		if !t.IsZero() {
			if _, off := t.Zone(); off == 0 {
				*t = t.In(zone)
			}
		}
	}
}

// reOffset matches a time that ends with a UTC offset other than zero.
var reOffset = regexp.MustCompile(`[+-](\d\d):?(\d\d)$`)

// pageZone returns the first non-zero UTC offset among the page's
// structured times, or nil.
func (x *extractor) pageZone() *time.Location {
	cands := []string{x.p.ld.published, x.p.ld.modified, x.p.first(dateMetas...), x.p.first("article:modified_time", "og:updated_time")}
	for _, n := range x.p.times {
		cands = append(cands, attr(n, "datetime"))
	}
	for _, s := range cands {
		s = strings.TrimSpace(s)
		if !reOffset.MatchString(s) {
			continue
		}
		if t, ok := parseMachineTime(s); ok {
			if name, off := t.Zone(); off != 0 {
				return time.FixedZone(name, off)
			}
		}
	}
	return nil
}

func (x *extractor) fallbackTitle() string {
	for _, b := range x.a.Body {
		if t := news.PlainText(b.Text); t != "" {
			w := strings.Fields(t)
			if len(w) > 12 {
				w = append(w[:12], "…")
			}
			return strings.Join(w, " ")
		}
	}
	return ""
}

// articleID derives a stable identifier from the article's URL: the last
// meaningful segment of its path ("…/giao-ban-truc-tuyen-123.html" →
// "giao-ban-truc-tuyen-123"), prefixed with the host's name when that
// segment is only a number, or the host and the id in the query
// ("news.asp?id=42" → "example-vn-42"). An article without a URL gets "h"
// and 12 hex digits of a SHA-1 of its title and body text (contentID):
// two pages of one site that share a title still get two ids.
func articleID(a *news.Article) string {
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		host := slugASCII(strings.TrimPrefix(u.Hostname(), "www."))
		// "view.asp?id=123", "articleView.html?idxno=456": the query names
		// the article.
		q := u.Query()
		for _, k := range idParams {
			for qk, v := range q {
				if strings.EqualFold(qk, k) && len(v) > 0 && strings.ContainsAny(v[0], "0123456789") {
					if id := slugASCII(v[0]); id != "" {
						return host + "-" + id
					}
				}
			}
		}
		segs := strings.Split(strings.Trim(u.Path, "/"), "/")
		for i := len(segs) - 1; i >= 0; i-- {
			s := slugASCII(strings.TrimSuffix(segs[i], path.Ext(segs[i])))
			if s == "" || genericSegments[s] {
				continue
			}
			if strings.Trim(s, "0123456789-") == "" || len(s) < 4 {
				return host + "-" + s // a bare number is unique only on its site
			}
			return s
		}
	}
	return contentID(a)
}

// contentID is "h" and 12 hex digits of the SHA-1 of an article's title
// and the text of its body, each run of spans (a paragraph, a list item, a
// table cell) on a line of its own.
func contentID(a *news.Article) string {
	h := sha1.New()
	io.WriteString(h, a.Title)
	for i := range a.Body {
		for run := range a.Body[i].Runs() {
			io.WriteString(h, "\n")
			for _, s := range run {
				io.WriteString(h, s.Text)
			}
		}
	}
	return "h" + hex.EncodeToString(h.Sum(nil)[:6])
}

var (
	idParams        = []string{"id", "idxno", "newsid", "news_id", "articleid", "article_id", "nid", "aid", "itemid", "p", "no"}
	genericSegments = map[string]bool{"index": true, "default": true, "detail": true, "article": true, "news": true, "amp": true, "view": true, "read": true, "story": true, "post": true, "articleview": true, "newsdetail": true}
)

// slugASCII keeps ASCII letters and digits, lower case, joined by hyphens;
// Vietnamese letters are folded first ("đường" → "duong").
func slugASCII(s string) string {
	s = vntext.Fold(s)
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}
