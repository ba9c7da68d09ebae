package html

import (
	"net/url"
	"strings"

	"github.com/newsarc/newsarc/pkg/news"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hint is what the layout says about a block, used after conversion to find
// intertitles, captions and bylines.
type hint struct {
	bold, italic  bool // all of the text is bold / italic
	center, right bool // aligned
	caption       bool // a caption by class
	linky         bool // mostly links
	src           *html.Node
}

// conv turns the body's DOM into blocks.
type conv struct {
	an     *analysis
	base   *url.URL
	blocks []news.Block
	hints  []hint

	spans []news.Span // the paragraph being built
	para  *html.Node  // the element that opened it
	brs   int         // consecutive <br>s
	jumps int         // its runes inside links to the page itself
}

type style struct {
	bold, italic bool
	link         string
	jump         bool // in a link to a place on the same page ("#…")
}

func (c *conv) emit(b news.Block, h hint) {
	c.blocks = append(c.blocks, b)
	c.hints = append(c.hints, h)
}

// flush ends the paragraph being built.
func (c *conv) flush() {
	spans := c.spans
	c.spans = nil
	c.brs = 0
	jumps := c.jumps
	c.jumps = 0
	para := c.para
	c.para = nil
	var text strings.Builder
	bold, italic, linked := true, true, 0
	total := 0
	for _, s := range spans {
		t := strings.TrimSpace(s.Text)
		if t == "" {
			continue
		}
		text.WriteString(s.Text)
		n := runeLen(t)
		total += n
		if !s.Bold {
			bold = false
		}
		if !s.Italic {
			italic = false
		}
		if s.Link != "" {
			linked += n
		}
	}
	if total == 0 {
		return
	}
	// A line that only jumps elsewhere on the page ("Skip past newsletter
	// promotion", a table of contents) is navigation, like a line of links.
	h := hint{bold: bold, italic: italic, linky: linked*10 >= total*7 || jumps >= total, src: para}
	if para != nil {
		h.center, h.right = align(para)
		h.caption = has(para, fCaption)
	}
	c.emit(news.Block{Kind: news.Paragraph, Text: spans}, h)
}

// align reads text-align from the element or its centring ancestors.
func align(n *html.Node) (center, right bool) {
	for i := 0; n != nil && n.Type == html.ElementNode && i < 3; i, n = i+1, n.Parent {
		st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
		a := strings.ToLower(attr(n, "align"))
		switch {
		case strings.Contains(st, "text-align:center") || a == "center" || n.DataAtom == atom.Center:
			return true, false
		case strings.Contains(st, "text-align:right") || a == "right":
			return false, true
		}
		if blockAtom(n.DataAtom) && i > 0 {
			break
		}
	}
	return false, false
}

func (c *conv) text(s string, st style) {
	if s == "" {
		return
	}
	if t := strings.TrimSpace(s); t != "" {
		c.brs = 0
		if st.jump {
			c.jumps += runeLen(t)
		}
	}
	c.spans = append(c.spans, news.Span{Text: s, Bold: st.bold, Italic: st.italic, Link: st.link})
}

// node converts n and its subtree.
func (c *conv) node(n *html.Node, st style) {
	switch n.Type {
	case html.TextNode:
		c.text(n.Data, st)
		return
	case html.ElementNode:
	default:
		return
	}
	if c.an.isJunk(n) {
		return
	}
	if n.DataAtom == 0 && n.Data == "amp-img" {
		c.image(n)
		return
	}
	switch n.DataAtom {
	case atom.Br:
		// In a paragraph a <br> breaks a line; in a div or a table cell
		// holding text directly, as old pages do, it ends a paragraph.
		c.brs++
		if c.brs >= 2 || c.para != nil && !inlineBreak(c.para) {
			c.flush()
		} else {
			c.text("\n", st)
		}
		return
	case atom.Hr:
		c.flush()
		return
	case atom.Img:
		c.image(n)
		return
	case atom.Picture:
		if src, alt := pictureImg(n, c.base); src != "" {
			c.flush()
			c.emit(news.Block{Kind: news.Figure, Image: &news.Image{Src: src, Alt: fold(alt)}}, hint{src: n})
		}
		return
	case atom.Figure:
		c.flush()
		c.figure(n)
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.flush()
		c.inline(n, st)
		spans := c.spans
		c.spans = nil
		if len(spans) > 0 {
			level := int(n.Data[1] - '0')
			total, linked := 0, 0
			for _, s := range spans {
				total += len(s.Text)
				if s.Link != "" {
					linked += len(s.Text)
				}
			}
			c.emit(news.Block{Kind: news.Heading, Level: level, Text: spans}, hint{src: n, linky: linked*10 >= total*7})
		}
		c.brs = 0
		return
	case atom.Blockquote:
		c.flush()
		start := len(c.blocks)
		c.children(n, st)
		c.flush()
		for i := start; i < len(c.blocks); i++ {
			if c.blocks[i].Kind == news.Paragraph {
				c.blocks[i].Kind = news.Quote
			}
		}
		return
	case atom.Ul, atom.Ol:
		c.flush()
		c.list(n, st)
		return
	case atom.Table:
		c.flush()
		c.table(n, st)
		return
	case atom.Pre:
		c.flush()
		if t := strings.Trim(textRaw(n), "\n"); strings.TrimSpace(t) != "" {
			c.emit(news.Block{Kind: news.Preformatted, Text: []news.Span{{Text: t}}}, hint{src: n})
		}
		return
	}
	st, skip := c.style(n, st)
	if skip {
		return
	}
	if blockAtom(n.DataAtom) {
		c.flush()
		if img, capt, credit := c.imageWrapper(n); img != nil {
			c.image(img)
			if last := c.blocks[len(c.blocks)-1].Image; capt != "" || credit != "" {
				last.Caption, last.Credit = splitCredit(capt)
				if credit != "" {
					last.Credit = credit
				}
			}
			return
		}
		c.para = n
		c.children(n, st)
		c.flush()
		return
	}
	c.children(n, st)
}

// image emits a figure for an <img> or <amp-img> that is not an icon.
func (c *conv) image(n *html.Node) {
	if src := imageSrc(n, c.base); src != "" && !decorative(n) {
		c.flush()
		c.emit(news.Block{Kind: news.Figure, Image: &news.Image{Src: src, Alt: altText(n)}}, hint{src: n})
	}
}

// inlineText reports an image followed by running text on its line (an
// icon or a drop-cap picture inside a paragraph), not by a caption on a
// line of its own.
func inlineText(img, wrapper *html.Node) bool {
	outer := img
	for outer.Parent != nil && outer.Parent != wrapper && !blockAtom(outer.Parent.DataAtom) && onlyChild(outer) {
		outer = outer.Parent
	}
	for s := outer.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return true
			}
		case s.Type == html.ElementNode:
			return s.DataAtom == atom.A || s.DataAtom == atom.B || s.DataAtom == atom.Strong
		}
	}
	return false
}

