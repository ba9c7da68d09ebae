package docx

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/news"
)

// doc is one document being written: its body and what the other parts
// need to know about it.
type doc struct {
	o           *Options
	c           *news.Collection
	paper       paper
	serif, sans string // family names the styles use

	body      bytes.Buffer
	rels      []relation        // word/_rels/document.xml.rels after the fixed ones
	links     map[string]string // hyperlink URL → relationship id
	images    map[string]*image // image Src → placed picture
	missing   map[string]error  // image Src → why it is left out
	media     []mediaFile
	lists     int // ordered lists so far: each restarts its numbering
	drawings  int
	bookmarks int
	art       int     // the article being written, for warnings; -1 outside
	artLang   string  // its language when it differs from the document's
	quote     bool    // a quote is being written: its style is italic
	used      [4]bool // the body font's styles the text shows, by fonts.Style
}

func (d *doc) warn(msg string, args ...any) {
	if d.art >= 0 {
		a := &d.c.Articles[d.art]
		args = append([]any{"article", d.art + 1, "id", a.ID, "title", a.Title}, args...)
	}
	d.o.Logger.Warn("docx: "+msg, args...)
}

// Relationship types of the document part.
const (
	relImage     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
	relHyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
)

type relation struct {
	id, typ, target string
	external        bool
}

// fixedRels is the number of relationships every document has (styles,
// settings, fonts, numbering, footer): the others are numbered after them.
const fixedRels = 5

// rel adds a relationship and returns its id.
func (d *doc) rel(typ, target string, external bool) string {
	id := "rId" + strconv.Itoa(fixedRels+len(d.rels)+1)
	d.rels = append(d.rels, relation{id, typ, target, external})
	return id
}

// para writes a paragraph: its properties (markup, may be empty) and runs
// written by fill.
func (d *doc) para(pPr string, fill func()) {
	d.body.WriteString("<w:p>")
	if pPr != "" {
		d.body.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	fill()
	d.body.WriteString("</w:p>\n")
}

// textPara writes a paragraph of one plain run in a style, or nothing for
// empty text.
func (d *doc) textPara(style, text string) {
	if text == "" {
		return
	}
	d.para(pStyle(style), func() { d.run(text, false, false, "") })
}

func pStyle(style string) string { return `<w:pStyle w:val="` + style + `"/>` }

// run writes text as runs of one style: tabs and line breaks become Word's
// own, so that preformatted text keeps its lines.
func (d *doc) run(text string, bold, italic bool, rStyle string) {
	if text == "" {
		return
	}
	d.used[fonts.StyleOf(bold, italic || d.quote)] = true
	d.body.WriteString("<w:r>")
	if bold || italic || rStyle != "" || d.artLang != "" {
		d.body.WriteString("<w:rPr>")
		if rStyle != "" {
			d.body.WriteString(`<w:rStyle w:val="` + rStyle + `"/>`)
		}
		if bold {
			d.body.WriteString("<w:b/><w:bCs/>")
		}
		if italic {
			d.body.WriteString("<w:i/><w:iCs/>")
		}
		if d.artLang != "" {
			d.body.WriteString(`<w:lang w:val="` + d.artLang + `"/>`)
		}
		d.body.WriteString("</w:rPr>")
	}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\t' && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		if i > start {
			d.body.WriteString(`<w:t xml:space="preserve">`)
			writeEscaped(&d.body, text[start:i])
			d.body.WriteString("</w:t>")
		}
		if i < len(text) {
			switch text[i] {
			case '\t':
				d.body.WriteString("<w:tab/>")
			case '\n':
				d.body.WriteString("<w:br/>")
			}
		}
		start = i + 1
	}
	d.body.WriteString("</w:r>")
}

// spans writes styled text; links that are http(s) or mailto become
// hyperlinks, others keep their text.
func (d *doc) spans(spans []news.Span) {
	for _, s := range spans {
		href := ""
		if s.Link != "" {
			if href = news.SafeURL(s.Link); href == "" {
				d.warn("link is not an absolute http(s) or mailto URL; kept as text", "link", s.Link)
			}
		}
		if href == "" {
			d.run(s.Text, s.Bold, s.Italic, "")
			continue
		}
		d.body.WriteString(`<w:hyperlink r:id="` + d.link(href) + `" w:history="1">`)
		d.run(s.Text, s.Bold, s.Italic, "Hyperlink")
		d.body.WriteString("</w:hyperlink>")
	}
}

