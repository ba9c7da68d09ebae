package html

import (
	"errors"
	"strings"

	"golang.org/x/net/html"
)

// parseDoc parses a page. x/net/html refuses a page that keeps more than
// 512 elements open at once (old pages that never close their <font> or
// <div> tags, or hostile ones); such a page is parsed again with the tags
// nested deeper than flattenDepth dropped, their text kept.
func parseDoc(text string) (*html.Node, error) {
	doc, err := html.ParseWithOptions(strings.NewReader(text), html.ParseOptionEnableScripting(false))
	if err != nil && strings.Contains(err.Error(), "open stack of elements") {
		doc, err = html.ParseWithOptions(strings.NewReader(flatten(text, flattenDepth)), html.ParseOptionEnableScripting(false))
	}
	if err != nil {
		// x/net/html's errors already say "html: ".
		return nil, errors.New("html: " + strings.TrimPrefix(err.Error(), "html: "))
	}
	return doc, nil
}

// flattenDepth is how deep flatten lets tags nest: far below the parser's
// 512, as the parser re-opens formatting elements that the tags' own count
// does not see.
const flattenDepth = 200

// flatten rewrites a page without the tags that open deeper than depth:
// their start and end tags go, their content stays where it was. The
// elements the parser closes by itself (paragraphs, list items, cells,
// headings) are kept at any depth and not counted: the page's paragraphs
// stay paragraphs.
func flatten(page string, depth int) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	b.Grow(len(page))
	type open struct {
		name string
		kept bool
	}
	var stack []open
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElement(string(name)) || selfClosing(string(name)) {
				b.Write(z.Raw())
				continue
			}
			kept := len(stack) < depth
			stack = append(stack, open{string(name), kept})
			if kept {
				b.Write(z.Raw())
			}
			continue
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(stack) - 1
			for i >= 0 && stack[i].name != string(name) {
				i--
			}
			if i < 0 {
				b.Write(z.Raw()) // a stray end tag: the parser's to judge
				continue
			}
			kept := stack[i].kept
			stack = stack[:i]
			if kept {
				b.Write(z.Raw())
			}
			continue
		}
		b.Write(z.Raw())
	}
}

// selfClosing reports the elements that the next of their kind closes.
func selfClosing(name string) bool {
	switch name {
	case "p", "li", "dt", "dd", "tr", "td", "th", "option", "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// voidElement reports the elements that have no end tag.
func voidElement(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr":
		return true
	}
	return false
}
