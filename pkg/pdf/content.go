package pdf

import (
	"bytes"
	"math"
	"strconv"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// Page content is mostly written here, not through fpdf's drawing calls.
//
// fpdf keeps every page of the document in memory until Output, each in a
// bytes.Buffer that doubles when it fills: a page written in a few hundred
// small pieces ends up in a buffer up to twice its size, which is most of the
// memory of a 5,000-article digest. So a page's text, rules and boxes are
// collected in d.out and handed to fpdf in one piece when the page is done,
// and fpdf writes only what must go through it: the first use of each glyph
// (so that it lands in the font subset) and images. Anything fpdf writes is
// preceded by a flush, which keeps the order of the content.

// flush hands the collected content of the current page to fpdf.
func (d *doc) flush() {
	d.endText()
	if len(d.out) > 0 {
		d.pdf.RawWriteStr(string(d.out))
		d.out = d.out[:0]
	}
}

// newPage finishes the current page and starts the next one, with the
// cursor at the top of its text block.
func (d *doc) newPage() {
	d.finishPage()
	d.pdf.AddPage() // restores fpdf's current font in the new page
	d.pages = append(d.pages, pageInfo{furniture: true, section: d.section})
	d.y = d.g.top
	d.streamFont = d.fpdfFont
	if !d.fpdfFont.set {
		d.useFpdfFont(bodyFace, d.g.body) // bookmarks need a UTF-8 font set
	}
}

// finishPage draws the running header and footer of the current page and
// writes its content.
func (d *doc) finishPage() {
	if n := len(d.pages); n > 0 && d.pages[n-1].furniture && !d.pages[n-1].finished {
		d.drawFurniture(n, d.pages[n-1])
		d.pages[n-1].finished = true
	}
	d.flush()
}

// gotoPage returns to an earlier page to draw on it (the contents). The
// content stream of that page ended in an unknown text state, so the font is
// set again.
func (d *doc) gotoPage(n int) {
	d.flush()
	d.pdf.SetPage(n)
	d.streamFont = fontState{}
}

// fontState is a font and size as set in a content stream or in fpdf.
type fontState struct {
	face face
	size float64
	set  bool
}

// useFont makes (f, size) the font of the content stream.
func (d *doc) useFont(f face, size float64) {
	want := fontState{f, size, true}
	if d.streamFont == want {
		return
	}
	if d.fonts.resource(f) == "" { // fpdf hid the name: let it set the font
		d.useFpdfFont(f, size)
		return
	}
	d.out = append(d.out, '/')
	d.out = append(d.out, d.fonts.resource(f)...)
	d.out = append(d.out, ' ')
	d.out = appendHundredths(d.out, int(math.Round(size*100)))
	d.out = append(d.out, " Tf\n"...)
	d.streamFont = want
}

// useFpdfFont makes (f, size) fpdf's current font, which it writes to the
// page too.
func (d *doc) useFpdfFont(f face, size float64) {
	want := fontState{f, size, true}
	if d.fpdfFont != want || d.streamFont != want {
		d.flush()
		d.fonts.use(f, size)
		d.fpdfFont = want
	}
	d.streamFont = want
}

// drawPiece draws text in one style at (x, baseline y), width wide, each
// space widened by extra pt: fpdf draws the first use of a rune, rawText
// everything else.
func (d *doc) drawPiece(st style, s []byte, x, y, width, extra float64) {
	if d.fonts.used(st.face, s) {
		d.useFont(st.face, st.size)
		d.rawText(st, s, x, y, extra)
	} else {
		d.flush() // what fpdf writes must come after what is collected
		d.useFpdfFont(st.face, st.size)
		d.pdf.SetTextColor(int(st.color.r), int(st.color.g), int(st.color.b))
		// CellFormat with no height puts the baseline 0.3 em below its top.
		d.pdf.SetXY(x, y-0.3*st.size)
		align := "L"
		if extra > eps && bytes.IndexByte(s, ' ') >= 0 {
			align = "J"
		}
		d.pdf.CellFormat(width, 0, string(s), "", 0, align, false, 0, "")
	}
	if st.link != "" {
		d.pdf.LinkString(x, y-0.8*st.size, width, 1.05*st.size, st.link)
	}
}

// rawText writes "dx dy Td [(word )-adj(word)] TJ" with the text as
// UTF-16BE, the encoding of fpdf's Identity-H fonts, inside one text object
// for consecutive texts. A negative adjustment after each space widens it
// by extra pt. Text is painted with the fill colour, which stays black
// between drawing operations.
func (d *doc) rawText(st style, s []byte, x, y, extra float64) {
	colored := st.color != black
	if colored {
		d.out = appendColor(d.out, st.color)
		d.out = append(d.out, " rg "...)
	}
	d.moveText(x, d.g.h-y)
	b := append(d.out, " ["...)
	b = append(b, '(')
	adj := strconv.AppendFloat(d.adj[:0], -extra*1000/st.size, 'f', 0, 64)
	d.adj = adj
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		s = s[size:]
		b = appendUTF16(b, r)
		if r == ' ' && extra > eps {
			b = append(b, ')')
			b = append(b, adj...)
			b = append(b, '(')
		}
	}
	b = append(b, ")] TJ"...)
	if colored {
		b = append(b, " 0 g"...)
	}
	d.out = append(b, '\n')
}

