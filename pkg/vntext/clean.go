package vntext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isInvisible reports the runes Clean removes: BOM, zero-width space and
// joiners, word joiner and soft hyphen. They never carry meaning in news text
// and break search, wrapping and PDF rendering.
func isInvisible(r rune) bool {
	switch r {
	case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD':
		return true
	}
	return false
}

// Clean returns s as NFC with BOMs and zero-width characters removed and
// invalid UTF-8 replaced by U+FFFD. Everything else is kept exactly. When s is
// already clean it is returned as is, without allocating.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if out, ok := composeVietnamese(s); ok {
		return out
	}
	s = strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// isClean is the fast path: ASCII is skipped eight bytes at a time, and a
// non-ASCII rune needs no normaliser when it is in the ranges Vietnamese
// text lives in (see nfcSafe); only strings with other runes pay for the
// full NFC check.
func isClean(s string) bool {
	safe := true
	i := 0
	for i < len(s) {
		for i+8 <= len(s) {
			w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if w&0x8080808080808080 != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// Inline checks for the two-byte Latin letters (U+0080–U+02FF)
		// and the three-byte Latin Extended Additional ones (U+1E00–
		// U+1EFF) that make up Vietnamese; both are nfcSafe.
		if c >= 0xC2 && c <= 0xCB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if c == 0xC2 && s[i+1] == 0xAD {
				return false // soft hyphen
			}
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isInvisible(r) {
			return false
		}
		if safe && !nfcSafe(r) {
			safe = false
		}
		i += size
	}
	return safe || norm.NFC.IsNormalString(s)
}

// nfcSafe reports runes that are NFC on their own and never interact with
// a neighbour (canonical combining class 0, never the second of a
// composition): everything below the combining diacritics (ASCII, Latin-1,
// Latin Extended-A/B — ơ ư ă đ), Latin Extended Additional (ạ … ỹ), general
// punctuation and currency signs. A string of such runes is NFC; the test
// TestFastRangesAreStable checks every one against the normaliser.
func nfcSafe(r rune) bool {
	switch {
	case r < 0x300:
		return true
	case r >= 0x1E00 && r < 0x1F00:
		return true
	case r >= 0x2010 && r < 0x2060:
		return true
	case r >= 0x20A0 && r < 0x20C1:
		return true
	}
	return false
}

// composeVietnamese is Clean's fast way to NFC for Vietnamese text typed
// with combining marks (Unikey's "tổ hợp", macOS NFD file names): it folds
// each tone or modifier mark into the vowel before it using the package's
// letter tables. It gives up (ok false) on any rune outside nfcSafe and on
// any mark it cannot fold, leaving those strings to the full normaliser.
// What it returns is therefore made only of nfcSafe runes and, because
// every fold is a canonical composition, canonically equivalent to s:
// exactly NFC(s).
func composeVietnamese(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if isInvisible(r) {
			continue
		}
		if nfcSafe(r) {
			out = utf8.AppendRune(out, r)
			continue
		}
		prev, size := utf8.DecodeLastRune(out)
		c, ok := composeMark(prev, r)
		if !ok {
			return "", false
		}
		out = utf8.AppendRune(out[:len(out)-size], c)
	}
	return string(out), true
}

// composeMark folds combining mark m into the Vietnamese vowel v. Marks
// above (canonical class 230: the four upper tones, circumflex, breve)
// must not land on a vowel that already has another mark above, because
// the two marks would not commute; the dot below (220) and the horn (216)
// commute with marks above.
func composeMark(v, m rune) (rune, bool) {
	l, ok := vowelInfo(v)
	if !ok {
		return 0, false
	}
	vowel, tone, upper := l.vowel(), l.tone(), l.upper()
	switch m {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		if tone != toneNone {
			return 0, false
		}
		return vowelRune(vowel, toneOfMark(m), upper), true
	case '\u0302', '\u0306', '\u031B':
		base, mod := splitMod(vowel)
		if mod != modNone {
			return 0, false
		}
		newMod := modHorn
		switch m {
		case '\u0302':
			newMod = modCirc
		case '\u0306':
			newMod = modBreve
		}
		if newMod != modHorn && tone != toneNone && tone != toneDot {
			return 0, false
		}
		nv, ok := withMod(base, newMod)
		if !ok {
			return 0, false
		}
		return vowelRune(nv, tone, upper), true
	}
	return 0, false
}
