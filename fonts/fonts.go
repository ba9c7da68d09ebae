// Package fonts embeds the Vietnamese-capable TrueType fonts newsarc renders
// with — Noto Serif for body text and Noto Sans for headings and captions,
// four styles each, plus Noto Sans Math and Noto Sans Symbols 2 as fallbacks
// for arrows, operators and dingbats, all under the SIL Open Font License
// (OFL.txt) — and loads a user's own family from a directory, checked for
// Vietnamese coverage.
package fonts

import (
	_ "embed" // the font files
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/image/font/sfnt"

	"github.com/newsarc/newsarc/internal/safefile"
)

// The embedded files, as strings: read-only data of the binary that costs
// no memory until a document uses a style.
var (
	//go:embed NotoSerif-Regular.ttf
	serifRegular string
	//go:embed NotoSerif-Bold.ttf
	serifBold string
	//go:embed NotoSerif-Italic.ttf
	serifItalic string
	//go:embed NotoSerif-BoldItalic.ttf
	serifBoldItalic string
	//go:embed NotoSans-Regular.ttf
	sansRegular string
	//go:embed NotoSans-Bold.ttf
	sansBold string
	//go:embed NotoSans-Italic.ttf
	sansItalic string
	//go:embed NotoSans-BoldItalic.ttf
	sansBoldItalic string
	//go:embed NotoSansMath-Regular.ttf
	mathRegular string
	//go:embed NotoSansSymbols2-Regular.ttf
	symbols2Regular string
)

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

// embedded makes a family of embedded files, once, without copying them: a
// []byte view of a string constant. Writing to it would fault, which is why
// the families are documented as shared and read-only. A family of one file
// uses it for all four styles.
func embedded(name string, styles ...string) func() *Family {
	return sync.OnceValue(func() *Family {
		f := &Family{Name: name}
		for i := range f.Files {
			s := styles[min(i, len(styles)-1)]
			f.Files[i] = unsafe.Slice(unsafe.StringData(s), len(s))
		}
		return f
	})
}

var (
	serif    = embedded("NotoSerif", serifRegular, serifBold, serifItalic, serifBoldItalic)
	sans     = embedded("NotoSans", sansRegular, sansBold, sansItalic, sansBoldItalic)
	math     = embedded("NotoSansMath", mathRegular)
	symbols2 = embedded("NotoSansSymbols2", symbols2Regular)
)

// Serif returns the embedded body family, Noto Serif. The family and its
// bytes are shared and read-only: do not modify them.
func Serif() *Family { return serif() }

// Sans returns the embedded heading and caption family, Noto Sans. The
// family and its bytes are shared and read-only: do not modify them.
func Sans() *Family { return sans() }

// Fallbacks returns the embedded families to try, in order, for a rune the
// text families lack: Noto Sans Math (arrows, ≥, ≠, √) and Noto Sans
// Symbols 2 (■, ●, ★, ✓, ♥). They have one style, used for all four. Emoji
// and CJK are in neither: writers replace those visibly.
func Fallbacks() []*Family { return []*Family{math(), symbols2()} }

// MaxFileBytes is the largest font file Load reads: the largest TrueType
// families with Vietnamese are a few megabytes.
const MaxFileBytes = 32 << 20

// ErrTooLarge is returned for a font file over MaxFileBytes.
var ErrTooLarge = errors.New("font file too large")

// Load reads the family named name from dir: NAME-Regular.ttf (or
// NAME.ttf, as DejaVu names it), NAME-Bold.ttf, NAME-Italic.ttf and
// NAME-BoldItalic.ttf. A missing style falls back to Regular (bold to
// Regular, bold italic to Italic or Bold); Regular is required. Every file
// must be a regular file of at most MaxFileBytes, TrueType (glyf outlines)
// and cover every Vietnamese letter; the error names the file and, for
// coverage, the missing letters.
func Load(dir, name string) (*Family, error) {
	f := &Family{Name: name}
	read := func(path string) ([]byte, error) { return safefile.ReadFile(path, MaxFileBytes, ErrTooLarge) }
	for _, s := range Styles {
		path := filepath.Join(dir, name+"-"+s.Suffix()+".ttf")
		b, err := read(path)
		if errors.Is(err, os.ErrNotExist) && s == Regular {
			if alt, aerr := read(filepath.Join(dir, name+".ttf")); !errors.Is(aerr, os.ErrNotExist) {
				path, b, err = filepath.Join(dir, name+".ttf"), alt, aerr
			}
		}
		if errors.Is(err, os.ErrNotExist) && s != Regular {
			continue
		}
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is named below
			}
			return nil, fmt.Errorf("fonts: %s: %w", path, err)
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
	// fpdf reads only plain TrueType: version 1.0 or 'true', not CFF
	// ("OTTO") nor a collection ("ttcf").
	if len(ttf) < 12 || (string(ttf[:4]) != "\x00\x01\x00\x00" && string(ttf[:4]) != "true") {
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
	font *sfnt.Font
	buf  sfnt.Buffer
	// Answers given, as bits: known and has for the BMP, where a digest's
	// millions of runes are; a map beyond it.
	known, has [0x10000 / 64]uint64
	cache      map[rune]bool
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
	if 0 <= r && r < 0x10000 {
		word, bit := r/64, uint64(1)<<(r%64)
		if c.known[word]&bit == 0 {
			c.known[word] |= bit
			if c.lookup(r) {
				c.has[word] |= bit
			}
		}
		return c.has[word]&bit != 0
	}
	v, ok := c.cache[r]
	if !ok {
		v = c.lookup(r)
		c.cache[r] = v
	}
	return v
}

func (c *Coverage) lookup(r rune) bool {
	g, err := c.font.GlyphIndex(&c.buf, r)
	return err == nil && g != 0
}
