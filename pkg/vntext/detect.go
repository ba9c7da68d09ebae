package vntext

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// charsetParam returns the charset parameter of a Content-Type value (or of
// a <meta content> attribute), or "". It is lenient the way browsers are:
// quotes optional, anything after the name ignored.
func charsetParam(ct string) string {
	for i := 0; i+7 <= len(ct); i++ {
		if !equalFoldASCII(ct[i:i+7], "charset") {
			continue
		}
		j := i + 7
		for j < len(ct) && isSpaceByte(ct[j]) {
			j++
		}
		if j >= len(ct) || ct[j] != '=' {
			continue
		}
		j++
		for j < len(ct) && isSpaceByte(ct[j]) {
			j++
		}
		if j < len(ct) && (ct[j] == '"' || ct[j] == '\'') {
			j++
		}
		k := j
		for k < len(ct) && !isSpaceByte(ct[k]) && ct[k] != ';' && ct[k] != ',' && ct[k] != '"' && ct[k] != '\'' {
			k++
		}
		return ct[j:k]
	}
	return ""
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// prescanMeta looks for a charset declaration in the <meta> tags of the
// first 4 KB, a simplified form of the HTML standard's prescan (which reads
// 1 KB; old pages often have long heads).
func prescanMeta(raw []byte) string {
	b := raw[:min(len(raw), 4096)]
	// An XHTML page may declare itself in the XML declaration instead.
	if bytes.HasPrefix(b, []byte("<?xml")) {
		if end := bytes.Index(b, []byte("?>")); end > 0 {
			for decl := b[5:end]; len(decl) > 0; {
				name, value, n := nextAttr(decl)
				if n == 0 {
					break
				}
				if equalFoldASCII(string(name), "encoding") && len(value) > 0 {
					return string(value)
				}
				decl = decl[n:]
			}
		}
	}
	for i := 0; i < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		rest := b[i+1:]
		if bytes.HasPrefix(rest, []byte("!--")) {
			j := bytes.Index(rest, []byte("-->"))
			if j < 0 {
				return ""
			}
			i += j + 3
			continue
		}
		if len(rest) < 5 || !equalFoldASCII(string(rest[:4]), "meta") || !(isSpaceByte(rest[4]) || rest[4] == '/') {
			continue
		}
		j := 4
		var charset, content []byte
		httpEquiv := false
		for {
			name, value, n := nextAttr(rest[j:])
			if n == 0 {
				break
			}
			j += n
			switch {
			case equalFoldASCII(string(name), "charset"):
				charset = value
			case equalFoldASCII(string(name), "content"):
				content = value
			case equalFoldASCII(string(name), "http-equiv"):
				httpEquiv = equalFoldASCII(string(value), "content-type")
			}
		}
		if len(charset) > 0 {
			return string(bytes.TrimSpace(charset))
		}
		if httpEquiv && len(content) > 0 {
			if c := charsetParam(string(content)); c != "" {
				return c
			}
		}
		i += j
	}
	return ""
}

