package text

import (
	"strings"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/news"
)

// colSep separates the columns of an aligned table.
const colSep = "  "

// table prints a data table under its caption: as aligned columns, the
// header underlined and cells wrapped inside their columns, when every
// column gets at least its longest word; else one item per row, each cell
// named by its column's header.
func (p *printer) table(t *news.Grid) {
	if t.Caption != "" {
		p.wrapped(t.Caption, "", "")
	}
	cols := t.Columns()
	if cols == 0 {
		return
	}
	// A header cell may wrap at its words before any body cell wraps: the
	// header row is one row, underlined, and a price table keeps its
	// prices on one line under "Ngày / 20/7".
	header := t.HeaderRow() != nil
	cells := make([][]string, len(t.Rows))
	least, body, natural := make([]int, cols), make([]int, cols), make([]int, cols)
	for r := range t.Rows {
		cells[r] = make([]string, cols)
		for j := range cols {
			s := strings.Join(strings.Fields(news.PlainText(t.Cell(r, j).Text)), " ")
			cells[r][j] = s
			n := utf8.RuneCountInString(s)
			natural[j] = max(natural[j], n)
			if r > 0 || !header {
				body[j] = max(body[j], n)
			}
			for _, w := range strings.Fields(s) {
				least[j] = max(least[j], utf8.RuneCountInString(w))
			}
		}
	}
	room := p.width - len(colSep)*(cols-1)
	if sum(least) > room {
		p.tableRows(t, cells)
		return
	}
	widths := columnWidths(least, body, room)
	fill(widths, natural, room)
	right := make([]bool, cols)
	for j := range cols {
		right[j] = t.NumericColumn(j)
	}
	rows := cells
	if header {
		p.tableRow(cells[0], widths, right)
		rules := make([]string, cols)
		for j, w := range widths {
			rules[j] = strings.Repeat("-", w)
		}
		p.line(strings.Join(rules, colSep))
		rows = cells[1:]
	}
	// Rows that wrap are told apart by a blank line between rows.
	spaced := false
	for _, row := range rows {
		for j, s := range row {
			spaced = spaced || utf8.RuneCountInString(s) > widths[j]
		}
	}
	for i, row := range rows {
		if spaced && i > 0 {
			p.line("")
		}
		p.tableRow(row, widths, right)
	}
}

// tableRow prints one row, each cell wrapped in its column.
func (p *printer) tableRow(row []string, widths []int, right []bool) {
	lines := make([][]string, len(row))
	height := 0
	for j, s := range row {
		lines[j] = Wrap(s, widths[j])
		height = max(height, len(lines[j]))
	}
	var b strings.Builder
	for k := range height {
		b.Reset()
		for j := range row {
			if j > 0 {
				b.WriteString(colSep)
			}
			s := ""
			if k < len(lines[j]) {
				s = lines[j][k]
			}
			pad := strings.Repeat(" ", max(0, widths[j]-utf8.RuneCountInString(s)))
			if right[j] {
				b.WriteString(pad + s)
			} else {
				b.WriteString(s + pad)
			}
		}
		p.line(strings.TrimRight(b.String(), " "))
	}
}

// tableRows prints a table too wide for aligned columns: one item per row,
// "Header: value" for each cell that has a value, a line broken between
// cells rather than inside one.
func (p *printer) tableRows(t *news.Grid, cells [][]string) {
	rows := cells
	var header []string
	if t.HeaderRow() != nil {
		header, rows = cells[0], cells[1:]
	}
	for _, row := range rows {
		line, n := "- ", 2
		for j, s := range row {
			if s == "" {
				continue
			}
			if header != nil && header[j] != "" {
				s = header[j] + ": " + s
			}
			if n > 2 {
				s = "; " + s
			}
			sn := utf8.RuneCountInString(s)
			if n+sn <= p.width {
				line, n = line+s, n+sn
				continue
			}
			p.line(line)
			s = strings.TrimPrefix(s, "; ")
			parts := Wrap(s, p.width-2)
			for _, l := range parts[:len(parts)-1] {
				p.line("  " + l)
			}
			line = "  " + parts[len(parts)-1]
			n = utf8.RuneCountInString(line)
		}
		if n > 2 {
			p.line(line)
		}
	}
}

// columnWidths shares room between columns as browsers lay out tables:
// each column gets its natural width when all fit, else its least width
// and a part of the rest in proportion to what it lacks.
func columnWidths(least, natural []int, room int) []int {
	widths := make([]int, len(least))
	for j := range widths {
		least[j] = max(least[j], 1)
		natural[j] = max(natural[j], least[j])
	}
	if sum(natural) <= room {
		copy(widths, natural)
		return widths
	}
	extra, want := room-sum(least), sum(natural)-sum(least)
	for j := range widths {
		widths[j] = least[j] + extra*(natural[j]-least[j])/want
	}
	fill(widths, natural, room)
	return widths
}

// fill widens columns one rune at a time, the one that lacks most first,
// until they reach their target widths or use the room.
func fill(widths, target []int, room int) {
	for used := sum(widths); used < room; used++ {
		best := -1
		for j := range widths {
			if widths[j] < target[j] && (best < 0 || target[j]-widths[j] > target[best]-widths[best]) {
				best = j
			}
		}
		if best < 0 {
			return
		}
		widths[best]++
	}
}

func sum(v []int) int {
	n := 0
	for _, x := range v {
		n += x
	}
	return n
}
