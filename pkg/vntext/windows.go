package vntext

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The two Windows code pages the Vietnamese web used, as flat tables built
// from golang.org/x/text's charmaps (which follow the WHATWG Encoding
// Standard) so that decoding is a table lookup per byte.
var (
	cp1252Dec, cp1252Enc = buildCharmap(charmap.Windows1252)
	cp1258Dec, cp1258Enc = buildCharmap(charmap.Windows1258)
)

// cp1258Tone maps windows-1258's five combining tone bytes to tones.
var cp1258Tone = map[byte]int{0xCC: toneGrave, 0xEC: toneAcute, 0xDE: toneTilde, 0xD2: toneHook, 0xF2: toneDot}

func buildCharmap(cm *charmap.Charmap) (*[256]rune, map[rune]byte) {
	dec, enc := new([256]rune), map[rune]byte{}
	for b := range 256 {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			// Undefined bytes map to the C1 control of the same number,
			// as browsers do.
			r = rune(b)
		}
		dec[b] = r
		if _, dup := enc[r]; !dup {
			enc[r] = byte(b)
		}
	}
	// Latin-1's C1 controls also come back to their bytes, so that text
	// decoded as ISO-8859-1 rather than windows-1252 can be repaired.
	for b := rune(0x80); b < 0xA0; b++ {
		if _, ok := enc[b]; !ok {
			enc[b] = byte(b)
		}
	}
	return dec, enc
}

// decodeSingle decodes a plain single-byte code page through its table.
func decodeSingle(raw []byte, table *[256]rune) string {
	out := make([]byte, 0, len(raw)+len(raw)/8)
	for _, c := range raw {
		if c < utf8.RuneSelf {
			out = append(out, c)
			continue
		}
		out = utf8.AppendRune(out, table[c])
	}
	return string(out)
}

// decodeCP1258 decodes windows-1258, composing each combining tone byte with
// the vowel before it.
func decodeCP1258(raw []byte) string {
	out := make([]byte, 0, len(raw)+len(raw)/4)
	for _, c := range raw {
		if c < utf8.RuneSelf {
			out = append(out, c)
			continue
		}
		if t, ok := cp1258Tone[c]; ok {
			out = appendTone(out, t)
			continue
		}
		out = utf8.AppendRune(out, cp1258Dec[c])
	}
	return string(out)
}

// encodeCP1258 writes NFC text the way Windows does: the precomposed
// character when the code page has it, otherwise base letter + tone byte
// ("ế" = ê + 0xEC).
func encodeCP1258(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)+len(s)/4)
	for i, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		if b, ok := cp1258Enc[r]; ok {
			out = append(out, b)
			continue
		}
		if l, ok := vowelInfo(r); ok && l.tone() != toneNone {
			base := vowelRune(l.vowel(), toneNone, l.upper())
			bb := byte(base)
			if base >= utf8.RuneSelf {
				if bb, ok = cp1258Enc[base]; !ok {
					return nil, encodeError(Windows1258, r, i)
				}
			}
			out = append(out, bb, cp1258Enc[toneMarks[l.tone()]])
			continue
		}
		return nil, encodeError(Windows1258, r, i)
	}
	return out, nil
}
