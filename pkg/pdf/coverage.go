package pdf

import (
	"fmt"
	"strconv"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/news"
)

// checkScripts refuses a document most of whose letters no font has — a
// Korean page would come out as a PDF of replacement marks — naming the
// script and the way out. In a digest an article mostly in such a script
// is reported and drawn with replacement marks, unless most of the digest
// is. A few stray runes are reported with their article as it is drawn.
func (d *doc) checkScripts(c *news.Collection) error {
	var total fonts.Gap
	for i := range c.Articles {
		a := &c.Articles[i]
		var gap fonts.Gap
		for s := range a.Texts() {
			for _, r := range s {
				gap.Add(r, d.drawable(r))
			}
		}
		total.Merge(&gap)
		if !gap.Most() {
			continue
		}
		if !c.IsDigest() {
			return fmt.Errorf("pdf: %w: %s", news.ErrUnsupported, scriptAdvice(&gap, "the article"))
		}
		d.beginArticle(a)
		d.warn(scriptAdvice(&gap, "the article")+"; drawn with replacement marks", "script", gap.Script())
		d.art = nil
	}
	if c.IsDigest() && total.Most() {
		return fmt.Errorf("pdf: %w: %s", news.ErrUnsupported, scriptAdvice(&total, "the collection"))
	}
	return nil
}

// scriptAdvice says what cannot be drawn and how to draw it.
func scriptAdvice(g *fonts.Gap, what string) string {
	return strconv.Itoa(g.Percent()) + "% of the letters of " + what + " are " + g.Script() +
		", which no font has; use a TrueType family that has them with --font-dir DIR --font NAME (fonts.Load in Go)"
}

// drawable reports whether the body font or a fallback has r.
func (d *doc) drawable(r rune) bool {
	if d.fonts.has(bodyFace, r) {
		return true
	}
	for k := fallFace; int(k) < len(d.fonts.faces); k++ {
		if d.fonts.has(k, r) {
			return true
		}
	}
	return false
}
