package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold tables for the Latin blocks, filled from Unicode's canonical
// decompositions at init so that every accented Latin letter folds, not only
// Vietnamese ones.
var foldLow, foldExt = buildFold()

func buildFold() (low *[0x250]rune, ext *[0x100]rune) {
	low, ext = new([0x250]rune), new([0x100]rune) // U+0000..U+024F, U+1E00..U+1EFF
	for r := rune(0x80); r < rune(len(low)); r++ {
		low[r] = foldOne(r)
	}
	for i := range ext {
		ext[i] = foldOne(0x1E00 + rune(i))
	}
	return low, ext
}

func foldOne(r rune) rune {
	switch r {
	case 'đ', 'Đ', 'ð', 'Ð':
		return 'd'
	case 'ø', 'Ø':
		return 'o'
	case 'ł', 'Ł':
		return 'l'
	case 'ħ', 'Ħ':
		return 'h'
	case 'ı':
		return 'i'
	}
	d := norm.NFD.String(string(r))
	b, n := utf8.DecodeRuneInString(d)
	if n == len(d) {
		return unicode.ToLower(r)
	}
	for _, m := range d[n:] {
		if !unicode.Is(unicode.Mn, m) {
			return unicode.ToLower(r)
		}
	}
	return unicode.ToLower(b)
}

// foldRune lower-cases r and strips its diacritics; it returns -1 for
// combining marks, which folding drops.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r < rune(len(foldLow)):
		return foldLow[r]
	case r >= 0x1E00 && r < 0x1F00:
		return foldExt[r-0x1E00]
	case unicode.Is(unicode.Mn, r):
		return -1
	}
	return unicode.ToLower(r)
}

// Fold lower-cases s and removes diacritics, for matching and sorting:
// "Thường trực Đảng" → "thuong truc dang". Vietnamese letters all fold to
// ASCII; other characters are kept (lower-cased). Input in any normal form is
// accepted. Fold returns s itself when nothing changes.
func Fold(s string) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := 0 // s[start:i] is a pending run of lower-case ASCII
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && !('A' <= c && c <= 'Z') {
			i++
			continue
		}
		b.WriteString(s[start:i])
		if c < utf8.RuneSelf {
			b.WriteByte(c + 'a' - 'A')
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if f := foldRune(r); f >= 0 {
				b.WriteRune(f)
			}
		}
		start = i
	}
	b.WriteString(s[start:])
	return b.String()
}
