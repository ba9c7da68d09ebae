package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// sample is what a Vietnamese article uses: every letter, ASCII, and the
// punctuation of news text.
var sample = []rune(Vietnamese + " !\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~«»–—‘’“”…€·•")

// TestSubsetDrawsTheSame compares every kept glyph of every embedded font
// with the original: the same outline (composites resolved), the same
// advance; runes left out are not in the subset.
func TestSubsetDrawsTheSame(t *testing.T) {
	fams := append([]*Family{Serif(), Sans()}, Fallbacks()...)
	composites := 0
	for _, fam := range fams {
		for _, st := range Styles {
			orig := fam.TTF(st)
			runes := append(slices.Clone(sample), '→', '≥', '✓', '★')
			sub, err := Subset(orig, runes)
			if err != nil {
				t.Fatalf("%s %s: %v", fam.Name, st.Suffix(), err)
			}
			t.Logf("%s %s: %d → %d bytes", fam.Name, st.Suffix(), len(orig), len(sub))
			if len(sub) > len(orig)/4 {
				t.Errorf("%s %s: subset of %d bytes from %d", fam.Name, st.Suffix(), len(sub), len(orig))
			}
			if checksum(sub) != 0xB1B0AFBA {
				t.Errorf("%s %s: the file checksum is %#x", fam.Name, st.Suffix(), checksum(sub))
			}
			if err := CheckVietnamese(sub); err != nil && fam.Name != "NotoSansMath" && fam.Name != "NotoSansSymbols2" {
				t.Errorf("%s %s: %v", fam.Name, st.Suffix(), err)
			}
			composites += sameGlyphs(t, fam.Name+" "+st.Suffix(), orig, sub, runes)
			if bytes.Equal(fam.Files[0], fam.Files[3]) {
				break // one file for all styles
			}
		}
	}
	t.Logf("%d composite glyphs compared", composites)
	if composites == 0 {
		t.Error("no composite glyph was compared")
	}
	sub, _ := Subset(Serif().TTF(Regular), []rune("abc"))
	f, err := sfnt.Parse(sub)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	for _, r := range "dĐ→" {
		if g, _ := f.GlyphIndex(&buf, r); g != 0 {
			t.Errorf("%q left out, and the subset maps it to glyph %d", r, g)
		}
	}
	if f.NumGlyphs() != 4 {
		t.Errorf("a subset of three letters has %d glyphs", f.NumGlyphs())
	}
}

// sameGlyphs compares the glyphs of runes in two fonts and returns how many
// of them are composite in the original.
func sameGlyphs(t *testing.T, name string, orig, sub []byte, runes []rune) int {
	t.Helper()
	a, err := sfnt.Parse(orig)
	if err != nil {
		t.Fatal(err)
	}
	b, err := sfnt.Parse(sub)
	if err != nil {
		t.Fatalf("%s: the subset does not parse: %v", name, err)
	}
	tabs, _ := parseTables(orig)
	var ba, bb sfnt.Buffer
	composites := 0
	ppem := fixed.I(1000)
	for _, r := range runes {
		ga, _ := a.GlyphIndex(&ba, r)
		if ga == 0 {
			continue
		}
		gb, err := b.GlyphIndex(&bb, r)
		if err != nil || gb == 0 {
			t.Errorf("%s: %q is lost", name, r)
			continue
		}
		if data, _ := tabs.glyph(uint16(ga)); len(data) >= 2 && int16(binary.BigEndian.Uint16(data)) < 0 {
			composites++
		}
		sa, errA := a.LoadGlyph(&ba, ga, ppem, nil)
		sa = slices.Clone(sa)
		sb, errB := b.LoadGlyph(&bb, gb, ppem, nil)
		if errA != nil || errB != nil || !slices.Equal(sa, sb) {
			t.Errorf("%s: %q is drawn differently (%v, %v)", name, r, errA, errB)
		}
		adA, _ := a.GlyphAdvance(&ba, ga, ppem, font.HintingNone)
		adB, _ := b.GlyphAdvance(&bb, gb, ppem, font.HintingNone)
		if adA != adB {
			t.Errorf("%s: %q advances %v, was %v", name, r, adB, adA)
		}
	}
	return composites
}

func TestSubsetDeterministic(t *testing.T) {
	runes := []rune("Hà Giang, ngày 28/7")
	one, _ := Subset(Sans().TTF(Bold), runes)
	slices.Reverse(runes)
	two, _ := Subset(Sans().TTF(Bold), append(runes, runes...))
	if !bytes.Equal(one, two) {
		t.Error("the same runes in another order give other bytes")
	}
}

// A broken font is an error, never a panic: every prefix of a small
// subset, and the subset with bytes overwritten through its tables.
func TestSubsetBadFonts(t *testing.T) {
	small, err := Subset(Serif().TTF(Regular), []rune("Ệệ ab"))
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(small); n += 7 {
		Subset(small[:n], []rune("Ệệ ab")) // must not panic
	}
	for at := 12; at < len(small); at += 5 {
		bad := slices.Clone(small)
		bad[at] ^= 0xFF
		Subset(bad, []rune("Ệệ ab"))
	}
	if _, err := Subset([]byte("OTTO not a truetype font at all"), nil); !errors.Is(err, ErrNotTrueType) {
		t.Errorf("a CFF font: %v", err)
	}
	if _, err := Subset(small[:40], nil); !errors.Is(err, ErrBadFont) {
		t.Errorf("a truncated font: %v", err)
	}
}

// FuzzSubset: a subset of a subset is a font too, and nothing panics. The
// seed is a font of 10 KB, which the fuzzer's minimizer takes minutes over:
// run it with -fuzzminimizetime 200x (2 million inputs in 40 s found
// nothing).
func FuzzSubset(f *testing.F) {
	small, _ := Subset(Serif().TTF(Regular), []rune("Ệệ ab"))
	f.Add(small, "Ệệ ab")
	f.Fuzz(func(t *testing.T, ttf []byte, text string) {
		out, err := Subset(ttf, []rune(text))
		if err == nil {
			if _, err := Subset(out, []rune(text)); err != nil {
				t.Errorf("a subset cannot be subset again: %v", err)
			}
		}
	})
}
