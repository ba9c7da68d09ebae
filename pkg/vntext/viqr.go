package vntext

import (
	"strings"
	"unicode/utf8"
)

// VIQR (Vietnamese Quoted-Readable, RFC 1456, 1993) writes Vietnamese in
// ASCII: a vowel is followed by its modifier — ( breve, ^ circumflex,
// + horn — and then its tone — ' acute, ` grave, ? hook, ~ tilde, . dot
// below; đ is "dd". A backslash makes the next mark character literal
// ("\." is a full stop after a vowel).
//
// In free text a "." or "?" after a final vowel is ambiguous: "chi." is
// "chị", but "Ha` No^.i." ends a sentence. RFC 1456 wants sentence marks
// escaped, but real archives seldom did, so the decoder reads an unescaped
// one as punctuation when it ends the text or a line, comes before a
// closing quote or bracket or an ellipsis, or before a space and a capital
// letter or digit; as a tone otherwise ("Va^ng a.." is "Vâng ạ."), and
// always as a tone when the word is that one vowel ("o+? Hue^'" is
// "ở Huế"). A second tone in one word is always literal. The encoder
// escapes every mark character that follows a vowel, so its output is
// unambiguous except for that one case: a word of several letters ending
// in a dot-below or hook vowel at the very end of the text or before a
// capital ("chị" alone encodes as "chi.").

const (
	viqrMods  = "(^+"
	viqrTones = "`?~'." // in tone order: grave hook tilde acute dot
)

func viqrTone(c byte) int {
	if i := strings.IndexByte(viqrTones, c); i >= 0 {
		return i + 1
	}
	return toneNone
}

func viqrMod(c byte) int {
	if i := strings.IndexByte(viqrMods, c); i >= 0 {
		return i + 1
	}
	return modNone
}

func viqrEscapable(c byte) bool {
	return viqrMod(c) != modNone || viqrTone(c) != toneNone || c == '\\' || c == 'd' || c == 'D'
}

// decodeVIQR converts VIQR to Unicode. In html mode markup (from '<' to
// '>') is copied untouched, so attribute values are not mangled.
func decodeVIQR(s string, html bool) string {
	out := make([]byte, 0, len(s))
	vowelEnd := -1 // len(out) just after the last vowel, while marks may follow it
	toned := false // the current word already has a tone
	for i := 0; i < len(s); i++ {
		c := s[i]
		if html && c == '<' {
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				j = len(s) - i - 1
			}
			out = append(out, s[i:i+j+1]...)
			i += j
			vowelEnd, toned = -1, false
			continue
		}
		if c == '\\' && i+1 < len(s) && viqrEscapable(s[i+1]) {
			out = append(out, s[i+1])
			i++
			vowelEnd = -1
			continue
		}
		if len(out) == vowelEnd {
			r, size := utf8.DecodeLastRune(out)
			l, _ := vowelInfo(r)
			if mod := viqrMod(c); mod != modNone && l.tone() == toneNone {
				if base, m := splitMod(l.vowel()); m == modNone {
					if v, ok := withMod(base, mod); ok {
						out = utf8.AppendRune(out[:len(out)-size], vowelRune(v, toneNone, l.upper()))
						vowelEnd = len(out)
						continue
					}
				}
			}
			// A one-vowel word ("o+?" ở, "a." ạ) always takes the tone.
			oneVowel := !lastIsLetter(out[:len(out)-size])
			if t := viqrTone(c); t != toneNone && l.tone() == toneNone && !toned &&
				(oneVowel || !((c == '.' || c == '?') && viqrSentenceEnd(s, i+1))) {
				out = utf8.AppendRune(out[:len(out)-size], vowelRune(l.vowel(), t, l.upper()))
				vowelEnd = len(out)
				toned = true
				continue
			}
		}
		if (c == 'd' || c == 'D') && i+1 < len(s) && s[i+1]|0x20 == 'd' && !lastIsLetter(out) {
			if c == 'D' {
				out = append(out, "Đ"...)
			} else {
				out = append(out, "đ"...)
			}
			i++
			vowelEnd = -1
			continue
		}
		if c >= utf8.RuneSelf {
			// VIQR is ASCII, but forced decoding of mixed text keeps
			// everything else as it is.
			_, size := utf8.DecodeRuneInString(s[i:])
			out = append(out, s[i:i+size]...)
			i += size - 1
			vowelEnd, toned = -1, false
			continue
		}
		out = append(out, c)
		switch {
		case isASCIIVowel(c):
			vowelEnd = len(out)
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			vowelEnd = -1
		default:
			vowelEnd, toned = -1, false
		}
	}
	return string(out)
}

