package vntext

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// TCVN3 ("ABC", the .VnTime/.VnArial fonts) is code table VN3 of the
// Vietnamese national standard TCVN 5712:1993 "Công nghệ thông tin — Bộ mã
// chuẩn 8-bit kí tự Việt dùng trong trao đổi thông tin". VN3 is the part of
// the full table VN1 that fits in 0xA0–0xFF: every lower-case letter plus
// Ă Â Ê Ô Ơ Ư Đ. Toned capitals do not fit, so ABC ships a second set of
// fonts (.VnTimeH, .VnArialH…) that draw the same bytes as capitals; that is
// the TCVN3Upper encoding here.
//
// The table below is VN3 as printed in the standard (the same positions as
// libiconv's TCVN/VN1 table, whose 0xA0–0xFF half it is). Bytes VN3 leaves
// to capitals in VN1 are decoded as VN1 capitals too (0xAF Ằ … 0xFF Ố), and
// VN1's combining tone marks 0xB0–0xB4 are honoured after a letter, as the
// fonts draw them; elsewhere those five bytes are the Latin-1 signs ° ± ² ³ ´
// a page shows in ordinary fonts. 0x80–0x9F are windows-1252 punctuation,
// as in the Windows fonts VN3 was built into.
var tcvn3Table = []struct {
	b byte
	r rune
}{
	// a ă â
	{0xB5, 'à'}, {0xB6, 'ả'}, {0xB7, 'ã'}, {0xB8, 'á'}, {0xB9, 'ạ'},
	{0xA8, 'ă'}, {0xBB, 'ằ'}, {0xBC, 'ẳ'}, {0xBD, 'ẵ'}, {0xBE, 'ắ'}, {0xC6, 'ặ'},
	{0xA9, 'â'}, {0xC7, 'ầ'}, {0xC8, 'ẩ'}, {0xC9, 'ẫ'}, {0xCA, 'ấ'}, {0xCB, 'ậ'},
	// e ê
	{0xCC, 'è'}, {0xCE, 'ẻ'}, {0xCF, 'ẽ'}, {0xD0, 'é'}, {0xD1, 'ẹ'},
	{0xAA, 'ê'}, {0xD2, 'ề'}, {0xD3, 'ể'}, {0xD4, 'ễ'}, {0xD5, 'ế'}, {0xD6, 'ệ'},
	// i
	{0xD7, 'ì'}, {0xD8, 'ỉ'}, {0xDC, 'ĩ'}, {0xDD, 'í'}, {0xDE, 'ị'},
	// o ô ơ
	{0xDF, 'ò'}, {0xE1, 'ỏ'}, {0xE2, 'õ'}, {0xE3, 'ó'}, {0xE4, 'ọ'},
	{0xAB, 'ô'}, {0xE5, 'ồ'}, {0xE6, 'ổ'}, {0xE7, 'ỗ'}, {0xE8, 'ố'}, {0xE9, 'ộ'},
	{0xAC, 'ơ'}, {0xEA, 'ờ'}, {0xEB, 'ở'}, {0xEC, 'ỡ'}, {0xED, 'ớ'}, {0xEE, 'ợ'},
	// u ư
	{0xEF, 'ù'}, {0xF1, 'ủ'}, {0xF2, 'ũ'}, {0xF3, 'ú'}, {0xF4, 'ụ'},
	{0xAD, 'ư'}, {0xF5, 'ừ'}, {0xF6, 'ử'}, {0xF7, 'ữ'}, {0xF8, 'ứ'}, {0xF9, 'ự'},
	// y
	{0xFA, 'ỳ'}, {0xFB, 'ỷ'}, {0xFC, 'ỹ'}, {0xFD, 'ý'}, {0xFE, 'ỵ'},
	// đ and the seven capitals of VN3
	{0xAE, 'đ'},
	{0xA1, 'Ă'}, {0xA2, 'Â'}, {0xA3, 'Ê'}, {0xA4, 'Ô'}, {0xA5, 'Ơ'}, {0xA6, 'Ư'}, {0xA7, 'Đ'},
	// VN1 capitals in the holes of VN3
	{0xAF, 'Ằ'}, {0xBA, 'Ẳ'}, {0xBF, 'Ẵ'}, {0xC0, 'Ắ'}, {0xC1, 'Ầ'}, {0xC2, 'Ẩ'},
	{0xC3, 'Ẫ'}, {0xC4, 'Ấ'}, {0xC5, 'Ề'}, {0xCD, 'Ể'}, {0xD9, 'Ễ'}, {0xDA, 'Ế'},
	{0xDB, 'Ồ'}, {0xE0, 'Ổ'}, {0xF0, 'Ỗ'}, {0xFF, 'Ố'},
}

