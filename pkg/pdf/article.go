package pdf

import (
	"strconv"
	"strings"

	"github.com/newsarc/newsarc/pkg/news"
)

// single renders a collection of one article.
func (d *doc) single(c *news.Collection) error {
	a := &c.Articles[0]
	d.metadata(firstNonEmpty(a.Title, c.DisplayTitle()), strings.Join(a.Authors, ", "), a.Lead, a.Tags)
	d.section = ""
	d.newPage()
	d.beginArticle(a)
	d.bookmark(a.Title, 0)
	d.article(a, true)
	d.endArticle()
	return d.cancelled()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// article draws one article from the cursor: section label, title, meta
// line, lead, lead image, body, credit and URL. Headings become outline
// entries when outline is set.
func (d *doc) article(a *news.Article, outline bool) {
	g := &d.g
	if a.Title == "" && a.Lead == "" && len(a.Body) == 0 {
		d.warn("article has no title, lead or body")
	} else if len(a.Body) == 0 {
		d.warn("article has no body")
	}
	var fr []frag
	if a.Section != "" {
		fr = d.text(fr[:0], strings.ToUpper(a.Section), style{face: headBold, size: g.meta, color: accent})
		d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.meta * 1.6, size: g.meta, align: alignLeft, keep: g.title * 2})
	}
	fr = d.text(fr[:0], a.Title, style{face: headBold, size: g.title, color: black})
	d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.title * 1.22, size: g.title, align: alignLeft, keep: 3 * g.leading})
	if meta := d.metaLine(a); meta != "" {
		d.y += g.meta * 0.5
		fr = d.text(fr[:0], meta, style{face: headFace, size: g.meta, color: grey})
		d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.meta * 1.5, size: g.meta, align: alignLeft})
	}
	d.rule(accent, 0.8, g.left, d.y+4, g.left+36, d.y+4)
	d.y += 10
	if a.Lead != "" {
		fr = d.text(fr[:0], a.Lead, style{face: bodyBold, size: g.lead, color: black})
		d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.lead * 1.42, size: g.lead, align: alignJustify})
		d.y += g.leading * 0.6
	}
	if img := a.LeadImage(); img != nil {
		d.figure(img)
	}
	for i := range a.Body {
		d.block(&a.Body[i], outline)
	}
	if a.Credit != "" {
		fr = d.text(fr[:0], a.Credit, style{face: bodyBoldItalic, size: g.body, color: black})
		d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.leading, size: g.body, align: alignRight})
	}
	if a.URL != "" {
		d.y += g.meta * 0.6
		small := style{face: headFace, size: g.meta, color: grey}
		fr = d.text(fr[:0], d.artLabels().Original+":", small)
		link := small
		link.color, link.link = blue, a.URL
		n := len(fr)
		if fr = d.text(fr, a.URL, link); len(fr) > n {
			fr[n].space = true
		}
		d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.meta * 1.5, size: g.meta, align: alignLeft})
	}
}

// headHeight is the height of what article draws before the lead: section
// label, title and meta line.
func (d *doc) headHeight(a *news.Article) float64 {
	g := &d.g
	_, lines := d.breakLines(d.text(nil, a.Title, style{face: headBold, size: g.title}), d.col())
	h := float64(len(lines))*g.title*1.22 + g.meta*2 + 14
	if a.Section != "" {
		h += g.meta * 1.6
	}
	return h
}

// metaLine is "source · 18:26, 28/07/2023 · authors". The section is
// printed above the title (and in a digest's running header), not again.
func (d *doc) metaLine(a *news.Article) string {
	var parts []string
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.When())
	}
	if len(a.Authors) > 0 {
		parts = append(parts, strings.Join(a.Authors, ", "))
	}
	return strings.Join(parts, metaSep)
}

// block draws one body block.
func (d *doc) block(b *news.Block, outline bool) {
	g := &d.g
	body := style{face: bodyFace, size: g.body, color: black}
	fr := d.para[:0]
	defer func() { d.para = fr[:0] }()
	switch b.Kind {
	case news.Heading:
		size := g.h2
		if b.Level >= 3 {
			size = g.h3
		}
		d.space(g.leading * 0.7)
		if outline {
			d.bookmark(news.PlainText(b.Text), 1)
		}
		fr = d.frags(fr, b.Text, style{face: headBold, size: size, color: black})
		d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: size * 1.3, size: size, align: alignLeft, keep: 2 * g.leading})
		d.y += g.leading * 0.25
	case news.Quote:
		fr = d.frags(fr, b.Text, style{face: bodyItalic, size: g.body, color: black})
		d.space(g.leading * 0.2)
		d.flow(fr, flowOpts{x: g.left + g.indent, width: d.col() - 2*g.indent, leading: g.leading, size: g.body, align: alignJustify, bar: true})
		d.y += g.leading * 0.6
	case news.List:
		for i, item := range b.Items {
			mark := bullet
			if b.Ordered {
				mark = strconv.Itoa(i+1) + "."
			}
			marker := d.text(nil, mark, body)
			fr = d.frags(fr[:0], item, body)
			d.flow(fr, flowOpts{x: g.left + g.indent, width: d.col() - g.indent, leading: g.leading, size: g.body, align: alignJustify, marker: marker})
			d.y += g.leading * 0.15
		}
		d.y += g.leading * 0.35
	case news.Preformatted:
		pre := style{face: headFace, size: g.caption, color: black}
		text := strings.ReplaceAll(news.PlainText(b.Text), "\t", "    ")
		for _, ln := range strings.Split(text, "\n") {
			// No-break spaces keep the columns of a table typed with spaces.
			fr = d.text(fr[:0], strings.ReplaceAll(ln, " ", "\u00A0"), pre)
			if len(fr) == 0 {
				d.y += g.caption * 1.35
				continue
			}
			d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.caption * 1.35, size: g.caption, align: alignLeft})
		}
		d.y += g.leading * 0.6
	case news.Figure:
		if b.Image != nil {
			d.figure(b.Image)
		}
	case news.Paragraph:
		fr = d.paragraph(fr, b.Text, body)
	case news.Table:
		if b.Table != nil {
			d.table(b.Table)
			break
		}
		fallthrough
	default:
		d.warn("block printed as paragraphs: its kind is unknown or its table missing", "kind", string(b.Kind))
		for run := range b.Runs() {
			fr = d.paragraph(fr, run, body)
		}
	}
}

// paragraph sets spans as a justified paragraph; fr is a buffer it returns.
func (d *doc) paragraph(fr []frag, spans []news.Span, st style) []frag {
	g := &d.g
	fr = d.frags(fr[:0], spans, st)
	d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.leading, size: g.body, align: alignJustify})
	d.y += g.leading * 0.5
	return fr
}
