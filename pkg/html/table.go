package html

import (
	"strconv"
	"strings"

	"github.com/newsarc/newsarc/pkg/news"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// table converts a <table>: a picture with its caption cell becomes a
// figure, a data table a table block, and a layout table — one column, a
// page or an article laid out in cells, pictures with their captions — is
// walked as containers.
func (c *conv) table(n *html.Node, st style) {
	var imgs int
	layout := false // cells hold what data tables do not: tables, lists, headings, pictures
	walk(n, func(ch *html.Node) bool {
		if ch.Type != html.ElementNode {
			return true
		}
		if c.an.isJunk(ch) {
			return false
		}
		switch ch.DataAtom {
		case atom.Img:
			if imageSrc(ch, c.base) != "" && !decorative(ch) {
				imgs++
			}
		case atom.Table:
			layout = layout || ch != n
		case atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre, atom.Figure,
			atom.Picture, atom.Form:
			layout = true
		}
		return true
	})
	in := c.an.of(n)
	text := 0
	if in != nil {
		text = in.text
	}
	if imgs == 1 && text < 400 {
		var src, alt string
		walk(n, func(ch *html.Node) bool {
			if src == "" && isElem(ch, atom.Img) && !decorative(ch) {
				if s := imageSrc(ch, c.base); s != "" {
					src, alt = s, altText(ch)
				}
			}
			return src == ""
		})
		capt, credit := splitCredit(textOf(n))
		c.emit(news.Block{Kind: news.Figure, Image: &news.Image{Src: src, Alt: alt, Caption: capt, Credit: credit}}, hint{src: n})
		return
	}
	if imgs == 0 && !layout {
		if g := c.grid(n); g != nil {
			c.emit(news.Block{Kind: news.Table, Table: g}, hint{src: n})
			return
		}
	}
	c.children(n, st)
	c.flush()
}

// Limits of a data table: more is a layout table or a hostile one.
const (
	maxTableCells = 20000
	maxColspan    = 100
	maxRowspan    = 1000
	maxCellText   = 400 // runes: a cell holding more is a column of a layout
)

// grid reads a data table, or returns nil for a table that is layout: one
// row or one column, long text in a cell, mostly links, or role
// "presentation". Merged cells are spread over the grid (the text in the
// first, the others empty). The header row is the first row of <thead>,
// else a first row of <th> or of wholly bold cells; a first row that is
// one cell across the table is its caption.
func (c *conv) grid(n *html.Node) *news.Grid {
	if strings.EqualFold(strings.TrimSpace(attr(n, "role")), "presentation") {
		return nil
	}
	g := &news.Grid{}
	var trs []*html.Node
	headRow := -1 // the row that <thead> opens
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type != html.ElementNode || c.an.isJunk(ch):
		case ch.DataAtom == atom.Caption:
			g.Caption = textOf(ch)
		case ch.DataAtom == atom.Tr:
			trs = append(trs, ch)
		case ch.DataAtom == atom.Thead || ch.DataAtom == atom.Tbody || ch.DataAtom == atom.Tfoot:
			if ch.DataAtom == atom.Thead && headRow < 0 {
				headRow = len(trs)
			}
			for tr := ch.FirstChild; tr != nil; tr = tr.NextSibling {
				if isElem(tr, atom.Tr) && !c.an.isJunk(tr) {
					trs = append(trs, tr)
				}
			}
		}
	}
	if len(trs) < 2 {
		return nil
	}
	type rowInfo struct {
		th, cells, bold int  // cells that are <th>, that have text, that are wholly bold
		single          bool // one cell holds the row's only text
	}
	var infos []rowInfo
	var down []int // down[k]: rows below this one still covered by a cell above in column k
	cells, text, linked, longest := 0, 0, 0, 0
	for _, tr := range trs {
		var row []news.Cell
		var ri rowInfo
		above := append([]int(nil), down...)
		col := 0
		skipCovered := func() {
			for col < len(above) && above[col] > 0 {
				row = append(row, news.Cell{})
				col++
			}
		}
		tds := 0
		for td := tr.FirstChild; td != nil; td = td.NextSibling {
			if !isElem(td, atom.Td) && !isElem(td, atom.Th) || c.an.isJunk(td) {
				continue
			}
			skipCovered()
			cs := spanAttr(td, "colspan", maxColspan)
			rs := spanAttr(td, "rowspan", maxRowspan)
			cells += cs
			if cells > maxTableCells {
				return nil
			}
			c.inline(td, style{})
			spans := c.spans
			c.spans = nil
			t, bold := 0, true
			for _, s := range spans {
				n := runeLen(strings.TrimSpace(s.Text))
				t += n
				if s.Link != "" {
					linked += n
				}
				bold = bold && (s.Bold || n == 0)
			}
			text += t
			longest = max(longest, t)
			if t > 0 {
				ri.cells++
				if bold {
					ri.bold++
				}
			}
			if td.DataAtom == atom.Th {
				ri.th++
			}
			row = append(row, news.Cell{Text: spans})
			for k := 1; k < cs; k++ {
				row = append(row, news.Cell{})
			}
			for len(down) < col+cs {
				down = append(down, 0)
			}
			for k := col; k < col+cs; k++ {
				down[k] = rs - 1
			}
			col += cs
			tds++
		}
		skipCovered()
		for k := range above {
			if above[k] > 0 {
				down[k] = above[k] - 1
			}
		}
		ri.single = tds == 1 && ri.cells == 1
		g.Rows = append(g.Rows, row)
		infos = append(infos, ri)
	}
	c.brs = 0
	width := g.Columns()
	if width < 2 || longest > maxCellText || text == 0 || linked*2 > text {
		return nil
	}
	// A first row that is one cell across the table titles it.
	if infos[0].single && len(g.Rows[0]) == width && g.Caption == "" {
		g.Caption = news.Line(news.PlainText(g.Rows[0][0].Text))
		g.Rows, infos = g.Rows[1:], infos[1:]
		headRow--
	}
	if len(g.Rows) < 2 {
		return nil
	}
	first := infos[0]
	allBold := true
	for _, ri := range infos[1:] {
		allBold = allBold && ri.cells > 0 && ri.bold == ri.cells
	}
	g.Header = headRow == 0 || first.cells > 0 && (first.th == len(g.Rows[0]) || first.bold == first.cells && !allBold)
	if g.Header {
		for i := range g.Rows[0] {
			g.Rows[0][i].Text = plain(g.Rows[0][i].Text) // a header is bold by itself
		}
	}
	return g
}

// spanAttr reads a colspan or rowspan: at least 1, at most limit.
func spanAttr(n *html.Node, key string, limit int) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, limit)
}
