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
var cp1258Tone = [256]uint8{0xCC: toneGrave, 0xEC: toneAcute, 0xDE: toneTilde, 0xD2: toneHook, 0xF2: toneDot}

// utf8Table holds the UTF-8 form of each byte's rune, so that decoding a
// single-byte code page is a copy of at most three bytes per byte.
type utf8Table [256]struct {
	b [4]byte
	n uint8
}

func makeUTF8Table(dec *[256]rune) *utf8Table {
	t := new(utf8Table)
	for i, r := range dec {
		t[i].n = uint8(utf8.EncodeRune(t[i].b[:], r))
	}
	return t
}

// appendTable decodes raw through t.
func appendTable(out, raw []byte, t *utf8Table) []byte {
	for _, c := range raw {
		if c < utf8.RuneSelf {
			out = append(out, c)
			continue
		}
		e := &t[c]
		out = append(out, e.b[:e.n]...)
	}
	return out
}

var (
	cp1252UTF8 = makeUTF8Table(cp1252Dec)
	cp1258UTF8 = makeUTF8Table(cp1258Dec)
)

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
	return dec, enc
}

// decodeCP1252 decodes windows-1252.
func decodeCP1252(raw []byte) string {
	return string(appendTable(make([]byte, 0, len(raw)+len(raw)/8), raw, cp1252UTF8))
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
		if t := cp1258Tone[c]; t != toneNone {
			out = appendTone(out, int(t))
			continue
		}
		e := &cp1258UTF8[c]
		out = append(out, e.b[:e.n]...)
	}
	return string(out)
}

// splitTone gives a toned vowel that a code page lacks as its untoned
// letter's byte in enc and its tone, for encoders that follow the letter
// with a tone byte. ok is false for other runes and for letters enc lacks.
func splitTone(r rune, enc map[rune]byte) (base byte, tone int, ok bool) {
	l, ok := vowelInfo(r)
	if !ok || l.tone() == toneNone {
		return 0, 0, false
	}
	b := vowelRune(l.vowel(), toneNone, l.upper())
	if b < utf8.RuneSelf {
		return byte(b), l.tone(), true
	}
	base, ok = enc[b]
	return base, l.tone(), ok
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
		if base, tone, ok := splitTone(r, cp1258Enc); ok {
			out = append(out, base, cp1258Enc[toneMarks[tone]])
			continue
		}
		return nil, encodeError(Windows1258, r, i)
	}
	return out, nil
}
