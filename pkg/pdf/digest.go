package pdf

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// tocItem is one line of the table of contents: a group heading or an
// article, placed before any article is drawn so that the number of
// contents pages is known and the articles are laid out only once.
type tocItem struct {
	group   bool
	text    string
	article int     // index into the collection, for entries
	page    int     // among the contents pages, from 0
	y       float64 // top of the line
}

// digest renders a collection as a supplement: cover, contents, articles.
func (d *doc) digest(c *news.Collection) error {
	grouped := *c
	if d.opts.Group != "" {
		grouped.Group = d.opts.Group
	}
	sections := grouped.Sections()
	title, publisher := c.DisplayTitle(), publisherOf(c)
	d.metadata(title, publisher, firstNonEmpty(c.Subtitle, periodText(c)), c.SectionNames())

	d.cover(c, title, publisher)
	d.header = strings.Join(nonEmpty(publisher, monthText(c)), metaSep)
	items, tocPages := d.planTOC(c, sections)
	tocFirst := len(d.pages) + 1
	d.section = c.Labels().Contents
	for i := range tocPages {
		d.newPage()
		if i == 0 {
			d.bookmark(c.Labels().Contents, 0)
		}
	}

	level := 1
	if grouped.Group == news.GroupNone {
		level = 0
	}
	links := make([]int, len(c.Articles))
	pages := make([]int, len(c.Articles))
	first := true
	for _, s := range sections {
		for k, i := range s.Articles {
			if err := d.cancelled(); err != nil {
				return err
			}
			a := &c.Articles[i]
			d.beginArticle(a)
			d.section = firstNonEmpty(a.Section, s.Label)
			d.startArticle(a, first)
			first = false
			if k == 0 && s.Label != "" {
				d.bookmark(s.Label, 0)
			}
			d.bookmark(titleOf(a), level)
			links[i] = d.pdf.AddLink()
			d.pdf.SetLink(links[i], d.y, -1)
			pages[i] = d.pdf.PageNo()
			d.article(a, false)
			d.endArticle()
		}
	}
	d.finishPage()
	d.fillTOC(items, tocFirst, links, pages)
	return nil
}

// startArticle starts a new page for the article, or in continuous mode
// leaves a rule and some space when the article's head and a few lines fit
// in what is left of the page, so that its contents entry points at the
// page its title is on.
func (d *doc) startArticle(a *news.Article, first bool) {
	g := &d.g
	if first || !d.opts.Continuous || d.y+2*g.leading+d.headHeight(a)+4*g.leading > g.bottom {
		d.newPage()
		return
	}
	d.y += g.leading
	d.rule(grey, 0.5, g.left, d.y, g.right, d.y)
	d.y += g.leading
}

// The contents' line heights.
func (d *doc) tocEntry() float64 { return d.g.toc * 1.6 }
func (d *doc) tocGroup() float64 { return d.g.toc * 2.6 }
func (d *doc) tocTitle() float64 { return d.g.title * 2.2 }

// planTOC places every contents line on its page, a group heading never
// last on a page, and returns the lines and the number of pages.
func (d *doc) planTOC(c *news.Collection, sections []news.Section) ([]tocItem, int) {
	g := &d.g
	var items []tocItem
	page, y := 0, g.top+d.tocTitle()
	for _, s := range sections {
		if s.Label != "" {
			if y+d.tocGroup()+d.tocEntry() > g.bottom {
				page, y = page+1, g.top
			}
			items = append(items, tocItem{group: true, text: s.Label, page: page, y: y})
			y += d.tocGroup()
		}
		for _, i := range s.Articles {
			if y+d.tocEntry() > g.bottom {
				page, y = page+1, g.top
			}
			items = append(items, tocItem{text: titleOf(&c.Articles[i]), article: i, page: page, y: y})
			y += d.tocEntry()
		}
	}
	return items, page + 1
}

