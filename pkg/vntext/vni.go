package vntext

import (
	"unicode"
	"unicode/utf8"
)

// VNI Windows is the 8-bit font encoding of VNI Software Company's VNI
// package (VNI-Times, VNI-Helve… fonts). A toned or modified vowel is its
// ASCII base letter followed by one "mark" byte that the font draws over it
// ("Vieät" = Việt); a few letters have one byte of their own (ñ = đ,
// ô = ơ, ö = ư, í ì æ ó ò = í ì ỉ ĩ ị, î = ỵ). Capitals use the same scheme
// with upper-case bases and marks in 0xC0–0xDF. Source: the VNI Windows code
// chart distributed with the VNI fonts, as implemented by Unikey's converter
// (Phạm Kim Long, "VNI Windows" table) and charted by the Vietnamese Unicode
// project (vietunicode.sourceforge.net/charset). 0x80–0x9F are windows-1252
// punctuation; unused bytes are Latin-1.

// vniSingle lists the letters that have a byte of their own.
var vniSingle = []struct {
	b byte
	r rune
}{
	{0xF1, 'đ'}, {0xD1, 'Đ'},
	{0xF4, 'ơ'}, {0xD4, 'Ơ'},
	{0xF6, 'ư'}, {0xD6, 'Ư'},
	{0xED, 'í'}, {0xCD, 'Í'},
	{0xEC, 'ì'}, {0xCC, 'Ì'},
	{0xE6, 'ỉ'}, {0xC6, 'Ỉ'},
	{0xF3, 'ĩ'}, {0xD3, 'Ĩ'},
	{0xF2, 'ị'}, {0xD2, 'Ị'},
	{0xEE, 'ỵ'}, {0xCE, 'Ỵ'},
}

// vniMarks lists the mark bytes (lower-case form; the capital form is 0x20
// lower) with the modifier and tone they add to the preceding base letter.
var vniMarks = []struct {
	b         byte
	mod, tone int
}{
	{0xF8, modNone, toneGrave}, {0xFB, modNone, toneHook}, {0xF5, modNone, toneTilde},
	{0xF9, modNone, toneAcute}, {0xEF, modNone, toneDot},
	{0xE2, modCirc, toneNone}, {0xE0, modCirc, toneGrave}, {0xE5, modCirc, toneHook},
	{0xE3, modCirc, toneTilde}, {0xE1, modCirc, toneAcute}, {0xE4, modCirc, toneDot},
	{0xEA, modBreve, toneNone}, {0xE8, modBreve, toneGrave}, {0xFA, modBreve, toneHook},
	{0xFC, modBreve, toneTilde}, {0xE9, modBreve, toneAcute}, {0xEB, modBreve, toneDot},
}

// vniTables: mark bytes packed as bit 7 set, bits 0-2 tone, bits 3-4
// modifier; the single-byte decoding table; the encoding of each letter.
type vniTables struct {
	mark [256]uint8
	dec  [256]rune
	enc  map[rune]string
}

var vni = buildVNI()

func buildVNI() *vniTables {
	t := &vniTables{enc: map[rune]string{}}
	t.dec = *cp1252Dec
	var markOf [4][numTones]byte // modifier, tone → lower-case mark byte
	for _, m := range vniMarks {
		v := 0x80 | uint8(m.mod)<<3 | uint8(m.tone)
		t.mark[m.b] = v
		t.mark[m.b-0x20] = v
		markOf[m.mod][m.tone] = m.b
	}
	for _, s := range vniSingle {
		t.dec[s.b] = s.r
		t.enc[s.r] = string([]byte{s.b})
	}
	// Every other vowel letter: base (plain vowel, or ơ/ư's own byte) + mark.
	for v := range numVowels {
		for tone := range numTones {
			for _, upper := range []bool{false, true} {
				r := vowelRune(v, tone, upper)
				if _, ok := t.enc[r]; ok || r < utf8.RuneSelf {
					continue
				}
				base, mod := splitMod(v)
				b := byte(vowelRune(base, toneNone, upper))
				if v == vOhorn || v == vUhorn {
					b = t.enc[vowelRune(v, toneNone, upper)][0]
					mod = modNone
				}
				m := markOf[mod][tone]
				if upper {
					m -= 0x20
				}
				t.enc[r] = string([]byte{b, m})
			}
		}
	}
	return t
}

// decodeVNI converts VNI bytes to UTF-8. A mark byte combines with the base
// before it; a mark with nothing to combine with is kept as combining
// characters, which is how the font would draw it.
func decodeVNI(raw []byte) string {
	out := make([]byte, 0, len(raw)+len(raw)/4)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		var next uint8
		if i+1 < len(raw) {
			next = vni.mark[raw[i+1]]
		}
		if c < utf8.RuneSelf {
			if next != 0 && isASCIIVowel(c) {
				out = appendComposed(out, c, int(next>>3&3), int(next&7))
				i++
				continue
			}
			out = append(out, c)
			continue
		}
		if m := vni.mark[c]; m != 0 {
			// A mark after no vowel (a consonant, a digit, another
			// mark): kept as combining characters, which the font
			// would draw over the character before; Clean composes
			// what Unicode can.
			if mod := int(m >> 3 & 3); mod != modNone {
				out = utf8.AppendRune(out, modMarks[mod])
			}
			if t := int(m & 7); t != toneNone {
				out = appendTone(out, t)
			}
			continue
		}
		r := vni.dec[c]
		if next != 0 && next>>3&3 == modNone {
			if t, ok := addTone(r, int(next&7)); ok {
				r = t
				i++
			}
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

func isASCIIVowel(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// encodeVNI is the reverse of decodeVNI for NFC input.
func encodeVNI(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)+len(s)/4)
	for i, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		if e, ok := vni.enc[r]; ok {
			out = append(out, e...)
			continue
		}
		// Other Latin-1 characters the fonts keep: only bytes that are
		// neither letters nor marks in VNI.
		if b, ok := cp1252Enc[r]; ok && vni.dec[b] == r && vni.mark[b] == 0 && !unicode.IsLetter(r) {
			out = append(out, b)
			continue
		}
		return nil, encodeError(VNI, r, i)
	}
	return out, nil
}
