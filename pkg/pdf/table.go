package pdf

import (
	"slices"

	"github.com/newsarc/newsarc/pkg/news"
)

// Table geometry, in pt: cell padding and the rules.
const (
	cellPadX   = 4.0
	cellPadY   = 2.5
	tableRule  = 0.4 // between cells
	headerRule = 0.9 // under the header row
	shrinkable = 0.85
)

// cell is one table cell set in its column: its fragments and lines.
type cell struct {
	fr    []frag
	lines []line
}

// table draws a data table as printed papers do: the caption above, a
// shaded header row repeated at the top of every page the table runs
// onto, ruled cells, numbers aligned right. Columns are sized to their
// content as browsers do (each gets its longest word, and what is left in
// proportion to the rest of its text); a table too wide for the column
// is set smaller, down to a floor, and its cells wrapped — never cut off.
func (d *doc) table(t *news.Grid) {
	g := &d.g
	cols := t.Columns()
	if cols == 0 {
		return
	}
	header := t.HeaderRow() != nil
	size, widths := d.tableSize(t)
	leading := size * 1.3
	right := make([]bool, cols)
	for j := range right {
		right[j] = t.NumericColumn(j)
	}
	rows := make([][]cell, len(t.Rows))
	heights := make([]float64, len(t.Rows))
	for r := range t.Rows {
		rows[r] = make([]cell, cols)
		n := 1
		for j := range cols {
			c := &rows[r][j]
			fr := d.frags(nil, t.Cell(r, j).Text, d.cellStyle(header && r == 0, size))
			fr, lines := d.breakLines(fr, widths[j]-2*cellPadX)
			c.fr, c.lines = fr, slices.Clone(lines)
			n = max(n, len(c.lines))
		}
		heights[r] = float64(n)*leading + 2*cellPadY
	}
	headH, body := 0.0, 0
	if header {
		headH, body = heights[0], 1
	}
	keep := headH
	if body < len(rows) {
		keep += heights[body]
	}
	d.space(g.leading * 0.3)
	if t.Caption != "" {
		fr := d.text(nil, t.Caption, style{face: headBold, size: g.caption, color: black})
		d.flow(fr, flowOpts{x: g.left, width: d.col(), leading: g.caption * 1.4, size: g.caption, align: alignLeft, keep: keep})
		d.y += 2
	} else if !d.atTop() && d.y+keep > g.bottom {
		d.newPage()
	}

	s := tableSegment{x: g.left, widths: widths, header: header}
	// draw draws lines [from, to) of row r's cells at the cursor.
	draw := func(r, from, to int) {
		h := float64(to-from)*leading + 2*cellPadY
		if header && r == 0 {
			d.box(paper, paper, s.x, d.y, sumOf(widths), h)
		} else {
			s.body++
		}
		x := s.x
		for j := range rows[r] {
			c := &rows[r][j]
			align := alignLeft
			if right[j] {
				align = alignRight
			}
			for k := from; k < min(to, len(c.lines)); k++ {
				base := d.y + cellPadY + float64(k-from)*leading + (leading-size)/2 + 0.8*size
				d.drawLine(c.fr, c.lines[k], x+cellPadX, base, widths[j]-2*cellPadX, align)
			}
			x += widths[j]
		}
		d.y += h
		s.rows = append(s.rows, d.y)
	}
	start := func() {
		s.top, s.rows, s.body = d.y, s.rows[:0], 0
		if header {
			draw(0, 0, rowLines(rows[0]))
		}
	}
	start()
	for r := body; r < len(rows); r++ {
		n := rowLines(rows[r])
		// A short row moves to the next page whole; a tall one fills the
		// page and goes on over the next, two lines at least on each.
		whole := heights[r] <= (g.bottom-g.top)/4
		for from := 0; from < n; {
			room := int((g.bottom - d.y - 2*cellPadY + eps) / leading) // lines that fit here
			switch {
			case room >= n-from:
				draw(r, from, n)
				from = n
			case s.body == 0 || (!whole && room >= 2 && n-from-room >= 2):
				// A row taller than a page is split between lines; the
				// first row under a header takes a line whatever it costs.
				to := from + max(1, room)
				draw(r, from, to)
				from = to
			}
			if from < n {
				d.rules(&s)
				d.newPage()
				start()
			}
		}
	}
	d.rules(&s)
	d.y += g.leading * 0.6
}

// rowLines is the number of lines of a row's tallest cell.
func rowLines(row []cell) int {
	n := 1
	for _, c := range row {
		n = max(n, len(c.lines))
	}
	return n
}

