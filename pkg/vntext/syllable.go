package vntext

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// A small model of the Vietnamese syllable, used to tell real Vietnamese from
// mojibake when choosing between legacy encodings, and to tell names from
// acronyms in bylines. A syllable is initial consonant + vowel nucleus +
// final consonant, with at most one tone; syllables closed by c, ch, p or t
// take only the acute or dot tone. It accepts some non-words, which is fine:
// mojibake breaks these rules almost everywhere.

// Letters are coded to one byte each: consonants as themselves (đ as 'D'),
// vowels without tone as a ă→1 â→2 e ê→3 i o ô→4 ơ→5 u ư→6 y.
var vowelCode = [numVowels]byte{'a', '1', '2', 'e', '3', 'i', 'o', '4', '5', 'u', '6', 'y'}

var (
	nuclei   = buildNuclei()
	initials = []string{"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
		"b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	finals = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t", ""}
)

func buildNuclei() map[string]bool {
	nuclei := map[string]bool{}
	const list = "a ă â e ê i o ô ơ u ư y " +
		"ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ưu ươ ya yê " +
		"iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu"
	for _, n := range strings.Fields(list) {
		code, n, _, _ := syllableCode(n)
		nuclei[string(code[:n])] = true
	}
	return nuclei
}

// syllableCode codes w (letters only) as described above into code[:n]
// and returns its tone count. ok is false for letters outside the
// Vietnamese alphabet or a word too long to be one syllable.
func syllableCode(w string) (code [8]byte, n, tones int, ok bool) {
	for _, r := range w {
		if n == len(code) {
			return code, 0, 0, false
		}
		var c byte
		switch {
		case r < utf8.RuneSelf:
			c = byte(r) | 0x20
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y':
			case 'f', 'j', 'w', 'z':
				return code, 0, 0, false
			default:
				if c < 'a' || c > 'z' {
					return code, 0, 0, false
				}
			}
		case r == 'đ' || r == 'Đ':
			c = 'D'
		default:
			l, isV := vowelInfo(r)
			if !isV {
				return code, 0, 0, false
			}
			c = vowelCode[l.vowel()]
			if l.tone() != toneNone {
				tones++
			}
		}
		code[n] = c
		n++
	}
	return code, n, tones, true
}

// toneOf returns the tone of the (single) toned vowel in w.
func toneOf(w string) int {
	for _, r := range w {
		if l, ok := vowelInfo(r); ok && l.tone() != toneNone {
			return l.tone()
		}
	}
	return toneNone
}

// isSyllable reports whether w, a run of letters, can be a Vietnamese
// syllable: a known initial, nucleus and final, at most one tone, and
// lower, upper or title case.
func isSyllable(w string) bool {
	if !caseOK(w) {
		return false
	}
	buf, n, tones, ok := syllableCode(w)
	if !ok || tones > 1 || n == 0 {
		return false
	}
	code := buf[:n]
	for _, ini := range initials {
		if !bytes.HasPrefix(code, []byte(ini)) {
			continue
		}
		rest := code[len(ini):]
		for _, fin := range finals {
			if !bytes.HasSuffix(rest, []byte(fin)) || len(rest) == len(fin) {
				continue
			}
			if !nuclei[string(rest[:len(rest)-len(fin)])] {
				continue
			}
			switch fin {
			case "c", "ch", "p", "t":
				if t := toneOf(w); t != toneAcute && t != toneDot {
					continue
				}
			}
			return true
		}
	}
	return false
}

// caseOK accepts lower case, upper case and title case.
func caseOK(w string) bool {
	lower, upper := 0, 0
	first := true
	firstUpper := false
	for _, r := range w {
		isUp := isUpperRune(r)
		if first {
			firstUpper = isUp
			first = false
		}
		if isUp {
			upper++
		} else {
			lower++
		}
	}
	switch {
	case upper == 0, lower == 0:
		return true
	case upper == 1 && firstUpper:
		return true
	}
	return false
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	if r == 'Đ' {
		return true
	}
	if l, ok := vowelInfo(r); ok {
		return l.upper()
	}
	return false
}
