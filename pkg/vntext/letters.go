package vntext

import (
	"unicode"
	"unicode/utf8"
)

// Tones, in the order Vietnamese dictionaries and the legacy code tables use
// them: ngang (none), huyền (grave), hỏi (hook above), ngã (tilde), sắc
// (acute), nặng (dot below).
const (
	toneNone = iota
	toneGrave
	toneHook
	toneTilde
	toneAcute
	toneDot
	numTones
)

// toneMarks are the combining characters of the tones.
var toneMarks = [numTones]rune{0, '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'}

// The twelve vowel letters in alphabetical order; every table is indexed by
// these.
const (
	vA = iota
	vAbreve
	vAcirc
	vE
	vEcirc
	vI
	vO
	vOcirc
	vOhorn
	vU
	vUhorn
	vY
	numVowels
)

// Vowel modifiers (dấu phụ): the breve of ă, the circumflex of â ê ô and the
// horn of ơ ư.
const (
	modNone = iota
	modBreve
	modCirc
	modHorn
)

// modMarks are the combining characters of the modifiers.
var modMarks = [...]rune{0, '\u0306', '\u0302', '\u031B'}

// vowelRows is the Vietnamese vowel repertoire of Unicode (Latin-1
// Supplement, Latin Extended-A/B and Latin Extended Additional): one row per
// vowel, one column per tone. With đ/Đ and the upper-case forms it is every
// precomposed Vietnamese letter. Tests check each entry against NFC.
var vowelRows = [numVowels]string{
	"aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
	"oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
}

// letterInfo packs what the converters need to know about a vowel letter:
// bit 15 marks a vowel, bits 0-3 the vowel, bits 4-6 the tone, bit 7 upper
// case.
type letterInfo uint16

const (
	infoVowel letterInfo = 1 << 15
	infoUpper letterInfo = 1 << 7
)

func (l letterInfo) vowel() int  { return int(l & 0xF) }
func (l letterInfo) tone() int   { return int(l>>4) & 7 }
func (l letterInfo) upper() bool { return l&infoUpper != 0 }

// vowelTables are built once from vowelRows; package variables (not init
// functions) so that Go orders their construction before the tables of the
// legacy encodings that use them.
type vowelTables struct {
	lower, upper [numVowels][numTones]rune
	// Two dense arrays cover the two Unicode blocks Vietnamese lives in,
	// so lookups are an index, not a map.
	infoLow [0x1B1]letterInfo
	infoExt [extHi - extLo]letterInfo
}

const (
	extLo = 0x1EA0 // first Vietnamese letter in Latin Extended Additional
	extHi = 0x1EFA
)

var vt = buildVowelTables()

func buildVowelTables() *vowelTables {
	t := new(vowelTables)
	set := func(r rune, l letterInfo) {
		switch {
		case r < rune(len(t.infoLow)):
			t.infoLow[r] = l
		case r >= extLo && r < extHi:
			t.infoExt[r-extLo] = l
		default:
			panic("vntext: vowel table outside the lookup ranges")
		}
	}
	for v, row := range vowelRows {
		tone := 0
		for _, r := range row {
			u := unicode.ToUpper(r)
			t.lower[v][tone] = r
			t.upper[v][tone] = u
			set(r, infoVowel|letterInfo(v)|letterInfo(tone)<<4)
			set(u, infoVowel|letterInfo(v)|letterInfo(tone)<<4|infoUpper)
			tone++
		}
	}
	return t
}

// vowelInfo returns the vowel, tone and case of r when r is a Vietnamese
// vowel letter (toned or not, including ASCII a e i o u y).
func vowelInfo(r rune) (letterInfo, bool) {
	var l letterInfo
	switch {
	case r < rune(len(vt.infoLow)):
		l = vt.infoLow[r]
	case r >= extLo && r < extHi:
		l = vt.infoExt[r-extLo]
	}
	return l, l&infoVowel != 0
}

// vowelRune returns the letter for vowel v with tone t in the given case.
func vowelRune(v, t int, upper bool) rune {
	if upper {
		return vt.upper[v][t]
	}
	return vt.lower[v][t]
}

// withMod applies modifier mod to a plain vowel (a e o u); ok is false for
// combinations Vietnamese does not have.
func withMod(v, mod int) (int, bool) {
	switch mod {
	case modNone:
		return v, true
	case modBreve:
		if v == vA {
			return vAbreve, true
		}
	case modCirc:
		switch v {
		case vA:
			return vAcirc, true
		case vE:
			return vEcirc, true
		case vO:
			return vOcirc, true
		}
	case modHorn:
		switch v {
		case vO:
			return vOhorn, true
		case vU:
			return vUhorn, true
		}
	}
	return v, false
}

// splitMod is the inverse of withMod: the plain vowel and its modifier.
func splitMod(v int) (base, mod int) {
	switch v {
	case vAbreve:
		return vA, modBreve
	case vAcirc:
		return vA, modCirc
	case vEcirc:
		return vE, modCirc
	case vOcirc:
		return vO, modCirc
	case vOhorn:
		return vO, modHorn
	case vUhorn:
		return vU, modHorn
	}
	return v, modNone
}

// addTone returns r with tone t when r is an untoned Vietnamese vowel.
func addTone(r rune, t int) (rune, bool) {
	l, ok := vowelInfo(r)
	if !ok || l.tone() != toneNone || t == toneNone {
		return r, false
	}
	return vowelRune(l.vowel(), t, l.upper()), true
}

// toneOfMark maps a combining tone mark to its tone.
func toneOfMark(r rune) int {
	switch r {
	case '\u0300':
		return toneGrave
	case '\u0309':
		return toneHook
	case '\u0303':
		return toneTilde
	case '\u0301':
		return toneAcute
	case '\u0323':
		return toneDot
	}
	return toneNone
}

// appendComposed appends base followed by the modifier and tone, as one
// precomposed letter when Vietnamese has it and as base plus combining marks
// otherwise (Clean later composes whatever Unicode can).
func appendComposed(dst []byte, base byte, mod, tone int) []byte {
	r := rune(base)
	if l, ok := vowelInfo(r); ok && l.tone() == toneNone {
		if v, ok := withMod(l.vowel(), mod); ok {
			return utf8.AppendRune(dst, vowelRune(v, tone, l.upper()))
		}
	}
	dst = append(dst, base)
	if mod != modNone {
		dst = utf8.AppendRune(dst, modMarks[mod])
	}
	if tone != toneNone {
		dst = utf8.AppendRune(dst, toneMarks[tone])
	}
	return dst
}

// appendTone adds a tone to the last rune of dst, replacing it by the
// precomposed letter when there is one and appending the combining mark
// otherwise.
func appendTone(dst []byte, tone int) []byte {
	if len(dst) > 0 {
		r, size := utf8.DecodeLastRune(dst)
		if t, ok := addTone(r, tone); ok {
			return utf8.AppendRune(dst[:len(dst)-size], t)
		}
	}
	return utf8.AppendRune(dst, toneMarks[tone])
}

// isVNLetter reports whether r belongs to the Vietnamese alphabet: ASCII
// letters, đ/Đ and every precomposed vowel.
func isVNLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	if r == 'đ' || r == 'Đ' {
		return true
	}
	_, ok := vowelInfo(r)
	return ok
}
