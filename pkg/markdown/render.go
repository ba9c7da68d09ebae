package markdown

import (
	"bufio"
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// doc is one document being written.
type doc struct {
	o       *Options
	c       *news.Collection
	w       *bufio.Writer
	links   map[string]string // image Src → link
	missing map[string]string // image Src → why it is left out
	art     int               // the article being written, for warnings; -1 outside
	ids     slugger
	list    string // the marker of the list just written, "" after anything else
	started bool   // a block was written: the next one needs a blank line
}

func (d *doc) warn(msg string, args ...any) {
	if d.art >= 0 {
		a := &d.c.Articles[d.art]
		args = append([]any{"article", d.art + 1, "id", a.ID, "title", a.Title}, args...)
	}
	d.o.Logger.Warn("markdown: "+msg, args...)
}

// block writes one block of Markdown, after a blank line if need be;
// nothing for an empty block.
func (d *doc) block(s string) {
	if s == "" {
		return
	}
	if d.started {
		d.w.WriteByte('\n')
	}
	d.w.WriteString(s)
	d.w.WriteByte('\n')
	d.started, d.list = true, ""
}

func (d *doc) document(ctx context.Context) error {
	c := d.c
	if !c.IsDigest() {
		a := &c.Articles[0]
		d.art = 0
		if !d.o.NoFrontMatter {
			d.articleFrontMatter(a)
		} else {
			d.block("# " + escape(a.DisplayTitle(), inHeading))
			if meta := strings.Join(a.Meta(), " · "); meta != "" {
				d.block(emphasis(escape(meta, atStart), "*"))
			}
		}
		d.article(a, 1)
		return nil
	}
	sections := c.Sections()
	titles, groups := d.planIDs(sections)
	l := c.Labels()
	title := c.DisplayTitle()
	if !d.o.NoFrontMatter {
		fm := frontMatter{}
		fm.str("title", title)
		fm.time("date", c.Date())
		fm.str("description", firstNonEmpty(c.Subtitle, periodText(c)))
		fm.str("publisher", c.DisplayPublisher())
		fm.list("categories", c.SectionNames())
		fm.str("lang", c.Lang())
		d.frontMatter(&fm)
	} else {
		d.block("# " + escape(title, inHeading))
	}
	var cover []string
	for _, s := range []string{c.DisplayPublisher(), c.Subtitle, periodText(c), l.Count(len(c.Articles))} {
		if s != "" {
			cover = append(cover, s)
		}
	}
	d.block(escape(strings.Join(cover, " · "), atStart))

	d.block("## " + escape(l.Contents, inHeading))
	n := 0
	for k, sec := range sections {
		if sec.Label != "" {
			d.block("**[" + escape(sec.Label, inline) + "](#" + groups[k] + ")**")
		}
		var b strings.Builder
		for _, i := range sec.Articles {
			n++
			b.WriteString(strconv.Itoa(n) + ". [" + escape(c.Articles[i].DisplayTitle(), inline) + "](#" + titles[i] + ")\n")
		}
		d.block(strings.TrimSuffix(b.String(), "\n"))
	}

	for _, sec := range sections {
		level := 2 // article titles: ## without groups, ### under a group's ##
		if sec.Label != "" {
			d.block("## " + escape(sec.Label, inHeading))
			level = 3
		}
		for _, i := range sec.Articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			d.art = i
			a := &c.Articles[i]
			d.block(strings.Repeat("#", level) + " " + escape(a.DisplayTitle(), inHeading))
			if meta := strings.Join(a.Meta(), " · "); meta != "" {
				d.block(emphasis(escape(meta, atStart), "*"))
			}
			d.article(a, level)
		}
	}
	return nil
}