// fillTOC draws the contents on their reserved pages, now that every
// article's page is known: title, dot leaders, page number, and a link over
// the whole line.
func (d *doc) fillTOC(items []tocItem, first int, links, pages []int) {
	g := &d.g
	entry := style{face: headFace, size: g.toc, color: black}
	group := style{face: headBold, size: g.toc * 1.1, color: accent}
	dots := style{face: headFace, size: g.toc, color: grey}
	dotW := d.fonts.measure(headFace, g.toc, ". ")
	page := -1
	var fr, num []frag
	for _, it := range items {
		if it.page != page {
			page = it.page
			d.gotoPage(first + page)
			if page == 0 {
				fr = d.text(fr[:0], d.labels.Contents, style{face: headBold, size: g.title, color: black})
				d.textAt(fr, g.left, g.top+g.title, d.col(), alignLeft)
			}
		}
		if it.group {
			base := it.y + d.tocGroup() - g.toc*0.9
			fr = d.text(fr[:0], it.text, group)
			d.textAt(d.fit(fr, d.col()), g.left, base, d.col(), alignLeft)
			d.rule(accent, 0.5, g.left, base+3, g.right, base+3)
			continue
		}
		base := it.y + d.tocEntry()*0.72
		num = d.text(num[:0], strconv.Itoa(pages[it.article]), entry)
		numW := d.width(num)
		fr = d.fit(d.text(fr[:0], it.text, entry), d.col()-numW-24)
		titleW := d.width(fr)
		d.textAt(fr, g.left, base, d.col(), alignLeft)
		if n := int((d.col() - numW - titleW - 12) / dotW); n > 0 {
			leader := d.text(nil, strings.Repeat(". ", n), dots)
			d.textAt(leader, g.left, base, d.col()-numW-6, alignRight)
		}
		d.textAt(num, g.left, base, d.col(), alignRight)
		d.pdf.Link(g.left, it.y, d.col(), d.tocEntry(), links[it.article])
	}
	d.flush()
	d.pdf.SetPage(len(d.pages))
}

// cover draws the first page of a digest: publisher, title, period, count.
func (d *doc) cover(c *news.Collection, title, publisher string) {
	g := &d.g
	d.newPage()
	d.pages[len(d.pages)-1].furniture = false
	d.y = g.top + (g.bottom-g.top)*0.2
	full := flowOpts{x: g.left, width: d.col(), align: alignLeft}
	line := func(s string, st style, leading float64) {
		o := full
		o.leading, o.size = leading, st.size
		d.flow(d.text(nil, s, st), o)
	}
	if publisher != "" {
		line(strings.ToUpper(publisher), style{face: headBold, size: g.h2, color: accent}, g.h2*1.4)
	}
	d.rule(accent, 2, g.left, d.y+4, g.right, d.y+4)
	d.y += 22
	line(title, style{face: headBold, size: g.cover, color: black}, g.cover*1.15)
	if c.Subtitle != "" {
		d.y += 6
		line(c.Subtitle, style{face: headFace, size: g.h2, color: grey}, g.h2*1.35)
	}
	d.y += 2 * g.leading
	info := style{face: headFace, size: g.lead, color: black}
	if p := periodText(c); p != "" {
		line(p, info, g.lead*1.6)
	}
	line(c.Labels().Count(len(c.Articles)), info, g.lead*1.6)
	d.y = g.bottom - 2*g.leading
	if date := c.Date(); !date.IsZero() {
		line(c.Labels().Issued+": "+c.Labels().Date(date), style{face: headFace, size: g.meta, color: grey}, g.meta*1.5)
	}
	line(c.Labels().Generated, style{face: headFace, size: g.meta, color: grey}, g.meta*1.5)
}

// publisherOf is the collection's publisher, else its first article's
// source.
func publisherOf(c *news.Collection) string {
	if c.Publisher != "" {
		return c.Publisher
	}
	return c.Articles[0].Source
}

// titleOf is an article's title for the contents and outline.
func titleOf(a *news.Article) string {
	return firstNonEmpty(a.Title, a.Lead, a.ID, a.URL, ellipsis)
}

// periodText is "Từ 01/07/2023 đến 31/07/2023": the collection's period, or
// the days of its oldest and newest articles.
func periodText(c *news.Collection) string {
	var from, to time.Time
	if c.Period != nil {
		from, to = c.Period.Start, c.Period.End.Add(-time.Nanosecond)
	} else {
		for i := range c.Articles {
			t := c.Articles[i].Published
			if t.IsZero() {
				continue
			}
			if from.IsZero() || t.Before(from) {
				from = t
			}
			if t.After(to) {
				to = t
			}
		}
	}
	if from.IsZero() {
		return ""
	}
	l := c.Labels()
	return l.PeriodFrom + " " + l.Date(from) + " " + l.PeriodTo + " " + l.Date(to)
}

// monthText is "Tháng 7/2023" for a one-month period, else the period.
func monthText(c *news.Collection) string {
	if c.Period == nil {
		return ""
	}
	if c.Period.IsMonth() {
		return c.Labels().MonthName(c.Period.Start)
	}
	return c.Labels().Period(*c.Period)
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