// moveText opens a text object if none is open and moves to (x, y) in PDF
// coordinates, relative to the last line: consecutive lines then repeat
// the same short "0 -14.91 Td", which compresses to almost nothing. The
// position is kept in hundredths of a point so that no rounding drifts.
func (d *doc) moveText(x, y float64) {
	if !d.inText {
		d.out = append(d.out, "BT "...)
		d.inText, d.tx, d.ty = true, 0, 0
	}
	x100, y100 := int(math.Round(x*100)), int(math.Round(y*100))
	d.out = appendHundredths(d.out, x100-d.tx)
	d.out = append(d.out, ' ')
	d.out = appendHundredths(d.out, y100-d.ty)
	d.out = append(d.out, " Td"...)
	d.tx, d.ty = x100, y100
}

// endText closes the open text object, before anything but text.
func (d *doc) endText() {
	if d.inText {
		d.out = append(d.out, "ET\n"...)
		d.inText = false
	}
}

// appendHundredths appends v/100 with no trailing zeros: 6400 → "64",
// -1490 → "-14.9".
func appendHundredths(b []byte, v int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, int64(v/100), 10)
	if frac := v % 100; frac != 0 {
		b = append(b, '.', byte('0'+frac/10))
		if frac%10 != 0 {
			b = append(b, byte('0'+frac%10))
		}
	}
	return b
}

// rule draws a line.
func (d *doc) rule(c rgb, width, x1, y1, x2, y2 float64) {
	d.endText()
	b := append(d.out, "q "...)
	b = appendColor(b, c)
	b = append(b, " RG "...)
	b = appendNum(b, width)
	b = append(b, " w "...)
	b = appendPoint(b, x1, d.g.h-y1)
	b = append(b, " m "...)
	b = appendPoint(b, x2, d.g.h-y2)
	d.out = append(b, " l S Q\n"...)
}

// box draws a filled rectangle with a border.
func (d *doc) box(fill, stroke rgb, x, y, w, h float64) {
	d.endText()
	b := append(d.out, "q "...)
	b = appendColor(b, fill)
	b = append(b, " rg "...)
	b = appendColor(b, stroke)
	b = append(b, " RG 0.5 w "...)
	b = appendPoint(b, x, d.g.h-y-h)
	b = append(b, ' ')
	b = appendPoint(b, w, h)
	d.out = append(b, " re B Q\n"...)
}

// image places a registered image.
func (d *doc) image(name string, opts fpdf.ImageOptions, x, y, w, h float64) {
	d.flush()
	d.pdf.ImageOptions(name, x, y, w, h, false, opts, 0, "")
}

func appendNum(b []byte, v float64) []byte { return strconv.AppendFloat(b, v, 'f', 2, 64) }

func appendPoint(b []byte, x, y float64) []byte {
	b = appendNum(b, x)
	b = append(b, ' ')
	return appendNum(b, y)
}

// appendUTF16 appends r as two big-endian bytes, escaped for a PDF literal
// string. Runes beyond the BMP never get here (see fontSet.runs).
func appendUTF16(b []byte, r rune) []byte {
	for _, c := range [2]byte{byte(r >> 8), byte(r)} {
		switch c {
		case '(', ')', '\\':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	return b
}

func appendColor(b []byte, c rgb) []byte {
	for i, v := range [3]uint8{c.r, c.g, c.b} {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendFloat(b, float64(v)/255, 'f', 3, 64)
	}
	return b
}