// tcvn3Tone maps the VN1 combining bytes 0xB0–0xB4 to tones.
var tcvn3Tone = [5]int{toneGrave, toneHook, toneTilde, toneAcute, toneDot}

var (
	tcvn3Dec, tcvn3DecUpper, tcvn3Enc = buildTCVN3()
	tcvn3UTF8                         = makeUTF8Table(tcvn3Dec)
	tcvn3UpperUTF8                    = makeUTF8Table(tcvn3DecUpper)
)

// buildTCVN3 returns the decoding tables for the normal and the
// .VnTimeH-style fonts and the encoding map.
func buildTCVN3() (dec, decUpper *[256]rune, enc map[rune]byte) {
	dec, decUpper, enc = new([256]rune), new([256]rune), map[rune]byte{}
	*dec = *cp1252Dec
	for _, e := range tcvn3Table {
		dec[e.b] = e.r
		enc[e.r] = e.b
	}
	for b, r := range dec {
		decUpper[b] = unicode.ToUpper(r)
	}
	return dec, decUpper, enc
}

// decodeTCVN3 converts TCVN3 bytes to UTF-8 (not yet NFC when combining
// tone bytes follow letters that have no precomposed form).
func decodeTCVN3(raw []byte, upper bool) string {
	table := tcvn3UTF8
	if upper {
		table = tcvn3UpperUTF8
	}
	out := make([]byte, 0, len(raw)+len(raw)/2)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c < utf8.RuneSelf {
			if upper && 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			out = append(out, c)
			continue
		}
		if c >= 0xB0 && c <= 0xB4 && lastIsLetter(out) {
			out = appendTone(out, tcvn3Tone[c-0xB0])
			continue
		}
		e := &table[c]
		out = append(out, e.b[:e.n]...)
	}
	return string(out)
}

func lastIsLetter(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(b)
	return unicode.IsLetter(r)
}

// encodeTCVN3 is the reverse of decodeTCVN3 for NFC input. Capitals that
// have no byte of their own are written as the base letter followed by a
// combining tone byte.
func encodeTCVN3(s string) ([]byte, error) {
	out := make([]byte, 0, len(s))
	prevLetter := false // the decoder reads 0xB0–0xB4 after a letter as tones
	for i, r := range s {
		letter := prevLetter
		prevLetter = unicode.IsLetter(r)
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		if b, ok := tcvn3Enc[r]; ok {
			out = append(out, b)
			continue
		}
		if base, tone, ok := splitTone(r, tcvn3Enc); ok {
			out = append(out, base, 0xB0+byte(indexTone(tone)))
			continue
		}
		// Latin-1 signs and punctuation the fonts keep; 0xB0–0xB4 only
		// where they cannot be read as tone marks.
		if b, ok := cp1252Enc[r]; ok && tcvn3Dec[b] == r && !(b >= 0xB0 && b <= 0xB4 && letter) {
			out = append(out, b)
			continue
		}
		return nil, encodeError(TCVN3, r, i)
	}
	return out, nil
}

func indexTone(t int) int {
	for i, x := range tcvn3Tone {
		if x == t {
			return i
		}
	}
	panic("vntext: bad tone")
}

func encodeError(enc Encoding, r rune, at int) error {
	return fmt.Errorf("vntext: %w: %s has no code for %q (U+%04X) at byte %d", ErrUnencodable, enc, r, r, at)
}
