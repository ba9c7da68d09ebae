package html

import (
	"context"
	"log/slog"
	"strings"

	"github.com/newsarc/newsarc/pkg/news"
	"golang.org/x/net/html"
)

// logDecisions tells, as debug lines, what the reader made of the page:
// where the title came from, which element held the body, and the blocks
// of that element left out of the article (chrome, a date line, the title
// again). blocks are the body's blocks before they were cleaned. It costs
// one Enabled call when debug lines are off.
func (x *extractor) logDecisions(blocks []news.Block) {
	log := x.r.log
	if !log.Enabled(context.Background(), slog.LevelDebug) {
		return
	}
	page := x.a.URL
	log.Debug("html: title from "+x.titleSource(), "title", x.a.Title, "page", page)
	body := "no element: the page has no article text"
	if n := x.bodyElement(); n != nil {
		body = describe(n)
	}
	if x.profiled {
		body += " (profile " + x.prof.name + ")"
	}
	log.Debug("html: body from "+body, "blocks", len(x.a.Body), "page", page)
	kept := make(map[string]bool, len(x.a.Body))
	for i := range x.a.Body {
		kept[news.Line(blockText(&x.a.Body[i]))] = true
	}
	for i := range blocks {
		if b := &blocks[i]; b.Kind != news.Figure {
			if t := news.Line(blockText(b)); t != "" && !kept[t] {
				log.Debug("html: block dropped", "kind", string(b.Kind), "text", clip(t, 80), "page", page)
			}
		}
	}
}

// titleSource names where the title was found.
func (x *extractor) titleSource() string {
	switch {
	case x.headline != nil && x.prof != nil && x.prof.title.First(x.doc) == x.headline:
		return "profile " + x.prof.name + ": " + describe(x.headline)
	case x.headline != nil:
		return "the page's headline " + describe(x.headline)
	case x.a.Title == "":
		return "nowhere: no headline"
	}
	for _, m := range []struct{ name, title string }{
		{"JSON-LD headline", x.p.ld.headline}, {"og:title", x.p.first("og:title")},
		{"twitter:title", x.p.first("twitter:title")}, {"<title>", x.p.title},
	} {
		if m.title != "" && (m.title == x.a.Title || strings.Contains(m.title, x.a.Title)) {
			return "the metadata's " + m.name + " (the page does not print it)"
		}
	}
	return "the text (no headline found)"
}

// bodyElement is the innermost element that holds the first and the last
// text block of the body.
func (x *extractor) bodyElement() *html.Node {
	var first, last string
	for i := range x.a.Body {
		if t := news.Line(blockText(&x.a.Body[i])); t != "" {
			if first == "" {
				first = t
			}
			last = t
		}
	}
	if first == "" {
		return nil
	}
	first, last = clip(first, 40), clip(last, 40)
	first, last = strings.TrimSuffix(first, "…"), strings.TrimSuffix(last, "…")
	var found *html.Node
	walk(x.doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return true
		}
		t := news.Line(textOf(n))
		if !strings.Contains(t, first) || !strings.Contains(t, last) {
			return false
		}
		if n.Type == html.ElementNode {
			found = n // deeper matches come later and win
		}
		return true
	})
	return found
}

// describe names an element as a CSS selector would: div#main.article-body.
func describe(n *html.Node) string {
	s := "<" + n.Data
	if id := attr(n, "id"); id != "" {
		s += "#" + id
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		s += "." + c
	}
	return s + ">"
}

// clip shortens s to n runes.
func clip(s string, n int) string {
	if runeLen(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
