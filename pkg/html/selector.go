package html

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// A Selector is a compiled CSS selector of the small subset profiles need:
// type, universal, .class, #id, [attr], [attr=v], [attr~=v], [attr^=v],
// [attr$=v], [attr*=v], the descendant and child combinators, and lists
// separated by commas. A dependency such as cascadia would add pseudo-classes
// that site profiles never use; this subset is a hundred lines.
type Selector struct {
	src  string
	alts []complexSel
}

type complexSel struct {
	parts []compound // left to right
	child []bool     // child[i]: parts[i] is the parent (not just an ancestor) of parts[i+1]
}

type compound struct {
	tag     string
	id      string
	classes []string
	attrs   []attrSel
}

type attrSel struct{ key, op, val string }

// attrKeys returns the attribute names the selector tests.
func (s Selector) attrKeys() []string {
	var keys []string
	for _, alt := range s.alts {
		for _, part := range alt.parts {
			for _, a := range part.attrs {
				keys = append(keys, a.key)
			}
		}
	}
	return keys
}

// String returns the selector's source.
func (s Selector) String() string { return s.src }

// Empty reports whether the selector matches nothing because it was never set.
func (s Selector) Empty() bool { return len(s.alts) == 0 }

// CompileSelector parses a selector; "" compiles to an empty selector that
// matches nothing.
func CompileSelector(src string) (Selector, error) {
	s := Selector{src: src}
	for _, alt := range splitTop(src, ',') {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			continue
		}
		c, err := parseComplex(alt)
		if err != nil {
			return Selector{}, fmt.Errorf("selector %q: %w", src, err)
		}
		s.alts = append(s.alts, c)
	}
	return s, nil
}

// splitTop splits s at sep outside brackets and quotes.
func splitTop(s string, sep byte) []string {
	var out []string
	depth, quote, start := 0, byte(0), 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == sep && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func parseComplex(s string) (complexSel, error) {
	var c complexSel
	child := false
	i := 0
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n':
			i++
			continue
		case '>':
			if len(c.parts) == 0 || child {
				return c, fmt.Errorf("misplaced '>'")
			}
			child = true
			i++
			continue
		}
		j := i
		depth, quote := 0, byte(0)
		for ; j < len(s); j++ {
			ch := s[j]
			if quote != 0 {
				if ch == quote {
					quote = 0
				}
				continue
			}
			if ch == '"' || ch == '\'' {
				quote = ch
			} else if ch == '[' {
				depth++
			} else if ch == ']' {
				depth--
			} else if depth == 0 && (ch == ' ' || ch == '>' || ch == '\t' || ch == '\n') {
				break
			}
		}
		comp, err := parseCompound(s[i:j])
		if err != nil {
			return c, err
		}
		if len(c.parts) > 0 {
			c.child = append(c.child, child)
		}
		c.parts = append(c.parts, comp)
		child = false
		i = j
	}
	if len(c.parts) == 0 || child {
		return c, fmt.Errorf("incomplete selector")
	}
	return c, nil
}

func isNameByte(c byte) bool {
	return c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func parseCompound(s string) (compound, error) {
	var c compound
	name := func(i int) (string, int) {
		j := i
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		return s[i:j], j
	}
	i := 0
	if i < len(s) && s[i] == '*' {
		i++
	} else if i < len(s) && isNameByte(s[i]) {
		c.tag, i = name(i)
		c.tag = strings.ToLower(c.tag)
	}
	for i < len(s) {
		switch s[i] {
		case '.', '#':
			kind := s[i]
			var v string
			v, i = name(i + 1)
			if v == "" {
				return c, fmt.Errorf("empty name after %q", kind)
			}
			if kind == '.' {
				c.classes = append(c.classes, v)
			} else {
				c.id = v
			}
		case '[':
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				return c, fmt.Errorf("unclosed '['")
			}
			a, err := parseAttr(s[i+1 : i+end])
			if err != nil {
				return c, err
			}
			c.attrs = append(c.attrs, a)
			i += end + 1
		default:
			return c, fmt.Errorf("unsupported syntax at %q", s[i:])
		}
	}
	return c, nil
}

func parseAttr(s string) (attrSel, error) {
	k := strings.IndexAny(s, "=~^$*|")
	if k < 0 {
		key := strings.ToLower(strings.TrimSpace(s))
		if key == "" {
			return attrSel{}, fmt.Errorf("empty attribute")
		}
		return attrSel{key: key}, nil
	}
	a := attrSel{key: strings.ToLower(strings.TrimSpace(s[:k]))}
	rest := s[k:]
	if rest[0] == '=' {
		a.op, rest = "=", rest[1:]
	} else if len(rest) > 1 && rest[1] == '=' {
		a.op, rest = rest[:2], rest[2:]
	} else {
		return a, fmt.Errorf("bad attribute operator in %q", s)
	}
	v := strings.TrimSpace(rest)
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	a.val = v
	if a.key == "" {
		return a, fmt.Errorf("empty attribute")
	}
	return a, nil
}

// Match reports whether n matches the selector.
func (s Selector) Match(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for i := range s.alts {
		c := &s.alts[i]
		if matchFrom(c, len(c.parts)-1, n) {
			return true
		}
	}
	return false
}

func matchFrom(c *complexSel, i int, n *html.Node) bool {
	if !c.parts[i].match(n) {
		return false
	}
	if i == 0 {
		return true
	}
	if c.child[i-1] {
		p := n.Parent
		return p != nil && p.Type == html.ElementNode && matchFrom(c, i-1, p)
	}
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if matchFrom(c, i-1, p) {
			return true
		}
	}
	return false
}

func (c *compound) match(n *html.Node) bool {
	if c.tag != "" && n.Data != c.tag {
		return false
	}
	if c.id != "" && attr(n, "id") != c.id {
		return false
	}
	for _, cls := range c.classes {
		if !hasClass(n, cls) {
			return false
		}
	}
	for _, a := range c.attrs {
		if !a.match(n) {
			return false
		}
	}
	return true
}

func (a attrSel) match(n *html.Node) bool {
	if !hasAttr(n, a.key) {
		return false
	}
	v := attr(n, a.key)
	switch a.op {
	case "":
		return true
	case "=":
		return v == a.val
	case "~=":
		for _, f := range strings.Fields(v) {
			if f == a.val {
				return true
			}
		}
		return false
	case "|=":
		return v == a.val || strings.HasPrefix(v, a.val+"-")
	case "^=":
		return a.val != "" && strings.HasPrefix(v, a.val)
	case "$=":
		return a.val != "" && strings.HasSuffix(v, a.val)
	case "*=":
		return a.val != "" && strings.Contains(v, a.val)
	}
	return false
}

// First returns the first element under root (root included) that matches.
func (s Selector) First(root *html.Node) *html.Node {
	if s.Empty() || root == nil {
		return nil
	}
	var found *html.Node
	walk(root, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if s.Match(n) {
			found = n
			return false
		}
		return true
	})
	return found
}

// All returns the elements under root that match, outermost only.
func (s Selector) All(root *html.Node) []*html.Node {
	if s.Empty() || root == nil {
		return nil
	}
	var out []*html.Node
	walk(root, func(n *html.Node) bool {
		if s.Match(n) {
			out = append(out, n)
			return false
		}
		return true
	})
	return out
}

// mayMatch reports whether a page whose class attributes are classes could
// hold a match: some alternative's last compound has all its classes there.
func (s Selector) mayMatch(classes string) bool {
	for i := range s.alts {
		last := &s.alts[i].parts[len(s.alts[i].parts)-1]
		ok := true
		for _, c := range last.classes {
			if !strings.Contains(classes, c) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