// inlineBreak reports containers in which <br> breaks a line but not the
// paragraph.
func inlineBreak(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Figcaption, atom.Address, atom.Dd, atom.Dt, atom.Th:
		return true
	}
	return false
}

// imageWrapper recognises a block holding one picture first and at most a
// short caption after it (<div class="img"><img><div>Caption</div></div>,
// <p><img><br><i>Caption</i></p>): it returns the image and the caption.
func (c *conv) imageWrapper(n *html.Node) (img *html.Node, caption, credit string) {
	in := c.an.of(n)
	if in == nil || in.text > 400 || n.DataAtom == atom.Table || n.DataAtom == atom.Body {
		return nil, "", ""
	}
	textBefore, many := false, false
	walk(n, func(ch *html.Node) bool {
		switch {
		case many:
			return false
		case ch.Type == html.TextNode:
			if img == nil && strings.TrimSpace(ch.Data) != "" {
				textBefore = true
			}
		case ch.Type == html.ElementNode && c.an.isJunk(ch):
			return false
		case isElem(ch, atom.Img) || ch.Type == html.ElementNode && ch.Data == "amp-img":
			if decorative(ch) || imageSrc(ch, c.base) == "" {
				return false
			}
			if img != nil {
				many = true
			}
			img = ch
		case ch.Type == html.ElementNode && (ch.DataAtom == atom.Figure || ch.DataAtom == atom.Ul || ch.DataAtom == atom.Ol || ch.DataAtom == atom.Table):
			many = true
		}
		return true
	})
	if img == nil || many || textBefore || inlineText(img, n) {
		return nil, "", ""
	}
	if _, short := shortText(n, 1200); !short {
		return nil, "", ""
	}
	capt, credit := captionCredit(n)
	if alt := altText(img); capt == alt {
		capt = ""
	}
	if runeLen(capt) > 250 {
		return nil, "", "" // a paragraph that starts with a picture
	}
	return img, capt, credit
}

func (c *conv) children(n *html.Node, st style) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.node(ch, st)
		if c.para == nil && len(c.spans) > 0 && blockAtom(n.DataAtom) {
			c.para = n
		}
	}
}