// planIDs gives every heading of a digest the id GitHub, Hugo and pandoc
// derive from its text, in document order, and returns those of the
// article titles (by article) and the group labels (by section): what the
// contents list links to.
func (d *doc) planIDs(sections []news.Section) (titles, groups []string) {
	c := d.c
	titles = make([]string, len(c.Articles))
	groups = make([]string, len(sections))
	d.ids.id(c.Labels().Contents)
	for k, sec := range sections {
		if sec.Label != "" {
			groups[k] = d.ids.id(sec.Label)
		}
		for _, i := range sec.Articles {
			a := &c.Articles[i]
			titles[i] = d.ids.id(a.DisplayTitle())
			for j := range a.Body {
				if a.Body[j].Kind == news.Heading && escape(news.PlainText(a.Body[j].Text), inline) != "" { // as bodyBlock
					d.ids.id(news.PlainText(a.Body[j].Text))
				}
			}
		}
	}
	return titles, groups
}

// articleFrontMatter is the YAML block of a post.
func (d *doc) articleFrontMatter(a *news.Article) {
	fm := frontMatter{}
	fm.str("title", a.DisplayTitle())
	fm.time("date", a.Published)
	if a.Updated.After(a.Published) {
		fm.time("lastmod", a.Updated)
	}
	fm.list("authors", a.Authors)
	if a.Section != "" {
		fm.list("categories", []string{a.Section})
	}
	fm.list("tags", a.Tags)
	fm.str("description", a.Lead)
	fm.str("source", a.Source)
	if href := news.SafeURL(a.URL); href != "" {
		fm.str("source_url", href)
	}
	if img := d.leadImage(a); img != nil {
		fm.str("image", d.links[img.Src])
	}
	fm.str("lang", a.Lang())
	d.frontMatter(&fm)
}

// leadImage is the picture a post shows first: the lead image, else the
// first figure, when it can be linked.
func (d *doc) leadImage(a *news.Article) *news.Image {
	if a.Image != nil && d.links[a.Image.Src] != "" {
		return a.Image
	}
	for j := range a.Body {
		if img := a.Body[j].Image; a.Body[j].Kind == news.Figure && img != nil && d.links[img.Src] != "" {
			return img
		}
	}
	return nil
}

// article writes the lead, lead image, body and footer of an article whose
// title is at heading level h.
func (d *doc) article(a *news.Article, h int) {
	if strings.TrimSpace(a.Title) == "" {
		d.warn("article has no title")
	}
	if a.Lead != "" {
		d.block(emphasis(escape(a.Lead, atStart), "**"))
	}
	if img := a.LeadImage(); img != nil {
		d.figure(a, img)
	}
	depths := a.HeadingDepths()
	for j := range a.Body {
		level := 0
		if depths != nil {
			level = min(h+depths[j], 6)
		}
		d.bodyBlock(a, &a.Body[j], level)
	}
	if by := a.Byline(); by != "" {
		d.block(emphasis(escape(by, atStart), "**"))
	}
	if a.Credit != "" {
		d.block(emphasis(escape(a.Credit, atStart), "*"))
	}
	if href := news.SafeURL(a.URL); href != "" {
		d.block(escape(a.Labels().Original+":", atStart) + " <" + href + ">")
	} else if a.URL != "" {
		d.warn("url is not an absolute http(s) URL; left out", "url", a.URL)
	}
}

// bodyBlock writes one body block; a heading at level h (2–6).
func (d *doc) bodyBlock(a *news.Article, b *news.Block, h int) {
	switch b.Kind {
	case news.Paragraph:
		d.block(d.inline(b.Text, atStart))
	case news.Heading:
		if text := d.inline(b.Text, inHeading); text != "" {
			d.block(strings.Repeat("#", h) + " " + text)
		}
	case news.Quote:
		if text := d.inline(b.Text, atStart); text != "" {
			d.block("> " + text)
		}
	case news.List:
		d.itemList(b)
	case news.Preformatted:
		if strings.TrimSpace(news.PlainText(b.Text)) != "" {
			d.block(fenced(news.PlainText(b.Text)))
		}
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
		d.block(d.inline(b.Text, atStart))
	}
}