// nextAttr reads one attribute from a tag's inside; n is 0 at the tag's end.
func nextAttr(b []byte) (name, value []byte, n int) {
	i := 0
	for i < len(b) && (isSpaceByte(b[i]) || b[i] == '/') {
		i++
	}
	if i >= len(b) || b[i] == '>' {
		return nil, nil, 0
	}
	start := i
	for i < len(b) && !isSpaceByte(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '/' {
		i++
	}
	name = b[start:i]
	if i == start { // a lone '=' or similar: skip it
		i++
	}
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	if i >= len(b) || b[i] != '=' {
		return name, nil, i
	}
	i++
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	if i < len(b) && (b[i] == '"' || b[i] == '\'') {
		q := b[i]
		i++
		start = i
		for i < len(b) && b[i] != q {
			i++
		}
		value = b[start:i]
		if i < len(b) {
			i++
		}
		return name, value, i
	}
	start = i
	for i < len(b) && !isSpaceByte(b[i]) && b[i] != '>' {
		i++
	}
	return name, b[start:i], i
}

// fontHints reports whether the page names TCVN3 (ABC) fonts — ".VnTime",
// ".VnArialH"… — or VNI fonts — "VNI-Times"… — anywhere, in CSS or in
// <font face>. The name must not follow a letter, digit, dot, hyphen or
// underscore, so domains ("baohagiang.vn") and class names do not count.
func fontHints(raw []byte) (tcvn3, vni bool) {
	for i := 0; i+4 < len(raw); i++ {
		c := raw[i]
		if c != '.' && c|0x20 != 'v' {
			continue
		}
		if i > 0 && (isAlnumByte(raw[i-1]) || raw[i-1] == '.' || raw[i-1] == '-' || raw[i-1] == '_') {
			continue
		}
		switch {
		case c == '.' && raw[i+1]|0x20 == 'v' && raw[i+2]|0x20 == 'n' && isLetterByte(raw[i+3]):
			tcvn3 = true
		case c|0x20 == 'v' && raw[i+1]|0x20 == 'n' && raw[i+2]|0x20 == 'i' && raw[i+3] == '-' && isLetterByte(raw[i+4]):
			vni = true
		}
		if tcvn3 && vni {
			break
		}
	}
	return tcvn3, vni
}

func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isAlnumByte(c byte) bool  { return isLetterByte(c) || '0' <= c && c <= '9' }

// detectLegacy chooses between the declared (or default) Latin encoding and
// the Vietnamese ones by decoding a sample each way and counting words that
// are, and are not, possible Vietnamese syllables. A legacy encoding must
// win clearly, unless the page names its fonts.
func detectLegacy(raw []byte, declared Encoding) Encoding {
	if declared == "" {
		declared = Windows1252
	}
	sample := sampleOf(raw)
	if ascii(sample) {
		return declared
	}
	tcvnFont, vniFont := fontHints(raw)
	g, b := scoreText(decodeCP1252(sample))
	best, bestScore := declared, g-2*b
	// A whole page needs more evidence than a string passed to Repair.
	minGood := 3
	if len(raw) < 200 {
		minGood = 1
	}
	for _, e := range [...]Encoding{Windows1258, TCVN3, VNI} {
		var s string
		hinted := false
		switch e {
		case Windows1258:
			s = decodeCP1258(sample)
		case TCVN3:
			s, hinted = decodeTCVN3(sample, false), tcvnFont
		case VNI:
			s, hinted = decodeVNI(sample), vniFont
		}
		good, bad := scoreText(s)
		ok := good >= minGood && good >= 4*bad
		if hinted {
			ok = good >= 1 && good >= bad
		}
		if score := good - 2*bad; ok && score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

// sampleOf returns up to 64 KB of raw, starting just before its first
// non-ASCII byte: heads and scripts can be long, and only the text counts.
func sampleOf(raw []byte) []byte {
	first := 0
	for first < len(raw) && raw[first] < utf8.RuneSelf {
		first++
	}
	start := max(0, first-256)
	end := min(len(raw), start+64<<10)
	return raw[start:end]
}

// scoreText counts the words of s that hold a non-ASCII character and are
// (good) or are not (bad) possible Vietnamese syllables. Words are split at
// spaces, ASCII punctuation and digits, and general punctuation; any other
// character, such as the Latin-1 signs mojibake is full of, stays inside
// the word and makes it bad.
func scoreText(s string) (good, bad int) {
	start := -1
	nonASCII, letters := false, true
	flush := func(end int) {
		if start < 0 || !nonASCII {
			return
		}
		if letters && isSyllable(s[start:end]) {
			good++
		} else {
			bad++
		}
	}
	for i, r := range s {
		if isWordSep(r) {
			flush(i)
			start = -1
			continue
		}
		if start < 0 {
			start, nonASCII, letters = i, false, true
		}
		if r >= utf8.RuneSelf {
			nonASCII = true
		}
		if !isVNLetter(r) {
			letters = false
		}
	}
	flush(len(s))
	return good, bad
}

func isWordSep(r rune) bool {
	if r < utf8.RuneSelf {
		return !isLetterByte(byte(r))
	}
	return r == 0xA0 || r >= 0x2000 && r <= 0x206F || r == 0xFFFD || unicode.IsSpace(r)
}