// link returns the relationship of an external URL, one per URL.
func (d *doc) link(href string) string {
	if d.links == nil {
		d.links = make(map[string]string)
	}
	id, ok := d.links[href]
	if !ok {
		id = d.rel(relHyperlink, href, true)
		d.links[href] = id
	}
	return id
}

// render writes the body: a single article, or a digest's cover, contents
// and grouped articles.
func (d *doc) render(ctx context.Context) error {
	c := d.c
	if !c.IsDigest() {
		a := &c.Articles[0]
		d.begin(0)
		d.textPara("Title", a.DisplayTitle())
		d.article(a, 0)
		d.art, d.artLang = -1, ""
		return ctx.Err()
	}
	d.cover()
	sections := c.Sections()
	d.contents(sections)
	bookmark := 0
	for _, sec := range sections {
		level, first := 1, true
		if sec.Label != "" {
			bookmark++
			d.heading(1, sec.Label, bookmark, true)
			level, first = 2, false
		}
		for _, i := range sec.Articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			a := &c.Articles[i]
			d.begin(i)
			bookmark++
			d.heading(level, a.DisplayTitle(), bookmark, first || level == 1)
			first = false
			d.article(a, level)
			d.art, d.artLang = -1, ""
		}
	}
	return nil
}

// begin starts article i: warnings name it, and its runs carry its
// language when it is not the document's.
func (d *doc) begin(i int) {
	d.art = i
	a := &d.c.Articles[i]
	if strings.TrimSpace(a.Title) == "" {
		d.warn("article has no title")
	}
	d.artLang = ""
	if a.Language == "" {
		return
	}
	lang, ok := wordLang(a.Language)
	if !ok {
		d.warn("language is not a BCP 47 tag; left out", "language", a.Language)
	} else if docLang, _ := wordLang(d.c.Lang()); lang != docLang {
		d.artLang = lang
	}
}

// heading writes a heading in Word's Heading style of its level, with a
// bookmark the contents link to when n > 0.
func (d *doc) heading(level int, text string, n int, newPage bool) {
	pPr := pStyle("Heading" + strconv.Itoa(level))
	if newPage {
		pPr += "<w:pageBreakBefore/>"
	}
	d.para(pPr, func() {
		if n > 0 {
			id := strconv.Itoa(n)
			d.body.WriteString(`<w:bookmarkStart w:id="` + id + `" w:name="` + bookmarkName(n) + `"/>`)
			d.run(text, false, false, "")
			d.body.WriteString(`<w:bookmarkEnd w:id="` + id + `"/>`)
			return
		}
		d.run(text, false, false, "")
	})
}

func bookmarkName(n int) string { return "_Toc" + strconv.Itoa(n) }

// cover is a digest's first page: publisher, title, subtitle, period,
// count and the date it was made.
func (d *doc) cover() {
	c, l := d.c, d.c.Labels()
	title := "CoverTitle" // the first line of the cover stands a third down the page
	if pub := c.DisplayPublisher(); pub != "" {
		d.textPara("Publisher", pub)
		title = "Title"
	}
	d.textPara(title, c.DisplayTitle())
	d.textPara("Subtitle", c.Subtitle)
	if c.Period != nil {
		d.textPara("CoverLine", l.Period(*c.Period))
	}
	d.textPara("CoverLine", l.Count(len(c.Articles)))
	if !c.Generated.IsZero() {
		d.textPara("CoverLine", l.Generated+" · "+l.DateTime(c.Generated))
	}
}

// contents writes a TOC field over the group and article headings. Its
// entries are filled in, linked to the headings, so that the contents read
// before the field is updated; page numbers are left to the update, which
// Word makes when the document is opened (see settings) and LibreOffice on
// Tools › Update, since a guess would be wrong.
func (d *doc) contents(sections []news.Section) {
	d.para(pStyle("TOCHeading")+"<w:pageBreakBefore/>", func() { d.run(d.c.Labels().Contents, false, false, "") })
	levels := "1-2"
	if len(sections) == 1 && sections[0].Label == "" {
		levels = "1-1"
	}
	first := true
	entry := func(level, n int, text string) {
		d.para(pStyle("TOC"+strconv.Itoa(level)), func() {
			if first {
				d.field(`TOC \o "` + levels + `" \h \z \u`)
				first = false
			}
			d.body.WriteString(`<w:hyperlink w:anchor="` + bookmarkName(n) + `" w:history="1">`)
			d.run(text, false, false, "")
			d.body.WriteString("</w:hyperlink>")
		})
	}
	n := 0
	for _, sec := range sections {
		level := 1
		if sec.Label != "" {
			n++
			entry(1, n, sec.Label)
			level = 2
		}
		for _, i := range sec.Articles {
			n++
			entry(level, n, d.c.Articles[i].DisplayTitle())
		}
	}
	d.para("", d.fieldEnd)
}

