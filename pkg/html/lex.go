package html

import (
	"bytes"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
)

// lexer splits a page held in memory into the tokens build reads: text,
// start, self-closing and end tags, each as x/net/html's Tokenizer gives
// it (FuzzLexer holds the two to the same tokens), without its work for
// a stream (reading byte by byte into a buffer that grows and moves) nor
// its copies: text is found with one IndexByte call per tag, a tag's
// name and attributes are positions in the page, and comments, doctypes
// and processing instructions are passed over, as build never reads them.
// The strings it gives for text and attribute values that need no
// unescaping are pieces of one copy of the page: a string that holds on
// to the whole page while any piece of it lives (see detach).
type lexer struct {
	s      []byte
	page   string // a copy of s as it was first
	pos    int
	rawTag string // the element whose raw text comes next ("script", "title"…), or ""

	// The current token.
	data       span       // a text's bytes, a tag's name
	attrs      []attrSpan // a tag's attributes, in order, duplicates included
	firstBuf   []int      // for firsts
	textIsRaw  bool       // the text is not unescaped (script, style…)
	convertNUL bool       // NUL bytes in the text are replaced (raw text)
	verbatim   bool       // text left the text's bytes as they were
}

type span struct{ start, end int }

type attrSpan struct{ key, val span }

func newLexer(s []byte) *lexer { return &lexer{s: s, page: string(s)} }

// nextIsNotRawText is the Tokenizer's NextIsNotRawText.
func (l *lexer) nextIsNotRawText() { l.rawTag = "" }

func (l *lexer) bytes(sp span) []byte { return l.s[sp.start:sp.end] }

// next reads the next token: html.TextToken, StartTagToken,
// SelfClosingTagToken or EndTagToken, else html.ErrorToken at the end
// (and at a tag the page ends in, which the Tokenizer drops).
func (l *lexer) next() html.TokenType {
	l.textIsRaw, l.convertNUL = false, false
	if tag := l.rawTag; tag != "" {
		l.rawTag = ""
		start, end := l.pos, len(l.s)
		switch tag {
		case "plaintext":
		case "script":
			end = scriptEnd(l.s, start)
		default:
			end = rawEnd(l.s, start, tag)
		}
		l.pos = end
		if end > start {
			l.data = span{start, end}
			l.textIsRaw = tag != "textarea" && tag != "title"
			l.convertNUL = true
			return html.TextToken
		}
	}
	s := l.s
	start := l.pos
	for {
		j := bytes.IndexByte(s[l.pos:], '<')
		if j < 0 || l.pos+j+1 >= len(s) {
			break // a '<' at the very end is text
		}
		at := l.pos + j
		c := s[at+1]
		if !letter(c) && c != '/' && c != '!' && c != '?' {
			l.pos = at + 1 // a '<' that opens nothing is text
			continue
		}
		if at > start { // the text before it first
			l.pos, l.data = at, span{start, at}
			return html.TextToken
		}
		switch {
		case letter(c):
			return l.tag(at+1, true)
		case c == '/':
			if at+2 >= len(s) {
				l.pos = len(s) // "</" at the end is text
				l.data = span{start, l.pos}
				return html.TextToken
			}
			switch c2 := s[at+2]; {
			case c2 == '>':
				l.pos = at + 3 // "</>" is nothing
			case letter(c2):
				return l.tag(at+2, false)
			default:
				l.pos = closeAngle(s, at+2) // a bogus comment
			}
		case c == '!':
			l.pos = declEnd(s, at+2)
		default: // "<?": a bogus comment
			l.pos = closeAngle(s, at+1)
		}
		start = l.pos
	}
	l.pos = len(s)
	if start < l.pos {
		l.data = span{start, l.pos}
		return html.TextToken
	}
	return html.ErrorToken
}

