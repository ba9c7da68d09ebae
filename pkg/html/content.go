package html

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// info is what the analysis knows of one element.
type info struct {
	text, link   int // runes of visible text, and of text inside links
	own, ownLink int // runes of the element's own inline text (its paragraph)
	commas       int // in the own text
	mass         int // runes of paragraphs among its children, see densest
	score        float64
	scored       bool
	junk         bool
	media        bool // holds an audio or video player
	control      bool // holds a form control: a poll, a search or sign-up box
	readLink     bool // holds a link to read elsewhere, not a sign-up or a script's (see actionLink)
}

// analysis measures and scores the elements of a document, the way
// Readability does, with news-specific chrome detection.
type analysis struct {
	idx    map[*html.Node]int32
	infos  []info
	nodes  []*html.Node // the element of each info
	strip  bool         // drop elements whose class or id says chrome
	remove []Selector   // a profile's chrome
	cands  []*html.Node
	hpos   int32 // the headline's position, -1 when unknown
	strong int   // the depth of elements whose class says chrome for sure, while measuring
}

// analyses recycles the analyses' tables: reading an archive reads
// thousands of pages, and a page's are dead once its body is converted.
var analyses = sync.Pool{New: func() any { return &analysis{idx: map[*html.Node]int32{}} }}

func newAnalysis(doc *html.Node, elems int, strip bool, remove []Selector) *analysis {
	an := analyses.Get().(*analysis)
	an.strip, an.remove, an.hpos, an.strong = strip, remove, -1, 0
	an.infos = slices.Grow(an.infos[:0], elems)
	an.nodes = slices.Grow(an.nodes[:0], elems)
	an.measure(doc)
	return an
}

// release returns an analysis to the pool; it must not be used after.
func (an *analysis) release() {
	if len(an.infos) > 1<<16 {
		return
	}
	clear(an.idx)
	clear(an.nodes) // let the page go
	an.cands = an.cands[:0]
	an.remove = nil
	analyses.Put(an)
}

// chromeClass reports an element that its class or id says is chrome.
func chromeClass(n *html.Node, f feat) bool {
	return f&fStrong != 0 || f&fWeak != 0 && !textBlockAtom(n.DataAtom)
}

func (an *analysis) of(n *html.Node) *info {
	if i, ok := an.idx[n]; ok {
		return &an.infos[i]
	}
	return nil
}

func (an *analysis) isJunk(n *html.Node) bool {
	if i := an.of(n); i != nil {
		return i.junk
	}
	return n.Type == html.ElementNode && skipAtom(n.DataAtom)
}

