package epub

import (
	"strconv"
	"strings"

	"github.com/newsarc/newsarc/pkg/news"
)

// cssHref is the stylesheet as the documents under xhtml/ link it.
const cssHref = "../css/" + cssFile

// article renders article i as a complete XHTML content document: header
// (meta line, title, lead), lead image, body and footer (byline, credit,
// source link).
func (b *book) article(i int) ([]byte, error) {
	a, d := &b.c.Articles[i], &b.docs[i]
	w := newXW()
	w.head(d.lang, d.title, cssHref)
	w.start("article")
	w.nl()
	w.start("header")
	w.nl()
	w.line("p", strings.Join(a.Meta(), " · "), "class", "meta")
	w.line("h1", d.title)
	w.line("p", a.Lead, "class", "lead")
	w.end("header")
	w.nl()
	if img := a.LeadImage(); img != nil {
		b.figure(w, i, img)
	}
	for j := range a.Body {
		b.block(w, i, &a.Body[j])
	}
	b.footer(w, i)
	w.end("article")
	w.nl()
	w.foot()
	return w.bytes()
}

func (b *book) footer(w *xw, i int) {
	a := &b.c.Articles[i]
	href := news.SafeURL(a.URL)
	if a.URL != "" && href == "" {
		b.warn(i, "url is not an absolute http(s) URL; left out", "url", a.URL)
	}
	if len(a.Authors) == 0 && a.Credit == "" && href == "" {
		return
	}
	w.start("footer")
	w.nl()
	// Vietnamese papers join authors with a dash: "Đình Anh - Văn Hương".
	w.line("p", strings.Join(a.Authors, " - "), "class", "byline")
	w.line("p", a.Credit, "class", "credit")
	if href != "" {
		w.start("p", "class", "source")
		w.text(a.Labels().Source + ": ")
		w.elem("a", a.URL, "href", href)
		w.end("p")
		w.nl()
	}
	w.end("footer")
	w.nl()
}

func (b *book) block(w *xw, i int, bl *news.Block) {
	switch bl.Kind {
	case news.Heading:
		// h1 is the article's title, so body headings start at h2.
		h := "h" + strconv.Itoa(min(max(bl.Level, 1)+1, 6))
		w.start(h)
		b.spans(w, i, bl.Text)
		w.end(h)
	case news.Quote:
		w.start("blockquote")
		w.start("p")
		b.spans(w, i, bl.Text)
		w.end("p")
		w.end("blockquote")
	case news.List:
		l := "ul"
		if bl.Ordered {
			l = "ol"
		}
		w.start(l)
		w.nl()
		for _, item := range bl.Items {
			w.start("li")
			b.spans(w, i, item)
			w.end("li")
			w.nl()
		}
		w.end(l)
	case news.Figure:
		if bl.Image != nil {
			b.figure(w, i, bl.Image)
		}
		return
	case news.Preformatted:
		w.start("pre")
		b.spans(w, i, bl.Text)
		w.end("pre")
	case news.Table:
		if bl.Table != nil {
			b.table(w, i, bl.Table)
			break
		}
		fallthrough
	default:
		b.warn(i, "block printed as paragraphs: its kind is unknown or its table missing", "kind", string(bl.Kind))
		for run := range bl.Runs() {
			if len(run) > 0 {
				w.start("p")
				b.spans(w, i, run)
				w.end("p")
				w.nl()
			}
		}
		return
	case news.Paragraph:
		if len(bl.Text) == 0 {
			return
		}
		w.start("p")
		b.spans(w, i, bl.Text)
		w.end("p")
	}
	w.nl()
}

// wideTable is the width of a table's text, in characters with each cell
// on one line, past which it is set in a smaller font: about what a line
// of the table's font holds on a tablet.
const wideTable = 75

// table writes a data table: the caption, the header row as column
// headers, the body rows, numbers aligned right. It sits in a container
// that scrolls sideways in readers that allow it; the others wrap the
// cells.
func (b *book) table(w *xw, i int, t *news.Grid) {
	cols := t.Columns()
	numeric := make([]bool, cols)
	width := 0
	for j := range cols {
		numeric[j] = t.NumericColumn(j)
		longest := 0
		for r := range t.Rows {
			longest = max(longest, len([]rune(news.PlainText(t.Cell(r, j).Text))))
		}
		width += longest
	}
	class := "table"
	if width > wideTable {
		class = "table wide"
	}
	w.start("div", "class", class)
	w.nl()
	w.start("table")
	w.nl()
	w.line("caption", t.Caption)
	row := func(r int, cell string, attrs ...string) {
		w.start("tr")
		for j := range cols {
			a := attrs
			if numeric[j] {
				a = append(a[:len(a):len(a)], "class", "num")
			}
			w.start(cell, a...)
			b.spans(w, i, t.Cell(r, j).Text)
			w.end(cell)
		}
		w.end("tr")
		w.nl()
	}
	first := 0
	if t.HeaderRow() != nil {
		w.start("thead")
		w.nl()
		row(0, "th", "scope", "col")
		w.end("thead")
		w.nl()
		first = 1
	}
	w.start("tbody")
	w.nl()
	for r := first; r < len(t.Rows); r++ {
		row(r, "td")
	}
	w.end("tbody")
	w.nl()
	w.end("table")
	w.nl()
	w.end("div")
}

