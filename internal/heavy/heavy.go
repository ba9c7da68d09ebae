// Package heavy renders news articles into pages as heavy as the ones real
// news sites serve, for the HTML reader's benchmarks: 100–300 KB a page, of
// which the article is a few per cent. The rest is what the families of
// sites it models put around an article, in about the shares they do: the
// page's data again as JSON (Next.js's __NEXT_DATA__, Arc's
// Fusion.globalContent, AMP's analytics configs), minified scripts (ad
// slots, consent managers, analytics, the WordPress emoji loader), CSS
// (atomic CSS-in-JS, WordPress's global styles, AMP's inline stylesheet),
// inline SVG icons and sprites, long attribute lists (srcset with a dozen
// widths, data-* on every element, JSON in attributes), mega menus, ad
// slots and iframes, comment threads, related-article grids and footers.
//
// A page is a function of the article, the family and the seed: the same
// bytes on every machine. The article is the truth of the page: its title,
// lead, date, authors, section, tags and body are printed the way the
// family prints them, so a reader can be scored on it.
package heavy

import (
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/news"
)

// Families are the site families a page can be built as:
//
//	next       a React site on Next.js (hashed class names, data-testid, __NEXT_DATA__)
//	arc        a US regional paper on Arc XP (BEM classes, Fusion.globalContent, ad slots)
//	wordpress  a WordPress news theme (global styles, Yoast graph, Jetpack, a wpDiscuz comment thread)
//	vccorp     a Vietnamese national daily (mega menu, data-* boxes, related lists, admicro scripts)
//	publisher  a European publisher (consent manager, dataLayer, picture sources, paywall teaser, iframes)
//	amp        an AMP page (amp-custom CSS, amp-analytics JSON, amp-img, amp-ad)
var Families = []string{"next", "arc", "wordpress", "vccorp", "publisher", "amp"}

// Page renders a in the family's page (one of Families; an unknown name is
// the first) with chrome varied by seed.
func Page(a *news.Article, family string, seed uint64) []byte {
	p := &page{a: a, r: rand.New(rand.NewPCG(seed, uint64(len(a.Title))))}
	p.scale = 0.75 + 0.9*p.r.Float64()
	p.host = "www.example.com"
	if a.URL != "" {
		if _, rest, ok := strings.Cut(a.URL, "://"); ok {
			p.host, _, _ = strings.Cut(rest, "/")
		}
	}
	p.site = a.Source
	if p.site == "" {
		p.site = p.host
	}
	switch family {
	case "arc":
		p.arc()
	case "wordpress":
		p.wordpress()
	case "vccorp":
		p.vccorp()
	case "publisher":
		p.publisher()
	case "amp":
		p.amp()
	default:
		p.next()
	}
	return []byte(p.b.String())
}

// page is one page being written.
type page struct {
	a          *news.Article
	r          *rand.Rand
	b          strings.Builder
	scale      float64 // how much chrome: 0.75–1.65
	host, site string
	classes    []string // see class
}

func (p *page) w(s string)                   { p.b.WriteString(s) }
func (p *page) f(format string, args ...any) { fmt.Fprintf(&p.b, format, args...) }

// n scales a count of chrome items by the page's weight.
func (p *page) n(k int) int { return int(float64(k) * p.scale) }

func esc(s string) string { return html.EscapeString(s) }

const alnum = "abcdefghijklmnopqrstuvwxyz0123456789"

// id returns n random letters and digits, as hashes and build ids are.
func (p *page) id(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[p.r.IntN(len(alnum))]
	}
	return string(b)
}

// class returns one of the page's CSS-in-JS class names ("css-1q2w3e4"):
// a style shared by elements gets one name, so a page has a few hundred.
func (p *page) class() string {
	if p.classes == nil {
		p.classes = make([]string, 150+p.r.IntN(150))
		for i := range p.classes {
			p.classes[i] = "css-" + p.id(6+p.r.IntN(2))
		}
	}
	return p.classes[p.r.IntN(len(p.classes))]
}

func (p *page) lang() string { return p.a.Lang() }

func (p *page) vi() bool { return p.lang() == "vi" }