func letter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func space(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

// closeAngle returns the index after the first '>' at or after i, or the
// end of s.
func closeAngle(s []byte, i int) int {
	if j := bytes.IndexByte(s[i:], '>'); j >= 0 {
		return i + j + 1
	}
	return len(s)
}

// declEnd returns the end of a markup declaration whose "<!" ends before
// i: a comment, or a doctype or bogus comment up to the next '>'.
func declEnd(s []byte, i int) int {
	if i+2 > len(s) {
		return len(s)
	}
	if s[i] != '-' || s[i+1] != '-' {
		return closeAngle(s, i)
	}
	i += 2
	// "<!-->" and "<!--->" are empty comments; else a comment ends at
	// "-->" or "--!>" after its "<!--".
	if i < len(s) && s[i] == '>' {
		return i + 1
	}
	if i+1 < len(s) && s[i] == '-' && s[i+1] == '>' {
		return i + 2
	}
	for q := i; ; {
		j := bytes.IndexByte(s[q:], '>')
		if j < 0 {
			return len(s)
		}
		j += q
		if j-2 >= i && s[j-1] == '-' && s[j-2] == '-' || j-3 >= i && s[j-1] == '!' && s[j-2] == '-' && s[j-3] == '-' {
			return j + 1
		}
		q = j + 1
	}
}

// rawEnd returns where the raw text from i ends: at "</tag" followed by
// white space, '/' or '>' (tag in any case), else at the end of s.
func rawEnd(s []byte, i int, tag string) int {
	for {
		j := bytes.IndexByte(s[i:], '<')
		if j < 0 {
			return len(s)
		}
		at := i + j
		if at+1 < len(s) && s[at+1] == '/' {
			switch endTagAt(s, at+2, tag) {
			case 1:
				return at
			case -1:
				return len(s)
			}
		}
		i = at + 1
	}
}

// endTagAt tells whether s[i:] goes on an end tag's "</" with tag and a
// character that ends the name: 1 if so, 0 if not, -1 if s ends first.
func endTagAt(s []byte, i int, tag string) int {
	for k := 0; k < len(tag); k++ {
		if i+k >= len(s) {
			return -1
		}
		if c := s[i+k]; c != tag[k] && c != tag[k]-('a'-'A') {
			return 0
		}
	}
	if i+len(tag) >= len(s) {
		return -1
	}
	switch s[i+len(tag)] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return 1
	}
	return 0
}

// scriptEnd returns where a script's text from i ends: at its "</script",
// with the rules by which "<!--" and "<script" inside a script hide one
// (HTML's script data states, as x/net/html follows them), else at the
// end of s.
func scriptEnd(s []byte, i int) int {
	const (
		data = iota
		lessThan
		escapeStart
		escapeStartDash
		escaped
		escapedDash
		escapedDashDash
		escapedLessThan
		doubleEscaped
		doubleEscapedDash
		doubleEscapedDashDash
		doubleEscapedLessThan
	)
	state := data
	for {
		if state == data {
			j := bytes.IndexByte(s[i:], '<')
			if j < 0 {
				return len(s)
			}
			i += j + 1
			state = lessThan
			continue
		}
		if i >= len(s) {
			return len(s)
		}
		c := s[i]
		i++
		switch state {
		case lessThan:
			switch c {
			case '/':
				switch endTagAt(s, i, "script") {
				case 1:
					return i - 2
				case -1:
					return len(s)
				}
				state = data
			case '!':
				state = escapeStart
			default:
				i--
				state = data
			}
		case escapeStart, escapeStartDash:
			switch {
			case c == '-' && state == escapeStart:
				state = escapeStartDash
			case c == '-':
				state = escapedDashDash
			default:
				i--
				state = data
			}
		case escaped, escapedDash, escapedDashDash:
			switch {
			case c == '-' && state == escaped:
				state = escapedDash
			case c == '-':
				state = escapedDashDash
			case c == '<':
				state = escapedLessThan
			case c == '>' && state == escapedDashDash:
				state = data
			default:
				state = escaped
			}
		case escapedLessThan:
			switch {
			case c == '/':
				switch endTagAt(s, i, "script") {
				case 1:
					return i - 2
				case -1:
					return len(s)
				}
				state = escaped
			case letter(c):
				switch endTagAt(s, i-1, "script") {
				case 1:
					i += len("script")
					state = doubleEscaped
				case -1:
					return len(s)
				default:
					state = escaped
				}
			default:
				i--
				state = data
			}
		case doubleEscaped, doubleEscapedDash, doubleEscapedDashDash:
			switch {
			case c == '-' && state == doubleEscaped:
				state = doubleEscapedDash
			case c == '-':
				state = doubleEscapedDashDash
			case c == '<':
				state = doubleEscapedLessThan
			case c == '>' && state == doubleEscapedDashDash:
				state = data
			default:
				state = doubleEscaped
			}
		case doubleEscapedLessThan:
			if c != '/' {
				i--
				state = doubleEscaped
				break
			}
			switch endTagAt(s, i, "script") {
			case 1:
				i += len("script>")
				state = escaped
			case -1:
				return len(s)
			default:
				state = doubleEscaped
			}
		}
	}
}

