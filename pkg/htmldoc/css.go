package htmldoc

import (
	"encoding/base64"
	"strings"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/news"
)

// The system fonts the stylesheet asks for: families that carry every
// Vietnamese letter on common systems (Noto on Linux and Android, Times New
// Roman and Arial on Windows and macOS), then the generic family.
const (
	serifStack = `"Noto Serif", "Times New Roman", Times`
	sansStack  = `"Noto Sans", Arial, "Helvetica Neue", Helvetica`
)

// stylesheet writes the CSS: @font-face rules for the embedded fallback
// fonts when asked, the font stacks, then the fixed rules for screen and
// print.
func (p *page) stylesheet() {
	serif, sans := serifStack, sansStack
	if p.o.EmbedFonts {
		body, head := embedName(p.o.Body), embedName(p.o.Heading)
		letters, _ := fonts.LettersOf(p.c, nil)
		runes := letters.Runes()
		used := usedStyles(p.c)
		for _, s := range fonts.Styles {
			if used[s] {
				p.fontFace(body, p.o.Body, s, runes)
			}
		}
		if head != body {
			p.fontFace(head, p.o.Heading, fonts.Regular, runes)
			p.fontFace(head, p.o.Heading, fonts.Bold, runes)
		}
		// After the system fonts, before the generic family: a fallback.
		serif += `, "` + body + `"`
		sans += `, "` + head + `"`
	}
	p.s(":root {\n  --serif: " + serif + ", serif;\n  --sans: " + sans + ", sans-serif;\n}\n")
	p.s(baseCSS)
}

// embedName is the CSS family name of an embedded family: its own name,
// made safe, after "newsarc " so that it never shadows an installed font.
func embedName(f *fonts.Family) string {
	name := strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r == ' ' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return r
		}
		return -1
	}, f.Name)
	return "newsarc " + name
}

// fontFace writes an @font-face rule that prefers the installed font of the
// same PostScript name and falls back to the embedded file, subset to the
// runes the document prints (a few tens of kilobytes instead of 0.5 MB). A
// font the subsetter cannot read is embedded whole.
func (p *page) fontFace(family string, f *fonts.Family, s fonts.Style, runes []rune) {
	ttf, err := fonts.Subset(f.TTF(s), runes)
	if err != nil {
		p.warn("font embedded whole: "+err.Error(), "font", f.Name, "style", s.Suffix())
		ttf = f.TTF(s)
	}
	weight, style := "400", "normal"
	if s == fonts.Bold || s == fonts.BoldItalic {
		weight = "700"
	}
	if s == fonts.Italic || s == fonts.BoldItalic {
		style = "italic"
	}
	ps := strings.TrimPrefix(family, "newsarc ") + "-" + s.Suffix()
	p.s("@font-face {\n  font-family: \"" + family + "\";\n  font-weight: " + weight + ";\n  font-style: " + style +
		";\n  src: local(\"" + ps + "\"), url(data:font/ttf;base64,")
	enc := base64.NewEncoder(base64.StdEncoding, p.w)
	enc.Write(ttf)
	enc.Close()
	p.s(") format(\"truetype\");\n}\n")
}

// usedStyles reports which body font styles the document shows: regular
// and bold (text, leads, bylines) always; italic for italic text, quotes
// and credits; bold italic for text both bold and italic.
func usedStyles(c *news.Collection) [4]bool {
	var used [4]bool
	used[fonts.Regular], used[fonts.Bold] = true, true
	for i := range c.Articles {
		a := &c.Articles[i]
		if a.Credit != "" {
			used[fonts.Italic] = true
		}
		for j := range a.Body {
			b := &a.Body[j]
			if b.Kind == news.Heading {
				continue // headings are set in the heading family
			}
			quote := b.Kind == news.Quote
			used[fonts.Italic] = used[fonts.Italic] || quote
			for run := range b.Runs() {
				for _, s := range run {
					if s.Italic || quote {
						used[fonts.StyleOf(s.Bold, true)] = true
					}
				}
			}
		}
	}
	return used
}

// baseCSS is the fixed part of the stylesheet: a readable column on
// screen; on paper, no navigation and every digest article on a new page.
const baseCSS = `html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body {
  margin: 0 auto;
  max-width: 42rem;
  padding: 1.5rem 1.25rem 3rem;
  font: 1.0625rem/1.65 var(--serif);
  color: #1a1a1a;
  background: #fff;
}
h1, h2, h3, h4, h5, h6, .meta, .source, figcaption, caption, .cover, nav {
  font-family: var(--sans);
}
h1, h2, h3, h4, h5, h6 {
  line-height: 1.25;
  margin: 1.6em 0 .5em;
}
article > header > :first-child {
  margin-top: .4em;
}
h1 {
  font-size: 2rem;
}
.meta, .source, figcaption {
  color: #555;
  font-size: .875rem;
}
.lead, .byline {
  font-weight: bold;
}
.byline, .credit {
  text-align: right;
  margin: .2em 0;
}
.credit {
  font-style: italic;
}
.source {
  overflow-wrap: anywhere;
}
a {
  color: #0b57d0;
}
figure {
  margin: 1.5em 0;
}
img {
  display: block;
  max-width: 100%;
  height: auto;
  margin: 0 auto;
}
figcaption {
  margin-top: .4em;
  text-align: center;
}
blockquote {
  margin: 1.2em 0;
  padding: 0 0 0 1em;
  border-left: 3px solid #b3261e;
  font-style: italic;
}
pre {
  white-space: pre-wrap;
  font: .9em/1.45 ui-monospace, "Noto Sans Mono", "DejaVu Sans Mono", "Courier New", monospace;
  background: #f5f5f5;
  padding: .75em;
}
.table {
  overflow-x: auto;
  margin: 1.5em 0;
}
table {
  border-collapse: collapse;
  width: 100%;
  font-size: .95em;
}
caption {
  text-align: left;
  font-weight: bold;
  padding-bottom: .4em;
}
th, td {
  border: 1px solid #ccc;
  padding: .35em .6em;
  text-align: left;
  vertical-align: top;
}
thead th {
  background: #f0f0f0;
}
.cover {
  text-align: center;
  padding: 3rem 0 2rem;
}
.cover h1 {
  font-size: 2.4rem;
  margin: .3em 0;
}
.publisher {
  text-transform: uppercase;
  letter-spacing: .08em;
  color: #b3261e;
  font-weight: bold;
}
nav.contents {
  border-top: 1px solid #ddd;
  border-bottom: 1px solid #ddd;
  padding-bottom: 1em;
}
nav.contents h3 {
  font-size: 1rem;
  margin: 1.2em 0 .3em;
}
nav.contents ol {
  margin: 0;
  padding-left: 1.8em;
}
.group > h2 {
  color: #b3261e;
  border-bottom: 2px solid #b3261e;
  padding-bottom: .2em;
  margin-top: 2.5em;
}
.digest article {
  margin-top: 2.5rem;
}
@page {
  size: A4;
  margin: 18mm 16mm;
}
@media print {
  body {
    max-width: none;
    padding: 0;
    font-size: 11pt;
  }
  nav {
    display: none;
  }
  .cover {
    padding-top: 30%;
  }
  .digest article, .group {
    break-before: page;
    margin-top: 0;
  }
  .group > article:first-of-type {
    break-before: auto;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  figure, img, table, blockquote, pre {
    break-inside: avoid;
  }
  h1, h2, h3, h4, h5, h6 {
    break-after: avoid;
  }
  p {
    orphans: 3;
    widows: 3;
  }
}
`