// cellStyle is the style of a body or header cell at size.
func (d *doc) cellStyle(head bool, size float64) style {
	if head {
		return style{face: headBold, size: size, color: black}
	}
	return style{face: headFace, size: size, color: black}
}

// tableSegment is the part of a table on one page, for its rules.
type tableSegment struct {
	x, top float64
	widths []float64
	rows   []float64 // the bottom of each row drawn
	header bool      // the first row drawn is the header
	body   int       // body rows drawn
}

// rules draws the grid of a table's segment: a rule under every row, a
// stronger one under the header, and between and around the columns.
func (d *doc) rules(s *tableSegment) {
	if len(s.rows) == 0 {
		return
	}
	w := sumOf(s.widths)
	bottom := s.rows[len(s.rows)-1]
	d.rule(grey, tableRule, s.x, s.top, s.x+w, s.top)
	for i, y := range s.rows {
		if i == 0 && s.header {
			d.rule(black, headerRule, s.x, y, s.x+w, y)
			continue
		}
		d.rule(grey, tableRule, s.x, y, s.x+w, y)
	}
	x := s.x
	d.rule(grey, tableRule, x, s.top, x, bottom)
	for _, cw := range s.widths {
		x += cw
		d.rule(grey, tableRule, x, s.top, x, bottom)
	}
}

// tableSize chooses a table's font size and column widths. The size is
// the body's table size when the table's text fits the column on one line
// a cell (header cells may wrap at their words); else the largest size,
// down to shrinkable of it, at which it does; else the largest size, down
// to the floor, at which every column gets its longest word.
func (d *doc) tableSize(t *news.Grid) (float64, []float64) {
	g := &d.g
	base, floor := g.caption+0.5, g.small*0.8
	cols := t.Columns()
	header := t.HeaderRow() != nil
	// Widths in pt per pt of font size, measured once at base.
	least, body, full := make([]float64, cols), make([]float64, cols), make([]float64, cols)
	for r := range t.Rows {
		for j := range cols {
			fr := d.frags(nil, t.Cell(r, j).Text, d.cellStyle(header && r == 0, base))
			word, line := d.extent(fr)
			least[j] = max(least[j], word/base)
			full[j] = max(full[j], line/base)
			if r > 0 || !header {
				body[j] = max(body[j], line/base)
			}
		}
	}
	for j := range cols {
		body[j] = max(body[j], least[j])
	}
	at := func(units []float64, size float64) float64 {
		return sumOf(units)*size + float64(cols)*2*cellPadX
	}
	room := d.col()
	size := floor
	for s := base; s >= floor-eps; s -= 0.25 {
		if at(body, s) <= room+eps && s >= base*shrinkable-eps {
			size = s
			break
		}
		if at(body, s) > room && s < base*shrinkable && at(least, s) <= room+eps {
			size = s
			break
		}
	}
	scale := func(units []float64) []float64 {
		w := make([]float64, cols)
		for j := range w {
			w[j] = units[j]*size + 2*cellPadX
		}
		return w
	}
	return size, tableWidths(scale(least), scale(body), scale(full), room)
}

// tableWidths shares room between columns as browsers lay out tables:
// each column its full width when all fit; else its widest body cell (the
// header wrapping) and what is left toward its full width; else its
// longest word and the rest in proportion to what it lacks of its body
// width. Columns never get less than their longest word unless even those
// do not fit, when the words are cut.
func tableWidths(least, body, full []float64, room float64) []float64 {
	w := slices.Clone(full)
	switch {
	case sumOf(full) <= room:
	case sumOf(body) <= room:
		copy(w, body)
		grow(w, full, room-sumOf(body))
	case sumOf(least) < room:
		copy(w, least)
		grow(w, body, room-sumOf(least))
	default:
		for j := range w {
			w[j] = least[j] * room / sumOf(least)
		}
	}
	return w
}

// grow widens w toward target, sharing extra in proportion to what each
// column lacks.
func grow(w, target []float64, extra float64) {
	lack := 0.0
	for j := range w {
		lack += target[j] - w[j]
	}
	if lack <= 0 {
		return
	}
	f := min(1, extra/lack)
	for j := range w {
		w[j] += (target[j] - w[j]) * f
	}
}

func sumOf(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

// extent returns the widest word of frags and their width on one line.
func (d *doc) extent(fr []frag) (word, line float64) {
	cur := 0.0
	for i := range fr {
		if fr[i].space || fr[i].soft {
			word = max(word, cur)
			cur = 0
		}
		cur += fr[i].width
	}
	return max(word, cur), d.width(fr)
}
