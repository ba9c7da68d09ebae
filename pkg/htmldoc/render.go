package htmldoc

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// page is one document being written.
type page struct {
	o       *Options
	c       *news.Collection
	w       *bufio.Writer
	pics    map[string]*picture // by Src
	missing map[string]error    // images that could not be had, by Src
	lang    string              // the document's language
	art     int                 // the article being written, for warnings; -1 outside
}

func (p *page) warn(msg string, args ...any) {
	if p.art >= 0 {
		a := &p.c.Articles[p.art]
		args = append([]any{"article", p.art + 1, "id", a.ID, "title", a.Title}, args...)
	}
	p.o.Logger.Warn("html: "+msg, args...)
}

// s writes markup as it is; t writes text escaped.
func (p *page) s(markup string) { p.w.WriteString(markup) }
func (p *page) t(text string)   { escape(p.w, text) }

// elem writes <name attrs>text</name> and a newline, or nothing when text
// is blank. attrs is markup written as given.
func (p *page) elem(name, attrs, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	p.s("<" + name + attrs + ">")
	p.t(text)
	p.s("</" + name + ">\n")
}

// attr returns ` name="value"` with value escaped.
func attr(name, value string) string {
	var b strings.Builder
	b.WriteString(" " + name + `="`)
	escape(&b, value)
	b.WriteString(`"`)
	return b.String()
}