// field starts a complex field with its instruction, marked for update;
// what follows up to fieldEnd is its last result.
func (d *doc) field(instr string) {
	d.body.WriteString(`<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> `)
	writeEscaped(&d.body, instr)
	d.body.WriteString(` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
}

func (d *doc) fieldEnd() { d.body.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`) }

// article writes an article below its title: meta line, lead, lead image,
// body, byline, credit and source. Body headings nest below the title's
// level h (0 for a document's Title).
func (d *doc) article(a *news.Article, h int) {
	d.textPara("Meta", strings.Join(a.Meta(), " · "))
	d.textPara("Lead", a.Lead)
	if img := a.LeadImage(); img != nil {
		d.figure(a, img)
	}
	depths := a.HeadingDepths()
	for j := range a.Body {
		level := 0
		if depths != nil {
			level = min(h+depths[j], 6)
		}
		d.block(a, &a.Body[j], level)
	}
	d.textPara("Byline", a.Byline())
	if a.Credit != "" {
		d.para(pStyle("Credit"), func() { d.run(a.Credit, false, true, "") })
	}
	if href := news.SafeURL(a.URL); href != "" {
		d.para(pStyle("Source"), func() {
			d.run(a.Labels().Original+": ", false, false, "")
			d.spans([]news.Span{{Text: a.URL, Link: href}})
		})
	} else if a.URL != "" {
		d.warn("url is not an absolute http(s) URL; left out", "url", a.URL)
	}
}

// block writes one body block, a heading at level h.
func (d *doc) block(a *news.Article, b *news.Block, h int) {
	switch b.Kind {
	case news.Paragraph:
		d.styled("", b.Text)
	case news.Heading:
		if len(b.Text) > 0 {
			d.para(pStyle("Heading"+strconv.Itoa(h)), func() { d.spans(b.Text) })
		}
	case news.Quote:
		d.quote = true
		d.styled("Quote", b.Text)
		d.quote = false
	case news.Preformatted:
		d.styled("Preformatted", b.Text)
	case news.List:
		d.list(b)
	case news.Figure:
		if b.Image != nil {
			d.figure(a, b.Image)
		}
	case news.Table:
		if b.Table != nil {
			d.table(b.Table)
		}
	default:
		d.warn("unknown block kind printed as a paragraph", "kind", string(b.Kind))
		d.styled("", b.Text)
	}
}

// styled writes spans as a paragraph in a style ("" for Normal), or
// nothing when there are none.
func (d *doc) styled(style string, spans []news.Span) {
	if len(spans) == 0 {
		return
	}
	pPr := ""
	if style != "" {
		pPr = pStyle(style)
	}
	d.para(pPr, func() { d.spans(spans) })
}

// list writes items as numbered paragraphs: bullets share one numbering,
// each ordered list gets its own so that it counts from 1.
func (d *doc) list(b *news.Block) {
	if len(b.Items) == 0 {
		return
	}
	numID := 1
	if b.Ordered {
		d.lists++
		numID = 1 + d.lists
	}
	pPr := pStyle("ListParagraph") + `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + strconv.Itoa(numID) + `"/></w:numPr>`
	for _, item := range b.Items {
		d.para(pPr, func() { d.spans(item) })
	}
}