// words are the names of the site's sections, menus and teasers, in the
// article's language (Vietnamese, else English).
func (p *page) words() []string {
	if p.vi() {
		return viWords
	}
	return enWords
}

var enWords = strings.Fields(`news world business politics science health sport culture opinion
climate economy markets technology travel food style books music film television
weather traffic schools housing crime courts elections city county state region
obituaries letters editorials investigations podcasts video photos puzzles games
council budget transit hospital police fire river bridge festival museum library`)

var viWords = strings.Fields(`thời sự thế giới kinh doanh bất động sản khoa học giải trí thể thao
pháp luật giáo dục sức khỏe đời sống du lịch số hóa xe ý kiến tâm sự chính trị
dân sinh lao động việc làm giao thông quỹ hy vọng tư liệu phân tích quân sự
doanh nghiệp chứng khoán ngân hàng vĩ mô hàng hóa nông nghiệp văn hóa lễ hội`)

// phrase returns k words of the site's language.
func (p *page) phrase(k int) string {
	ws := p.words()
	parts := make([]string, k)
	for i := range parts {
		parts[i] = ws[p.r.IntN(len(ws))]
	}
	s := strings.Join(parts, " ")
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// slug turns a phrase into a path segment (ASCII letters kept).
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// teaser is a link to another article, as related grids and lists hold.
type teaser struct {
	Title, URL, Image, Summary, Author string
	Date                               time.Time
}

func (p *page) teasers(k int) []teaser {
	ts := make([]teaser, k)
	for i := range ts {
		t := p.phrase(6 + p.r.IntN(8))
		ts[i] = teaser{
			Title:   t,
			URL:     fmt.Sprintf("https://%s/%s/%s-%d.html", p.host, slug(p.phrase(1)), slug(t), 100000+p.r.IntN(900000)),
			Image:   fmt.Sprintf("https://cdn.%s/images/%d/%02d/%s.jpg", p.host, 2020+p.r.IntN(5), 1+p.r.IntN(12), p.id(16)),
			Summary: p.phrase(18 + p.r.IntN(14)),
			Author:  p.phrase(2),
			Date:    p.published().Add(-time.Duration(p.r.IntN(400)) * time.Hour),
		}
	}
	return ts
}

func (p *page) published() time.Time {
	if p.a.Published.IsZero() {
		return time.Date(2024, 5, 14, 9, 30, 0, 0, time.UTC)
	}
	return p.a.Published
}

func (p *page) iso() string { return p.published().Format(time.RFC3339) }

// srcset is an image's responsive candidates: the same picture at k widths.
func (p *page) srcset(src string, k int) string {
	var b strings.Builder
	for i := range k {
		w := 160 + i*160
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s?w=%d&q=75&fit=crop&auto=format&sig=%s %dw", src, w, p.id(10), w)
	}
	return b.String()
}

// spans prints text runs with their bold, italic and links.
func spans(ss []news.Span) string {
	var b strings.Builder
	for _, s := range ss {
		t := esc(s.Text)
		if s.Bold {
			t = "<strong>" + t + "</strong>"
		}
		if s.Italic {
			t = "<em>" + t + "</em>"
		}
		if s.Link != "" {
			t = `<a href="` + esc(s.Link) + `">` + t + "</a>"
		}
		b.WriteString(t)
	}
	return b.String()
}

// markup names, per family, the tags and attributes of the body's blocks.
type markup struct {
	p, h, quote, list, item string                   // attributes of <p>, <h2>, <blockquote>, <ul>/<ol>, <li>
	figure                  func(*news.Image) string // a figure whole
	between                 func(i int) string       // what goes before block i (ads, embeds, promos), or ""
}

// body prints the article's blocks with the family's markup.
func (p *page) body(m markup) {
	for i := range p.a.Body {
		bl := &p.a.Body[i]
		if m.between != nil {
			p.w(m.between(i))
		}
		switch bl.Kind {
		case news.Heading:
			lv := min(max(bl.Level, 2), 4)
			p.f("<h%d%s>%s</h%d>\n", lv, m.h, spans(bl.Text), lv)
		case news.Quote:
			p.f("<blockquote%s><p>%s</p></blockquote>\n", m.quote, spans(bl.Text))
		case news.Preformatted:
			p.f("<pre>%s</pre>\n", spans(bl.Text))
		case news.List:
			tag := "ul"
			if bl.Ordered {
				tag = "ol"
			}
			p.f("<%s%s>", tag, m.list)
			for _, it := range bl.Items {
				p.f("<li%s>%s</li>", m.item, spans(it))
			}
			p.f("</%s>\n", tag)
		case news.Figure:
			if bl.Image != nil {
				p.w(m.figure(bl.Image))
			}
		case news.Table:
			p.table(bl.Table)
		default:
			p.f("<p%s>%s</p>\n", m.p, spans(bl.Text))
		}
	}
}

func (p *page) table(t *news.Grid) {
	if t == nil {
		return
	}
	p.w(`<div class="table-wrapper"><table class="data-table">`)
	if t.Caption != "" {
		p.f("<caption>%s</caption>", esc(t.Caption))
	}
	for i, row := range t.Rows {
		p.w("<tr>")
		for _, c := range row {
			if i == 0 && t.Header {
				p.f(`<th scope="col">%s</th>`, spans(c.Text))
			} else {
				p.f("<td>%s</td>", spans(c.Text))
			}
		}
		p.w("</tr>")
	}
	p.w("</table></div>\n")
}

// bodyJSON is the article's body as a headless CMS serves it to the page's
// scripts: one object per block with its HTML.
func (p *page) bodyJSON() []map[string]any {
	var out []map[string]any
	for i := range p.a.Body {
		bl := &p.a.Body[i]
		m := map[string]any{"_id": p.id(24), "type": string(bl.Kind)}
		switch {
		case bl.Image != nil:
			m["image"] = map[string]any{"url": bl.Image.Src, "caption": bl.Image.Caption, "credits": map[string]any{"by": []map[string]string{{"name": bl.Image.Credit}}},
				"width": 1600, "height": 900, "resized_urls": strings.Split(p.srcset(bl.Image.Src, 6), ", ")}
		case bl.Table != nil:
			m["rows"] = len(bl.Table.Rows)
		default:
			var b strings.Builder
			for run := range bl.Runs() {
				b.WriteString(spans(run))
			}
			m["content"] = b.String()
			m["additional_properties"] = map[string]any{"comments": []any{}, "inline_comments": []any{}, "_id": 1e12 + float64(p.r.IntN(1e9))}
		}
		out = append(out, m)
	}
	return out
}

// authorsJSON is how CMS data names the authors.
func (p *page) authorsJSON() []map[string]any {
	var out []map[string]any
	for _, name := range p.a.Authors {
		out = append(out, map[string]any{"_id": slug(name), "name": name, "type": "author", "url": "/people/" + slug(name) + "/",
			"image":       map[string]string{"url": fmt.Sprintf("https://cdn.%s/authors/%s.png", p.host, p.id(12))},
			"description": p.phrase(20), "social_links": []map[string]string{{"site": "twitter", "url": "https://twitter.com/" + slug(name)}, {"site": "email", "url": slug(name) + "@" + p.host}}})
	}
	return out
}

// jsonText marshals v as pages embed it: <, > and & escaped.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only maps, slices, strings and numbers
	}
	return string(b)
}

