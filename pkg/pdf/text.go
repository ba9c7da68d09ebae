package pdf

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// face is one font file in one style: the body family's four styles, the
// heading family's four, then the fallbacks.
type face uint8

const (
	bodyFace face = 0 // + fonts.Style
	headFace face = 4 // + fonts.Style
	fallFace face = 8 // + index into fonts.Fallbacks()

	bodyBold       = bodyFace + face(fonts.Bold)
	bodyItalic     = bodyFace + face(fonts.Italic)
	bodyBoldItalic = bodyFace + face(fonts.BoldItalic)
	headBold       = headFace + face(fonts.Bold)
	headItalic     = headFace + face(fonts.Italic)
)

func (f face) styled(bold, italic bool) face {
	if f >= fallFace {
		return f
	}
	return f - f%4 + face(fonts.StyleOf(bold, italic))
}

// faceInfo holds what the layout needs of one font: coverage and advance
// widths read from the font itself, in the 1/1000 em units fpdf writes into
// the PDF, so that justified lines end exactly at the margin.
type faceInfo struct {
	family, style string // fpdf's names
	ttf           []byte
	registered    bool
	font          *sfnt.Font
	buf           sfnt.Buffer
	upem          int
	parsed        bool
	widths        runeTable[uint16] // 0 unknown, 1 missing, else width+2
	drawn         runeTable[bool]   // fpdf has drawn it, so it is in the subset
	resource      string            // fpdf's resource name, "F" and a hash
}

// fontSet registers fonts with fpdf lazily, so that only used styles are
// embedded, and measures text without fpdf (whose measuring needs SetFont,
// which writes to the page).
type fontSet struct {
	pdf   *fpdf.Fpdf
	faces []faceInfo
}

func newFontSet(p *fpdf.Fpdf, body, head *fonts.Family) *fontSet {
	fs := &fontSet{pdf: p}
	add := func(fam *fonts.Family, name string) {
		for _, st := range fonts.Styles {
			fs.faces = append(fs.faces, faceInfo{family: name, style: [...]string{"", "B", "I", "BI"}[st], ttf: fam.TTF(st)})
		}
	}
	add(body, "body-"+body.Name)
	add(head, "head-"+head.Name)
	for _, fam := range fonts.Fallbacks() {
		fs.faces = append(fs.faces, faceInfo{family: fam.Name, ttf: fam.TTF(fonts.Regular)})
	}
	return fs
}

// replacementRune is drawn for runes no font has, or "?" where the face
// lacks it too: visible either way, never an empty box.
const replacementRune = '\uFFFD'

func (fs *fontSet) replacement(f face) string {
	if fs.has(f, replacementRune) {
		return string(replacementRune)
	}
	return "?"
}

// register hands the face to fpdf the first time it is needed, so that only
// used styles are embedded.
func (fs *fontSet) register(f face) *faceInfo {
	fi := &fs.faces[f]
	if !fi.registered {
		fs.pdf.AddUTF8FontFromBytes(fi.family, fi.style, fi.ttf)
		fi.registered = true
	}
	return fi
}

// use makes the face current in fpdf at size (pt).
func (fs *fontSet) use(f face, size float64) {
	fi := fs.register(f)
	fs.pdf.SetFont(fi.family, fi.style, size)
}

// resource returns the name fpdf gave the face in the page resources, for
// setting it in content written directly. fpdf does not export it; a
// template, which shares the document's fonts and whose content is public,
// shows it: "BT /F<hash> 1.00 Tf ET".
func (fs *fontSet) resource(f face) string {
	fi := fs.register(f)
	if fi.resource == "" {
		tpl := fs.pdf.CreateTemplate(func(t *fpdf.Tpl) { t.SetFont(fi.family, fi.style, 1) })
		content := string(tpl.Bytes())
		if i := strings.LastIndex(content, "/F"); i >= 0 {
			fi.resource = strings.Fields(content[i+1:])[0]
		}
	}
	return fi.resource
}

