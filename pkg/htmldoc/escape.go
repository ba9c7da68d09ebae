package htmldoc

import (
	"io"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// escape writes s as HTML text or a double-quoted attribute value: in NFC,
// the characters markup gives meaning to as references, and what HTML
// forbids (control characters, noncharacters, bytes that are not UTF-8) as
// U+FFFD, so that no input makes the document invalid.
func escape(w io.StringWriter, s string) {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		repl, n := "", 1
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				repl = "&amp;"
			case c == '<':
				repl = "&lt;"
			case c == '>':
				repl = "&gt;"
			case c == '"':
				repl = "&quot;"
			case c < ' ' && c != '\t' && c != '\n' && c != '\r', c == 0x7F:
				repl = "\uFFFD"
			default:
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if allowed(r, size) {
				i += size
				continue
			}
			repl, n = "\uFFFD", size
		}
		w.WriteString(s[last:i])
		w.WriteString(repl)
		i += n
		last = i
	}
	w.WriteString(s[last:])
}

// allowed reports whether a non-ASCII rune of size bytes may appear in an
// HTML document: not a decoding error, a C1 control or a noncharacter.
func allowed(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return false
	case r <= 0x9F: // C1 controls
		return false
	case r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
		return false
	}
	return true
}