// figure writes a picture in its own paragraph and its caption and credit
// below. A picture that could not be had leaves its caption (or, lacking
// one, its alt text).
func (d *doc) figure(a *news.Article, img *news.Image) {
	pic := d.images[img.Src]
	if pic == nil {
		reason := "no image source"
		if err := d.missing[img.Src]; err != nil {
			reason = err.Error()
		}
		d.warn("image left out: " + reason)
	}
	caption := img.Caption
	if pic == nil && caption == "" {
		caption = img.Alt
	}
	if credit := a.Labels().PhotoCredit(img.Credit); credit != "" {
		if caption != "" {
			caption += " "
		}
		caption += "(" + credit + ")"
	}
	if pic != nil {
		style := "Figure"
		if caption == "" {
			style = "FigureAlone"
		}
		d.para(pStyle(style), func() { d.drawing(pic, img.Alt) })
	}
	d.textPara("Caption", caption)
}

// emuPerPixel converts pixels at 96 dpi to English Metric Units.
const emuPerPixel = 9525

// drawing writes an inline picture at its size at 96 dpi, shrunk to the
// width of the text and to half the height of the page.
func (d *doc) drawing(pic *image, alt string) {
	maxW := int64(d.paper.width-2*d.paper.margin) * 635
	maxH := int64(d.paper.height-2*d.paper.margin) * 635 / 2
	w, h := int64(pic.width)*emuPerPixel, int64(pic.height)*emuPerPixel
	if w > maxW {
		w, h = maxW, h*maxW/w
	}
	if h > maxH {
		w, h = w*maxH/h, maxH
	}
	w, h = max(w, 1), max(h, 1)
	d.drawings++
	id := strconv.Itoa(d.drawings)
	ext := `cx="` + strconv.FormatInt(w, 10) + `" cy="` + strconv.FormatInt(h, 10) + `"`
	descr := escape(alt)
	d.body.WriteString(`<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ` + ext + `/>` +
		`<wp:docPr id="` + id + `" name="Picture ` + id + `" descr="` + descr + `"/>` +
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
		`<pic:nvPicPr><pic:cNvPr id="` + id + `" name="Picture ` + id + `" descr="` + descr + `"/><pic:cNvPicPr/></pic:nvPicPr>` +
		`<pic:blipFill><a:blip r:embed="` + pic.rel + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`)
}

// table writes a grid as a Word table the width of the text, its caption
// above, its header row repeated on every page and a small paragraph
// below (space before the text that follows, and two tables in a row stay
// two); rows shorter than the widest are padded.
func (d *doc) table(g *news.Grid) {
	cols := g.Columns()
	if cols == 0 {
		d.warn("table has no cells; its caption printed as a paragraph")
		d.textPara("Normal", g.Caption)
		return
	}
	if g.Caption != "" {
		d.textPara("TableCaption", g.Caption)
	}
	if cols > wordMaxColumns {
		d.warn("table wider than a Word table can be: written as several tables side by side in order", "columns", cols)
	}
	for first := 0; first < cols; first += wordMaxColumns {
		d.tablePart(g, first, min(cols, first+wordMaxColumns))
	}
}

// wordMaxColumns is the most columns a Word table has: Word will not lay
// out a wider one.
const wordMaxColumns = 63

// tablePart writes the columns [first, last) of a table as one Word table.
func (d *doc) tablePart(g *news.Grid, first, last int) {
	width := d.paper.width - 2*d.paper.margin
	col := strconv.Itoa(width / (last - first))
	d.body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>` +
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for range last - first {
		d.body.WriteString(`<w:gridCol w:w="` + col + `"/>`)
	}
	d.body.WriteString("</w:tblGrid>\n")
	row := func(cells []news.Cell, header bool) {
		d.body.WriteString("<w:tr>")
		if header {
			d.body.WriteString("<w:trPr><w:tblHeader/></w:trPr>")
		}
		for k := first; k < last; k++ {
			d.body.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + col + `" w:type="dxa"/></w:tcPr>`)
			style := "TableText"
			if header {
				style = "TableHeader"
			}
			// A cell holds at least one paragraph, even when empty.
			d.para(pStyle(style), func() {
				if k < len(cells) {
					d.spans(cells[k].Text)
				}
			})
			d.body.WriteString("</w:tc>")
		}
		d.body.WriteString("</w:tr>\n")
	}
	if head := g.HeaderRow(); head != nil {
		row(head, true)
	}
	for _, r := range g.BodyRows() {
		row(r, false)
	}
	d.body.WriteString("</w:tbl>\n")
	d.para(pStyle("TableEnd"), func() {})
}

// w3cdtf prints a time as the document properties want it, in UTC.
func w3cdtf(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