// ldJSON is the page's schema.org NewsArticle, with articleBody when body
// is set (many CMSs print the whole text there again).
func (p *page) ldJSON(body bool) string {
	var authors []map[string]string
	for _, a := range p.a.Authors {
		authors = append(authors, map[string]string{"@type": "Person", "name": a, "url": "https://" + p.host + "/author/" + slug(a)})
	}
	ld := map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.a.Title,
		"datePublished": p.iso(), "dateModified": p.iso(), "author": authors,
		"mainEntityOfPage": map[string]string{"@type": "WebPage", "@id": p.a.URL},
		"publisher": map[string]any{"@type": "NewsMediaOrganization", "name": p.site,
			"logo": map[string]any{"@type": "ImageObject", "url": "https://" + p.host + "/logo-600x60.png", "width": 600, "height": 60}},
		"isAccessibleForFree": true, "inLanguage": p.lang(),
	}
	if p.a.Lead != "" {
		ld["description"] = p.a.Lead
	}
	if p.a.Image != nil {
		ld["image"] = []string{p.a.Image.Src}
	}
	if p.a.Section != "" {
		ld["articleSection"] = p.a.Section
	}
	if body {
		var b strings.Builder
		for t := range p.a.Texts() {
			b.WriteString(t)
			b.WriteByte(' ')
		}
		ld["articleBody"] = b.String()
	}
	return `<script type="application/ld+json">` + jsonText(ld) + "</script>\n"
}