// style returns the style of n's text: links, bold and italic by element
// or inline CSS. skip is true for a heading's permalink anchor.
func (c *conv) style(n *html.Node, st style) (_ style, skip bool) {
	switch n.DataAtom {
	case atom.A:
		if permalink(n) {
			return st, true
		}
		if href := link(n, c.base); href != "" {
			st.link = href
		} else if strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#") {
			st.jump = true
		}
	case atom.B, atom.Strong:
		st.bold = true
	case atom.I, atom.Em, atom.Cite:
		st.italic = true
	case atom.Span, atom.Font:
		if s := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", "")); s != "" {
			if strings.Contains(s, "font-weight:bold") || strings.Contains(s, "font-weight:700") || strings.Contains(s, "font-weight:600") {
				st.bold = true
			}
			if strings.Contains(s, "font-style:italic") {
				st.italic = true
			}
		}
	}
	return st, false
}

// inline collects the text of n into c.spans, ignoring block structure.
func (c *conv) inline(n *html.Node, st style) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode:
			c.text(ch.Data, st)
		case ch.Type != html.ElementNode || c.an.isJunk(ch):
		case ch.DataAtom == atom.Br || blockAtom(ch.DataAtom):
			c.text(" ", st)
			c.inline(ch, st)
			c.text(" ", st)
		default:
			s, skip := c.style(ch, st)
			if skip {
				continue
			}
			c.inline(ch, s)
		}
	}
}

// permalink reports a heading's anchor link: "#", "¶", "§" or an icon.
func permalink(n *html.Node) bool {
	if !strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#") {
		return false
	}
	t, short := shortText(n, 8)
	return short && (t == "" || t == "#" || t == "¶" || t == "§" || t == "🔗")
}

// link returns an anchor's absolute target, or "" for script and fragment
// links.
func link(n *html.Node, base *url.URL) string {
	href := strings.TrimSpace(attr(n, "href"))
	low := strings.ToLower(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "data:") {
		return ""
	}
	r := resolve(base, href)
	if u, err := url.Parse(r); err != nil || !u.IsAbs() {
		return ""
	}
	return r
}

// figure converts <figure>: its image, its figcaption, and a credit.
func (c *conv) figure(n *html.Node) {
	if c.allJunk(n) {
		return // a link card ("bookmark") dressed as a figure
	}
	src, alt := pictureImg(n, c.base)
	if src == "" {
		// A figure of a video, chart or embed: its content may be text (a
		// table, a quote), its caption without the picture is not — but a
		// table's caption is the table's.
		start := len(c.blocks)
		var figcaption *html.Node
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if isElem(ch, atom.Figcaption) {
				figcaption = ch
			} else {
				c.node(ch, style{})
			}
		}
		c.flush()
		if added := c.blocks[start:]; figcaption != nil && len(added) == 1 && added[0].Kind == news.Table && added[0].Table.Caption == "" {
			added[0].Table.Caption = textOf(figcaption)
		}
		return
	}
	var capt, credit string
	walk(n, func(ch *html.Node) bool {
		if isElem(ch, atom.Figcaption) {
			capt, credit = captionCredit(ch)
			return false
		}
		return capt == ""
	})
	if capt == "" {
		// Some CMS put the caption in a div or p of class caption.
		walk(n, func(ch *html.Node) bool {
			if capt == "" && ch.Type == html.ElementNode && ch != n && has(ch, fFigDesc) {
				capt = textOf(ch)
				return false
			}
			return capt == ""
		})
	}
	img := &news.Image{Src: src, Alt: fold(alt)}
	img.Caption, img.Credit = splitCredit(capt)
	if credit != "" {
		img.Credit = credit
	}
	if img.Credit == "" {
		img.Credit = asideCredit(n)
	}
	c.emit(news.Block{Kind: news.Figure, Image: img}, hint{src: n})
}

// allJunk reports a figure whose content, its caption aside, is all
// chrome.
func (c *conv) allJunk(fig *html.Node) bool {
	found := false
	for ch := fig.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode && strings.TrimSpace(ch.Data) != "":
			return false
		case ch.Type != html.ElementNode || isElem(ch, atom.Figcaption):
		case !c.an.isJunk(ch):
			return false
		default:
			found = true
		}
	}
	return found
}

