package html

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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

	headline *html.Node
	leadNode *html.Node   // the sapo's element when found by the general rules
	exclude  []*html.Node // elements already used for metadata, kept out of the body
	desc     string       // the page's own summary (og:description…)
	profiled bool         // the body came from a profile's selector
	warn     []string
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
	x.leadElement()
	x.dates()
	x.authors(site)
	x.section()
	x.tags()
	if s := x.p.first("og:image", "og:image:url", "twitter:image", "twitter:image:src"); s != "" {
		x.a.Image = &news.Image{Src: resolve(x.base, s)}
	} else if x.p.ld.image != "" {
		x.a.Image = &news.Image{Src: resolve(x.base, x.p.ld.image)}
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
	x.a.ID = articleID(x.a.URL, x.a.Title, x.a.Published)
	x.a.Normalize()
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
		// A canonical link to the home page is a template's mistake when
		// the page itself has a path.
		if err == nil && (u.Path == "" || u.Path == "/") && page != nil && len(page.Path) > 1 {
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
	} else {
		x.a.Title = meta
		x.headline = x.anchor(meta)
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
	x.afterHeadline(400, func(n *html.Node) bool {
		cid := classID(n)
		isH2 := n.DataAtom == atom.H2 && x.headline != nil && nextElement(x.headline) == n
		if !isH2 && (cid == "" || !containsAny(cid, leadWords) || containsAny(cid, []string{"leader", "img", "image", "photo", "caption", "video", "meta-desc"})) {
			return true
		}
		if n.DataAtom == atom.Meta || n.DataAtom == atom.Img || inFigure(n) || x.inChrome(n) {
			return true
		}
		t, short := shortText(n, 4500)
		l := runeLen(t)
		if !short || l < 30 || l > 1500 {
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
	}
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
	if in := an.of(x.leadNode); in != nil {
		in.junk = false
	}
	x.a.Lead, x.leadNode = "", nil
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
	for p := n.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
		switch p.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer:
			return true
		}
		if cid := classID(p); cid != "" && containsAny(cid, teaserBoxWords) {
			if _, short := shortText(p, 2400); short {
				return true
			}
		}
	}
	return false
}

// boldLead finds a sapo without a telling class: a block all in bold
// among the first elements after the headline that is not one paragraph of
// a run of paragraphs (the body's first paragraph is the post-processing's
// business).
func (x *extractor) boldLead() *html.Node {
	var found *html.Node
	x.afterHeadline(12, func(n *html.Node) bool {
		if !blockAtom(n.DataAtom) || n.DataAtom == atom.P && paragraphRun(n) {
			return true
		}
		t, short := shortText(n, 3000)
		if !short || runeLen(t) < 60 {
			return true // too short, or a container to look inside
		}
		if allBold(n) {
			found = n
			x.a.Lead = t
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

// dateMetas name the publication time, best first.
var dateMetas = []string{"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "publish_date", "article.published", "dc.date.issued", "dcterms.created", "dc.date", "date",
	"sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "og:article:published_time"}

func (x *extractor) dates() {
	var pub time.Time
	ok := false
	for _, s := range append([]string{x.p.ld.published}, x.p.first(dateMetas...), x.p.itemText("datepublished")) {
		if pub, ok = parseMachineTime(s); ok {
			break
		}
	}
	if t, n := x.profileText(x.prof.sel(func(c *compiled) Selector { return c.date })); n != nil {
		if !ok {
			pub, ok = findDate(t)
			if !ok {
				pub, ok = parseMachineTime(attr(n, "datetime"))
			}
		}
		x.exclude = append(x.exclude, n)
	}
	if !ok {
		pub, ok = x.visibleDate()
	} else if pub.Hour() == 0 && pub.Minute() == 0 {
		// Structured data with the day only: the page may print the time.
		if v, vok := x.visibleDate(); vok && v.Year() == pub.Year() && v.YearDay() == pub.YearDay() {
			pub = v
		}
	}
	if ok {
		x.a.Published = pub
	}
	for _, s := range []string{x.p.ld.modified, x.p.first("article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified"), x.p.itemText("datemodified")} {
		if t, ok := parseMachineTime(s); ok {
			x.a.Updated = t
			break
		}
	}
}

// dateWords mark an element that prints the article's time.
var dateWords = []string{"date", "time", "publish", "posted", "ngay", "thoigian", "thoi-gian", "dateline", "created", "pubdate"}

// visibleDate looks after the headline for a <time> or a date line. A date
// printed before the headline is the header's "today", not the article's.
func (x *extractor) visibleDate() (time.Time, bool) {
	var t time.Time
	ok := false
	x.afterHeadline(300, func(n *html.Node) bool {
		if n.DataAtom != atom.Time && findElem(n, atom.Time) != nil {
			return true // the <time> inside says it better
		}
		if x.inChrome(n) {
			return true
		}
		if n.DataAtom == atom.Time {
			if t, ok = parseMachineTime(attr(n, "datetime")); !ok {
				if txt, short := shortText(n, 200); short {
					t, ok = findDate(txt)
				}
			}
			if ok {
				x.exclude = append(x.exclude, n)
			}
			return !ok
		}
		cid := classID(n)
		if cid != "" && containsAny(cid, dateWords) || n.DataAtom == atom.Span || n.DataAtom == atom.P || n.DataAtom == atom.Div {
			txt, short := shortText(n, 270)
			if l := runeLen(txt); short && l > 0 && l <= 90 {
				if t, ok = findDate(txt); ok {
					x.exclude = append(x.exclude, n)
					return false
				}
			}
		}
		return true
	})
	return t, ok
}

// byPrefixes start a byline line.
var byPrefixes = []string{"By ", "BY ", "Tác giả:", "Bài và ảnh:", "Bài, ảnh:", "Bài:", "Автор:", "Written by "}

// authorWords mark the byline element.
var authorWords = []string{"author", "byline", "tacgia", "tac-gia", "writer", "reporter", "journalist", "creator"}

func (x *extractor) authors(site string) {
	add := func(names []string) {
		for _, n := range names {
			if n != "" && !isOrg(n) && (site == "" || !sameText(n, site)) && !strings.Contains(n, "://") {
				x.a.Authors = append(x.a.Authors, n)
			}
		}
	}
	for _, p := range x.p.ld.authors {
		if !p.org {
			add(splitNames(p.name))
		}
	}
	if len(x.a.Authors) == 0 {
		for _, m := range x.p.metaAuth {
			add(splitNames(m))
		}
	}
	if len(x.a.Authors) == 0 {
		if s := x.p.itemText("author"); s != "" {
			add(splitNames(s))
		}
	}
	if x.prof != nil && !x.prof.byline.Empty() {
		for _, n := range x.prof.byline.All(x.doc) {
			if len(x.a.Authors) == 0 {
				add(splitNames(textOf(n)))
			}
			x.exclude = append(x.exclude, n)
		}
	}
	if len(x.a.Authors) > 0 {
		return
	}
	x.afterHeadline(400, func(n *html.Node) bool {
		cid := classID(n)
		byClass := cid != "" && containsAny(cid, authorWords) && !containsAny(cid, []string{"comment", "author-box", "authorbox", "avatar"})
		if !byClass && (n.DataAtom != atom.P && n.DataAtom != atom.Div && n.DataAtom != atom.Span || !hasPrefixAny(firstText(n), byPrefixes)) {
			return true
		}
		t, short := shortText(n, 300)
		if l := runeLen(t); !short || l == 0 || l > 100 || x.inChrome(n) {
			return true
		}
		// Without a telling class, a line that says who: "By Jane Doe",
		// "Tác giả: …".
		if !byClass && !hasPrefixAny(t, byPrefixes) {
			return true
		}
		if names := parseNames(stripDate(t)); len(names) > 0 {
			add(names)
			x.exclude = append(x.exclude, n)
			return false
		}
		return true
	})
}

// splitNames splits a structured author value; a value that does not parse
// as names is kept whole.
func splitNames(s string) []string {
	s = fold(s)
	if s == "" || strings.Contains(s, "://") {
		return nil
	}
	if names := parseNames(s); len(names) > 0 {
		return names
	}
	// Structured data is trusted with a name the byline parser does not
	// know ("Y Moan Niê", "Nguyễn Văn A (CTV)") when it still looks like one.
	if w := strings.Fields(dropParens(s)); len(w) > 0 && len(w) <= 5 && !isOrg(s) && !strings.ContainsAny(s, "@.:/0123456789") {
		for _, x := range w {
			if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) && !caseless(r) {
				return nil
			}
		}
		return []string{strings.Join(w, " ")}
	}
	return nil
}

// stripDate removes a date printed after a name: "Tên - 12/09/2024 14:30".
func stripDate(s string) string {
	if l := reDMY.FindStringIndex(s); l != nil {
		cut := l[0]
		if h := reHM.FindStringIndex(s); h != nil && h[0] < cut && l[0]-h[1] < 5 {
			cut = h[0]
		}
		s = strings.TrimRight(s[:cut], " -–|,")
	}
	return s
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

func (x *extractor) tags() {
	if len(x.p.tags) > 0 {
		x.a.Tags = x.p.tags
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
	box = x.p.tagBox
	if box == nil {
		return
	}
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

// body finds the body container(s) and converts them.
func (x *extractor) body() ([]news.Block, []hint) {
	var remove []Selector
	var containers []*html.Node
	if x.prof != nil {
		remove = x.prof.remove
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
	for _, strip := range []bool{true, false} {
		an := newAnalysis(x.doc, x.p.elems, strip, remove, &x.r.classes)
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
		c := &conv{an: an, base: x.base}
		for _, n := range nodes {
			c.node(n, style{})
			c.flush()
		}
		l := 0
		for _, b := range c.blocks {
			l += runeLen(news.PlainText(b.Text))
		}
		if l > bestLen {
			best, bestHints, bestLen = c.blocks, c.hints, l
		}
		if l >= 250 || len(containers) > 0 {
			break
		}
	}
	if x.prof != nil && !x.prof.body.Empty() && x.prof.body.First(x.doc) == nil {
		x.warnf("profile %s: body selector found nothing; used the general extractor", x.prof.name)
	}
	return best, bestHints
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

// localTimes shows times given in UTC on a Vietnamese page in Vietnam's
// time, as the page itself prints them.
func (x *extractor) localTimes() {
	if x.a.Language != "vi" {
		return
	}
	for _, t := range []*time.Time{&x.a.Published, &x.a.Updated} {
		if !t.IsZero() {
			if _, off := t.Zone(); off == 0 {
				*t = t.In(vnZone)
			}
		}
	}
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

// articleID derives a stable identifier: the last meaningful segment of the
// URL's path ("…/giao-ban-truc-tuyen-123.html" → "giao-ban-truc-tuyen-123"),
// prefixed with the host's name when that segment is only a number; a page
// without a URL gets "h" and a hash of its title and time.
func articleID(rawURL, title string, published time.Time) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
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
	h := sha1.Sum([]byte(news.Line(title) + "\x00" + published.UTC().Format(time.RFC3339)))
	return "h" + hex.EncodeToString(h[:6])
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