// tag reads a start or end tag whose name starts at i (after "<" or
// "</"), as the Tokenizer's readTag does: the name up to white space, '/'
// or '>', then attributes, each a key (which may start with '=') and a
// value, quoted or not. A tag the page ends in is dropped, and the page
// with it.
func (l *lexer) tag(i int, start bool) html.TokenType {
	s := l.s
	l.attrs = l.attrs[:0]
	ns := i
	for i < len(s) && !space(s[i]) && s[i] != '/' && s[i] != '>' {
		i++
	}
	l.data = span{ns, i}
	if i < len(s) && space(s[i]) {
		i++
	}
	for {
		for i < len(s) && space(s[i]) {
			i++
		}
		if i >= len(s) {
			l.pos = len(s)
			return html.ErrorToken
		}
		if s[i] == '>' {
			i++
			break
		}
		// The key: its first character may be '='.
		ks := i
		if s[i] != '/' {
			i++
			for i < len(s) && !space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=' {
				i++
			}
		}
		a := attrSpan{key: span{ks, i}, val: span{i, i}}
		for i < len(s) && space(s[i]) {
			i++
		}
		if i >= len(s) {
			l.pos = len(s)
			return html.ErrorToken
		}
		switch s[i] {
		case '/':
			i++
		case '=':
			i++
			for i < len(s) && space(s[i]) {
				i++
			}
			if i >= len(s) {
				l.pos = len(s)
				return html.ErrorToken
			}
			switch q := s[i]; q {
			case '>':
			case '"', '\'':
				j := bytes.IndexByte(s[i+1:], q)
				if j < 0 {
					l.pos = len(s)
					return html.ErrorToken
				}
				a.val = span{i + 1, i + 1 + j}
				i += j + 2
			default:
				vs := i
				for i < len(s) && !space(s[i]) && s[i] != '>' {
					i++
				}
				if i >= len(s) {
					l.pos = len(s)
					return html.ErrorToken
				}
				a.val = span{vs, i}
				if s[i] != '>' {
					i++
				}
			}
		}
		if start && a.key.end > a.key.start {
			l.attrs = append(l.attrs, a)
		}
	}
	l.pos = i
	if !start {
		return html.EndTagToken
	}
	if name := s[l.data.start:l.data.end]; len(name) <= len("plaintext") {
		var buf [16]byte
		switch n := string(lowerASCII(name, buf[:0])); n {
		case "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp":
			l.rawTag = n
		}
	}
	// "<br/>" closes itself, "<p a=/>" does not: the '/' before '>' must
	// not be the end of the last attribute's unquoted value.
	if s[i-2] == '/' {
		if last, ok := l.lastAttr(); !ok || i-2 != last.val.end-1 {
			return html.SelfClosingTagToken
		}
	}
	return html.StartTagToken
}

// attributes returns the current tag's attributes as the Tokenizer's
// Token does: names in lower case, the first of each name, values
// unescaped.
func (l *lexer) attributes() []html.Attribute {
	ks := l.firsts()
	attrs := make([]html.Attribute, 0, len(ks))
	for _, k := range ks {
		a := l.attrs[k]
		attrs = append(attrs, html.Attribute{Key: string(lowerASCII(l.bytes(a.key), nil)), Val: l.value(a.val)})
	}
	return attrs
}

// attr returns the value of the current tag's first attribute named key
// (in lower case), or "".
func (l *lexer) attr(key string) string {
	for _, a := range l.attrs {
		if k := l.bytes(a.key); len(k) == len(key) && equalFoldASCII(k, []byte(key)) {
			return l.value(a.val)
		}
	}
	return ""
}

// lastAttr returns the tag's last attribute that is not a repeat of an
// earlier name, which the Tokenizer drops.
func (l *lexer) lastAttr() (attrSpan, bool) {
	ks := l.firsts()
	if len(ks) == 0 {
		return attrSpan{}, false
	}
	return l.attrs[ks[len(ks)-1]], true
}

// firsts returns the indexes of the tag's attributes whose name, in any
// case, no earlier attribute has: the Tokenizer drops the others. Past a
// few attributes a set of the names keeps a tag of thousands linear.
func (l *lexer) firsts() []int {
	ks := l.firstBuf[:0]
	var seen map[string]bool
	if len(l.attrs) > 8 {
		seen = make(map[string]bool, len(l.attrs))
	}
	for k, a := range l.attrs {
		if seen != nil {
			name := string(lowerASCII(l.bytes(a.key), nil))
			if seen[name] {
				continue
			}
			seen[name] = true
		} else if l.repeated(k) {
			continue
		}
		ks = append(ks, k)
	}
	l.firstBuf = ks
	return ks
}

// repeated reports whether attribute k's name, in any case, is an earlier
// attribute's.
func (l *lexer) repeated(k int) bool {
	key := l.bytes(l.attrs[k].key)
	for _, a := range l.attrs[:k] {
		if equalFoldASCII(l.bytes(a.key), key) {
			return true
		}
	}
	return false
}

