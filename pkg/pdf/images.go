package pdf

import (
	"bytes"
	"encoding/gob"
	"path"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// prepareImages resolves and normalises every image of c at once, in a
// worker pool, before any page is drawn.
func (d *doc) prepareImages(c *news.Collection) {
	var srcs []string
	for i := range c.Articles {
		a := &c.Articles[i]
		if a.Image != nil {
			srcs = append(srcs, a.Image.Src)
		}
		for j := range a.Body {
			if b := &a.Body[j]; b.Kind == news.Figure && b.Image != nil {
				srcs = append(srcs, b.Image.Src)
			}
		}
	}
	if len(srcs) > 0 {
		d.pics = media.PrepareAll(d.ctx, d.opts.Resolver, srcs, d.opts.ImageLimits, d.opts.ImageWorkers)
	}
}

// figure draws an image scaled to the column with its caption and credit
// below; an image that cannot be had becomes its caption in a frame.
func (d *doc) figure(img *news.Image) {
	g := &d.g
	res := d.pics[img.Src]
	name := ""
	if res.Err == nil && res.Picture != nil {
		name = d.register(res.Picture)
	} else if d.opts.Resolver != nil || strings.HasPrefix(img.Src, "data:") {
		d.warn("image left out, its caption framed instead", "src", short(img.Src), "err", res.Err)
	}
	if name == "" {
		d.frame(img)
		return
	}
	pic := res.Picture
	w := min(d.col(), float64(pic.Width)*0.75) // laid out at 96 dpi
	h := w * float64(pic.Height) / float64(pic.Width)
	if maxH := (g.bottom - g.top) * 0.55; h > maxH {
		w, h = w*maxH/h, maxH
	}
	capStyle := style{face: headItalic, size: g.caption, color: grey}
	capFr := d.text(nil, caption(img, d.artLabels()), capStyle)
	capLead := g.caption * 1.4
	capFr, lines := d.breakLines(capFr, d.col())
	if !d.atTop() && d.y+h+4+float64(len(lines))*capLead > g.bottom {
		d.newPage()
	}
	d.image(name, imageOptions(pic), g.left+(d.col()-w)/2, d.y, w, h)
	d.y += h + 4
	d.flow(capFr, flowOpts{x: g.left, width: d.col(), leading: capLead, size: g.caption, align: alignCenter})
	d.y += g.leading * 0.6
}

// frame draws a missing image's caption in a box the width of the column.
func (d *doc) frame(img *news.Image) {
	g := &d.g
	const pad = 8.0
	st := style{face: headItalic, size: g.caption, color: grey}
	fr := d.text(nil, "["+d.artLabels().NoImage+"] "+caption(img, d.artLabels()), st)
	lead := g.caption * 1.4
	fr, lines := d.breakLines(fr, d.col()-2*pad)
	h := float64(len(lines))*lead + 2*pad
	if !d.atTop() && d.y+h > g.bottom {
		d.newPage()
	}
	d.box(paper, grey, g.left, d.y, d.col(), h)
	d.y += pad
	d.flow(fr, flowOpts{x: g.left + pad, width: d.col() - 2*pad, leading: lead, size: g.caption, align: alignCenter})
	d.y += pad + g.leading*0.6
}

// caption is what is printed under an image: its caption (or alt text, or
// file name) and its credit.
func caption(img *news.Image, l *news.Labels) string {
	s := firstNonEmpty(img.Caption, img.Alt)
	if s == "" && !strings.HasPrefix(img.Src, "data:") {
		s = l.Photo + " " + path.Base(img.Src)
	}
	switch {
	case img.Credit == "":
	case strings.Contains(img.Credit, ":"): // labelled already: "Ảnh: …", "Đồ họa: …"
		s += " (" + img.Credit + ")"
	default:
		s += " (" + l.Photo + ": " + img.Credit + ")"
	}
	return s
}

// register hands a picture to fpdf once, named by its hash, and returns the
// name, or "" when fpdf refuses it (its error is cleared so that the
// document goes on).
func (d *doc) register(pic *media.Picture) string {
	for _, info := range d.images {
		if info.name == pic.Hash {
			return pic.Hash
		}
	}
	info := d.pdf.RegisterImageOptionsReader(pic.Hash, imageOptions(pic), bytes.NewReader(pic.Data))
	if err := d.pdf.Error(); err != nil || info == nil {
		d.pdf.ClearError()
		d.warn("image cannot be embedded, its caption framed instead", "err", err)
		return ""
	}
	if err := orderImage(info, len(d.images)); err != nil {
		d.warn("image order not fixed: output may differ between runs", "err", err)
	}
	d.images = append(d.images, registered{pic.Hash, info})
	return pic.Hash
}

func imageOptions(pic *media.Picture) fpdf.ImageOptions {
	if pic.Format == "png" {
		return fpdf.ImageOptions{ImageType: "PNG"}
	}
	return fpdf.ImageOptions{ImageType: "JPG"}
}

// registered is an image handed to fpdf.
type registered struct {
	name string
	info *fpdf.ImageInfoType
}

// orderImage makes fpdf write images in registration order. fpdf sorts
// images by pixel width only, from a map, so images of equal width came out
// in a different order on every run. Adding seq millionths of a pixel to
// the width (written as an integer, so never seen) breaks the ties. The width
// is private; GobEncode and GobDecode, which fpdf provides for templates,
// are the way in. It must run before the image is placed: the image's
// resource name is a hash that includes the width.
func orderImage(info *fpdf.ImageInfoType, seq int) error {
	raw, err := info.GobEncode()
	if err != nil {
		return err
	}
	var (
		data, smask, pal []byte
		n, bpc           int
		w, h             float64
		cs, filter, dp   string
		trns             []int
		scale, dpi       float64
	)
	fields := []any{&data, &smask, &n, &w, &h, &cs, &pal, &bpc, &filter, &dp, &trns, &scale, &dpi}
	dec := gob.NewDecoder(bytes.NewReader(raw))
	for _, f := range fields {
		if err := dec.Decode(f); err != nil {
			return err
		}
	}
	w += float64(seq) * 1e-6
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for _, v := range []any{data, smask, n, w, h, cs, pal, bpc, filter, dp, trns, scale, dpi} {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return info.GobDecode(buf.Bytes())
}

// short keeps long sources (data: URLs) readable in warnings.
func short(s string) string {
	if len(s) > 80 {
		return s[:80] + ellipsis
	}
	return s
}
