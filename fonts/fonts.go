// Package fonts embeds the Vietnamese-capable TrueType fonts newsarc renders
// with — Noto Serif for body text and Noto Sans for headings and captions,
// four styles each, under the SIL Open Font License (OFL.txt) — and loads a
// user's own family from a directory, checked for Vietnamese coverage.
package fonts

import (
	"embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/font/sfnt"
)

//go:embed *.ttf
var files embed.FS

// Style is one of the four styles of a family.
type Style int

// The styles, in the order of Family.Files.
const (
	Regular Style = iota
	Bold
	Italic
	BoldItalic
)

// Styles lists the four styles in order.
var Styles = [4]Style{Regular, Bold, Italic, BoldItalic}

// Suffix is the style's file-name suffix: "Regular", "Bold", "Italic",
// "BoldItalic".
func (s Style) Suffix() string {
	return [...]string{"Regular", "Bold", "Italic", "BoldItalic"}[s]
}

// StyleOf returns the style for bold and italic flags.
func StyleOf(bold, italic bool) Style {
	switch {
	case bold && italic:
		return BoldItalic
	case bold:
		return Bold
	case italic:
		return Italic
	}
	return Regular
}

// Family is a font family: TrueType bytes for each style.
type Family struct {
	Name  string
	Files [4][]byte
}

// TTF returns the bytes of one style.
func (f *Family) TTF(s Style) []byte { return f.Files[s] }

func embedded(name string) *Family {
	f := &Family{Name: name}
	for _, s := range Styles {
		b, err := files.ReadFile(name + "-" + s.Suffix() + ".ttf")
		if err != nil {
			panic("fonts: embedded file missing: " + err.Error()) // a build defect, not input
		}
		f.Files[s] = b
	}
	return f
}

// Serif returns the embedded body family, Noto Serif.
func Serif() *Family { return embedded("NotoSerif") }

// Sans returns the embedded heading and caption family, Noto Sans.
func Sans() *Family { return embedded("NotoSans") }

// Load reads the family named name from dir: NAME-Regular.ttf, NAME-Bold.ttf,
// NAME-Italic.ttf and NAME-BoldItalic.ttf. A missing style falls back to
// Regular (bold to Regular, bold italic to Italic or Bold); Regular is
// required. Every file must be TrueType (glyf outlines) and cover every
// Vietnamese letter; the error names the missing letters.
func Load(dir, name string) (*Family, error) {
	f := &Family{Name: name}
	for _, s := range Styles {
		path := filepath.Join(dir, name+"-"+s.Suffix()+".ttf")
		b, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) && s != Regular {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("fonts: %w", err)
		}
		if err := CheckVietnamese(b); err != nil {
			return nil, fmt.Errorf("fonts: %s: %w", path, err)
		}
		f.Files[s] = b
	}
	fallback := map[Style][]Style{Bold: {Regular}, Italic: {Regular}, BoldItalic: {Italic, Bold, Regular}}
	for _, s := range []Style{Bold, Italic, BoldItalic} {
		for _, alt := range fallback[s] {
			if f.Files[s] == nil {
				f.Files[s] = f.Files[alt]
			}
		}
	}
	return f, nil
}

// Vietnamese lists every letter of the Vietnamese alphabet, lower and upper
// case, with every tone: what a font must carry to print Vietnamese.
const Vietnamese = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ" +
	"AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ"

// ErrNotTrueType is returned for fonts fpdf cannot embed, such as CFF-based
// OpenType files.
var ErrNotTrueType = errors.New("not a TrueType (glyf) font")

// CheckVietnamese reports an error naming the Vietnamese letters the font
// lacks, or ErrNotTrueType.
func CheckVietnamese(ttf []byte) error {
	if len(ttf) < 4 || string(ttf[:4]) == "OTTO" {
		return ErrNotTrueType
	}
	cov, err := NewCoverage(ttf)
	if err != nil {
		return err
	}
	var missing []string
	for _, r := range Vietnamese {
		if !cov.Has(r) {
			missing = append(missing, string(r))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("font lacks %d Vietnamese letters: %s", len(missing), strings.Join(missing, " "))
	}
	return nil
}

// Coverage answers which runes a font has a glyph for. It is not safe for
// concurrent use.
type Coverage struct {
	font  *sfnt.Font
	buf   sfnt.Buffer
	cache map[rune]bool
}

// NewCoverage parses a TrueType font for coverage queries.
func NewCoverage(ttf []byte) (*Coverage, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotTrueType, err)
	}
	return &Coverage{font: f, cache: make(map[rune]bool)}, nil
}

// Has reports whether the font maps r to a glyph.
func (c *Coverage) Has(r rune) bool {
	if v, ok := c.cache[r]; ok {
		return v
	}
	g, err := c.font.GlyphIndex(&c.buf, r)
	ok := err == nil && g != 0
	c.cache[r] = ok
	return ok
}