// metas are the tags every family's head carries: OpenGraph, Twitter,
// article times and the canonical link.
func (p *page) metas() {
	a := p.a
	p.f(`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | %s</title>
<meta name="description" content="%s">
<link rel="canonical" href="%s">
<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">
<meta property="og:site_name" content="%s"><meta property="og:description" content="%s"><meta property="og:locale" content="%s">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@%s"><meta name="twitter:title" content="%s">
<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">
`, esc(a.Title), esc(p.site), esc(a.Lead), esc(a.URL), esc(a.Title), esc(a.URL), esc(p.site), esc(a.Lead), p.lang(),
		slug(p.site), esc(a.Title), p.iso(), p.iso())
	if a.Section != "" {
		p.f(`<meta property="article:section" content="%s">`+"\n", esc(a.Section))
	}
	for _, t := range a.Tags {
		p.f(`<meta property="article:tag" content="%s">`, esc(t))
	}
	if a.Image != nil {
		p.f(`<meta property="og:image" content="%s"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta name="twitter:image" content="%s">`+"\n", esc(a.Image.Src), esc(a.Image.Src))
	}
	for range p.n(8) {
		p.f(`<link rel="preload" href="https://static.%s/fonts/%s.woff2" as="font" type="font/woff2" crossorigin="anonymous">`+"\n", p.host, p.id(12))
	}
	p.f(`<link rel="icon" href="/favicon.ico" sizes="any"><link rel="apple-touch-icon" href="/apple-touch-icon.png"><link rel="manifest" href="/manifest.webmanifest">
<link rel="alternate" type="application/rss+xml" title="%s" href="/rss.xml"><link rel="preconnect" href="https://securepubads.g.doubleclick.net"><link rel="dns-prefetch" href="https://www.googletagmanager.com">
`, esc(p.site))
}

// script returns about size bytes of minified JavaScript: webpack chunks,
// ad-slot definitions, event handlers, document.write calls and the
// comparisons that put '<' in script text.
func (p *page) script(size int) string {
	var b strings.Builder
	for b.Len() < size {
		v, k, m := p.id(2), p.id(3), 1000+p.r.IntN(90000)
		switch p.r.IntN(9) {
		case 0:
			fmt.Fprintf(&b, `%d:function(e,t,n){"use strict";n.r(t),n.d(t,{default:function(){return %s}});var r=n(%d),o=n.n(r),i=n(%d),a=n(%d);`, m, v, m+7, m+19, m+31)
		case 1:
			fmt.Fprintf(&b, `var %s=function(e){var t=e.%s,n=void 0===t?[]:t,r=e.variant;return o().createElement("div",{className:"%s"},n.map(function(e,t){return o().createElement(i.Z,{key:t,item:e,variant:r})}))};`, v, k, p.class())
		case 2:
			fmt.Fprintf(&b, `for(var %s=0;%s<e.length;%s++){var s=e[%s];if(s&&s.%s>%d||s.%s<=%d)break}`, v, v, v, v, k, m%97, k, m%13)
		case 3:
			fmt.Fprintf(&b, `if("undefined"!=typeof window&&window.%s){window.%s.push({event:"%s_%s",value:%d,nonInteraction:!0})}`, k, k, p.id(5), k, m)
		case 4:
			fmt.Fprintf(&b, `googletag.cmd.push(function(){googletag.defineSlot("/%d/%s/%s",[[300,250],[336,280],[728,90],[970,250]],"div-gpt-ad-%d-%d").addService(googletag.pubads()).setTargeting("pos","%s")});`, 21700000+m, slug(p.site), k, m, m%7, p.id(3))
		case 5:
			fmt.Fprintf(&b, `document.write('<div id="%s" class="ad-slot"><\/div><script src="https://ads.%s/%s.js"><\/script>');`, p.id(8), p.host, p.id(10))
		case 6:
			fmt.Fprintf(&b, `e.exports=JSON.parse('{"%s":"%s","%s":%d,"%s":[%d,%d,%d]}');`, k, p.id(12), v, m, p.id(4), m%5, m%11, m%17)
		case 7:
			fmt.Fprintf(&b, `try{var %s=localStorage.getItem("%s");%s&&(document.documentElement.dataset.%s=%s)}catch(e){console.warn("%s",e)}`, v, k, v, k, v, p.id(8))
		default:
			fmt.Fprintf(&b, `function %s(e,t){return e&&e.__esModule?e:{default:e,%s:t&&t.length>>>0,%s:"%s"}}`, v, k, p.id(3), p.id(20))
		}
	}
	return b.String()
}