// itemList writes a list. Two lists in a row would merge into one, so a
// list right after another of its kind takes the other marker (- or *,
// "." or ")").
func (d *doc) itemList(b *news.Block) {
	if len(b.Items) == 0 {
		return
	}
	marker := "-"
	if b.Ordered {
		marker = "."
		if d.list == "." {
			marker = ")"
		}
	} else if d.list == "-" {
		marker = "*"
	}
	var s strings.Builder
	for k, item := range b.Items {
		if k > 0 {
			s.WriteByte('\n')
		}
		if b.Ordered {
			s.WriteString(strconv.Itoa(k+1) + marker)
		} else {
			s.WriteString(marker)
		}
		if text := d.inline(item, atStart); text != "" {
			s.WriteString(" " + text)
		}
	}
	d.block(s.String())
	d.list = marker
}

// figure writes an image and, below it, its caption and credit. An image
// that cannot be linked leaves its caption (or, lacking one, its alt text).
func (d *doc) figure(a *news.Article, img *news.Image) {
	link := d.links[img.Src]
	if link == "" {
		reason := d.missing[img.Src]
		if reason == "" {
			reason = "no image source"
		}
		d.warn("image left out: "+reason, "src", short(img.Src))
	} else {
		d.block("![" + escape(img.Alt, inline) + "](" + destination(link) + ")")
	}
	caption := img.Caption
	if link == "" && caption == "" {
		caption = img.Alt
	}
	if credit := a.Labels().PhotoCredit(img.Credit); credit != "" {
		if caption != "" {
			caption += " "
		}
		caption += "(" + credit + ")"
	}
	if caption != "" {
		d.block(emphasis(escape(caption, atStart), "*"))
	}
}

// table writes a grid as a GFM table, its caption above in bold. GFM
// tables need a header row: a grid without one gets an empty header.
func (d *doc) table(g *news.Grid) {
	cols := g.Columns()
	if cols == 0 {
		d.warn("table has no cells; its caption printed as a paragraph")
		if g.Caption != "" {
			d.block(escape(g.Caption, atStart))
		}
		return
	}
	if g.Caption != "" {
		d.block(emphasis(escape(g.Caption, atStart), "**"))
	}
	var s strings.Builder
	row := func(cells []news.Cell) {
		s.WriteByte('|')
		for k := range cols {
			s.WriteByte(' ')
			if k < len(cells) {
				s.WriteString(d.inline(cells[k].Text, inline))
			}
			s.WriteString(" |")
		}
		s.WriteByte('\n')
	}
	row(g.HeaderRow())
	s.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
	for _, r := range g.BodyRows() {
		row(r)
	}
	d.block(strings.TrimSuffix(s.String(), "\n"))
}

// periodText is the collection's period as days, or "".
func periodText(c *news.Collection) string {
	if c.Period == nil {
		return ""
	}
	return c.Labels().Period(*c.Period)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// short keeps long sources (data: URLs) readable in warnings.
func short(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// frontMatter builds a YAML block of string, time and list fields; empty
// values are left out.
type frontMatter struct{ b strings.Builder }

func (f *frontMatter) str(key, v string) {
	if v != "" {
		f.b.WriteString(key + ": " + yamlString(v) + "\n")
	}
}

func (f *frontMatter) time(key string, t time.Time) {
	if !t.IsZero() && t.Year() >= 1 && t.Year() <= 9999 {
		f.b.WriteString(key + ": " + t.Format(time.RFC3339) + "\n")
	}
}

func (f *frontMatter) list(key string, vs []string) {
	if len(vs) == 0 {
		return
	}
	f.b.WriteString(key + ":\n")
	for _, v := range vs {
		f.b.WriteString("  - " + yamlString(v) + "\n")
	}
}

// frontMatter writes the YAML block between its --- lines.
func (d *doc) frontMatter(f *frontMatter) {
	d.w.WriteString("---\n" + f.b.String() + "---\n")
	d.started = true
}