// measure returns the text and link-text runes under n and the commas in it,
// and records them for elements.
func (an *analysis) measure(n *html.Node) (text, link, commas int) {
	switch n.Type {
	case html.TextNode:
		t, c := countText(n.Data)
		return t, 0, c
	case html.ElementNode, html.DocumentNode:
	default:
		return 0, 0, 0
	}
	var id int32 = -1
	if n.Type == html.ElementNode {
		id = int32(len(an.infos))
		an.infos = append(an.infos, info{})
		an.nodes = append(an.nodes, n)
		an.idx[n] = id
		if an.chrome(n) {
			an.infos[id].junk = true
			return 0, 0, 0
		}
	}
	var own, ownLink, ownCommas int
	var f feat
	if an.strip && id >= 0 && !inlineAtom(n.DataAtom) {
		// Inline elements are judged by their words, not their class: a
		// "tooltip" span or a "tag" link inside a sentence is the sentence's.
		f = classOf(n)
	}
	strong := f&fStrong != 0
	if strong {
		an.strong++
	}
	mass := 0
	media := f&fPlayer != 0
	control, readLink := false, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cidx := len(an.infos)
		t, l, cm := an.measure(c)
		text += t
		link += l
		commas += cm
		if c.Type == html.ElementNode && (mediaAtom(c.DataAtom) || an.infos[cidx].media) {
			media = true
		}
		if c.Type == html.ElementNode && (controlAtom(c.DataAtom) || an.infos[cidx].control) {
			control = true
		}
		if c.Type == html.ElementNode && an.infos[cidx].readLink {
			readLink = true
		}
		if c.Type == html.TextNode || c.Type == html.ElementNode && !blockAtom(c.DataAtom) && !isElem(c, atom.Img) {
			own += t
			ownLink += l
			ownCommas += cm
		} else if c.Type == html.ElementNode && an.strong == 0 && !heading(c.DataAtom) {
			if ci := &an.infos[cidx]; ci.own >= 25 && ci.ownLink*2 < ci.own {
				mass += ci.own
			}
		}
	}
	if strong {
		an.strong--
	}
	if id >= 0 {
		an.infos[id].mass = mass
	}
	if id < 0 {
		return text, link, commas
	}
	if n.DataAtom == atom.A {
		link = text
		ownLink = own
		readLink = !actionLink(n)
		if text >= 15 && card(n) {
			// A teaser of another article: its picture and title in one link.
			an.infos[id].junk = true
			return 0, 0, 0
		}
	}
	in := &an.infos[id]
	in.text, in.link, in.own, in.ownLink, in.commas, in.media, in.control, in.readLink = text, link, own, ownLink, ownCommas, media, control, readLink
	if media && boxAtom(n.DataAtom) && text > 0 && text < 100 && !endsSentence(textOf(n)) {
		// An audio or video player with its labels ("Listen to this
		// article", the clip's title and length): nothing to read.
		in.junk = true
		return 0, 0, 0
	}
	if control && boxAtom(n.DataAtom) && text < 250 && findElem(n, atom.Img) == nil {
		// A poll, a score look-up, a sign-up form: a question or a title
		// over its controls, nothing to read.
		in.junk = true
		return 0, 0, 0
	}
	if boxAtom(n.DataAtom) && (text < 1500 || link*5 > text) {
		// A box of related news, comments…, or an advertising slot: its
		// label and nothing else of substance.
		if box, ad := an.boxHeading(n); box && (!ad || text < 100) {
			in.junk = true
			return 0, 0, 0
		}
	}
	// The newsroom's promotion (by its first words), or a call to action:
	// a box whose links all lead to a sign-up or only run a script (a newsletter call-out, "Get posts like this in your
	// inbox. Subscribe for free."; a live page's "Tắt tự động cập nhật"
	// switch), whatever its words; not a picture that opens a lightbox.
	if text < 400 && (boxAtom(n.DataAtom) || n.DataAtom == atom.P) && promo(n) || link > 0 && !readLink && text < 200 && boxAtom(n.DataAtom) && findElem(n, atom.Img) == nil && !findAMPImg(n) {
		in.junk = true
		return 0, 0, 0
	}
	// Class names are judged after the text is counted (a "time" box
	// holding only "21:00" is a live page's entry stamp, not chrome): a column named
	// "sidebar-1" that holds the whole story is not chrome; comments are,
	// however long.
	if chromeClass(n, f) && (text < 800 || link*4 > text || f&fComment != 0) && !(f&fStrong == 0 && text <= 8 && bareTime(firstText(n))) {
		in.junk = true
		return 0, 0, 0
	}
	return text, link, commas
}

// mediaAtom reports the elements that play or embed media.
func mediaAtom(a atom.Atom) bool {
	return a == atom.Audio || a == atom.Video || a == atom.Iframe || a == atom.Object || a == atom.Embed
}

// controlAtom reports the elements a reader fills in (a gallery's buttons
// are not: they turn its pictures).
func controlAtom(a atom.Atom) bool {
	return a == atom.Form || a == atom.Input || a == atom.Select || a == atom.Textarea
}

// card reports a link to another page that holds a picture as well as its
// text: a teaser.
func card(a *html.Node) bool {
	href := strings.ToLower(strings.TrimSpace(attr(a, "href")))
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(href, "javascript:") {
		return false
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp"} {
		if strings.HasSuffix(href, ext) {
			return false // the picture's larger size
		}
	}
	return findElem(a, atom.Img) != nil
}

// inlineAtom reports the elements of running text.
func inlineAtom(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Span, atom.B, atom.I, atom.Em, atom.Strong, atom.Font, atom.Sup, atom.Sub, atom.Abbr,
		atom.Small, atom.Mark, atom.U, atom.S, atom.Cite, atom.Code, atom.Q, atom.Time, atom.Label, atom.Big, atom.Dfn, atom.Kbd, atom.Var:
		return true
	}
	return false
}

