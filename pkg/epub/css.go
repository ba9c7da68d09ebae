package epub

import (
	"fmt"
	"strings"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/news"
)

// cssFile is the book's one stylesheet, under css/.
const cssFile = "style.css"

// usedStyles reports which of the four font styles the text needs: regular
// for body text and bold for titles, headings and leads always; italic and
// bold italic only when some span is italic. Each style embedded costs
// about 280 KB, so the book carries no style it does not show.
func usedStyles(c *news.Collection) [4]bool {
	var used [4]bool
	used[fonts.Regular], used[fonts.Bold] = true, true
	mark := func(spans []news.Span, heading bool) {
		for _, s := range spans {
			if s.Italic {
				used[fonts.StyleOf(s.Bold || heading, true)] = true
			}
		}
	}
	for i := range c.Articles {
		for j := range c.Articles[i].Body {
			bl := &c.Articles[i].Body[j]
			for run := range bl.Runs() {
				mark(run, bl.Kind == news.Heading)
			}
		}
	}
	return used
}

// textRunes lists every rune the book may print in the embedded font,
// sorted (see fonts.LettersOf). On the way it reports articles most of
// whose letters the font lacks: readers draw them with fonts of their own,
// or not at all.
func (b *book) textRunes() []rune {
	letters, gaps := fonts.LettersOf(b.c, b.o.Font.TTF(fonts.Regular))
	for i := range gaps {
		if g := &gaps[i]; g.Most() {
			b.warn(i, fmt.Sprintf("%d%% of the letters of the article are %s, which the embedded font lacks: readers draw them with fonts of their own", g.Percent(), g.Script()), "script", g.Script())
		}
	}
	return letters.Runes()
}

// fontFamily is the family's name made safe for CSS and file names.
func fontFamily(f *fonts.Family) string {
	name := strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return r
		}
		return -1
	}, f.Name)
	if name == "" {
		return "Text"
	}
	return name
}

// fontFile is the file name of one style under fonts/.
func fontFile(family string, s fonts.Style) string {
	return family + "-" + s.Suffix() + ".ttf"
}

// stylesheet returns the book's CSS, with an @font-face rule for each
// embedded style.
func stylesheet(family string, embedded [4]bool) string {
	var b strings.Builder
	for _, s := range fonts.Styles {
		if !embedded[s] {
			continue
		}
		weight, style := "normal", "normal"
		if s == fonts.Bold || s == fonts.BoldItalic {
			weight = "bold"
		}
		if s == fonts.Italic || s == fonts.BoldItalic {
			style = "italic"
		}
		b.WriteString("@font-face {\n  font-family: \"" + family + "\";\n  font-weight: " + weight +
			";\n  font-style: " + style + ";\n  src: url(\"../" + fontDir + fontFile(family, s) + "\");\n}\n")
	}
	if b.Len() > 0 {
		b.WriteString("body {\n  font-family: \"" + family + "\", serif;\n}\n")
	} else {
		b.WriteString("body {\n  font-family: serif;\n}\n")
	}
	b.WriteString(baseCSS)
	return b.String()
}

const baseCSS = `body { line-height: 1.5; margin: 0; padding: 0 2%; }
h1, h2, h3, h4, h5, h6 { font-weight: bold; line-height: 1.25; page-break-after: avoid; }
h1 { font-size: 1.6em; margin: 0.3em 0 0.5em; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; }
h3, h4, h5, h6 { font-size: 1.1em; margin: 1em 0 0.3em; }
p { margin: 0 0 0.8em; }
.meta, .count, .period, .generated { font-size: 0.85em; color: #555; }
.lead { font-weight: bold; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 0.2em solid #999; }
figure { margin: 1em 0; text-align: center; page-break-inside: avoid; }
figure img { max-width: 100%; }
figcaption { font-size: 0.85em; color: #444; margin-top: 0.3em; }
.credit { color: #666; }
pre { white-space: pre-wrap; font-family: monospace; font-size: 0.9em; }
footer { margin-top: 1.5em; }
.byline { text-align: right; font-weight: bold; }
.source { font-size: 0.85em; word-wrap: break-word; }
ol.toc { padding-left: 1.5em; }
nav.contents a, ol.toc a { text-decoration: none; }
ol.toc li { margin: 0.3em 0; }
.titlepage { text-align: center; margin-top: 20%; }
.titlepage h1 { font-size: 2em; }
.publisher { text-transform: uppercase; letter-spacing: 0.05em; }
div.table { margin: 1em 0; overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.85em; line-height: 1.3; }
div.wide table { font-size: 0.7em; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
th { background-color: #eee; font-weight: bold; }
th.num, td.num { text-align: right; }
`