func (p *page) document(ctx context.Context) error {
	c := p.c
	lang, ok := news.LangTag(c.Lang())
	if !ok {
		p.warn("language is not a BCP 47 tag; the labels' language used", "language", c.Lang())
		lang = c.Labels().Lang
	}
	p.lang = lang
	digest := c.IsDigest()
	title := c.DisplayTitle()
	if !digest {
		title = c.Articles[0].DisplayTitle()
	}
	if strings.TrimSpace(title) == "" {
		title = c.Labels().Untitled
	}
	p.s("<!DOCTYPE html>\n<html" + attr("lang", lang) + ">\n<head>\n<meta charset=\"utf-8\">\n")
	p.s("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	p.elem("title", "", title)
	p.head()
	p.s("<style>\n")
	p.stylesheet()
	p.s("</style>\n</head>\n")
	if !digest {
		p.s("<body>\n<main>\n")
		if err := p.article(ctx, 0, 1); err != nil {
			return err
		}
		p.s("</main>\n</body>\n</html>\n")
		return nil
	}
	p.s("<body class=\"digest\">\n")
	p.cover(title)
	sections := c.Sections()
	p.contents(sections)
	p.s("<main>\n")
	for k, sec := range sections {
		level := 2 // article titles: h2 without groups, h3 under a group's h2
		if sec.Label != "" {
			p.s("<section class=\"group\" id=\"g" + strconv.Itoa(k+1) + "\">\n")
			p.elem("h2", "", sec.Label)
			level = 3
		}
		for _, i := range sec.Articles {
			if err := p.article(ctx, i, level); err != nil {
				return err
			}
		}
		if sec.Label != "" {
			p.s("</section>\n")
		}
	}
	p.s("</main>\n</body>\n</html>\n")
	return nil
}

// head writes the document's metadata: authors, description, source.
func (p *page) head() {
	c := p.c
	p.s("<meta name=\"generator\" content=\"newsarc\">\n")
	if c.IsDigest() {
		if pub := c.DisplayPublisher(); pub != "" {
			p.s("<meta name=\"author\"" + attr("content", pub) + ">\n")
		}
		if c.Subtitle != "" {
			p.s("<meta name=\"description\"" + attr("content", c.Subtitle) + ">\n")
		}
		return
	}
	a := &c.Articles[0]
	if len(a.Authors) > 0 {
		p.s("<meta name=\"author\"" + attr("content", strings.Join(a.Authors, ", ")) + ">\n")
	}
	if a.Lead != "" {
		p.s("<meta name=\"description\"" + attr("content", a.Lead) + ">\n")
	}
	if len(a.Tags) > 0 {
		p.s("<meta name=\"keywords\"" + attr("content", strings.Join(a.Tags, ", ")) + ">\n")
	}
	if href := news.SafeURL(a.URL); href != "" {
		p.s("<link rel=\"canonical\"" + attr("href", href) + ">\n")
	}
}

// cover is a digest's title block: publisher, title, subtitle, period,
// count and the date it was made.
func (p *page) cover(title string) {
	c, l := p.c, p.c.Labels()
	p.s("<header class=\"cover\">\n")
	p.elem("p", ` class="publisher"`, c.DisplayPublisher())
	p.elem("h1", "", title)
	p.elem("p", ` class="subtitle"`, c.Subtitle)
	if c.Period != nil {
		p.elem("p", ` class="period"`, l.Period(*c.Period))
	}
	p.elem("p", ` class="count"`, l.Count(len(c.Articles)))
	if !c.Generated.IsZero() {
		p.s("<p class=\"generated\">")
		p.t(l.Generated + " · ")
		p.time(c.Generated, l.DateTime(c.Generated))
		p.s("</p>\n")
	}
	p.s("</header>\n")
}

// contents is the linked table of contents, grouped as the articles are.
func (p *page) contents(sections []news.Section) {
	p.s("<nav class=\"contents\" aria-labelledby=\"contents\">\n")
	p.elem("h2", ` id="contents"`, p.c.Labels().Contents)
	n := 1 // articles are numbered through the groups
	for k, sec := range sections {
		if sec.Label != "" {
			p.s("<h3><a href=\"#g" + strconv.Itoa(k+1) + "\">")
			p.t(sec.Label)
			p.s("</a></h3>\n")
		}
		if n == 1 {
			p.s("<ol>\n")
		} else {
			p.s("<ol start=\"" + strconv.Itoa(n) + "\">\n")
		}
		n += len(sec.Articles)
		for _, i := range sec.Articles {
			p.s("<li><a href=\"#a" + strconv.Itoa(i+1) + "\">")
			p.t(p.c.Articles[i].DisplayTitle())
			p.s("</a></li>\n")
		}
		p.s("</ol>\n")
	}
	p.s("</nav>\n")
}

// article writes article i with its title at heading level h (1 for a page
// of its own; 2 or 3 in a digest).
func (p *page) article(ctx context.Context, i, h int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	p.art = i
	defer func() { p.art = -1 }()
	a := &p.c.Articles[i]
	if strings.TrimSpace(a.Title) == "" {
		p.warn("article has no title")
	}
	attrs := ""
	if p.c.IsDigest() {
		attrs = ` id="a` + strconv.Itoa(i+1) + `"`
	}
	if a.Language != "" {
		if lang, ok := news.LangTag(a.Language); !ok {
			p.warn("language is not a BCP 47 tag; left out", "language", a.Language)
		} else if lang != p.lang {
			attrs += attr("lang", lang)
		}
	}
	p.s("<article" + attrs + ">\n<header>\n")
	p.heading(h, "", a.DisplayTitle())
	p.meta(a)
	p.elem("p", ` class="lead"`, a.Lead)
	p.s("</header>\n")
	if img := a.LeadImage(); img != nil {
		p.figure(img)
	}
	depths := a.HeadingDepths()
	for j := range a.Body {
		level := 0
		if depths != nil {
			level = min(h+depths[j], 6)
		}
		p.block(&a.Body[j], level)
	}
	p.footer(a)
	p.s("</article>\n")
	return nil
}

func (p *page) heading(level int, attrs, text string) {
	p.elem("h"+strconv.Itoa(level), attrs, text)
}

// meta writes "outlet · time · section · update", the times as <time>.
func (p *page) meta(a *news.Article) {
	l := a.Labels()
	type part struct {
		label, text string
		t           time.Time
	}
	var parts []part
	for _, s := range []part{{"", a.Source, time.Time{}}, {"", a.When(), a.Published}, {"", a.Section, time.Time{}}} {
		if s.text != "" {
			parts = append(parts, s)
		}
	}
	if a.Updated.After(a.Published) {
		parts = append(parts, part{l.Updated + " ", l.DateTime(a.Updated), a.Updated})
	}
	if len(parts) == 0 {
		return
	}
	p.s("<p class=\"meta\">")
	for k, pt := range parts {
		if k > 0 {
			p.t(" · ")
		}
		p.t(pt.label)
		if pt.t.IsZero() {
			p.t(pt.text)
		} else {
			p.time(pt.t, pt.text)
		}
	}
	p.s("</p>\n")
}

// time writes text as a <time> element with a machine-readable datetime,
// or as plain text for a year HTML cannot express.
func (p *page) time(t time.Time, text string) {
	if t.Year() < 1 || t.Year() > 9999 {
		p.t(text)
		return
	}
	p.s("<time datetime=\"" + t.Format(time.RFC3339) + "\">")
	p.t(text)
	p.s("</time>")
}

func (p *page) footer(a *news.Article) {
	href := news.SafeURL(a.URL)
	if a.URL != "" && href == "" {
		p.warn("url is not an absolute http(s) URL; left out", "url", a.URL)
	}
	by := a.Byline()
	if by == "" && a.Credit == "" && href == "" {
		return
	}
	p.s("<footer>\n")
	p.elem("p", ` class="byline"`, by)
	p.elem("p", ` class="credit"`, a.Credit)
	if href != "" {
		p.s("<p class=\"source\">")
		p.t(a.Labels().Original + ": ")
		p.s("<a" + attr("href", href) + ">")
		p.t(a.URL)
		p.s("</a></p>\n")
	}
	p.s("</footer>\n")
}

// block writes one body block; a heading at level h (2–6), nested below
// the article's title.
func (p *page) block(b *news.Block, h int) {
	switch b.Kind {
	case news.Paragraph:
		p.para("p", b.Text)
	case news.Heading:
		p.para("h"+strconv.Itoa(h), b.Text)
	case news.Quote:
		if !blank(b.Text) {
			p.s("<blockquote>\n")
			p.para("p", b.Text)
			p.s("</blockquote>\n")
		}
	case news.List:
		tag := "ul"
		if b.Ordered {
			tag = "ol"
		}
		if len(b.Items) == 0 {
			return
		}
		p.s("<" + tag + ">\n")
		for _, item := range b.Items {
			p.s("<li>")
			p.spans(item)
			p.s("</li>\n")
		}
		p.s("</" + tag + ">\n")
	case news.Preformatted:
		if !blank(b.Text) {
			// A newline right after <pre> is dropped by parsers: this one,
			// not the text's own.
			p.s("<pre>\n")
			p.spans(b.Text)
			p.s("</pre>\n")
		}
	case news.Figure:
		if b.Image != nil {
			p.figure(b.Image)
		}
	case news.Table:
		if b.Table != nil {
			p.table(b.Table)
		}
	default:
		p.warn("unknown block kind printed as a paragraph", "kind", string(b.Kind))
		p.para("p", b.Text)
	}
}

// para writes spans as one element, or nothing when they are blank.
func (p *page) para(tag string, spans []news.Span) {
	if blank(spans) {
		return
	}
	p.s("<" + tag + ">")
	p.spans(spans)
	p.s("</" + tag + ">\n")
}

// blank reports spans without a visible character.
func blank(spans []news.Span) bool {
	for _, s := range spans {
		if strings.TrimSpace(s.Text) != "" {
			return false
		}
	}
	return true
}

// spans writes styled text: <a> outside <b> outside <i>. A link that is not
// http(s) or mailto keeps its text and loses the link.
func (p *page) spans(spans []news.Span) {
	for _, s := range spans {
		href := ""
		if s.Link != "" {
			if href = news.SafeURL(s.Link); href == "" {
				p.warn("link is not an absolute http(s) or mailto URL; kept as text", "link", s.Link)
			}
		}
		if href != "" {
			p.s("<a" + attr("href", href) + ">")
		}
		if s.Bold {
			p.s("<b>")
		}
		if s.Italic {
			p.s("<i>")
		}
		p.t(s.Text)
		if s.Italic {
			p.s("</i>")
		}
		if s.Bold {
			p.s("</b>")
		}
		if href != "" {
			p.s("</a>")
		}
	}
}

// figure writes an image with its caption and credit. An image that could
// not be had leaves its caption (or, lacking one, its alt text).
func (p *page) figure(img *news.Image) {
	pic := p.pics[img.Src]
	if pic == nil {
		reason := "no image source"
		if err := p.missing[img.Src]; err != nil {
			reason = err.Error()
		}
		p.warn("image left out: " + reason)
	}
	caption := img.Caption
	if pic == nil && caption == "" {
		caption = img.Alt
	}
	credit := p.articleLabels().PhotoCredit(img.Credit)
	if pic == nil && caption == "" && credit == "" {
		return
	}
	p.s("<figure>\n")
	if pic != nil {
		p.s("<img" + attr("src", pic.src) + attr("alt", img.Alt) +
			fmt.Sprintf(` width="%d" height="%d"`, pic.width, pic.height) + ">\n")
	}
	if caption != "" || credit != "" {
		p.s("<figcaption>")
		p.t(caption)
		if credit != "" {
			if caption != "" {
				p.t(" ")
			}
			p.s("<span class=\"credit\">")
			p.t(credit)
			p.s("</span>")
		}
		p.s("</figcaption>\n")
	}
	p.s("</figure>\n")
}

// articleLabels are the labels of the article being written.
func (p *page) articleLabels() *news.Labels {
	if p.art >= 0 {
		return p.c.Articles[p.art].Labels()
	}
	return p.c.Labels()
}

// table writes a grid with its caption; rows shorter than the widest are
// padded so that the table stays a rectangle.
func (p *page) table(g *news.Grid) {
	cols := g.Columns()
	if cols == 0 {
		p.warn("table has no cells; its caption printed as a paragraph")
		p.elem("p", "", g.Caption)
		return
	}
	p.s("<div class=\"table\">\n<table>\n")
	p.elem("caption", "", g.Caption)
	if head := g.HeaderRow(); head != nil {
		p.s("<thead>\n")
		p.row(head, cols, `<th scope="col">`, "</th>")
		p.s("</thead>\n")
	}
	if body := g.BodyRows(); len(body) > 0 {
		p.s("<tbody>\n")
		for _, r := range body {
			p.row(r, cols, "<td>", "</td>")
		}
		p.s("</tbody>\n")
	}
	p.s("</table>\n</div>\n")
}

func (p *page) row(cells []news.Cell, cols int, open, close string) {
	p.s("<tr>")
	for k := range cols {
		p.s(open)
		if k < len(cells) {
			p.spans(cells[k].Text)
		}
		p.s(close)
	}
	p.s("</tr>\n")
}