// boxAtom reports the elements that make boxes of related news, comments
// and the like. Headings and paragraphs naming such a box are chrome lines
// for post; list items and links never hold a whole box.
func boxAtom(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Aside, atom.Ul, atom.Ol, atom.Table, atom.Tbody, atom.Tr, atom.Td,
		atom.Dl, atom.Article, atom.Form, atom.Center, atom.Header, atom.Footer, atom.Nav, atom.Figure:
		return true
	}
	return false
}

// countText counts the runes of s with each run of ASCII white space as
// one, leading white space not counted, and the commas. It reads bytes, not
// runes: it runs on every text node of the page.
func countText(s string) (n, commas int) {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f':
			space = true
			continue
		case c == ',':
			commas++
		case c&0xC0 == 0x80:
			continue // inside a multi-byte rune
		}
		if space && n > 0 {
			n++
		}
		space = false
		n++
	}
	return n, commas
}

// chrome reports elements that are never article text.
func (an *analysis) chrome(n *html.Node) bool {
	switch {
	case skipAtom(n.DataAtom):
		return true
	case n.DataAtom == atom.Nav || n.DataAtom == atom.Header || n.DataAtom == atom.Footer || n.DataAtom == atom.Aside:
		return true
	case n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main:
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if hidden(n) {
				return true
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search":
				return true
			}
		}
	}
	for _, s := range an.remove {
		if s.Match(n) {
			return true
		}
	}
	return false
}

// Class and id words that mark chrome. strong words win over the words
// that mark content; weak ones do not.
var (
	strongChrome = []string{"comment-", "comment_", "-comment", "_comment", "comments", "commentlist", "commentbox", "binhluan", "binh-luan", "related", "relate", "lienquan", "lien-quan",
		"share", "sharing", "social", "sidebar", "advert", "quangcao", "banner", "newsletter", "cookie",
		"popup", "breadcrumb", "tinkhac", "tin-khac", "xemthem", "xem-them", "docthem", "doc-them",
		"docnhieu", "doc-nhieu", "tinmoi", "tin-moi", "most-read", "mostread", "most-popular", "outbrain",
		"taboola", "recommend", "subscribe", "disqus", "weather", "thoitiet", "navbar", "navigation",
		"toolbar", "pagination", "pager", "shoutbox", "skyscraper", "sponsor", "promo", "gdpr", "login",
		"signup", "chiase", "chia-se", "hashtag", "keyword", "tags", "tag-list", "taglist", "the-tag",
		"read-more", "readmore", "rating", "modal", "masthead", "footer", "author-box", "byline",
		"cungchuyenmuc", "cung-chuyen-muc", "tinnong", "tin-nong", "trending", "zalo", "ads-", "-ads", "twitter-tweet", "instagram-media", "tiktok-embed", "newsletter", "pullquote", "pull-quote"}
	weakChrome = []string{"header", "menu", "extra", "remark", "replies", "rss", "community", "supplemental",
		"agegate", "combx", "legends", "widget", "author", "meta", "date", "time", "tool", "hidden"}
	commentTokens = map[string]bool{"comment": true}
	commentWords  = []string{"comment-", "comment_", "-comment", "_comment", "comments", "commentlist", "commentbox", "binhluan", "binh-luan", "disqus", "reply", "replies", "y-kien", "ykien"}
	contentWords  = []string{"article", "body", "content", "main", "detail", "noidung", "noi-dung", "chitiet",
		"chi-tiet", "story", "entry", "post", "text", "fck", "column", "shadow", "baiviet", "bai-viet"}
	chromeTokens = map[string]bool{"comment": true, "ad": true, "ads": true, "qc": true, "tag": true, "nav": true, "share": true, "adv": true, "advertisement": true, "fb": true, "slot": true, "poll": true, "quiz": true, "donate": true, "donation": true, "scoreboard": true}
)

func unlikely(cid string) bool { return chromeLevel(cid) > chromeNone }

// How surely a class or id says chrome.
const (
	chromeNone   = iota
	chromeWeak   // "header", "meta", "widget"…: chrome for containers, not for a paragraph or a heading
	chromeStrong // "related", "comments", "share"…
)