// css returns about size bytes of a stylesheet: atomic rules, media
// queries, custom properties, an inlined data: image now and then.
func (p *page) css(size int) string {
	var b strings.Builder
	props := []string{"display:flex", "flex-direction:column", "align-items:center", "justify-content:space-between",
		"margin:0 auto", "padding:0 16px", "max-width:1280px", "font-size:1.125rem", "line-height:1.6", "color:var(--color-text,#121212)",
		"font-family:var(--font-serif),Georgia,serif", "border-bottom:1px solid #e2e2e2", "position:relative", "overflow:hidden",
		"grid-template-columns:repeat(auto-fill,minmax(240px,1fr))", "gap:24px", "transition:opacity .2s ease-in-out", "text-decoration:none"}
	for b.Len() < size {
		sel := "." + p.class()
		if p.r.IntN(5) == 0 {
			sel += ":hover," + sel + ":focus-visible"
		}
		k := 2 + p.r.IntN(5)
		rule := make([]string, k)
		for i := range rule {
			rule[i] = props[p.r.IntN(len(props))]
		}
		switch p.r.IntN(12) {
		case 0:
			fmt.Fprintf(&b, "@media (min-width:%dpx){%s{%s}}", 600+p.r.IntN(5)*120, sel, strings.Join(rule, ";"))
		case 1:
			fmt.Fprintf(&b, `%s{background-image:url("data:image/svg+xml;base64,%s")}`, sel, p.base64(200+p.r.IntN(600)))
		case 2:
			fmt.Fprintf(&b, ":root{--%s:#%06x;--%s:%dpx}", p.id(6), p.r.IntN(1<<24), p.id(6), p.r.IntN(64))
		default:
			fmt.Fprintf(&b, "%s{%s}", sel, strings.Join(rule, ";"))
		}
	}
	return b.String()
}

func (p *page) base64(n int) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[p.r.IntN(len(digits))]
	}
	return string(b)
}

// path returns an SVG path of about k commands.
func (p *page) path(k int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "M%d.%d %d.%d", p.r.IntN(24), p.r.IntN(100), p.r.IntN(24), p.r.IntN(100))
	for range k {
		switch p.r.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "c-%d.%d 0-%d.%d %d.%d-%d.%d %d.%d", p.r.IntN(3), p.r.IntN(100), p.r.IntN(3), p.r.IntN(10), p.r.IntN(3), p.r.IntN(100), p.r.IntN(3), p.r.IntN(10), p.r.IntN(3), p.r.IntN(100))
		case 1:
			fmt.Fprintf(&b, "l%d.%d-%d.%d", p.r.IntN(5), p.r.IntN(100), p.r.IntN(5), p.r.IntN(100))
		case 2:
			fmt.Fprintf(&b, "H%d.%dV%d.%d", p.r.IntN(24), p.r.IntN(10), p.r.IntN(24), p.r.IntN(10))
		default:
			fmt.Fprintf(&b, "a%d %d 0 0 1-%d.%d %d.%d", 1+p.r.IntN(9), 1+p.r.IntN(9), p.r.IntN(5), p.r.IntN(100), p.r.IntN(5), p.r.IntN(100))
		}
	}
	b.WriteByte('z')
	return b.String()
}

