package markdown

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/pkg/news"
)

// mode says where escaped text goes.
type mode int

const (
	inline    mode = 0           // inside a line: table cells, link text, alt text
	atStart   mode = 1           // starts a block: list, heading and quote markers are escaped
	inHeading      = atStart | 2 // a heading: also '#' (a closing sequence) and '{' (attributes)
)

// escape returns s as Markdown text that shows exactly s: every ASCII
// character GFM may read as markup is backslash-escaped, line breaks and
// tabs become spaces (a block is one line), and what no document should hold
// (control characters, noncharacters, bytes that are not UTF-8) becomes
// U+FFFD.
func escape(s string, m mode) string {
	out := strings.TrimSpace(escapeSpan(s, m))
	if m&atStart != 0 {
		out = startSafe(out)
	}
	return out
}

// escapeSpan is escape for a span inside a line: its spaces kept, its start
// not a block's.
func escapeSpan(s string, m mode) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range clean(s) {
		if strings.ContainsRune("\\`*_[]<>|~&", r) || (r == '#' || r == '{') && m&inHeading == inHeading {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// clean puts s in NFC and replaces what cannot stand in a one-line block:
// line breaks and tabs by spaces, control characters, noncharacters and
// invalid bytes by U+FFFD.
func clean(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\u2028' || r == '\u2029':
			return ' '
		case forbidden(r):
			return '\uFFFD'
		}
		return r
	}, s)
}

// forbidden reports runes no text document should carry. strings.Map and
// range loops have already turned invalid bytes into utf8.RuneError.
func forbidden(r rune) bool {
	return r < ' ' && r != '\t' && r != '\n' && r != '\r' || r >= 0x7F && r <= 0x9F ||
		r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}

// startSafe escapes the start of a block that a parser would read as a
// heading, a list item, a quote or a setext underline: "# ", "- ", "+ ",
// "=", "2023. " (an ordered list may start at any number of up to nine
// digits). The other block markers (*, >, `, ~, |, <) are escaped wherever
// they are.
func startSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=':
		return `\` + s
	}
	digits := 0
	for digits < len(s) && digits < 10 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits <= 9 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// emphasis wraps a whole block's escaped text in delim ("*" or "**"). The
// text starts and ends with no space, so the delimiters always open and
// close.
func emphasis(text, delim string) string {
	if text == "" {
		return ""
	}
	return delim + text + delim
}

// run is text of one style: escaped, with the link checked.
type run struct {
	text         string
	bold, italic bool
	link         string
}

// inline renders styled spans. Adjacent spans of one style are merged;
// bold and italic become ** and *, links [text](url). Emphasis that a
// parser would not read as such — delimiters next to another delimiter, or
// punctuation inside against a letter outside — is left out and the text
// kept, so that no stray asterisk ever shows.
func (d *doc) inline(spans []news.Span, m mode) string {
	var runs []run
	for _, s := range spans {
		href := ""
		if s.Link != "" {
			if href = news.SafeURL(s.Link); href == "" {
				d.warn("link is not an absolute http(s) or mailto URL; kept as text", "link", s.Link)
			}
		}
		text := escapeSpan(s.Text, m)
		if n := len(runs); n > 0 && runs[n-1].bold == s.Bold && runs[n-1].italic == s.Italic && runs[n-1].link == href {
			runs[n-1].text += text
			continue
		}
		runs = append(runs, run{text, s.Bold, s.Italic, href})
	}
	var b strings.Builder
	for k, r := range runs {
		core := strings.TrimLeftFunc(r.text, unicode.IsSpace)
		b.WriteString(r.text[:len(r.text)-len(core)])
		trimmed := strings.TrimRightFunc(core, unicode.IsSpace)
		trail := core[len(trimmed):]
		core = trimmed
		delim := ""
		switch {
		case r.bold && r.italic:
			delim = "***"
		case r.bold:
			delim = "**"
		case r.italic:
			delim = "*"
		}
		switch {
		case core == "":
		case r.link != "":
			// Inside brackets, emphasis always opens and closes.
			b.WriteString("[" + delim + core + delim + "](" + destination(r.link) + ")")
		case delim != "" && trail == "" && k+1 < len(runs) && (runs[k+1].bold || runs[k+1].italic) &&
			!startsWithSpace(runs[k+1].text):
			b.WriteString(core) // its closing delimiter would run into the next one's opening
		case delim != "" && flanks(lastRune(b.String()), core, nextRune(trail, runs, k)):
			b.WriteString(delim + core + delim)
		default:
			b.WriteString(core)
		}
		b.WriteString(trail)
	}
	out := strings.TrimSpace(b.String())
	if m&atStart != 0 {
		out = startSafe(out)
	}
	return out
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// lastRune is the rune before a span: a space at the start of a line.
func lastRune(s string) rune {
	if s == "" {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// nextRune is the rune after a span: its trailing space, the next span's
// first rune ('[' for a link), or a space at the end of the line.
func nextRune(trail string, runs []run, k int) rune {
	if trail != "" || k+1 >= len(runs) {
		return ' '
	}
	if runs[k+1].link != "" && !startsWithSpace(runs[k+1].text) {
		return '['
	}
	r, _ := utf8.DecodeRuneInString(runs[k+1].text)
	return r
}

// flanks reports whether delimiters around core, between prev and next,
// open and close emphasis by CommonMark's flanking rules.
func flanks(prev rune, core string, next rune) bool {
	if prev == '*' || next == '*' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(core)
	last, _ := utf8.DecodeLastRuneInString(core)
	opens := !unicode.IsSpace(first) && (!isPunct(first) || unicode.IsSpace(prev) || isPunct(prev))
	closes := !unicode.IsSpace(last) && (!isPunct(last) || unicode.IsSpace(next) || isPunct(next))
	return opens && closes
}

// isPunct is CommonMark's Unicode punctuation: P and S categories.
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// destination writes a link destination: in angle brackets when it holds
// parentheses or spaces, which would end it otherwise. Links here are
// percent-encoded and never hold < or >.
func destination(link string) string {
	if strings.ContainsAny(link, "() ") {
		return "<" + link + ">"
	}
	return link
}

// fenced writes preformatted text as a fenced code block, its fence longer
// than any run of backticks inside.
func fenced(text string) string {
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && forbidden(r) {
			return '\uFFFD'
		}
		return r
	}, text)
	longest, run := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + "\n" + strings.TrimRight(text, "\n") + "\n" + fence
}

// slugger gives headings the ids GitHub derives from their text (and Hugo
// and pandoc's gfm reader with it): lower case, letters, marks, digits,
// '_' and '-' kept, spaces made '-', everything else dropped; a repeated id
// gets "-1", "-2"…
type slugger struct {
	seen map[string]int
}

func (s *slugger) id(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(clean(text))) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r):
			b.WriteRune(r)
		}
	}
	base := b.String()
	if s.seen == nil {
		s.seen = make(map[string]int)
	}
	id := base
	for {
		if _, taken := s.seen[id]; !taken {
			break
		}
		s.seen[base]++
		id = base + "-" + strconv.Itoa(s.seen[base])
	}
	s.seen[id] = 0
	return id
}