// textBlockAtom reports the elements that hold a line or paragraph of text
// themselves: a weak class word ("subheader", "meta-title") does not make
// them chrome.
func textBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Figure,
		atom.Figcaption, atom.Td, atom.Th, atom.Dd, atom.Dt, atom.Pre:
		return true
	}
	return false
}

// classWeight is Readability's: content words up, chrome words down.
func classWeight(n *html.Node) float64 {
	f := classOf(n)
	w := 0.0
	if f&fContent != 0 {
		w += 25
	}
	if f&fChromeWord != 0 {
		w -= 25
	}
	return w
}

func tagWeight(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// score gives every paragraph's weight to its ancestors and returns the
// best candidate for the article's body, or nil. A candidate wholly before
// the headline (when there is one) is a header's or a sidebar's and counts
// half.
func (an *analysis) score(doc, headline *html.Node) *html.Node {
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		in := an.of(n)
		if in == nil || in.junk {
			return false
		}
		if blockAtom(n.DataAtom) && in.own >= 25 && in.ownLink*2 < in.own && !heading(n.DataAtom) {
			s := 1 + float64(in.commas) + min(float64(in.own/100), 3)
			level := 0
			for p := n.Parent; p != nil && p.Type == html.ElementNode && level < 5; p = p.Parent {
				pi := an.of(p)
				if pi == nil {
					break
				}
				if !pi.scored {
					pi.scored = true
					pi.score = tagWeight(p.DataAtom) + classWeight(p)
					an.cands = append(an.cands, p)
				}
				div := 1.0
				switch {
				case level == 1:
					div = 2
				case level > 1:
					div = float64(level * 3)
				}
				pi.score += s / div
				level++
			}
			// A paragraph that is a div holding text directly is its own
			// candidate too: old pages put the whole story in one cell.
			if !in.scored && (n.DataAtom == atom.Div || n.DataAtom == atom.Td) && in.own > 500 {
				in.scored = true
				in.score = tagWeight(n.DataAtom) + classWeight(n) + s
				an.cands = append(an.cands, n)
			}
		}
		return true
	})
	hpos := int32(-1)
	for n := headline; n != nil && hpos < 0; n = n.Parent {
		if i, ok := an.idx[n]; ok {
			hpos = i
		}
	}
	an.hpos = hpos
	var top *html.Node
	best := 0.0
	for _, c := range an.cands {
		in := an.of(c)
		in.score *= 1 - an.linkDensity(c)
		if an.beforeHeadline(c) {
			in.score /= 2
		}
		if in.score > best {
			top, best = c, in.score
		}
	}
	if top == nil {
		return nil
	}
	// Climb while the parent is a better or an only container.
	last := best
	for p := top.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
		pi := an.of(p)
		if pi == nil || !pi.scored {
			continue
		}
		if pi.score < best/3 {
			break
		}
		if pi.score > last {
			top = p
			break
		}
		last = pi.score
	}
	for top.Parent != nil && top.Parent.Type == html.ElementNode && top.Parent.DataAtom != atom.Body && onlyChild(top) {
		top = top.Parent
	}
	return top
}

// beforeHeadline reports an element that ends before the headline starts.
func (an *analysis) beforeHeadline(n *html.Node) bool {
	return an.hpos >= 0 && an.idx[n] < an.hpos && an.end(n) < an.hpos
}

// end returns the position of the last element under n.
func (an *analysis) end(n *html.Node) int32 {
	for n.LastChild != nil {
		c := n.LastChild
		for c != nil && c.Type != html.ElementNode {
			c = c.PrevSibling
		}
		if c == nil {
			break
		}
		n = c
	}
	if i, ok := an.idx[n]; ok {
		return i
	}
	return int32(len(an.infos))
}

func heading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func onlyChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

func (an *analysis) linkDensity(n *html.Node) float64 {
	in := an.of(n)
	if in == nil || in.text == 0 {
		return 0
	}
	return float64(in.link) / float64(in.text)
}

