package news

import (
	"iter"
	"strings"
)

// What every writer decides the same way about showing an article.

// Texts yields the text of an article a reader sees, piece by piece: its
// title, lead, source, section, authors and credit; the text of every
// block (list items, table captions and cells); the captions, alt texts
// (shown when an image is not) and credits of its images. Writers use it to check which letters their fonts must
// draw.
func (a *Article) Texts() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, s := range []string{a.Title, a.Lead, a.Source, a.Section, a.Credit} {
			if !yield(s) {
				return
			}
		}
		for _, s := range a.Authors {
			if !yield(s) {
				return
			}
		}
		image := func(img *Image) bool {
			return img == nil || yield(img.Caption) && yield(img.Alt) && yield(img.Credit)
		}
		if !image(a.Image) {
			return
		}
		for i := range a.Body {
			b := &a.Body[i]
			if !image(b.Image) {
				return
			}
			if b.Table != nil && !yield(b.Table.Caption) {
				return
			}
			for run := range b.Runs() {
				for _, sp := range run {
					if !yield(sp.Text) {
						return
					}
				}
			}
		}
	}
}

// Cell returns the cell of row r in column j, or an empty cell where a
// ragged row (one that has not been through Normalize) has none.
func (t *Grid) Cell(r, j int) Cell {
	if r < len(t.Rows) && j < len(t.Rows[r]) {
		return t.Rows[r][j]
	}
	return Cell{}
}

// NumericColumn reports whether column j holds numbers: every body cell
// that is not empty or a lone dash reads as a number ("14.000", "97,85",
// "+4.000", "-5.000", "12%"), and at least one does. Writers align such
// columns right, as printed tables do.
func (t *Grid) NumericColumn(j int) bool {
	first := 0
	if t.Header {
		first = 1
	}
	any := false
	for r := first; r < len(t.Rows); r++ {
		s := strings.TrimSpace(PlainText(t.Cell(r, j).Text))
		switch {
		case s == "" || s == "-" || s == "–" || s == "—":
		case isNumber(s):
			any = true
		default:
			return false
		}
	}
	return any
}

// isNumber reports whether s is a signed number with digit-group or decimal
// separators and an optional percent sign.
func isNumber(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	for _, sign := range []string{"+", "-", "−", "±"} {
		if t, ok := strings.CutPrefix(s, sign); ok {
			s = t
			break
		}
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case (c == '.' || c == ',') && i > 0 && i < len(s)-1:
		default:
			return false
		}
	}
	return digits > 0
}