// tailCredit separates the credits wire services print without a label
// at the end of a caption: "(AP Photo/Jane Doe)", "(Photo by Jane Doe)",
// "… 2024. REUTERS/Jane Doe/File Photo" ("Photo by Jane Doe" has a
// label: see creditMarks).
func tailCredit(s string) (caption, credit string) {
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 {
			in := s[i+1 : len(s)-1]
			if runeLen(in) <= 60 && (strings.Contains(strings.ToLower(in), "photo") || strings.Contains(in, "/")) {
				return strings.TrimSpace(s[:i]), strings.TrimSpace(in)
			}
		}
	}
	if i := strings.LastIndex(s, ". "); i > 0 {
		tail := s[i+2:]
		if runeLen(tail) <= 60 && strings.Contains(tail, "/") && !strings.Contains(tail, " /") && !strings.Contains(tail, "/ ") && !endsSentence(tail) {
			return s[:i+1], tail
		}
	}
	return s, ""
}

// asideCredit returns the one short text a figure prints outside its
// caption, over or beside the picture: the agency's or photographer's
// name ("Getty Images").
func asideCredit(fig *html.Node) string {
	var t string
	many := false
	walk(fig, func(c *html.Node) bool {
		switch {
		case many || c.Type == html.ElementNode && (c.DataAtom == atom.Figcaption || skipAtom(c.DataAtom)):
			return false
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			many = t != ""
			t = fold(c.Data)
		}
		return true
	})
	if many || runeLen(t) > 40 {
		return ""
	}
	return t
}

// creditWords mark the element of a caption that holds the credit.
var creditWords = []string{"credit", "copyright", "photographer", "source", "tacgia", "nguon"}

// captionCredit reads a caption element whose credit has an element of its
// own (<span class="credit">): the caption's text without it, and it with
// its label ("Photo:", "Credit...") removed.
func captionCredit(n *html.Node) (caption, credit string) {
	var cn *html.Node
	walk(n, func(c *html.Node) bool {
		if cn == nil && c != n && c.Type == html.ElementNode && has(c, fCredit) {
			cn = c
		}
		return cn == nil
	})
	if cn == nil {
		return textOf(n), ""
	}
	credit = textOf(cn)
	caption = fold(strings.Replace(textOf(n), credit, "", 1))
	if c, cr := splitCredit(credit); cr != "" && c == "" {
		credit = cr // "Photograph: Reuters"
	}
	credit = strings.TrimSpace(strings.TrimLeft(credit, "."))
	if strings.HasPrefix(credit, "(") && strings.HasSuffix(credit, ")") {
		credit = credit[1 : len(credit)-1] // "(Jane Doe / The Tribune)"
	}
	for _, label := range []string{"Credit...", "Credit:", "Credit", "Photo:", "Ảnh:"} {
		credit = strings.TrimSpace(strings.TrimPrefix(credit, label))
	}
	return caption, credit
}

// list converts ul/ol; a list that is mostly links (related stories) is
// dropped.
func (c *conv) list(n *html.Node, st style) {
	if in := c.an.of(n); in != nil && in.text > 0 && in.link*10 >= in.text*6 {
		return
	}
	var items [][]news.Span
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || c.an.isJunk(li) {
			continue
		}
		c.inline(li, st)
		if len(c.spans) > 0 {
			items = append(items, c.spans)
		}
		c.spans = nil
	}
	if len(items) > 0 {
		c.emit(news.Block{Kind: news.List, Ordered: n.DataAtom == atom.Ol, Items: items}, hint{src: n})
	}
}

// textRaw is the text of n with white space kept, for <pre>.
func textRaw(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case isElem(c, atom.Br):
			b.WriteByte('\n')
		case c.Type == html.ElementNode && skipAtom(c.DataAtom):
			return false
		}
		return true
	})
	return b.String()
}

// splitCredit separates a trailing photo credit from a caption:
// "Toàn cảnh hội nghị. Ảnh: Minh Anh" → ("Toàn cảnh hội nghị.", "Minh Anh").
func splitCredit(s string) (caption, credit string) {
	s = fold(s)
	if s == "" || hasPrefixAny(phraseKey(s), captionPlaceholders) && runeLen(s) < 30 {
		return "", ""
	}
	low := strings.ToLower(s)
	best := -1
	for _, m := range creditMarks {
		if i := strings.LastIndex(low, m); i > best {
			best = i
			credit = s[i+len(m):]
		}
	}
	if best < 0 {
		return tailCredit(s)
	}
	caption = strings.TrimRight(strings.TrimSpace(s[:best]), " -–—(/|")
	credit = strings.TrimSpace(credit)
	credit = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(credit, "."), ")"))
	if runeLen(credit) > 60 || credit == "" {
		return s, ""
	}
	return caption, credit
}
