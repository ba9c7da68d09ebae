package html

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// classID returns n's class and id attributes, lower case, for the
// pattern tests that decide what a container is for. Component names of
// modern sites (data-component="byline-block", data-testid="tags") count as
// classes too.
func classID(n *html.Node) string {
	return strings.ToLower(string(appendClassID(nil, n)))
}

// appendClassID appends n's class and id attributes, as written and
// joined by spaces, to buf.
func appendClassID(buf []byte, n *html.Node) []byte {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "data-component", "data-testid", "data-module":
			if a.Val != "" {
				if len(buf) > 0 {
					buf = append(buf, ' ')
				}
				buf = append(buf, a.Val...)
			}
		}
	}
	return buf
}

// hasClass reports whether n has the class token cls.
func hasClass(n *html.Node, cls string) bool {
	v := attr(n, "class")
	for {
		i := strings.Index(v, cls)
		if i < 0 {
			return false
		}
		end := i + len(cls)
		if (i == 0 || isHTMLSpace(v[i-1])) && (end == len(v) || isHTMLSpace(v[end])) {
			return true
		}
		v = v[end:]
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// containsAny reports whether s contains one of the words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// skipAtoms are elements whose text is never article text.
func skipAtom(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Select, atom.Option,
		atom.Textarea, atom.Input, atom.Button, atom.Head, atom.Link, atom.Meta, atom.Map,
		atom.Audio, atom.Video, atom.Source, atom.Track, atom.Dialog:
		return true
	}
	return false
}

// blockAtom reports elements that break a line of text.
func blockAtom(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Dd, atom.Details,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hr, atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section,
		atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul,
		atom.Center, atom.Summary, atom.Caption, atom.Body, atom.Html:
		return true
	}
	return false
}

// textOf returns the visible text of n with whitespace folded.
func textOf(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return fold(b.String())
}

func appendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipAtom(n.DataAtom) {
			return
		}
		if n.DataAtom == atom.Br || blockAtom(n.DataAtom) {
			b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c)
	}
	if n.Type == html.ElementNode && blockAtom(n.DataAtom) {
		b.WriteByte(' ')
	}
}

// fold collapses runs of white space (including no-break spaces) to one
// space and trims the ends, leaving folded text as it is without
// allocating. It does not clean the text as news.Line does: the page was
// decoded clean, and Normalize cleans every string of the article; the
// reader's comparisons see through what cleaning removes.
func fold(s string) string {
	if spaceFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpaceRune(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spaceFolded reports whether s has no white space but single inner
// spaces; it reads bytes, and runes only beyond ASCII.
func spaceFolded(s string) bool {
	prev := true // a leading space is not folded
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prev {
					return false
				}
				prev = true
			} else if c <= ' ' || c == 0x7f {
				return false
			} else {
				prev = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpaceRune(r) {
			return false
		}
		prev = false
		i += n
	}
	return !prev || s == ""
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003',
		'\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\u0085':
		return true
	}
	return false
}

// runeLen counts the letters a reader sees.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// walk calls f on n and its descendants in document order; f returns false
// to skip a node's children.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// isAncestor reports whether a is n or one of its ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// hidden reports elements a browser would not show.
func hidden(n *html.Node) bool {
	if hasAttr(n, "hidden") {
		return true
	}
	st := attr(n, "style")
	if st == "" || !strings.Contains(st, "none") && !strings.Contains(st, "idden") && !strings.Contains(st, "NONE") {
		return false
	}
	st = strings.ToLower(strings.ReplaceAll(st, " ", ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// textLen counts the letters of n's text as countText does, without
// building it, and stops counting past max.
func textLen(n *html.Node, max int) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		switch {
		case total > max || c.Type == html.ElementNode && skipAtom(c.DataAtom):
			return false
		case c.Type == html.TextNode:
			t, _ := countText(c.Data)
			total += t
		}
		return true
	})
	return total
}

// shortText returns the text of n when it has at most max bytes, else ok
// is false; it stops reading as soon as the limit is passed.
func shortText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	over := false
	walk(n, func(c *html.Node) bool {
		if over {
			return false
		}
		if p := c.PrevSibling; p != nil && p.Type == html.ElementNode && blockAtom(p.DataAtom) {
			b.WriteByte(' ') // "<div>By</div><a>Name</a>"
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if skipAtom(c.DataAtom) {
				return false
			}
			if c.DataAtom == atom.Br || blockAtom(c.DataAtom) {
				b.WriteByte(' ')
			}
		}
		over = b.Len() > max
		return !over
	})
	if over {
		return "", false
	}
	return fold(b.String()), true
}
