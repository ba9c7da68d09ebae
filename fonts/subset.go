package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/image/font/sfnt"
)

// ErrBadFont is returned by Subset for a font whose tables are missing,
// truncated or inconsistent.
var ErrBadFont = errors.New("malformed TrueType font")

// Subset returns a TrueType font that draws runes exactly as ttf does and
// has nothing else: the glyphs that runes map to, the glyphs composite
// glyphs are built of, renumbered, with their metrics and a character map
// of runes alone. A book of one article embeds 50 KB of a family's four
// styles instead of 2.4 MB.
//
// Kept as they are: the hinting programs and the naming, OS/2 and
// grid-fitting tables. Left out: everything that refers to glyphs by
// number and is not rebuilt — glyph substitution and positioning (GSUB,
// GPOS, GDEF: ligatures and kerning), kern, device metrics (hdmx, LTSH,
// VDMX), vertical metrics and signatures — and the glyph names (post
// becomes version 3). Runes the font lacks are ignored. The input is not
// modified; a malformed font gives an error wrapping ErrBadFont or
// ErrNotTrueType, never a panic.
func Subset(ttf []byte, runes []rune) ([]byte, error) {
	f, err := parseTables(ttf)
	if err != nil {
		return nil, err
	}
	font, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotTrueType, err)
	}
	var buf sfnt.Buffer
	cmap := make(map[rune]uint16, len(runes)) // rune → old glyph
	keep := []uint16{0}                       // .notdef first
	for _, r := range runes {
		if _, done := cmap[r]; done {
			continue
		}
		g, err := font.GlyphIndex(&buf, r)
		if err != nil || g == 0 || int(g) >= f.numGlyphs {
			continue
		}
		cmap[r] = uint16(g)
		keep = append(keep, uint16(g))
	}
	keep, err = f.closure(keep)
	if err != nil {
		return nil, err
	}
	newID := make(map[uint16]uint16, len(keep))
	for i, g := range keep {
		newID[g] = uint16(i)
	}
	glyf, loca, err := f.glyphs(keep, newID)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{
		"glyf": glyf,
		"loca": loca,
		"hmtx": f.metrics(keep),
		"cmap": charMap(cmap, newID),
	}
	for _, tag := range []string{"cvt ", "fpgm", "prep", "gasp", "name"} {
		if t, ok := f.tables[tag]; ok {
			out[tag] = t
		}
	}
	head := slices.Clone(f.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set last
	binary.BigEndian.PutUint16(head[50:], 1)
	out["head"] = head
	hhea := slices.Clone(f.tables["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(keep)))
	out["hhea"] = hhea
	maxp := slices.Clone(f.tables["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(keep)))
	out["maxp"] = maxp
	if post, ok := f.tables["post"]; ok && len(post) >= 32 {
		post = slices.Clone(post[:32])
		binary.BigEndian.PutUint32(post, 0x00030000)
		out["post"] = post
	}
	if os2, ok := f.tables["OS/2"]; ok {
		os2 = slices.Clone(os2)
		if len(os2) >= 68 && len(cmap) > 0 {
			lo, hi := rune(0xFFFF), rune(0)
			for r := range cmap {
				lo, hi = min(lo, r), max(hi, r)
			}
			binary.BigEndian.PutUint16(os2[64:], uint16(min(lo, 0xFFFF)))
			binary.BigEndian.PutUint16(os2[66:], uint16(min(hi, 0xFFFF)))
		}
		out["OS/2"] = os2
	}
	return writeFont(out), nil
}

// tables is a parsed TrueType font: its tables by tag and what the
// subsetter reads of them.
type tables struct {
	tables      map[string][]byte
	numGlyphs   int
	longLoca    bool
	numHMetrics int
}

func parseTables(ttf []byte) (*tables, error) {
	if len(ttf) < 12 || (string(ttf[:4]) != "\x00\x01\x00\x00" && string(ttf[:4]) != "true") {
		return nil, ErrNotTrueType
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if 12+16*n > len(ttf) {
		return nil, fmt.Errorf("%w: table directory truncated", ErrBadFont)
	}
	f := &tables{tables: make(map[string][]byte, n)}
	for i := range n {
		rec := ttf[12+16*i:]
		off, size := uint64(binary.BigEndian.Uint32(rec[8:])), uint64(binary.BigEndian.Uint32(rec[12:]))
		if off+size > uint64(len(ttf)) {
			return nil, fmt.Errorf("%w: table %q runs past the end", ErrBadFont, rec[:4])
		}
		f.tables[string(rec[:4])] = ttf[off : off+size]
	}
	for tag, least := range map[string]int{"head": 54, "hhea": 36, "maxp": 6, "hmtx": 0, "loca": 0, "glyf": 0, "cmap": 4} {
		if len(f.tables[tag]) < least || f.tables[tag] == nil {
			return nil, fmt.Errorf("%w: no usable %s table", ErrBadFont, tag)
		}
	}
	f.numGlyphs = int(binary.BigEndian.Uint16(f.tables["maxp"][4:]))
	f.longLoca = binary.BigEndian.Uint16(f.tables["head"][50:]) == 1
	f.numHMetrics = int(binary.BigEndian.Uint16(f.tables["hhea"][34:]))
	locaLen := 2 * (f.numGlyphs + 1)
	if f.longLoca {
		locaLen *= 2
	}
	switch {
	case f.numGlyphs == 0:
		return nil, fmt.Errorf("%w: no glyphs", ErrBadFont)
	case len(f.tables["loca"]) < locaLen:
		return nil, fmt.Errorf("%w: loca table too short", ErrBadFont)
	case f.numHMetrics == 0 || f.numHMetrics > f.numGlyphs ||
		len(f.tables["hmtx"]) < 4*f.numHMetrics+2*(f.numGlyphs-f.numHMetrics):
		return nil, fmt.Errorf("%w: hmtx table too short", ErrBadFont)
	}
	return f, nil
}

// glyph returns the outline data of glyph g: empty for a glyph with no
// contours (a space).
func (f *tables) glyph(g uint16) ([]byte, error) {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	var start, end uint64
	if f.longLoca {
		start, end = uint64(binary.BigEndian.Uint32(loca[4*int(g):])), uint64(binary.BigEndian.Uint32(loca[4*int(g)+4:]))
	} else {
		start, end = 2*uint64(binary.BigEndian.Uint16(loca[2*int(g):])), 2*uint64(binary.BigEndian.Uint16(loca[2*int(g)+2:]))
	}
	if start > end || end > uint64(len(glyf)) || (end > start && end-start < 10) {
		return nil, fmt.Errorf("%w: glyph %d out of the glyf table", ErrBadFont, g)
	}
	return glyf[start:end], nil
}

// Composite glyph flags.
const (
	argsAreWords    = 0x0001
	haveScale       = 0x0008
	moreComponents  = 0x0020
	haveXYScale     = 0x0040
	haveTwoByTwo    = 0x0080
	compositeHeader = 10 // numberOfContours and the bounding box
)

// components calls fn with the offset of each component's glyph index in
// a composite glyph's data; a simple glyph has none.
func components(data []byte, fn func(at int) error) error {
	if len(data) < compositeHeader || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil
	}
	for at := compositeHeader; ; {
		if at+4 > len(data) {
			return fmt.Errorf("%w: composite glyph truncated", ErrBadFont)
		}
		flags := binary.BigEndian.Uint16(data[at:])
		if err := fn(at + 2); err != nil {
			return err
		}
		at += 4 + 2
		if flags&argsAreWords != 0 {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if flags&moreComponents == 0 {
			if at > len(data) {
				return fmt.Errorf("%w: composite glyph truncated", ErrBadFont)
			}
			return nil
		}
	}
}

// closure adds the components of composite glyphs to keep and returns it
// sorted, without duplicates.
func (f *tables) closure(keep []uint16) ([]uint16, error) {
	seen := make(map[uint16]bool, len(keep))
	for i := 0; i < len(keep); i++ {
		g := keep[i]
		if seen[g] {
			continue
		}
		seen[g] = true
		data, err := f.glyph(g)
		if err != nil {
			return nil, err
		}
		err = components(data, func(at int) error {
			c := binary.BigEndian.Uint16(data[at:])
			if int(c) >= f.numGlyphs {
				return fmt.Errorf("%w: glyph %d is built of glyph %d, past the last", ErrBadFont, g, c)
			}
			keep = append(keep, c)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	out := make([]uint16, 0, len(seen))
	for g := range seen {
		out = append(out, g)
	}
	slices.Sort(out)
	return out, nil
}

// glyphs builds the glyf and (long) loca tables of the kept glyphs, with
// the components of composites renumbered.
func (f *tables) glyphs(keep []uint16, newID map[uint16]uint16) (glyf, loca []byte, err error) {
	loca = make([]byte, 0, 4*(len(keep)+1))
	for _, g := range keep {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		data, err := f.glyph(g)
		if err != nil {
			return nil, nil, err
		}
		start := len(glyf)
		glyf = append(glyf, data...)
		out := glyf[start:]
		components(data, func(at int) error {
			binary.BigEndian.PutUint16(out[at:], newID[binary.BigEndian.Uint16(data[at:])])
			return nil
		})
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	return glyf, loca, nil
}

// metrics builds the hmtx table of the kept glyphs, a full metric each.
func (f *tables) metrics(keep []uint16) []byte {
	hmtx := f.tables["hmtx"]
	out := make([]byte, 0, 4*len(keep))
	last := 4 * (f.numHMetrics - 1)
	for _, g := range keep {
		i := int(g)
		if i < f.numHMetrics {
			out = append(out, hmtx[4*i:4*i+4]...)
			continue
		}
		// Past the long metrics, glyphs share the last advance and have
		// their own left side bearing.
		lsb := 4*f.numHMetrics + 2*(i-f.numHMetrics)
		out = append(out, hmtx[last:last+2]...)
		out = append(out, hmtx[lsb:lsb+2]...)
	}
	return out
}

// charMap builds a cmap of the runes: format 4 for the BMP, and format 12
// as well when a rune is beyond it, under the Unicode and Windows
// platforms.
func charMap(cmap map[rune]uint16, newID map[uint16]uint16) []byte {
	runes := make([]rune, 0, len(cmap))
	for r := range cmap {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	// Runs of consecutive runes on consecutive glyphs.
	type run struct {
		first, last rune
		glyph       uint16 // of first
	}
	var bmp, all []run
	for _, r := range runes {
		g := newID[cmap[r]]
		if n := len(all); n > 0 && all[n-1].last == r-1 && uint16(r-all[n-1].first)+all[n-1].glyph == g {
			all[n-1].last = r
		} else {
			all = append(all, run{r, r, g})
		}
	}
	for _, s := range all {
		if s.first < 0xFFFF {
			s.last = min(s.last, 0xFFFE) // 0xFFFF ends the table
			bmp = append(bmp, s)
		}
	}
	bmp = append(bmp, run{0xFFFF, 0xFFFF, 0})

	segs := len(bmp)
	f4 := make([]byte, 0, 16+8*segs)
	f4 = binary.BigEndian.AppendUint16(f4, 4)
	f4 = binary.BigEndian.AppendUint16(f4, uint16(16+8*segs))
	f4 = binary.BigEndian.AppendUint16(f4, 0) // language
	f4 = binary.BigEndian.AppendUint16(f4, uint16(2*segs))
	pow := 1
	for pow*2 <= segs {
		pow *= 2
	}
	f4 = binary.BigEndian.AppendUint16(f4, uint16(2*pow))
	f4 = binary.BigEndian.AppendUint16(f4, uint16(bitLen(pow)))
	f4 = binary.BigEndian.AppendUint16(f4, uint16(2*segs-2*pow))
	for _, s := range bmp {
		f4 = binary.BigEndian.AppendUint16(f4, uint16(s.last))
	}
	f4 = binary.BigEndian.AppendUint16(f4, 0) // reservedPad
	for _, s := range bmp {
		f4 = binary.BigEndian.AppendUint16(f4, uint16(s.first))
	}
	for _, s := range bmp {
		delta := uint16(1) // 0xFFFF + 1 = glyph 0
		if s.first != 0xFFFF {
			delta = s.glyph - uint16(s.first)
		}
		f4 = binary.BigEndian.AppendUint16(f4, delta)
	}
	for range bmp {
		f4 = binary.BigEndian.AppendUint16(f4, 0) // idRangeOffset
	}

	// Encoding records: platform, encoding and which subtable.
	records := [][3]uint16{{0, 3, 0}, {3, 1, 0}}
	subs := [][]byte{f4}
	if len(runes) > 0 && runes[len(runes)-1] > 0xFFFF {
		f12 := binary.BigEndian.AppendUint16(nil, 12)
		f12 = binary.BigEndian.AppendUint16(f12, 0)
		f12 = binary.BigEndian.AppendUint32(f12, uint32(16+12*len(all)))
		f12 = binary.BigEndian.AppendUint32(f12, 0) // language
		f12 = binary.BigEndian.AppendUint32(f12, uint32(len(all)))
		for _, s := range all {
			f12 = binary.BigEndian.AppendUint32(f12, uint32(s.first))
			f12 = binary.BigEndian.AppendUint32(f12, uint32(s.last))
			f12 = binary.BigEndian.AppendUint32(f12, uint32(s.glyph))
		}
		records = [][3]uint16{{0, 3, 0}, {0, 4, 1}, {3, 1, 0}, {3, 10, 1}}
		subs = append(subs, f12)
	}
	out := binary.BigEndian.AppendUint16(nil, 0)
	out = binary.BigEndian.AppendUint16(out, uint16(len(records)))
	offsets := []uint32{uint32(4 + 8*len(records))}
	for _, sub := range subs {
		offsets = append(offsets, offsets[len(offsets)-1]+uint32(len(sub)))
	}
	for _, r := range records {
		out = binary.BigEndian.AppendUint16(out, r[0])
		out = binary.BigEndian.AppendUint16(out, r[1])
		out = binary.BigEndian.AppendUint32(out, offsets[r[2]])
	}
	for _, sub := range subs {
		out = append(out, sub...)
	}
	return out
}

func bitLen(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

// writeFont lays the tables out as a TrueType file: the directory sorted
// by tag, each table 4-byte aligned, checksums and the head table's
// checkSumAdjustment set.
func writeFont(tabs map[string][]byte) []byte {
	tags := make([]string, 0, len(tabs))
	for t := range tabs {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	n := len(tags)
	pow := 1
	for pow*2 <= n {
		pow *= 2
	}
	out := binary.BigEndian.AppendUint32(nil, 0x00010000)
	out = binary.BigEndian.AppendUint16(out, uint16(n))
	out = binary.BigEndian.AppendUint16(out, uint16(16*pow))
	out = binary.BigEndian.AppendUint16(out, uint16(bitLen(pow)))
	out = binary.BigEndian.AppendUint16(out, uint16(16*n-16*pow))
	off := 12 + 16*n
	for _, t := range tags {
		data := tabs[t]
		out = append(out, t...)
		out = binary.BigEndian.AppendUint32(out, checksum(data))
		out = binary.BigEndian.AppendUint32(out, uint32(off))
		out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
		off += (len(data) + 3) &^ 3
	}
	headAt := 0
	for _, t := range tags {
		if t == "head" {
			headAt = len(out)
		}
		out = append(out, tabs[t]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// checksum is the TrueType table checksum: the sum of big-endian uint32s,
// the last padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var pad [4]byte
		copy(pad[:], b)
		sum += binary.BigEndian.Uint32(pad[:])
	}
	return sum
}
