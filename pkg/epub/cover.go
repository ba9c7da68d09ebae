package epub

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/newsarc/newsarc/fonts"
)

// The cover's size (2:3, what e-reader stores ask for) and margin.
const (
	coverW, coverH = 1200, 1800
	coverMargin    = 100
)

// The cover's background and its three ink colours.
var (
	coverBackground = color.RGBA{0x0b, 0x3d, 0x5c, 0xff}
	coverInks       = [3]color.RGBA{
		{0xf2, 0xc1, 0x4e, 0xff}, // accent: publication, rules, count
		{0xff, 0xff, 0xff, 0xff}, // title
		{0xc9, 0xdc, 0xe8, 0xff}, // subtitle, period
	}
)

const accent, title, muted = 0, 1, 2

// cover draws a digest's cover as a PNG with the book's own bold font:
// the publication at the top, the title large in the middle, the period and
// the article count below it.
//
// Each ink is drawn as coverage into its own channel of a black scratch
// image (image/draw's fast path), then mapped onto a palette of background
// → ink blends: a paletted PNG needs no filtering and a quarter of the
// bytes, which makes it ten times cheaper to encode than an RGBA one.
func (b *book) cover() ([]byte, error) {
	f, err := opentype.Parse(b.o.Font.TTF(fonts.Bold))
	if err != nil {
		return nil, err
	}
	scratch := image.NewRGBA(image.Rect(0, 0, coverW, coverH))
	draw.Draw(scratch, scratch.Bounds(), image.Black, image.Point{}, draw.Src)
	band := func(y, h int) {
		draw.Draw(scratch, image.Rect(coverMargin, y, coverW-coverMargin, y+h), channel(accent), image.Point{}, draw.Src)
	}

	y := 180
	if p := b.publisher(); p != "" {
		y = drawText(scratch, f, 46, y, accent, strings.ToUpper(p), 3)
	}
	band(y+20, 6)

	y = drawText(scratch, f, 104, 620, title, b.title, 5)
	if b.c.Subtitle != "" {
		y = drawText(scratch, f, 48, y+30, muted, b.c.Subtitle, 3)
	}
	if b.c.Period != nil {
		drawText(scratch, f, 46, y+40, muted, b.c.Labels().Period(*b.c.Period), 2)
	}

	band(coverH-330, 6)
	drawText(scratch, f, 64, coverH-280, accent, b.count(), 1)

	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, paletted(scratch)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// channel is the scratch colour of an ink: full coverage in its channel.
func channel(ink int) image.Image {
	c := color.RGBA{A: 0xff}
	*[]*uint8{&c.R, &c.G, &c.B}[ink] = 0xff
	return image.NewUniform(c)
}

// levels is the number of blend steps per ink: 1 + 3×levels ≤ 256.
const levels = 85

// paletted maps the scratch image onto the cover's palette: index 0 is the
// background, then levels blends towards each ink.
func paletted(scratch *image.RGBA) *image.Paletted {
	pal := make(color.Palette, 0, 1+3*levels)
	pal = append(pal, coverBackground)
	mix := func(from, to uint8, k int) uint8 { return uint8(int(from) + (int(to)-int(from))*k/(levels-1)) }
	for _, ink := range coverInks {
		for k := range levels {
			pal = append(pal, color.RGBA{mix(coverBackground.R, ink.R, k), mix(coverBackground.G, ink.G, k), mix(coverBackground.B, ink.B, k), 0xff})
		}
	}
	out := image.NewPaletted(scratch.Bounds(), pal)
	for i, j := 0, 0; i < len(scratch.Pix); i, j = i+4, j+1 {
		r, g, bl := scratch.Pix[i], scratch.Pix[i+1], scratch.Pix[i+2]
		if r|g|bl == 0 {
			continue // background, index 0
		}
		ink, v := accent, r
		if g > v {
			ink, v = title, g
		}
		if bl > v {
			ink, v = muted, bl
		}
		out.Pix[j] = uint8(1 + ink*levels + int(v)*(levels-1)/255)
	}
	return out
}

// drawText draws s centred and wrapped to the cover's width from top,
// shrinking the size until it fits in maxLines, and returns the y below it.
func drawText(dst *image.RGBA, f *opentype.Font, size float64, top int, ink int, s string, maxLines int) int {
	width := fixed.I(coverW - 2*coverMargin)
	for {
		face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return top
		}
		d := font.Drawer{Dst: dst, Src: channel(ink), Face: face}
		lines := wrapWidth(&d, s, width)
		if len(lines) > 1 {
			// Balance the lines: the narrowest width that needs no more.
			lo, hi := fixed.I(0), width
			for hi-lo > fixed.I(8) {
				if mid := (lo + hi) / 2; len(wrapWidth(&d, s, mid)) <= len(lines) {
					hi = mid
				} else {
					lo = mid
				}
			}
			lines = wrapWidth(&d, s, hi)
		}
		if len(lines) > maxLines && size > 24 {
			face.Close()
			size *= 0.85
			continue
		}
		m := face.Metrics()
		step := m.Height.Ceil() * 6 / 5
		y := top + m.Ascent.Ceil()
		for _, l := range lines {
			d.Dot = fixed.Point26_6{X: (fixed.I(coverW) - d.MeasureString(l)) / 2, Y: fixed.I(y)}
			d.DrawString(l)
			y += step
		}
		face.Close()
		return y - step + m.Descent.Ceil()
	}
}

// wrapWidth breaks s into lines no wider than width at spaces; a word wider
// than width gets a line of its own.
func wrapWidth(d *font.Drawer, s string, width fixed.Int26_6) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		if cur != "" && d.MeasureString(cur+" "+word) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += word
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
