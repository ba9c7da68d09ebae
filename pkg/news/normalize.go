package news

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/vntext"
)

// Normalize cleans every article in place; see Article.Normalize.
func (c *Collection) Normalize() {
	c.Title = Line(c.Title)
	c.Subtitle = Line(c.Subtitle)
	c.Publisher = Line(c.Publisher)
	for i := range c.Articles {
		c.Articles[i].Normalize()
	}
}

// Normalize cleans the article in place: every string becomes NFC without
// BOMs, zero-width or control characters (tab and newline stay in
// preformatted blocks), whitespace is collapsed (except inside preformatted
// blocks), and empty spans, blocks, list items, authors and tags are
// dropped. It is idempotent.
func (a *Article) Normalize() {
	for _, p := range []*string{&a.ID, &a.URL, &a.Source, &a.Section, &a.Title, &a.Lead, &a.Credit, &a.Language} {
		*p = Line(*p)
	}
	a.Authors = lines(a.Authors)
	a.Tags = lines(a.Tags)
	a.Image = normalizeImage(a.Image)
	body := a.Body[:0]
	for _, b := range a.Body {
		if normalizeBlock(&b) {
			body = append(body, b)
		}
	}
	clear(a.Body[len(body):])
	a.Body = body
	if len(a.Body) == 0 {
		a.Body = nil
	}
}

// Line returns s cleaned (see vntext.Clean) without control characters,
// with every run of whitespace folded to one space and no space at either
// end. Already clean strings are returned without allocating.
func Line(s string) string {
	s = vntext.Clean(s)
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if isControl(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isControl reports the C0 and C1 control characters and DEL: never text,
// and escape sequences on a terminal. (Tab, newline and the other
// whitespace controls are spaces outside preformatted text.)
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }

// stripControls drops the control characters of s but those in keep.
func stripControls(s, keep string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) && !strings.ContainsRune(keep, r) {
			return -1
		}
		return r
	}, s)
}

// isFolded reports whether s has no whitespace but single inner spaces and
// no control characters.
func isFolded(s string) bool {
	prevSpace := true // a leading space is not folded
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c < utf8.RuneSelf:
			if c < 0x20 || c == 0x7f {
				return false
			}
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || isControl(r) {
				return false
			}
			i += size - 1
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

func lines(ss []string) []string {
	out := ss[:0]
	seen := make(map[string]bool, len(ss))
	for _, s := range ss {
		s = Line(s)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func normalizeImage(img *Image) *Image {
	if img == nil {
		return nil
	}
	c := Image{Src: strings.TrimSpace(stripControls(vntext.Clean(img.Src), "")), Alt: Line(img.Alt), Caption: Line(img.Caption), Credit: Line(img.Credit)}
	if c.Src == "" {
		return nil
	}
	return &c
}

// normalizeBlock cleans b and reports whether anything is left of it.
func normalizeBlock(b *Block) bool {
	switch b.Kind {
	case Figure:
		b.Image = normalizeImage(b.Image)
		return b.Image != nil
	case List:
		items := b.Items[:0]
		for _, it := range b.Items {
			if it = foldSpans(it); len(it) > 0 {
				items = append(items, it)
			}
		}
		b.Items = items
		return len(items) > 0
	case Table:
		b.Table = normalizeTable(b.Table)
		return b.Table != nil
	case Preformatted:
		b.Text = cleanSpans(b.Text)
	default:
		b.Text = foldSpans(b.Text)
	}
	return len(b.Text) > 0
}

// normalizeTable folds the text of every cell, drops rows and columns with
// no text at all and pads the rows to one width. It returns nil when nothing
// is left.
func normalizeTable(t *Grid) *Grid {
	if t == nil {
		return nil
	}
	t.Caption = Line(t.Caption)
	rows := t.Rows[:0]
	for r, row := range t.Rows {
		empty := true
		for c := range row {
			row[c].Text = foldSpans(row[c].Text)
			empty = empty && len(row[c].Text) == 0
		}
		if empty {
			if r == 0 {
				t.Header = false // the header row is gone
			}
			continue
		}
		rows = append(rows, row)
	}
	t.Rows = rows
	width := t.Columns()
	used := make([]bool, width)
	for _, row := range rows {
		for c := range row {
			used[c] = used[c] || len(row[c].Text) > 0
		}
	}
	for r, row := range rows {
		out := row[:0]
		for c := range width {
			switch {
			case !used[c]:
			case c < len(row):
				out = append(out, row[c])
			default:
				out = append(out, Cell{})
			}
		}
		rows[r] = out
	}
	if len(rows) == 0 {
		return nil
	}
	if len(rows) == 1 {
		t.Header = false // a header over nothing is a row
	}
	return t
}

// cleanSpans cleans span text without touching whitespace (but control
// characters other than tab and newline go) and merges neighbours of the
// same style.
func cleanSpans(spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		s.Text = stripControls(vntext.Clean(s.Text), "\t\n")
		s.Link = cleanLink(s.Link)
		out = appendSpan(out, s)
	}
	return nilIfEmpty(out)
}

// foldSpans collapses whitespace across span boundaries, as a browser does:
// one space between words whichever span holds it, none at the ends.
func foldSpans(spans []Span) []Span {
	if spansFolded(spans) {
		return spans
	}
	out := spans[:0]
	space := false // a space is pending before the next word
	for _, s := range spans {
		s.Text = vntext.Clean(s.Text)
		s.Link = cleanLink(s.Link)
		var b strings.Builder
		for _, r := range s.Text {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if isControl(r) {
				continue
			}
			if space && (b.Len() > 0 || len(out) > 0) {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
		s.Text = b.String()
		out = appendSpan(out, s)
	}
	return nilIfEmpty(out)
}

// spansFolded reports whether foldSpans would change nothing: clean text,
// single inner spaces, none at the ends or doubled across a boundary, no
// empty spans and no neighbours of the same style.
func spansFolded(spans []Span) bool {
	if len(spans) == 0 {
		return false
	}
	for i, s := range spans {
		t := s.Text
		if t == "" || vntext.Clean(t) != t || s.Link != cleanLink(s.Link) {
			return false
		}
		lead, trail := t[0] == ' ', t[len(t)-1] == ' '
		inner := t
		if lead {
			inner = inner[1:]
		}
		if trail && len(inner) > 0 {
			inner = inner[:len(inner)-1]
		}
		if inner == "" || !isFolded(inner) {
			return false
		}
		if (i == 0 && lead) || (i == len(spans)-1 && trail) {
			return false
		}
		if i > 0 {
			p := spans[i-1]
			if lead && p.Text[len(p.Text)-1] == ' ' || p.Bold == s.Bold && p.Italic == s.Italic && p.Link == s.Link {
				return false
			}
		}
	}
	return true
}

// cleanLink trims a link and drops control characters from it.
func cleanLink(l string) string { return strings.TrimSpace(stripControls(l, "")) }

func appendSpan(out []Span, s Span) []Span {
	if s.Text == "" {
		return out
	}
	if n := len(out); n > 0 {
		last := &out[n-1]
		if last.Bold == s.Bold && last.Italic == s.Italic && last.Link == s.Link {
			last.Text += s.Text
			return out
		}
	}
	return append(out, s)
}

func nilIfEmpty(s []Span) []Span {
	if len(s) == 0 {
		return nil
	}
	return s
}
