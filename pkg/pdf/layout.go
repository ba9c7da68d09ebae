package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/news"
)

// rgb is a text or rule colour.
type rgb struct{ r, g, b uint8 }

var (
	black  = rgb{0, 0, 0}
	grey   = rgb{95, 95, 95}
	accent = rgb{150, 22, 30} // rules and section labels: newspaper red
	blue   = rgb{0, 70, 140}  // links
	paper  = rgb{244, 242, 238}
)

// style is how a fragment of text is drawn.
type style struct {
	face  face
	size  float64 // pt
	color rgb
	link  string // an absolute URL, or "" when the text is no link
}

// frag is a run of text in one style with no space inside: a word, or the
// part of a word in one style or one font.
type frag struct {
	style
	text  string
	width float64 // pt
	space bool    // a space comes before it
	soft  bool    // a line may break before it without a space (a long URL)
}

// line is a range of frags set on one line.
type line struct {
	from, to int
	natural  float64 // width with plain spaces
	gaps     int     // spaces between frags of the line
	last     bool    // the paragraph's last line, never justified
}

type alignment uint8

const (
	alignJustify alignment = iota
	alignLeft
	alignCenter
	alignRight
)

// eps is the slack of fit tests, in pt, against rounding.
const eps = 0.01

// frags appends the fragments of spans drawn in base, bold and italic spans
// restyling base's face. Text is cleaned on the way and runes no font has
// are replaced and reported.
func (d *doc) frags(dst []frag, spans []news.Span, base style) []frag {
	baseBold, baseItalic := base.face%4 == 1 || base.face%4 == 3, base.face%4 >= 2
	pending := false
	for _, sp := range spans {
		st := base
		st.face = base.face.styled(baseBold || sp.Bold, baseItalic || sp.Italic)
		if sp.Link != "" && base.link == "" {
			st.link, st.color = sp.Link, blue
		}
		t := clean(sp.Text)
		for len(t) > 0 {
			if t[0] == ' ' {
				pending = true
				t = t[1:]
				continue
			}
			end := strings.IndexByte(t, ' ')
			if end < 0 {
				end = len(t)
			}
			word := t[:end]
			if units, ok := d.fonts.wordWidth(st.face, word); ok {
				// The common case: one font has every rune of the word.
				dst = append(dst, frag{style: st, text: word, width: float64(units) * st.size / 1000,
					space: pending && len(dst) > 0})
				pending = false
				t = t[end:]
				continue
			}
			d.runBuf = d.fonts.runs(d.runBuf[:0], st.face, word, d.missingRune)
			for k, r := range d.runBuf {
				fs := st
				fs.face = r.face
				dst = append(dst, frag{style: fs, text: r.text, width: d.fonts.measure(r.face, st.size, r.text),
					space: k == 0 && pending && len(dst) > 0})
			}
			pending = false
			t = t[end:]
		}
	}
	return dst
}

// text is frags for one plain string.
func (d *doc) text(dst []frag, s string, st style) []frag {
	return d.frags(dst, []news.Span{{Text: s}}, st)
}

func (d *doc) spaceWidth(st style) float64 {
	w, _ := d.fonts.width(st.face, ' ')
	return float64(w) * st.size / 1000
}

// breakLines sets frags into lines of at most width, first fit: news
// columns are wide enough that optimal breaking buys little, and this is the
// hot loop of a 5,000-article digest. A word wider than a line (a URL) is
// cut where it must be. It may return a new frags slice.
func (d *doc) breakLines(fr []frag, width float64) ([]frag, []line) {
	fr = d.cutLongWords(fr, width)
	lines := d.lines[:0]
	for i := 0; i < len(fr); {
		lineW, gaps, j := 0.0, 0, i
		for j < len(fr) {
			k, ww := j+1, fr[j].width
			for k < len(fr) && !fr[k].space && !fr[k].soft {
				ww += fr[k].width
				k++
			}
			sp := 0.0
			if j > i && fr[j].space {
				sp = d.spaceWidth(fr[j-1].style)
			}
			if j > i && lineW+sp+ww > width+eps {
				break
			}
			if j > i && fr[j].space {
				gaps++
			}
			lineW += sp + ww
			j = k
		}
		lines = append(lines, line{from: i, to: j, natural: lineW, gaps: gaps, last: j == len(fr)})
		i = j
	}
	d.lines = lines
	return fr, lines
}

// cutLongWords makes every word fit the width: the frags of a word too wide
// become break points, and a frag too wide is cut between runes.
func (d *doc) cutLongWords(fr []frag, width float64) []frag {
	long := false
	for i := 0; i < len(fr) && !long; {
		k, ww := i+1, fr[i].width
		for k < len(fr) && !fr[k].space && !fr[k].soft {
			ww += fr[k].width
			k++
		}
		long = ww > width+eps
		i = k
	}
	if !long {
		return fr
	}
	out := make([]frag, 0, len(fr)+8)
	for i := 0; i < len(fr); {
		k, ww := i+1, fr[i].width
		for k < len(fr) && !fr[k].space && !fr[k].soft {
			ww += fr[k].width
			k++
		}
		if ww <= width+eps {
			out = append(out, fr[i:k]...)
			i = k
			continue
		}
		for ; i < k; i++ {
			f := fr[i]
			f.soft = !f.space
			for f.width > width+eps && utf8.RuneCountInString(f.text) > 1 { // a rune too wide stands alone
				cut, w := 0, 0.0
				for j, r := range f.text {
					rw := d.fonts.measure(f.face, f.size, string(r))
					if w+rw > width && j > 0 {
						break
					}
					w += rw
					cut = j + len(string(r))
				}
				head := f
				head.text, head.width = f.text[:cut], w
				out = append(out, head)
				f.text, f.width, f.space, f.soft = f.text[cut:], f.width-w, false, true
			}
			out = append(out, f)
		}
	}
	return out
}