// icon returns an inline SVG icon (share buttons, arrows, the search box).
func (p *page) icon(name string) string {
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" focusable="false" class="icon icon--%s"><title>%s</title><path fill="currentColor" fill-rule="evenodd" clip-rule="evenodd" d="%s"/></svg>`,
		name, name, p.path(8+p.r.IntN(30)))
}

// logo returns the site's logo as inline SVG: many paths, a few KB.
func (p *page) logo() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 160" role="img" aria-labelledby="logo-title" class="site-logo__svg"><title id="logo-title">%s</title><g fill="currentColor">`, esc(p.site))
	for range 10 + p.r.IntN(20) {
		fmt.Fprintf(&b, `<path d="%s"/>`, p.path(20+p.r.IntN(40)))
	}
	b.WriteString("</g></svg>")
	return b.String()
}

// sprite returns an SVG sprite of k symbols, hidden, used by <use> later.
func (p *page) sprite(k int) string {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true"><defs>`)
	for i := range k {
		fmt.Fprintf(&b, `<symbol id="i-%s-%d" viewBox="0 0 32 32"><path d="%s"/></symbol>`, p.id(4), i, p.path(10+p.r.IntN(40)))
	}
	b.WriteString("</defs></svg>\n")
	return b.String()
}

var shares = []string{"facebook", "twitter", "linkedin", "whatsapp", "email", "copy-link", "print", "reddit"}

// menu returns k top-level sections with sub-sections, as nav menus print
// them, with the family's classes.
func (p *page) menu(k, subs int, item, link string) string {
	var b strings.Builder
	for range k {
		sec := p.phrase(1 + p.r.IntN(2))
		fmt.Fprintf(&b, `<li class="%s"><a class="%s" href="/%s/" data-track-label="nav-%s">%s</a>`, item, link, slug(sec), slug(sec), esc(sec))
		if subs > 0 {
			b.WriteString(`<ul class="submenu">`)
			for range subs {
				s := p.phrase(1 + p.r.IntN(3))
				fmt.Fprintf(&b, `<li class="%s"><a class="%s" href="/%s/%s/">%s</a></li>`, item, link, slug(sec), slug(s), esc(s))
			}
			b.WriteString("</ul>")
		}
		b.WriteString("</li>")
	}
	return b.String()
}

// dataLayer is the analytics object tag managers read: the page described
// at length.
func (p *page) dataLayer() string {
	m := map[string]any{"event": "pageview", "pageType": "article", "contentId": p.id(24), "headline": p.a.Title,
		"section": p.a.Section, "subsection": p.phrase(1), "tags": p.a.Tags, "authors": p.a.Authors, "publishDate": p.iso(),
		"wordCount": len(strings.Fields(p.a.Lead)) * 12, "paywall": "metered", "userStatus": "anonymous", "abTests": p.flags(30)}
	return "window.dataLayer=window.dataLayer||[];window.dataLayer.push(" + jsonText(m) + ");"
}

// flags are feature switches, as sites ship dozens of them to every page.
func (p *page) flags(k int) map[string]any {
	m := make(map[string]any, k)
	for range k {
		switch p.r.IntN(3) {
		case 0:
			m[p.id(4)+"_"+p.id(8)] = p.r.IntN(2) == 0
		case 1:
			m[p.id(4)+"_"+p.id(8)] = "variant-" + p.id(2)
		default:
			m[p.id(4)+"_"+p.id(8)] = p.r.IntN(1000)
		}
	}
	return m
}

// Articles reads the articles of a quality corpus (dir/*/expected.json,
// as testdata/html holds), in the order of their directories' names,
// with those names.
func Articles(dir string) ([]news.Article, []string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "expected.json"))
	if err != nil || len(paths) == 0 {
		return nil, nil, fmt.Errorf("no articles under %s (*/expected.json)", dir)
	}
	var arts []news.Article
	var names []string
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		col, err := news.DecodeJSON(path, data)
		if err != nil {
			return nil, nil, err
		}
		if len(col.Articles) != 1 {
			return nil, nil, fmt.Errorf("%s: %d articles, want one", path, len(col.Articles))
		}
		arts = append(arts, col.Articles[0])
		names = append(names, filepath.Base(filepath.Dir(path)))
	}
	return arts, names, nil
}