// equalFoldASCII is bytes.EqualFold for ASCII letters only, as the
// Tokenizer lowers names: two bytes of invalid UTF-8 are different names.
func equalFoldASCII(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i, c := range a {
		d := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// lowerASCII appends s in lower case to buf.
func lowerASCII(s, buf []byte) []byte {
	for _, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// text returns a text token's text with CR LF and CR made LF and, in raw
// text, NUL replaced: the Tokenizer's Text but for character references,
// which str unescapes. It may rewrite the page's bytes.
func (l *lexer) text() []byte {
	t := l.bytes(l.data)
	l.verbatim = true
	if bytes.IndexByte(t, '\r') >= 0 {
		t, l.verbatim = convertNewlines(t), false
	}
	if l.convertNUL && bytes.IndexByte(t, 0) >= 0 {
		t, l.verbatim = bytes.ReplaceAll(t, []byte{0}, []byte("\uFFFD")), false
	}
	return t
}

// str returns text t, the last that text returned, as a string: its
// character references unescaped unless the text is raw.
func (l *lexer) str(t []byte) string {
	if !l.textIsRaw && bytes.IndexByte(t, '&') >= 0 {
		// UnescapeString copies a string with an '&': t is not kept.
		s := html.UnescapeString(unsafe.String(unsafe.SliceData(t), len(t)))
		if unsafe.StringData(s) == unsafe.SliceData(t) {
			s = strings.Clone(s)
		}
		return s
	}
	if l.verbatim {
		return l.page[l.data.start:l.data.end]
	}
	return string(t)
}

// convertNewlines makes "\r\n" and "\r" "\n", in place.
func convertNewlines(s []byte) []byte {
	i := bytes.IndexByte(s, '\r')
	if i < 0 {
		return s
	}
	w := i
	for ; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
		s[w] = c
		w++
	}
	return s[:w]
}

// value returns an attribute's value as the Tokenizer's TagAttr does:
// NUL replaced, new lines converted, character references unescaped as in
// an attribute ("?a=1&copy=2" keeps its "&copy", text would not).
func (l *lexer) value(sp span) string {
	v := l.bytes(sp)
	if bytes.IndexByte(v, 0) >= 0 || bytes.IndexByte(v, '\r') >= 0 {
		v = convertNewlines(bytes.ReplaceAll(v, []byte{0}, []byte("\uFFFD")))
		return unescapeAttr(string(v))
	}
	if bytes.IndexByte(v, '&') >= 0 {
		return unescapeAttr(l.page[sp.start:sp.end])
	}
	return l.page[sp.start:sp.end]
}

// unescapeAttr unescapes character references as HTML does in an
// attribute's value, where a named reference without ';' is left alone
// when '=' or a letter or digit follows it. html.UnescapeString does as
// text does: the ampersands it would read differently are escaped first.
func unescapeAttr(v string) string {
	var b []byte // v with those ampersands escaped, once there is one
	done, decodes := 0, false
	for i := strings.IndexByte(v, '&'); i >= 0; i = next(v, i+1) {
		k := i + 1
		for k < len(v) && (letter(v[k]) || '0' <= v[k] && v[k] <= '9') {
			k++
		}
		if k == i+1 { // "&#…", or a lone '&'
			decodes = decodes || k < len(v) && v[k] == '#'
			continue
		}
		semi := k < len(v) && v[k] == ';'
		if semi && v[i:k] == "&amp" || !(!semi && k < len(v) && v[k] == '=' || !semi && textPrefix(v[i:k]) || semi && textPrefix(v[i:k+1])) {
			decodes = true
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(v)+32)
		}
		b = append(append(b, v[done:i]...), "&amp;"...)
		done = i + 1
	}
	switch {
	case !decodes:
		return v
	case b == nil:
		return html.UnescapeString(v)
	}
	b = append(b, v[done:]...)
	return html.UnescapeString(unsafe.String(unsafe.SliceData(b), len(b))) // b is not used again
}

func next(v string, i int) int {
	if j := strings.IndexByte(v[i:], '&'); j >= 0 {
		return i + j
	}
	return -1
}

// textPrefix reports whether html.UnescapeString reads a named reference
// ref ("&name" or "&name;") by a shorter name it starts with ("&notit;"
// as "¬it;"), which it does in text and HTML does not in attributes.
func textPrefix(ref string) bool {
	r := html.UnescapeString(ref)
	if r == ref {
		return false
	}
	// A whole name gives one rune or two; a prefix gives one rune and the
	// rest of the name, whose last byte it ends with.
	switch n := utf8.RuneCountInString(r); {
	case n == 1:
		return false
	case n > 2:
		return true
	}
	return r[len(r)-1] == ref[len(ref)-1]
}