// viqrSentenceEnd reports whether a '.' or '?' before s[j] reads as
// punctuation rather than a tone.
func viqrSentenceEnd(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	switch c := s[j]; c {
	case '\n', '\r', '"', ')', ']', '<':
		return true
	case '.':
		// "a.." is "ạ.", but "di..." is "đi...".
		return j+1 < len(s) && s[j+1] == '.'
	case ' ', '\t':
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) {
			return true
		}
		n := s[j]
		return n == '\n' || n == '\r' || n == '"' || n == '<' || n == '-' ||
			'A' <= n && n <= 'Z' || '0' <= n && n <= '9'
	}
	return false
}

// encodeVIQR writes NFC text as VIQR. Mark characters after a vowel, a
// backslash and a literal "dd" starting a word are escaped so that
// decodeVIQR gives the text back.
func encodeVIQR(s string) []byte {
	out := make([]byte, 0, len(s)+len(s)/2)
	afterVowel := false
	for i, r := range s {
		if r == 'đ' || r == 'Đ' {
			if r == 'đ' {
				out = append(out, "dd"...)
			} else {
				out = append(out, "DD"...)
			}
			afterVowel = false
			continue
		}
		if l, ok := vowelInfo(r); ok {
			base, mod := splitMod(l.vowel())
			out = append(out, byte(vowelRune(base, toneNone, l.upper())))
			if mod != modNone {
				out = append(out, viqrMods[mod-1])
			}
			if t := l.tone(); t != toneNone {
				out = append(out, viqrTones[t-1])
			}
			afterVowel = true
			continue
		}
		if r >= utf8.RuneSelf {
			out = utf8.AppendRune(out, r)
			afterVowel = false
			continue
		}
		c := byte(r)
		switch {
		case c == '\\':
			out = append(out, '\\')
		case afterVowel && (viqrMod(c) != modNone || viqrTone(c) != toneNone):
			out = append(out, '\\')
		}
		out = append(out, c)
		if (c == 'd' || c == 'D') && i+1 < len(s) && s[i+1]|0x20 == 'd' && !lastIsLetter(out[:len(out)-1]) {
			out = append(out, '\\')
		}
		afterVowel = false
	}
	return out
}

// looksVIQR reports whether ASCII text is unmistakably VIQR: at least three
// words with a modifier mark inside a word (a( a^ e^ o^ o+ u+ followed by a
// letter or a tone, or a word-initial "dd" before a vowel), making up at
// least a tenth of the words. English, URLs, code and prices almost never
// have these.
func looksVIQR(b []byte) bool {
	strong, words := 0, 0
	inWord := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		letter := 'a' <= c|0x20 && c|0x20 <= 'z'
		if letter && !inWord {
			words++
			if c|0x20 == 'd' && i+2 < len(b) && b[i+1]|0x20 == 'd' && isASCIIVowel(b[i+2]) {
				strong++
			}
		}
		if letter {
			inWord = true
		} else if viqrMod(c) == modNone && viqrTone(c) == toneNone {
			inWord = false
		}
		if i == 0 || i+1 >= len(b) {
			continue
		}
		p, n := b[i-1]|0x20, b[i+1]
		if !(c == '(' && p == 'a' || c == '^' && (p == 'a' || p == 'e' || p == 'o') || c == '+' && (p == 'o' || p == 'u')) {
			continue
		}
		if 'a' <= n|0x20 && n|0x20 <= 'z' || viqrTone(n) != toneNone || viqrMod(n) != modNone {
			strong++
		}
	}
	return strong >= 3 && strong*10 >= words
}