// drawLine draws one line with its baseline at y, starting at x in a column
// of width, justified by widening the spaces unless it is a last line.
func (d *doc) drawLine(fr []frag, ln line, x, y, width float64, align alignment) {
	extra := 0.0
	switch {
	case align == alignJustify && !ln.last && ln.gaps > 0:
		extra = (width - ln.natural) / float64(ln.gaps)
	case align == alignCenter:
		x += (width - ln.natural) / 2
	case align == alignRight:
		x += width - ln.natural
	}
	b := d.piece[:0]
	var cur style
	w, spaces := 0.0, 0
	flush := func() {
		if len(b) == 0 {
			return
		}
		full := w + float64(spaces)*extra
		d.drawPiece(cur, b, x, y, full, extra)
		x += full
		b = b[:0]
		w, spaces = 0, 0
	}
	for k := ln.from; k < ln.to; k++ {
		f := &fr[k]
		if k > ln.from && f.space {
			// The space goes with the piece before it, so that text
			// extraction sees it whatever styles meet there.
			b = append(b, ' ')
			w += d.spaceWidth(cur)
			spaces++
		}
		if k > ln.from && f.style != cur {
			flush()
		}
		cur = f.style
		b = append(b, f.text...)
		w += f.width
	}
	flush()
	d.piece = b
}

// flowOpts says how flow sets a block of text.
type flowOpts struct {
	x, width float64
	leading  float64 // line height, pt
	size     float64 // the block's main font size, for the baseline
	align    alignment
	keep     float64 // room needed below the block (a heading's next lines)
	bar      bool    // a rule left of the text, as for quotes
	marker   []frag  // drawn left of the first line, as for list items
}

// flow sets frags at the cursor, breaking pages as needed: a paragraph of
// orphanMin lines or more leaves neither its first nor its last line alone
// on a page.
func (d *doc) flow(fr []frag, o flowOpts) {
	if len(fr) == 0 {
		return
	}
	fr, lines := d.breakLines(fr, o.width)
	const orphanMin = 3
	n := len(lines)
	if n <= orphanMin && !d.atTop() && d.y+float64(n)*o.leading+o.keep > d.g.bottom+eps {
		// A short block (a heading, a caption) is not split at all.
		d.newPage()
	}
	for i := 0; i < n; {
		fit := int((d.g.bottom - d.y + eps) / o.leading)
		if d.atTop() {
			fit = max(fit, 1)
		}
		if fit == 0 || (i == 0 && fit == 1 && n >= orphanMin) {
			d.newPage()
			continue
		}
		take := min(fit, n-i)
		if n >= orphanMin && i+take == n-1 && take >= 3 {
			take-- // no widow: carry two lines over
		}
		top := d.y
		for _, ln := range lines[i : i+take] {
			base := d.y + (o.leading-o.size)/2 + 0.8*o.size
			if ln.from == 0 && len(o.marker) > 0 {
				d.drawLine(o.marker, line{to: len(o.marker), last: true}, o.x-d.g.indent, base, d.g.indent, alignLeft)
			}
			d.drawLine(fr, ln, o.x, base, o.width, o.align)
			d.y += o.leading
		}
		if o.bar {
			d.rule(accent, quoteBar, o.x-d.g.indent/2, top+o.leading*0.15, o.x-d.g.indent/2, d.y-o.leading*0.15)
		}
		i += take
		if i < n {
			d.newPage()
		}
	}
}

// quoteBar is the width of the rule left of a quote, in pt.
const quoteBar = 1.6

// fit cuts frags to width, ending them with an ellipsis when cut.
func (d *doc) fit(fr []frag, width float64) []frag {
	total := 0.0
	for i := range fr {
		if fr[i].space {
			total += d.spaceWidth(fr[i-1].style)
		}
		total += fr[i].width
	}
	if total <= width+eps || len(fr) == 0 {
		return fr
	}
	st := fr[0].style
	ell := d.fonts.measure(st.face, st.size, ellipsis)
	out, w := fr[:0:0], 0.0
	for _, f := range fr {
		sp := 0.0
		if f.space {
			sp = d.spaceWidth(f.style)
		}
		if w+sp+f.width+ell <= width {
			out = append(out, f)
			w += sp + f.width
			continue
		}
		cut := ""
		for _, r := range f.text {
			rw := d.fonts.measure(f.face, f.size, string(r))
			if w+sp+rw+ell > width {
				break
			}
			cut += string(r)
			w += rw
		}
		if cut != "" {
			f.text, f.width = cut, d.fonts.measure(f.face, f.size, cut)
			out = append(out, f)
		}
		break
	}
	last := st
	if len(out) > 0 {
		last = out[len(out)-1].style
	}
	return append(out, frag{style: last, text: ellipsis, width: d.fonts.measure(last.face, last.size, ellipsis)})
}

// width is the natural width of frags on one line.
func (d *doc) width(fr []frag) float64 {
	w := 0.0
	for i := range fr {
		if fr[i].space && i > 0 {
			w += d.spaceWidth(fr[i-1].style)
		}
		w += fr[i].width
	}
	return w
}

// textAt draws frags on one line at baseline y, aligned in [x, x+width].
func (d *doc) textAt(fr []frag, x, y, width float64, align alignment) {
	if len(fr) > 0 {
		d.drawLine(fr, line{to: len(fr), natural: d.width(fr), last: true}, x, y, width, align)
	}
}