// width returns the advance of r in 1/1000 em, and whether the face has r.
func (fs *fontSet) width(f face, r rune) (int, bool) {
	fi := &fs.faces[f]
	if r > 0xFFFF {
		return 0, false // fpdf cannot write runes beyond the BMP
	}
	if !fi.parsed {
		fi.parsed = true
		fi.font, _ = sfnt.Parse(fi.ttf) // checked by fonts.Load or embedded
		if fi.font != nil {
			fi.upem = int(fi.font.UnitsPerEm())
		}
	}
	cached := fi.widths.at(r)
	if v := *cached; v != 0 {
		return int(v) - 2, v != 1
	}
	v := uint16(1)
	if fi.font != nil {
		if g, err := fi.font.GlyphIndex(&fi.buf, r); err == nil && g != 0 {
			adv, err := fi.font.GlyphAdvance(&fi.buf, g, fixed.Int26_6(fi.upem<<6), font.HintingNone)
			if err == nil {
				// fpdf rounds each width the same way when it reads the font.
				v = uint16(math.Round(1000*float64(adv)/64/float64(fi.upem))) + 2
			}
		}
	}
	*cached = v
	return int(v) - 2, v != 1
}

// runeTable maps BMP runes to values in blocks of 256 allocated as used: a
// document touches a handful of the 256 blocks.
type runeTable[T any] [256]*[256]T

func (t *runeTable[T]) at(r rune) *T {
	b := t[r>>8&0xFF]
	if b == nil {
		b = new([256]T)
		t[r>>8&0xFF] = b
	}
	return &b[r&0xFF]
}

// wordWidth is the width of s in 1/1000 em when face f has every rune of
// it, in one pass that looks each rune up once: this is the inner loop of
// laying out a digest.
func (fs *fontSet) wordWidth(f face, s string) (int, bool) {
	fi := &fs.faces[f]
	units := 0
	for _, r := range s {
		var v uint16
		if b := fi.widths[r>>8&0xFF]; b != nil && r <= 0xFFFF {
			v = b[r&0xFF]
		}
		if v == 0 { // not looked up yet
			w, ok := fs.width(f, r)
			if !ok {
				return 0, false
			}
			units += w
			continue
		}
		if v == 1 {
			return 0, false
		}
		units += int(v) - 2
	}
	return units, true
}

// used reports whether fpdf has drawn every rune of s in face f, and marks
// them drawn: the caller draws them with fpdf when they are not.
func (fs *fontSet) used(f face, s []byte) bool {
	fi := &fs.faces[f]
	all := true
	for _, r := range string(s) { // no copy: the compiler ranges over the bytes
		if d := fi.drawn.at(r); !*d {
			*d, all = true, false
		}
	}
	return all
}

func (fs *fontSet) has(f face, r rune) bool {
	_, ok := fs.width(f, r)
	return ok
}

// measure returns the width of s in face f at size, in pt. s must have been
// through runs, so that every rune is in the face.
func (fs *fontSet) measure(f face, size float64, s string) float64 {
	units := 0
	for _, r := range s {
		w, _ := fs.width(f, r)
		units += w
	}
	return float64(units) * size / 1000
}

// run is text that one face draws.
type run struct {
	face face
	text string
}

// runs splits clean text into runs by the face that has each rune: the
// wanted face, else a fallback font, else the replacement, reporting the
// runes it replaced to missing.
func (fs *fontSet) runs(dst []run, want face, s string, missing func(rune)) []run {
	start, cur := 0, want
	for i, r := range s {
		f := want
		if !fs.has(want, r) {
			f = 255
			for k := fallFace; int(k) < len(fs.faces); k++ {
				if fs.has(k, r) {
					f = k
					break
				}
			}
		}
		if f == cur && f != 255 {
			continue
		}
		if i > start {
			dst = append(dst, run{cur, s[start:i]})
		}
		start, cur = i, f
		if f == 255 {
			missing(r)
			dst = append(dst, run{want, fs.replacement(want)})
			start, cur = i+utf8.RuneLen(r), want
		}
	}
	if len(s) > start {
		dst = append(dst, run{cur, s[start:]})
	}
	return dst
}

// clean makes a string safe to draw: NFC without invisible characters (see
// vntext.Clean), every kind of space, tab and line break as a plain space,
// and other control characters dropped. Clean text is returned as is.
func clean(s string) string {
	s = vntext.Clean(s)
	if isDrawable(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u00A0' || r == '\u202F':
			return r // no-break spaces stay unbreakable
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
}

// isDrawable is clean's fast path: printable ASCII and non-ASCII letters.
func isDrawable(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7F {
			return false
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// plain makes a string safe for PDF metadata and bookmarks, which fpdf
// writes as UTF-16 without surrogates: clean, folded, runes beyond the BMP
// replaced, and cut to max runes.
func plain(s string, max int) string {
	s = strings.Join(strings.Fields(clean(s)), " ")
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == max {
			b.WriteString(ellipsis)
			break
		}
		if r > 0xFFFF {
			r = replacementRune
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