// spans writes styled text: <a> outside <b> outside <i>.
func (b *book) spans(w *xw, i int, spans []news.Span) {
	for _, s := range spans {
		href := ""
		if s.Link != "" {
			if href = news.SafeURL(s.Link); href == "" {
				b.warn(i, "link is not an absolute http(s) or mailto URL; kept as text", "link", s.Link)
			}
		}
		if href != "" {
			w.start("a", "href", href)
		}
		if s.Bold {
			w.start("b")
		}
		if s.Italic {
			w.start("i")
		}
		w.text(s.Text)
		if s.Italic {
			w.end("i")
		}
		if s.Bold {
			w.end("b")
		}
		if href != "" {
			w.end("a")
		}
	}
}

// figure writes an image with its caption and credit. An image that could
// not be had leaves its caption (or, lacking one, its alt text) alone.
func (b *book) figure(w *xw, i int, img *news.Image) {
	pic := b.images[img.Src]
	if pic != nil && pic.err != nil {
		b.warn(i, "image left out: "+pic.err.Error(), "src", img.Src)
	}
	ok := pic != nil && pic.err == nil
	caption := img.Caption
	if !ok && caption == "" {
		caption = img.Alt
	}
	if !ok && caption == "" && img.Credit == "" {
		return
	}
	w.start("figure")
	if ok {
		w.empty("img", "src", "../"+imageDir+pic.file, "alt", img.Alt)
	}
	if caption != "" || img.Credit != "" {
		w.start("figcaption")
		w.text(caption)
		if img.Credit != "" {
			if caption != "" {
				w.text(" ")
			}
			w.elem("span", img.Credit, "class", "credit")
		}
		w.end("figcaption")
	}
	w.end("figure")
	w.nl()
}

// titlePage is the body of a digest's title page: publisher, title,
// subtitle, period and article count.
func (b *book) titlePage() (string, error) {
	c := b.c
	w := newXW()
	w.start("section", "class", "titlepage", "epub:type", "titlepage")
	w.nl()
	w.line("p", b.publisher(), "class", "publisher")
	w.line("h1", b.title)
	w.line("p", c.Subtitle, "class", "subtitle")
	if c.Period != nil {
		w.line("p", c.Labels().Period(*c.Period), "class", "period")
	}
	w.line("p", b.count(), "class", "count")
	if !c.Generated.IsZero() {
		w.line("p", c.Labels().Generated+" · "+c.Labels().DateTime(c.Generated), "class", "generated")
	}
	w.end("section")
	out, err := w.bytes()
	return string(out), err
}

// contentsPage is the body of the inline table of contents: each group
// with its articles.
func (b *book) contentsPage() (string, error) {
	w := newXW()
	w.start("nav", "class", "contents")
	w.nl()
	w.line("h1", b.c.Labels().Contents)
	for _, g := range b.groups {
		w.line("h2", g.label)
		b.list(w, g.articles)
	}
	w.end("nav")
	out, err := w.bytes()
	return string(out), err
}

// list links articles from a page under xhtml/.
func (b *book) list(w *xw, articles []int) {
	w.start("ol", "class", "toc")
	w.nl()
	for _, i := range articles {
		w.start("li")
		w.elem("a", b.docs[i].title, "href", b.docs[i].file)
		w.end("li")
		w.nl()
	}
	w.end("ol")
	w.nl()
}

// count is "6 bài viết".
func (b *book) count() string { return b.c.Labels().Count(len(b.c.Articles)) }

// publisher is the collection's publisher, else the source all its
// articles share.
func (b *book) publisher() string {
	if b.c.Publisher != "" {
		return b.c.Publisher
	}
	src := b.c.Articles[0].Source
	for i := range b.c.Articles {
		if b.c.Articles[i].Source != src {
			return ""
		}
	}
	return src
}