// siblings returns top with the siblings that belong to the article: well
// scored containers and plain paragraphs, in document order.
func (an *analysis) siblings(top *html.Node) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	ti := an.of(top)
	threshold := max(10, ti.score*0.2)
	var out []*html.Node
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		si := an.of(s)
		if si == nil || si.junk || an.beforeHeadline(s) {
			continue
		}
		if an.picture(s) {
			out = append(out, s) // kept if text surrounds it: see trimPictures
			continue
		}
		if si.text == 0 {
			continue
		}
		bonus := 0.0
		if c := attr(top, "class"); c != "" && attr(s, "class") == c {
			bonus = ti.score * 0.2
		}
		ld := an.linkDensity(s)
		switch {
		case si.scored && si.score+bonus >= threshold:
			out = append(out, s)
		case s.DataAtom == top.DataAtom && sameKind(s, top) && si.text >= 25 && ld < 0.3:
			// One of a run of like blocks, a paragraph each
			// (<div data-component="text-block">): the story goes on.
			out = append(out, s)
		case s.DataAtom == atom.P || s.DataAtom == atom.Figure || s.DataAtom == atom.Blockquote:
			t := textOf(s)
			if si.text > 80 && ld < 0.25 || si.text <= 80 && si.text > 0 && ld == 0 && endsSentence(t) {
				out = append(out, s)
			}
		case s.DataAtom == atom.Ul || s.DataAtom == atom.Ol:
			if si.text > 80 && ld < 0.25 {
				out = append(out, s) // a list of points, not of links
			}
		}
	}
	return out
}

// densest returns the element whose child paragraphs hold the most text,
// and that text in letters, whatever the rules about boxes and weak class
// words said of them: the story, when those rules or a wrong container
// missed it. Structural chrome (navigation, asides, footers, hidden
// elements) and what is inside a class that says comments, related news,
// share bars and the like stay out (measure counts the paragraphs).
func (an *analysis) densest() (*html.Node, int) {
	best, most := -1, 0
	for i := range an.infos {
		if m := an.infos[i].mass; m > most {
			best, most = i, m
		}
	}
	if best < 0 {
		return nil, 0
	}
	return an.nodes[best], most
}

// firstParagraph returns the document position of the first paragraph of
// text in nodes, skip, figures and headings aside.
func (an *analysis) firstParagraph(nodes []*html.Node, skip *html.Node) int32 {
	pos := int32(len(an.infos))
	for _, n := range nodes {
		walk(n, func(c *html.Node) bool {
			if pos < int32(len(an.infos)) || c == skip || c.Type != html.ElementNode || c.DataAtom == atom.Figure || c.DataAtom == atom.Figcaption || heading(c.DataAtom) {
				return false // a picture's caption, a heading: not the text
			}
			in := an.of(c)
			if in == nil || in.junk {
				return false
			}
			if blockAtom(c.DataAtom) && in.own >= 25 {
				pos = an.idx[c]
				return false
			}
			return true
		})
		if pos < int32(len(an.infos)) {
			break
		}
	}
	return pos
}

// sameKind reports elements marked alike: the same class, or the same
// data-component or data-block attribute.
func sameKind(a, b *html.Node) bool {
	for _, k := range []string{"class", "data-component", "data-block", "data-type"} {
		if v := attr(a, k); v != "" && v == attr(b, k) {
			return true
		}
	}
	return false
}

// trimPictures drops the picture-only siblings that siblings kept before the
// first or after the last text container: only pictures inside the story
// are the story's.
func (an *analysis) trimPictures(nodes []*html.Node) []*html.Node {
	for len(nodes) > 1 && an.picture(nodes[0]) {
		nodes = nodes[1:]
	}
	for len(nodes) > 1 && an.picture(nodes[len(nodes)-1]) {
		nodes = nodes[:len(nodes)-1]
	}
	return nodes
}

// picture reports an element that is an image with at most a caption: no
// paragraph of its own scored it.
func (an *analysis) picture(n *html.Node) bool {
	in := an.of(n)
	if in == nil || in.junk || in.text > 300 || in.scored && in.text > 100 {
		return false
	}
	return isElem(n, atom.Img) || findElem(n, atom.Img) != nil || findAMPImg(n)
}

func findAMPImg(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == 0 && c.Data == "amp-img" {
			found = true
		}
		return !found
	})
	return found
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "./.")
}
