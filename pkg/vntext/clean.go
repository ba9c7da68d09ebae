// Package vntext turns Vietnamese text from any era of the web into clean
// Unicode: legacy encodings (windows-1258, TCVN3, VNI, VIQR) to NFC, dates and
// bylines as Vietnamese sites print them, and ASCII slugs for file names.
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
	s = strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// isClean is the fast path: ASCII bytes are skipped in a tight loop, and only
// non-ASCII runes are checked for invisibles; NFC is verified at the end.
func isClean(s string) bool {
	ascii := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if isInvisible(r) {
			return false
		}
		i += size
	}
	return ascii || norm.NFC.IsNormalString(s)
}
