package heavy

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// byline prints the authors as the family's byline does: "By A and B" in
// English, the names alone in Vietnamese.
func (p *page) byline(link string) string {
	var names []string
	for _, a := range p.a.Authors {
		names = append(names, fmt.Sprintf(`<a class="%s" href="/author/%s/" rel="author">%s</a>`, link, slug(a), esc(a)))
	}
	if len(names) == 0 {
		return ""
	}
	s := strings.Join(names, ", ")
	if k := len(names); k > 1 {
		s = strings.Join(names[:k-1], ", ") + " and " + names[k-1]
	}
	if p.vi() {
		return strings.Replace(s, " and ", " - ", 1)
	}
	return "By " + s
}

// dateText is the published time as the page prints it.
func (p *page) dateText() string {
	t := p.published()
	if p.vi() {
		return t.Format("02/01/2006 15:04") + " GMT+7"
	}
	return t.Format("January 2, 2006 at 3:04 p.m. MST")
}

func (p *page) label(en, vi string) string {
	if p.vi() {
		return vi
	}
	return en
}

func (p *page) htmlOpen(extra string) {
	p.f("<!DOCTYPE html>\n<html lang=\"%s\"%s>\n<head>\n", p.lang(), extra)
}

// next is a React site on Next.js: hashed class names on every element,
// data-testid, emotion styles in the head, every paragraph in a block
// component, ad slots between blocks, a related grid and most-read list,
// and the whole page's data again in __NEXT_DATA__.
func (p *page) next() {
	p.htmlOpen("")
	p.metas()
	p.f(`<style data-emotion="css-global %s">%s</style>`+"\n", p.id(6), p.css(p.n(6000)))
	p.f(`<style data-emotion="css %s %s %s">%s</style>`+"\n", p.id(6), p.id(6), p.id(6), p.css(p.n(30000)))
	p.w(p.ldJSON(false))
	for i := range p.n(14) {
		p.f(`<script src="/_next/static/chunks/%d-%s.js" defer=""></script>`+"\n", 100+i*37, p.id(16))
	}
	p.f("<script>%s</script>\n", p.dataLayer())
	p.f(`<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-%s');</script>`+"\n", strings.ToUpper(p.id(7)))
	p.w("</head>\n<body>\n")
	p.f(`<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-%s" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>`, strings.ToUpper(p.id(7)))
	p.f(`<div id="__next"><div class="%s"><a class="%s" href="#main-content">Skip to content</a>`, p.class(), p.class())
	p.f(`<header class="%s" data-testid="header"><div class="%s"><a href="/" class="%s" aria-label="%s">%s</a>`, p.class(), p.class(), p.class(), esc(p.site), p.logo())
	p.f(`<button class="%s" aria-label="Search" data-testid="search-button">%s</button></div>`, p.class(), p.icon("search"))
	p.f(`<nav aria-label="Main" data-testid="navigation" class="%s"><ul class="%s">%s</ul></nav></header>`+"\n", p.class(), p.class(), p.menu(p.n(14), 6, p.class(), p.class()))
	p.f(`<div class="%s" data-testid="ad-slot-top"><div id="dfp-ad-top_banner" class="ad-slot ad-slot--top" data-ad-unit="/4817/%s/article" data-sizes="[[970,250],[728,90]]" data-refresh="true"></div></div>`+"\n", p.class(), slug(p.site))
	p.f(`<main id="main-content" class="%s"><article class="%s" data-testid="article"><header class="%s">`, p.class(), p.class(), p.class())
	if p.a.Section != "" {
		p.f(`<nav data-testid="breadcrumbs" class="%s"><a class="%s" href="/%s/">%s</a></nav>`, p.class(), p.class(), slug(p.a.Section), esc(p.a.Section))
	}
	p.f(`<h1 class="%s" data-testid="headline" id="main-heading">%s</h1>`, p.class(), esc(p.a.Title))
	if p.a.Lead != "" {
		p.f(`<p class="%s" data-testid="standfirst">%s</p>`, p.class(), esc(p.a.Lead))
	}
	p.f(`<div class="%s" data-testid="byline"><span class="%s">%s</span> <time class="%s" datetime="%s">%s</time></div>`, p.class(), p.class(), p.byline(p.class()), p.class(), p.iso(), p.dateText())
	p.f(`<ul class="%s" data-testid="share-bar">`, p.class())
	for _, s := range shares[:6] {
		p.f(`<li class="%s"><button class="%s" aria-label="Share on %s" data-testid="share-%s">%s</button></li>`, p.class(), p.class(), s, s, p.icon(s))
	}
	p.w("</ul>")
	if p.a.Image != nil {
		p.f(`<figure class="%s"><img alt="" src="%s" decoding="async" data-nimg="responsive" sizes="(min-width: 1024px) 800px, 100vw" srcset="%s" class="%s"></figure>`, p.class(), esc(p.a.Image.Src), p.srcset(p.a.Image.Src, 10), p.class())
	}
	p.w("</header>\n")
	para, head := p.class(), p.class()
	p.body(markup{
		p:     fmt.Sprintf(` class="%s evys1bk0" data-testid="paragraph"`, para),
		h:     fmt.Sprintf(` class="%s" data-testid="subheading"`, head),
		quote: fmt.Sprintf(` class="%s"`, p.class()), list: fmt.Sprintf(` class="%s"`, p.class()),
		figure: func(im *news.Image) string {
			return fmt.Sprintf(`<figure class="%s" data-component="image-block"><div class="%s"><span style="box-sizing:border-box;display:block;overflow:hidden;width:initial;height:initial;background:none;opacity:1;border:0;margin:0;padding:0;position:relative"><img alt="%s" src="%s" decoding="async" data-nimg="responsive" sizes="100vw" srcset="%s" class="%s" style="position:absolute;inset:0;box-sizing:border-box;padding:0;border:none;margin:auto;display:block;width:0;height:0;min-width:100%%;max-width:100%%;min-height:100%%;max-height:100%%"></span></div><figcaption class="%s"><span class="%s">%s</span> <span class="%s">%s</span></figcaption></figure>`+"\n",
				p.class(), p.class(), esc(im.Alt), esc(im.Src), p.srcset(im.Src, 12), p.class(), p.class(), p.class(), esc(im.Caption), p.class(), esc(im.Credit))
		},
		between: func(i int) string {
			if i == 0 || i%4 != 0 {
				return ""
			}
			return fmt.Sprintf(`<div class="%s" data-testid="ad-slot-inline"><p class="%s">Advertisement</p><div id="dfp-ad-inline%d" class="ad-slot ad-slot--inline" data-ad-unit="/4817/%s/article/inline" data-sizes="[[300,250],[336,280],[620,350]]" data-targeting='{"pos":"inline%d","tags":%s}'></div></div>`+"\n",
				p.class(), p.class(), i, slug(p.site), i, jsonText(p.a.Tags))
		},
	})
	p.f(`<div class="%s" data-testid="topics"><h2 class="%s">%s</h2><ul>`, p.class(), p.class(), p.label("Topics", "Chủ đề"))
	for _, t := range p.a.Tags {
		p.f(`<li><a class="%s" href="/topic/%s">%s</a></li>`, p.class(), slug(t), esc(t))
	}
	p.w("</ul></div></article>\n")
	related := p.teasers(p.n(16))
	p.f(`<section class="%s" data-testid="related" aria-label="More stories"><h2 class="%s">%s</h2><div class="%s">`, p.class(), p.class(), p.label("More stories", "Tin liên quan"), p.class())
	for _, t := range related {
		p.f(`<div class="%s" data-testid="card"><a class="%s" href="%s"><div class="%s"><img alt="" loading="lazy" src="%s" srcset="%s" sizes="(min-width: 768px) 25vw, 50vw" class="%s"></div><h3 class="%s">%s</h3><p class="%s">%s</p><span class="%s"><time datetime="%s">%s</time></span></a></div>`+"\n",
			p.class(), p.class(), t.URL, p.class(), t.Image, p.srcset(t.Image, 8), p.class(), p.class(), esc(t.Title), p.class(), esc(t.Summary), p.class(), t.Date.Format(time.RFC3339), t.Date.Format("Jan 2"))
	}
	p.w("</div></section>")
	p.f(`<section class="%s" data-testid="most-read"><h2>%s</h2><ol>`, p.class(), p.label("Most read", "Đọc nhiều"))
	for i, t := range related[:min(10, len(related))] {
		p.f(`<li class="%s"><span class="%s">%d</span><a href="%s">%s</a></li>`, p.class(), p.class(), i+1, t.URL, esc(t.Title))
	}
	p.w("</ol></section></main>\n")
	p.f(`<footer class="%s" data-testid="footer"><nav><ul class="%s">%s</ul></nav><ul class="%s">`, p.class(), p.class(), p.menu(p.n(8), 8, p.class(), p.class()), p.class())
	for _, s := range shares[:5] {
		p.f(`<li><a href="https://%s.com/%s" aria-label="%s">%s</a></li>`, s, slug(p.site), s, p.icon(s))
	}
	p.f(`</ul><p class="%s">© 2024 %s. All rights reserved.</p></footer></div></div>`+"\n", p.class(), esc(p.site))
	data := map[string]any{
		"props": map[string]any{"pageProps": map[string]any{
			"article": map[string]any{"id": p.id(24), "headline": p.a.Title, "standfirst": p.a.Lead, "url": p.a.URL, "publishedAt": p.iso(),
				"authors": p.authorsJSON(), "section": p.a.Section, "tags": p.a.Tags, "blocks": p.bodyJSON()},
			"navigation": p.navJSON(p.n(14), 6), "related": related, "mostRead": related[:min(10, len(related))],
			"ads": map[string]any{"network": 4817, "slots": p.slotsJSON(p.n(12))}, "features": p.flags(p.n(120)),
			"translations": p.flags(p.n(80)),
		}, "__N_SSP": true},
		"page": "/[section]/[...slug]", "query": map[string]any{"section": slug(p.a.Section), "slug": []string{slug(p.a.Title)}},
		"buildId": p.id(21), "isFallback": false, "gssp": true, "scriptLoader": []any{},
		"runtimeConfig": map[string]any{"apiBase": "https://api." + p.host, "cdn": "https://cdn." + p.host, "env": "production", "sentryDsn": "https://" + p.id(32) + "@o1.ingest.sentry.io/1"},
	}
	p.f(`<script id="__NEXT_DATA__" type="application/json">%s</script>`+"\n", jsonText(data))
	p.f("<script>%s</script>\n", p.script(p.n(9000)))
	p.w("</body>\n</html>\n")
}

func (p *page) navJSON(k, subs int) []map[string]any {
	var out []map[string]any
	for range k {
		sec := p.phrase(1 + p.r.IntN(2))
		var children []map[string]any
		for range subs {
			s := p.phrase(1 + p.r.IntN(3))
			children = append(children, map[string]any{"id": p.id(10), "title": s, "url": "/" + slug(sec) + "/" + slug(s) + "/", "external": false})
		}
		out = append(out, map[string]any{"id": p.id(10), "title": sec, "url": "/" + slug(sec) + "/", "children": children, "highlight": p.r.IntN(5) == 0})
	}
	return out
}

func (p *page) slotsJSON(k int) []map[string]any {
	var out []map[string]any
	for i := range k {
		out = append(out, map[string]any{"id": fmt.Sprintf("dfp-ad-%s-%d", p.id(4), i), "sizes": [][]int{{300, 250}, {336, 280}, {728, 90}, {970, 250}},
			"targeting": map[string]any{"pos": i, "section": slug(p.a.Section), "kw": p.a.Tags}, "lazy": i > 1, "refresh": 30 + i})
	}
	return out
}

// arc is a US regional paper on Arc XP: the story's ANS document and the
// site's navigation in Fusion's inline script, BEM class names, ad blocks
// between paragraphs, a "read more" link inside the story, a right rail
// and a results list.
func (p *page) arc() {
	p.htmlOpen("")
	p.metas()
	related := p.teasers(p.n(14))
	ans := map[string]any{
		"_id": strings.ToUpper(p.id(26)), "type": "story", "version": "0.10.9", "canonical_url": p.a.URL,
		"headlines":    map[string]any{"basic": p.a.Title, "web": p.a.Title, "meta_title": p.a.Title},
		"subheadlines": map[string]any{"basic": p.a.Lead}, "description": map[string]any{"basic": p.a.Lead},
		"credits": map[string]any{"by": p.authorsJSON()}, "display_date": p.iso(), "first_publish_date": p.iso(),
		"taxonomy":         map[string]any{"primary_section": map[string]any{"_id": "/" + slug(p.a.Section), "name": p.a.Section}, "tags": p.a.Tags},
		"content_elements": p.bodyJSON(), "related_content": map[string]any{"basic": related},
		"additional_properties": p.flags(p.n(40)),
	}
	cache := map[string]any{"site-navigation": map[string]any{"children": p.navJSON(p.n(16), 10)}, "recent-stories": p.teasers(p.n(20)), "site-service": p.flags(p.n(60))}
	p.f(`<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="%s";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="%d";Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{"_website_url":"%s"}};Fusion.contentCache=%s;Fusion.layout="article-right-rail";Fusion.metas={"title":{"value":%s}};</script>`+"\n",
		slug(p.site), 800+p.r.IntN(100), jsonText(ans), esc(p.a.URL), jsonText(cache), jsonText(p.a.Title))
	p.f("<style>%s</style>\n", p.css(p.n(26000)))
	p.w(p.ldJSON(true))
	for range p.n(6) {
		p.f(`<script async="" src="https://%s/pf/dist/engine/react.js?d=%d&amp;mxId=00000000" defer=""></script>`+"\n", p.host, 800+p.r.IntN(100))
	}
	p.f("<script>%s</script>\n", p.script(p.n(7000)))
	p.f(`<script>var _sf_async_config=window._sf_async_config={uid:%d,domain:"%s",useCanonical:true,sections:%s,authors:%s};</script><noscript><img src="https://sb.scorecardresearch.com/p?c1=2&amp;c2=%d&amp;cv=3.6.0&amp;cj=1" alt=""></noscript>`+"\n",
		10000+p.r.IntN(90000), p.host, jsonText(p.a.Section), jsonText(strings.Join(p.a.Authors, ",")), 6000000+p.r.IntN(999999))
	p.w("</head>\n<body>\n")
	p.f(`<div id="fusion-app" class="b-layout"><div class="b-header-nav-chain"><nav id="main-nav" class="c-stack b-header-nav-chain__nav" aria-label="Sections Menu"><button class="c-button c-button--small b-header-nav-chain__sections-button" aria-label="Sections">%s</button><div class="b-header-nav-chain__logo"><a href="/"><img src="https://%s/pf/resources/images/logo.svg?d=%d" alt="%s" class="c-image"></a></div></nav>`, p.icon("menu"), p.host, p.r.IntN(900), esc(p.site))
	p.f(`<div class="b-header-nav-chain__flyout" aria-hidden="true"><ul class="b-header-nav-chain__menu">%s</ul></div></div>`+"\n", p.menu(p.n(14), 10, "b-links-bar__item", "c-link"))
	p.f(`<div class="b-ad-block b-ad-block--top"><div id="arcad_%s" class="arcad b-ad-block__ad" data-ad-name="top_leaderboard" data-ad-load="onload"></div></div>`+"\n", p.id(20))
	p.w(`<main class="b-right-rail__main"><article class="b-article-body">`)
	if p.a.Section != "" {
		p.f(`<div class="c-stack b-overline"><a class="c-link b-overline__link" href="/%s/">%s</a></div>`, slug(p.a.Section), esc(p.a.Section))
	}
	p.f(`<h1 class="c-heading b-headline">%s</h1>`, esc(p.a.Title))
	if p.a.Lead != "" {
		p.f(`<h2 class="c-heading b-subheadline">%s</h2>`, esc(p.a.Lead))
	}
	p.f(`<div class="c-attribution b-byline">%s</div><div class="b-date"><time class="c-date" datetime="%s">%s</time></div>`, p.byline("c-link"), p.iso(), p.dateText())
	p.w(`<div class="c-stack b-share-bar">`)
	for _, s := range shares[:5] {
		p.f(`<button class="c-button c-button--secondary b-share-bar__button" aria-label="%s" data-social-network="%s">%s</button>`, s, s, p.icon(s))
	}
	p.w("</div>\n")
	if p.a.Image != nil {
		p.f(`<figure class="c-media-item b-lead-art"><img src="%s" srcset="%s" sizes="(min-width: 1024px) 800px, 100vw" alt="" class="c-image" width="1600" height="900"></figure>`+"\n", esc(p.a.Image.Src), p.srcset(p.a.Image.Src, 8))
	}
	p.body(markup{
		p: ` class="c-paragraph"`, h: ` class="c-heading"`, quote: ` class="b-quote"`, list: ` class="c-list"`,
		figure: func(im *news.Image) string {
			return fmt.Sprintf(`<figure class="c-media-item"><img src="%s" srcset="%s" sizes="(min-width: 1024px) 800px, 100vw" alt="%s" class="c-image" loading="lazy" width="1600" height="900"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">%s</span> <span class="c-media-item__credit">(%s)</span></figcaption></figure>`+"\n",
				esc(im.Src), p.srcset(im.Src, 8), esc(im.Alt), esc(im.Caption), esc(im.Credit))
		},
		between: func(i int) string {
			switch {
			case i > 0 && i%5 == 0:
				return fmt.Sprintf(`<div class="b-ad-block b-ad-block--inline"><div id="arcad_%s" class="arcad b-ad-block__ad" data-ad-name="mid%d" data-ad-load="lazy" data-ad-sizes='[[300,250],[620,350]]'></div></div>`+"\n", p.id(20), i/5)
			case i == 3 && len(related) > 0:
				return fmt.Sprintf(`<div class="b-interstitial-link"><a class="c-link" href="%s">%s</a></div>`+"\n", related[0].URL, esc(related[0].Title))
			}
			return ""
		},
	})
	p.w("</article>\n")
	p.w(`<aside class="b-right-rail__rail"><div class="b-top-table-list"><h2 class="c-heading">Most read</h2><ol>`)
	for _, t := range related[:min(10, len(related))] {
		p.f(`<li class="b-top-table-list-small"><a class="c-link" href="%s"><img src="%s" srcset="%s" alt="" class="c-image" loading="lazy" width="100" height="67"></a><h3 class="c-heading"><a class="c-link" href="%s">%s</a></h3></li>`, t.URL, t.Image, p.srcset(t.Image, 4), t.URL, esc(t.Title))
	}
	p.w("</ol></div></aside>\n")
	p.w(`<div class="b-results-list"><h2 class="c-heading">More news</h2>`)
	for _, t := range p.teasers(p.n(10)) {
		p.f(`<div class="c-stack b-results-list__item"><a class="c-link" href="%s"><img src="%s" srcset="%s" alt="" class="c-image" loading="lazy"></a><h2 class="c-heading b-results-list__headline"><a class="c-link" href="%s">%s</a></h2><p class="c-paragraph b-results-list__description">%s</p><div class="c-attribution">%s</div></div>`+"\n",
			t.URL, t.Image, p.srcset(t.Image, 6), t.URL, esc(t.Title), esc(t.Summary), esc(t.Author))
	}
	p.w("</div></main>\n")
	p.f(`<footer class="b-footer"><nav aria-label="Footer"><ul class="b-footer__links">%s</ul></nav><div class="b-footer__social">`, p.menu(p.n(6), 10, "b-footer__links-item", "c-link"))
	for _, s := range shares[:4] {
		p.f(`<a class="c-link" href="https://%s.com/%s" aria-label="%s">%s</a>`, s, slug(p.site), s, p.icon(s))
	}
	p.f(`</div><p class="b-footer__copyright">© 2024 %s</p></footer></div>`+"\n", esc(p.site))
	p.f("<script>%s</script>\n", p.script(p.n(5000)))
	p.w("</body>\n</html>\n")
}

// wordpress is a WordPress news theme with its plugins: the emoji loader,
// global styles, a stylesheet link per plugin, Yoast's graph, AdSense
// units with their inline pushes, Jetpack sharing, a wpDiscuz comment
// thread and footer widgets.
func (p *page) wordpress() {
	p.htmlOpen(` prefix="og: https://ogp.me/ns#"`)
	p.metas()
	p.f(`<script type="text/javascript">window._wpemojiSettings={"baseUrl":"https:\/\/s.w.org\/images\/core\/emoji\/15.0.3\/72x72\/","ext":".png","svgUrl":"https:\/\/s.w.org\/images\/core\/emoji\/15.0.3\/svg\/","svgExt":".svg","source":{"concatemoji":"https:\/\/%s\/wp-includes\/js\/wp-emoji-release.min.js?ver=6.5.3"}};%s</script>`+"\n", p.host, p.script(p.n(4500)))
	p.f(`<style id='wp-emoji-styles-inline-css' type='text/css'>img.wp-smiley,img.emoji{display:inline!important;border:none!important;box-shadow:none!important;height:1em!important;width:1em!important;margin:0 0.07em!important;vertical-align:-0.1em!important;background:none!important;padding:0!important}</style>` + "\n")
	for _, id := range []string{"wp-block-library", "classic-theme-styles", "contact-form-7", "wpdiscuz-frontend-css", "wpdiscuz-fa", "jetpack-sharing", "newspaper-style", "td-theme", "elementor-frontend", "elementor-post-48213", "font-awesome", "google-fonts"} {
		p.f(`<link rel='stylesheet' id='%s-css' href='https://%s/wp-content/plugins/%s/assets/css/%s.min.css?ver=%d.%d.%d' type='text/css' media='all' />`+"\n", id, p.host, id, id, p.r.IntN(9), p.r.IntN(20), p.r.IntN(9))
	}
	p.f("<style id='global-styles-inline-css' type='text/css'>%s</style>\n", p.css(p.n(14000)))
	p.f(`<script type="text/javascript" src="https://%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>`+"\n", p.host)
	p.f(`<script type="text/javascript" id="td-theme-js-extra">var tdThemeVars=%s;</script>`+"\n", jsonText(p.flags(p.n(90))))
	graph := map[string]any{"@context": "https://schema.org", "@graph": []any{
		map[string]any{"@type": "NewsArticle", "@id": p.a.URL + "#article", "headline": p.a.Title, "datePublished": p.iso(), "author": map[string]any{"name": strings.Join(p.a.Authors, ", ")}, "articleSection": []string{p.a.Section}, "keywords": p.a.Tags, "inLanguage": p.lang()},
		map[string]any{"@type": "WebPage", "@id": p.a.URL, "url": p.a.URL, "name": p.a.Title, "datePublished": p.iso(), "breadcrumb": map[string]string{"@id": p.a.URL + "#breadcrumb"}},
		map[string]any{"@type": "BreadcrumbList", "@id": p.a.URL + "#breadcrumb", "itemListElement": []any{map[string]any{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://" + p.host + "/"}, map[string]any{"@type": "ListItem", "position": 2, "name": p.a.Section}}},
		map[string]any{"@type": "Organization", "@id": "https://" + p.host + "/#organization", "name": p.site, "sameAs": []string{"https://facebook.com/" + slug(p.site), "https://twitter.com/" + slug(p.site)}},
	}}
	p.f(`<script type="application/ld+json" class="yoast-schema-graph">%s</script>`+"\n", jsonText(graph))
	p.w("</head>\n")
	p.f(`<body class="post-template-default single single-post postid-%d single-format-standard wp-custom-logo wp-embed-responsive td-standard-pack global-block-template-1 single_template_3 td-full-layout elementor-default elementor-kit-6">`+"\n", 40000+p.r.IntN(9999))
	p.f(`<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">%s</a>`, p.label("Skip to content", "Chuyển đến nội dung"))
	p.f(`<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="300" height="80" src="https://%s/wp-content/uploads/logo.png" class="custom-logo" alt="%s" decoding="async"></a></div>`, p.host, esc(p.site))
	p.w(`<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">`)
	for range p.n(12) {
		id := 100 + p.r.IntN(9000)
		sec := p.phrase(1 + p.r.IntN(2))
		p.f(`<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-%d"><a href="https://%s/category/%s/">%s</a><ul class="sub-menu">`, id, id, p.host, slug(sec), esc(sec))
		for range 6 {
			sid := 100 + p.r.IntN(9000)
			s := p.phrase(1 + p.r.IntN(2))
			p.f(`<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="https://%s/category/%s/%s/">%s</a></li>`, sid, sid, p.host, slug(sec), slug(s), esc(s))
		}
		p.w("</ul></li>")
	}
	p.w("</ul></nav></header>\n")
	p.f(`<div class="td-ticker"><span class="td-ticker-title">%s</span><ul>`, p.label("Breaking", "Tin nóng"))
	for _, t := range p.teasers(p.n(8)) {
		p.f(`<li><a href="%s" rel="bookmark">%s</a></li>`, t.URL, esc(t.Title))
	}
	p.w("</ul></div>\n")
	adsense := func() string {
		return fmt.Sprintf(`<div class="td-a-rec td-a-rec-id-content_inline"><ins class="adsbygoogle" style="display:block;text-align:center" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-%d" data-ad-slot="%d"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>`+"\n", 1000000000000000+p.r.Int64N(8999999999999999), 1000000000+p.r.IntN(899999999))
	}
	p.w(adsense())
	post := 40000 + p.r.IntN(9999)
	p.f(`<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">`, post, post, slug(p.a.Section))
	p.f(`<header class="entry-header"><span class="cat-links"><a href="https://%s/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>`, p.host, slug(p.a.Section), esc(p.a.Section), esc(p.a.Title))
	p.f(`<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span> <span class="byline"><span class="author vcard">%s</span></span></div></header>`+"\n", p.iso(), p.dateText(), p.byline("url fn n"))
	if p.a.Image != nil {
		p.f(`<div class="post-thumbnail"><img width="1024" height="683" src="%s" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="%s" sizes="(max-width: 1024px) 100vw, 1024px"></div>`+"\n", esc(p.a.Image.Src), p.srcset(p.a.Image.Src, 6))
	}
	p.w(`<div class="entry-content">`)
	if p.a.Lead != "" {
		p.f(`<p class="td-post-sub-title"><strong>%s</strong></p>`+"\n", esc(p.a.Lead))
	}
	p.body(markup{
		h: ` class="wp-block-heading"`, list: ` class="wp-block-list"`, quote: ` class="wp-block-quote is-layout-flow"`,
		figure: func(im *news.Image) string {
			id := 10000 + p.r.IntN(90000)
			return fmt.Sprintf(`<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="%s" alt="%s" class="wp-image-%d" srcset="%s" sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">%s <em>%s</em></figcaption></figure>`+"\n",
				esc(im.Src), esc(im.Alt), id, p.srcset(im.Src, 6), esc(im.Caption), esc(im.Credit))
		},
		between: func(i int) string {
			if i == 3 {
				return adsense()
			}
			return ""
		},
	})
	p.w(`<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>`)
	for _, s := range shares[:6] {
		p.f(`<li class="share-%s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%s-%d" class="share-%s sd-button share-icon" href="https://%s/?share=%s&amp;nb=1" target="_blank" title="Click to share on %s">%s<span>%s</span></a></li>`, s, s, post, s, p.host, s, s, p.icon(s), s)
	}
	p.w("</ul></div></div></div></div>\n")
	p.w(`<footer class="entry-footer"><span class="tags-links">`)
	for _, t := range p.a.Tags {
		p.f(`<a href="https://%s/tag/%s/" rel="tag">%s</a> `, p.host, slug(t), esc(t))
	}
	p.w("</span></footer></article>\n")
	p.w(`<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">`)
	for _, t := range p.teasers(p.n(6)) {
		p.f(`<div class="jp-relatedposts-post jp-relatedposts-post-thumbs"><a class="jp-relatedposts-post-a" href="%s" title="%s" rel="nofollow"><img loading="lazy" class="jp-relatedposts-post-img" src="%s" width="350" height="200" alt="%s" srcset="%s"></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%s">%s</a></h4><p class="jp-relatedposts-post-excerpt">%s</p></div>`,
			t.URL, esc(t.Title), t.Image, esc(t.Title), p.srcset(t.Image, 3), t.URL, esc(t.Title), esc(t.Summary))
	}
	p.w("</div></div>\n")
	p.comments(post)
	p.w("</main></div>\n")
	p.w(`<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>`)
	for _, t := range p.teasers(p.n(10)) {
		p.f(`<li><a href="%s">%s</a><span class="post-date">%s</span></li>`, t.URL, esc(t.Title), t.Date.Format("2006-01-02"))
	}
	p.w(`</ul></section><section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">`)
	for i := range p.n(40) {
		t := p.phrase(1 + p.r.IntN(2))
		p.f(`<a href="https://%s/tag/%s/" class="tag-cloud-link tag-link-%d tag-link-position-%d" style="font-size: %d.%dpt;" aria-label="%s (%d items)">%s</a> `, p.host, slug(t), 100+i, i+1, 8+p.r.IntN(14), p.r.IntN(10), esc(t), 1+p.r.IntN(80), esc(t))
	}
	p.w("</div></section></aside>\n")
	p.f(`<footer id="colophon" class="site-footer"><div class="site-info">© 2024 %s · Proudly powered by WordPress</div></footer></div>`+"\n", esc(p.site))
	for _, id := range []string{"wp-hooks", "wp-i18n", "contact-form-7", "wpdiscuz-combined", "jetpack-sharing", "td-site-min"} {
		p.f(`<script type="text/javascript" src="https://%s/wp-content/plugins/%s/js/%s.min.js?ver=%d.%d" id="%s-js"></script>`+"\n", p.host, id, id, p.r.IntN(9), p.r.IntN(20), id)
	}
	p.f(`<script type="text/javascript" id="wpdiscuz-combined-js-extra">var wpdiscuzAjaxObj=%s;</script>`+"\n", jsonText(p.flags(p.n(120))))
	p.f("<script type=\"text/javascript\" id=\"td-site-min-js-after\">%s</script>\n", p.script(p.n(6000)))
	p.w("</body>\n</html>\n")
}

// comments prints a wpDiscuz thread: nested comments with avatars, vote
// buttons and reply links.
func (p *page) comments(post int) {
	k := p.n(24)
	p.f(`<div id="comments" class="comments-area"><div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open"><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">Subscribe</span></div></div><form class="wpd_comm_form wpd_main_comm_form" method="post" enctype="multipart/form-data"><textarea id="wc-textarea-0_0" placeholder="Join the discussion" aria-label="Join the discussion" name="wc_comment" class="wc_comment wpd-field"></textarea><input id="wc_name-0_0" name="wc_name" type="text" value="" placeholder="Name*" required="required" class="wc_name wpd-field"><input id="wc_email-0_0" class="wc_email wpd-field" type="email" name="wc_email" value="" placeholder="Email*"><button class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit">Post Comment</button></form></div><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="%d"><span class="wpdtc">%d</span> Comments</div></div><div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-list">`, k, k)
	depth := 0
	for i := range k {
		id := 5000 + i
		level := 1 + depth
		p.f(`<div id="wpd-comm-%d_%d" class="comment even thread-even depth-%d wpd-comment wpd_comment_level-%d"><div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-avatar"><img alt="" src="https://secure.gravatar.com/avatar/%s?s=64&amp;d=mm&amp;r=g" srcset="https://secure.gravatar.com/avatar/%s?s=128&amp;d=mm&amp;r=g 2x" class="avatar avatar-64 photo" height="64" width="64" loading="lazy" decoding="async"></div><div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">%s</div><div class="wpd-comment-date" title="%s"><i class="far fa-clock" aria-hidden="true"></i> %d days ago</div><div class="wpd-comment-link wpd-hidden"><span wpd-tooltip="Comment Link" wpd-tooltip-position="left"><i class="fas fa-link" aria-hidden="true" data-wpd-clipboard="%s#comment-%d"></i></span></div></div><div class="wpd-comment-text"><p>%s</p></div><div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked">%s</div><div class="wpd-vote-result" title="%d">%d</div><div class="wpd-vote-down wpd_not_clicked">%s</div></div><div class="wpd-reply-button">%s<span>Reply</span></div></div></div></div>`,
			id, post, level, level, p.id(32), p.id(32), esc(p.phrase(2)), p.published().Format("2006-01-02 15:04"), 1+p.r.IntN(300), esc(p.a.URL), id, esc(p.phrase(12+p.r.IntN(30))), p.icon("up"), i%7, i%7, p.icon("down"), p.icon("reply"))
		if p.r.IntN(3) == 0 && depth < 3 {
			depth++
			p.w(`<div class="wpd-comment-replies">`)
			continue
		}
		p.w("</div>")
		for depth > 0 && p.r.IntN(2) == 0 {
			p.w("</div></div>")
			depth--
		}
	}
	for ; depth > 0; depth-- {
		p.w("</div></div>")
	}
	p.w("</div></div></div></div>\n")
}

// vccorp is a Vietnamese national daily: a mega menu, admicro scripts in
// the head and along the page, data-role marks on the story, pictures in
// the CMS's sortable boxes with a lightbox link, a related-news box inside
// the text, the author's box, comment shell and three category boxes of
// teasers with their data attributes.
func (p *page) vccorp() {
	p.htmlOpen("")
	p.metas()
	p.f(`<script type="text/javascript">var _ADM_Channel='%%2f%s%%2fdetail%%2f';var _chkPrLink=false;var _isMobile=false;var pageSettings={DomainAPI:"https://s.%s",commentSiteName:"%s",allowComment:true,ajaxDomain:"https://%s",imageDomain:"https://cdn.%s",videoplayer:"https://vcplayer.%s",sharefbApiDomain:"https://sharefb.%s"};</script>`+"\n",
		slug(p.a.Section), p.host, slug(p.site), p.host, p.host, p.host, p.host)
	p.f("<script type=\"text/javascript\">(function(){var admicro_vcq=window.admicro_vcq||[];%s})();</script>\n", p.script(p.n(14000)))
	p.f("<style>%s</style>\n", p.css(p.n(20000)))
	p.w(p.ldJSON(false))
	p.f(`<script type="application/ld+json">{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"https://%s/","name":"Trang chủ"}},{"@type":"ListItem","position":2,"item":{"@id":"https://%s/%s.htm","name":%s}}]}</script>`+"\n", p.host, p.host, slug(p.a.Section), jsonText(p.a.Section))
	p.w("</head>\n<body>\n")
	p.w(p.sprite(p.n(30)))
	p.f(`<div class="header"><div class="header__top"><a class="header__logo" href="/" title="%s">%s</a><div class="header__weather" data-role="weather"><span class="city">Hà Nội</span><span class="temp">31°C</span></div><div class="header__search"><form action="/tim-kiem.htm"><input type="text" name="keywords" placeholder="Tìm kiếm"><button type="submit"><svg class="icon"><use xlink:href="#i-search-0"></use></svg></button></form></div></div>`, esc(p.site), p.logo())
	p.f(`<div class="header__nav"><ul class="menu-nav">%s</ul></div></div>`+"\n", p.menu(p.n(20), 10, "menu-nav__item", "menu-nav__link"))
	p.w(`<div class="box-trending"><span class="box-trending__title">Sự kiện</span><ul>`)
	for _, t := range p.teasers(p.n(6)) {
		p.f(`<li><a href="%s" title="%s">#%s</a></li>`, t.URL, esc(t.Title), esc(p.phrase(2)))
	}
	p.w("</ul></div>\n")
	newsID := 20240000000000 + p.r.Int64N(999999999)
	p.f(`<div class="detail-container" data-newsid="%d"><div class="detail-cmain"><div class="detail-top"><div class="detail-cate"><a href="/%s.htm" title="%s" data-role="cate-name">%s</a></div><div class="detail-time"><div data-role="publishdate">%s</div></div></div>`, newsID, slug(p.a.Section), esc(p.a.Section), esc(p.a.Section), p.dateText())
	p.f(`<h1 class="detail-title article-title" data-role="title">%s</h1>`, esc(p.a.Title))
	p.f(`<div class="detail-share"><a href="javascript:;" class="sendfb" rel="nofollow" data-href="%s"><svg class="icon"><use xlink:href="#i-fb-1"></use></svg></a><a href="javascript:;" class="sendzalo" rel="nofollow" data-href="%s"><svg class="icon"><use xlink:href="#i-zalo-2"></use></svg></a><a href="javascript:;" class="bookmark" data-id="%d" rel="nofollow" title="Lưu bài viết"><svg class="icon"><use xlink:href="#i-bm-3"></use></svg></a></div>`, esc(p.a.URL), esc(p.a.URL), newsID)
	if p.a.Lead != "" {
		p.f(`<h2 class="detail-sapo" data-role="sapo">%s</h2>`, esc(p.a.Lead))
	}
	p.w(`<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">` + "\n")
	related := p.teasers(p.n(24))
	p.body(markup{
		figure: func(im *news.Image) string {
			id := 600000 + p.r.IntN(99999)
			return fmt.Sprintf(`<figure class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="%s" data-fancybox="img-lightbox" title="%s" target="_blank" class="detail-img-lightbox"><img src="%s" id="img_%d" w="1200" h="800" alt="%s" title="%s" rel="lightbox" photoid="%d" type="photo" style="max-width:100%%;" data-original="%s" width="1200" height="800" loading="lazy"></a></div><figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">%s <em>%s</em></p></figcaption></figure>`+"\n",
				esc(im.Src), esc(im.Caption), esc(im.Src), id, esc(im.Alt), esc(im.Caption), id, esc(im.Src), esc(im.Caption), esc(im.Credit))
		},
		between: func(i int) string {
			if i != 4 || len(related) < 3 {
				return ""
			}
			var b strings.Builder
			b.WriteString(`<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" type="RelatedNewsBox"><article class="box-news-related"><ul>`)
			for _, t := range related[:3] {
				fmt.Fprintf(&b, `<li data-id="%d"><a title="%s" href="%s" target="_blank">%s</a></li>`, 100000+p.r.IntN(900000), esc(t.Title), t.URL, esc(t.Title))
			}
			b.WriteString("</ul></article></div>\n")
			return b.String()
		},
	})
	p.w("</div>\n")
	if len(p.a.Authors) > 0 {
		p.f(`<div class="detail-author"><div class="author-info"><a class="name" href="/tac-gia/%s.htm" title="%s">%s</a></div></div>`, slug(p.a.Authors[0]), esc(p.a.Authors[0]), esc(strings.Join(p.a.Authors, " - ")))
	}
	p.w(`<div class="detail-tab"><ul>`)
	for _, t := range p.a.Tags {
		p.f(`<li><a class="item" href="/%s.html" title="%s">#%s</a></li>`, slug(t), esc(t), esc(t))
	}
	p.w("</ul></div></div>\n")
	p.f(`<div class="box-comment" data-objectid="%d" data-objecttype="1"><div class="box-comment__title">Bình luận</div><form class="box-comment__form"><textarea placeholder="Chia sẻ ý kiến của bạn" maxlength="1000"></textarea><button type="button" class="btn-send">Gửi bình luận</button></form><ul class="box-comment__list">`, newsID)
	for range p.n(12) {
		p.f(`<li class="item-comment" data-cmid="%d"><div class="item-comment__avatar"><img src="https://cdn.%s/avatar/%s.png" alt="" loading="lazy"></div><div class="item-comment__content"><span class="name">%s</span><p class="text">%s</p><div class="item-comment__action"><a href="javascript:;" class="like" data-like="%d">Thích</a><a href="javascript:;" class="reply">Trả lời</a><span class="time">%d giờ trước</span></div></div></li>`,
			1000000+p.r.IntN(9000000), p.host, p.id(10), esc(p.phrase(2)), esc(p.phrase(15+p.r.IntN(25))), p.r.IntN(90), 1+p.r.IntN(23))
	}
	p.w("</ul></div></div>\n")
	for box, title := range []string{"Tin liên quan", "Tin mới", "Đọc nhiều"} {
		p.f(`<div class="box-category" data-layout="%d" data-key="%s" data-cd-key="siteid198:newsposition:zoneid198hot%d"><div class="box-category__title">%s</div><div class="box-category-middle">`, box+1, p.id(8), box, title)
		for _, t := range related[box*8 : min(box*8+8, len(related))] {
			id := 20240000000000 + p.r.Int64N(999999999)
			p.f(`<div class="box-category-item" data-id="%d" data-type="0"><a class="box-category-link-with-avatar img-resize" href="%s" title="%s" data-id="%d" data-newsid="%d" data-type="0"><img loading="lazy" src="%s" data-src="%s" alt="%s" class="box-category-avatar" width="260" height="163"></a><div class="box-category-content"><h3 class="box-title-text"><a data-type="0" data-linktype="newsdetail" data-id="%d" class="box-category-link-title" data-newstype="0" href="%s" title="%s">%s</a></h3><a class="box-category-sapo" href="%s" title="%s">%s</a></div></div>`+"\n",
				id, t.URL, esc(t.Title), id, id, t.Image, t.Image, esc(t.Title), id, t.URL, esc(t.Title), esc(t.Title), t.URL, esc(t.Title), esc(t.Summary))
		}
		p.w("</div></div>\n")
	}
	p.f(`<div class="footer"><div class="footer__menu"><ul>%s</ul></div><div class="footer__info"><p>Cơ quan chủ quản: %s. Giấy phép hoạt động báo chí điện tử số %d/GP-BTTTT.</p><p>Tòa soạn: %d phố %s, Hà Nội. Điện thoại: 024.%d.</p></div></div>`+"\n",
		p.menu(p.n(20), 0, "footer__item", "footer__link"), esc(p.site), 100+p.r.IntN(800), 1+p.r.IntN(200), esc(p.phrase(2)), 30000000+p.r.IntN(9999999))
	p.f(`<script type="text/template" id="tmpl-comment-item"><li class="item-comment" data-cmid="{{id}}"><div class="item-comment__content"><span class="name">{{name}}</span><p class="text">{{content}}</p></div></li></script>` + "\n")
	p.f("<script type=\"text/javascript\">%s</script>\n", p.script(p.n(12000)))
	p.w("</body>\n</html>\n")
}

// publisher is a European publisher: a consent manager's stub and
// configuration, the data layer, the paywall's setup, pictures with
// AVIF and WebP sources, video and chart iframes with their resize
// scripts, tracking pixels in noscript, a paywall offer in a template.
func (p *page) publisher() {
	p.htmlOpen(` class="no-js"`)
	p.metas()
	p.f(`<script>window._sp_queue=[];window._sp_={config:{accountId:%d,baseEndpoint:"https://cdn.privacy-mgmt.com",propertyHref:"https://%s",gdpr:{targetingParams:{acps:"false"}},events:{}}};%s</script>`+"\n", 1000+p.r.IntN(9000), p.host, p.script(p.n(16000)))
	p.f("<script>%s</script>\n", p.dataLayer())
	p.f(`<script>tp=window.tp||[];tp.push(["setAid","%s"]);tp.push(["setCxenseSiteId","%d"]);tp.push(["setTags",%s]);tp.push(["setContentSection",%s]);tp.push(["setContentAuthor",%s]);tp.push(["setContentCreated","%s"]);</script>`+"\n",
		p.id(10), 1000000000+p.r.IntN(99999999), jsonText(p.a.Tags), jsonText(p.a.Section), jsonText(strings.Join(p.a.Authors, ", ")), p.iso())
	p.f(`<script type="application/json" id="page-config">%s</script>`+"\n", jsonText(map[string]any{"article": map[string]any{"id": p.id(12), "channel": p.a.Section, "paid": true, "words": 800}, "player": p.flags(p.n(50)), "ads": p.slotsJSON(p.n(10))}))
	p.f("<style>%s</style>\n", p.css(p.n(16000)))
	p.w(p.ldJSON(true))
	p.w("</head>\n<body>\n")
	p.f(`<noscript><img src="https://%s/tracking/pixel.gif?id=%s&amp;url=%s" width="1" height="1" alt=""></noscript>`+"\n", p.host, p.id(16), esc(p.a.URL))
	p.f(`<header class="site-header" data-area="header"><a class="site-header__logo" href="/" data-sara-click-el="logo">%s</a><nav class="site-nav" data-area="navigation"><ul>%s</ul></nav><a class="site-header__subscribe" href="/abo/" data-sara-click-el="subscribe">%s</a></header>`+"\n", p.logo(), p.menu(p.n(16), 5, "site-nav__item", "site-nav__link"), p.label("Subscribe", "Đăng ký"))
	p.w(`<main id="content"><article class="article" data-area="article" aria-label="` + esc(p.a.Title) + `">`)
	p.f(`<header class="article__header" data-area="intro"><span class="article__kicker">%s</span><h1 class="article__title">%s</h1>`, esc(p.a.Section), esc(p.a.Title))
	if p.a.Lead != "" {
		p.f(`<p class="article__desc">%s</p>`, esc(p.a.Lead))
	}
	p.f(`<div class="article__meta"><span class="article__author">%s</span> <time class="article__date" datetime="%s">%s</time></div></header>`+"\n", p.byline("article__author-link"), p.iso(), p.dateText())
	picture := func(src, alt string) string {
		return fmt.Sprintf(`<picture><source type="image/avif" srcset="%s" sizes="(min-width: 960px) 720px, 100vw"><source type="image/webp" srcset="%s" sizes="(min-width: 960px) 720px, 100vw"><img src="%s" srcset="%s" sizes="(min-width: 960px) 720px, 100vw" alt="%s" loading="lazy" width="1200" height="675"></picture>`,
			p.srcset(src+".avif", 8), p.srcset(src+".webp", 8), esc(src), p.srcset(src, 8), esc(alt))
	}
	if p.a.Image != nil {
		p.f(`<figure class="article__lead-image">%s</figure>`+"\n", picture(p.a.Image.Src, ""))
	}
	p.w(`<div class="article__content" data-area="body">` + "\n")
	p.body(markup{
		p: ` class="article__paragraph"`, h: ` class="article__subheading"`, quote: ` class="article__quote"`,
		figure: func(im *news.Image) string {
			return fmt.Sprintf(`<figure class="article__figure" data-sara-click-el="image">%s<figcaption class="article__caption"><span>%s</span> <span class="article__credit">%s</span></figcaption></figure>`+"\n", picture(im.Src, im.Alt), esc(im.Caption), esc(im.Credit))
		},
		between: func(i int) string {
			switch i {
			case 2:
				return fmt.Sprintf(`<div class="embed embed--video"><iframe src="https://www.youtube-nocookie.com/embed/%s?rel=0&amp;modestbranding=1" width="560" height="315" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="%s"></iframe></div>`+"\n", p.id(11), esc(p.phrase(5)))
			case 5:
				id := p.id(5)
				return fmt.Sprintf(`<div class="embed embed--chart"><iframe title="%s" aria-label="Chart" id="datawrapper-chart-%s" src="https://datawrapper.dwcdn.net/%s/3/" scrolling="no" frameborder="0" style="width: 0; min-width: 100%% !important; border: none;" height="450" data-external="1"></iframe><script type="text/javascript">!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script></div>`+"\n", esc(p.phrase(4)), id, id)
			}
			return ""
		},
	})
	p.w("</div>\n")
	p.f(`<div class="paywall" data-area="paywall"><template id="pw-offer"><div class="offer"><h2 class="offer__title">%s</h2><ul class="offer__list"><li>%s</li><li>%s</li><li>%s</li></ul><a class="offer__button" href="/abo/?utm_source=paywall&amp;utm_medium=article">%s</a></div></template></div>`+"\n",
		esc(p.phrase(5)), esc(p.phrase(8)), esc(p.phrase(8)), esc(p.phrase(8)), p.label("Subscribe now", "Đăng ký ngay"))
	p.w("</article>\n")
	p.w(`<section class="teaser-list" data-area="related"><h2 class="teaser-list__title">` + p.label("More on this topic", "Cùng chủ đề") + `</h2>`)
	for _, t := range p.teasers(p.n(12)) {
		p.f(`<article class="teaser" data-sara-click-el="teaser"><a class="teaser__link" href="%s" data-link-flag="%s">%s<span class="teaser__kicker">%s</span><h3 class="teaser__title">%s</h3><p class="teaser__text">%s</p></a></article>`+"\n",
			t.URL, p.id(4), picture(t.Image, ""), esc(p.phrase(1)), esc(t.Title), esc(t.Summary))
	}
	p.w("</section>\n")
	p.f(`<section class="comments" data-area="comments"><template id="comments-widget"><div class="comments__widget" data-article="%s"></div></template><button class="comments__open">%s</button></section></main>`+"\n", p.id(12), p.label("Show comments", "Xem bình luận"))
	p.f(`<footer class="site-footer" data-area="footer"><nav><ul>%s</ul></nav><p>© %s 2024</p></footer>`+"\n", p.menu(p.n(8), 8, "site-footer__item", "site-footer__link"), esc(p.site))
	p.f("<script>%s</script>\n", p.script(p.n(8000)))
	p.w("</body>\n</html>\n")
}

// amp is an AMP page: the runtime and a dozen extensions, the boilerplate
// and the site's amp-custom stylesheet, analytics and consent configured
// in JSON scripts, a sidebar menu, amp-img pictures, amp-ad units with
// their real-time-config JSON in attributes.
func (p *page) amp() {
	p.htmlOpen(" ⚡")
	p.w(`<script async src="https://cdn.ampproject.org/v0.js"></script>` + "\n")
	for _, ext := range []string{"amp-analytics", "amp-ad", "amp-sidebar", "amp-social-share", "amp-consent", "amp-iframe", "amp-bind", "amp-form", "amp-list", "amp-mustache", "amp-carousel", "amp-sticky-ad"} {
		p.f(`<script async custom-element="%s" src="https://cdn.ampproject.org/v0/%s-0.1.js"></script>`+"\n", ext, ext)
	}
	p.metas()
	p.w(p.ldJSON(true))
	p.w(`<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;animation:none}</style></noscript>` + "\n")
	p.f("<style amp-custom>%s</style>\n", p.css(p.n(48000)))
	p.w("</head>\n<body>\n")
	for _, vendor := range []string{"gtag", "chartbeat", "comscore"} {
		p.f(`<amp-analytics type="%s" data-credentials="include"><script type="application/json">%s</script></amp-analytics>`+"\n", vendor,
			jsonText(map[string]any{"vars": map[string]any{"account": p.id(12), "title": p.a.Title, "sections": p.a.Section, "authors": p.a.Authors}, "triggers": p.flags(p.n(60)), "extraUrlParams": p.flags(p.n(30))}))
	}
	p.f(`<amp-consent id="consent" layout="nodisplay"><script type="application/json">%s</script><div class="consent-ui"><p>%s</p><button on="tap:consent.accept">OK</button><button on="tap:consent.reject">%s</button></div></amp-consent>`+"\n",
		jsonText(map[string]any{"consentInstanceId": "sourcepoint", "consentRequired": "remote", "checkConsentHref": "https://sourcepoint.mgr.consensu.org/wrapper/tcfv2/v1/amp-v2", "promptUISrc": "https://cdn.privacy-mgmt.com/amp/unified/index.html", "clientConfig": p.flags(p.n(40))}), esc(p.phrase(20)), p.label("Reject", "Từ chối"))
	p.f(`<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="amp-nav"><ul>%s</ul></nav></amp-sidebar>`+"\n", p.menu(p.n(16), 6, "amp-nav__item", "amp-nav__link"))
	p.f(`<header class="amp-header"><button on="tap:sidebar.toggle" class="amp-header__menu" aria-label="Menu">%s</button><a href="/" class="amp-header__logo"><amp-img src="https://%s/logo.png" width="200" height="40" layout="fixed" alt="%s"></amp-img></a></header>`+"\n", p.icon("menu"), p.host, esc(p.site))
	p.w(`<main><article class="amp-article">`)
	if p.a.Section != "" {
		p.f(`<div class="amp-section"><a href="/%s/">%s</a></div>`, slug(p.a.Section), esc(p.a.Section))
	}
	p.f(`<h1 class="amp-title">%s</h1>`, esc(p.a.Title))
	if p.a.Lead != "" {
		p.f(`<p class="amp-standfirst">%s</p>`, esc(p.a.Lead))
	}
	p.f(`<div class="amp-byline">%s <time datetime="%s">%s</time></div>`+"\n", p.byline("amp-author"), p.iso(), p.dateText())
	if p.a.Image != nil {
		p.f(`<amp-img src="%s" srcset="%s" layout="responsive" width="1200" height="675" alt=""></amp-img>`+"\n", esc(p.a.Image.Src), p.srcset(p.a.Image.Src, 8))
	}
	p.w(`<div class="amp-share">`)
	for _, s := range shares[:6] {
		p.f(`<amp-social-share type="%s" width="40" height="40" data-param-app_id="%d" aria-label="Share on %s"></amp-social-share>`, s, 100000000+p.r.IntN(9999999), s)
	}
	p.w(`</div><div class="amp-body">` + "\n")
	p.body(markup{
		figure: func(im *news.Image) string {
			return fmt.Sprintf(`<figure class="amp-figure"><amp-img src="%s" srcset="%s" layout="responsive" width="1200" height="800" alt="%s"></amp-img><figcaption>%s <span class="amp-credit">%s</span></figcaption></figure>`+"\n",
				esc(im.Src), p.srcset(im.Src, 8), esc(im.Alt), esc(im.Caption), esc(im.Credit))
		},
		between: func(i int) string {
			if i == 0 || i%4 != 0 {
				return ""
			}
			return fmt.Sprintf(`<amp-ad width="300" height="250" type="doubleclick" data-slot="/%d/%s/amp_article" data-multi-size="300x600,300x250" data-multi-size-validation="false" rtc-config='{"vendors":{"aps":{"PUB_ID":"600","PARAMS":{"amp":"1"}},"openwrap":{"PROFILE_ID":"%d","PUB_ID":"%d"},"criteo":{"NETWORK_ID":"%d"}},"timeoutMillis":1000}' json='{"targeting":{"section":[%s],"pos":"%d","tags":%s}}'><div fallback></div></amp-ad>`+"\n",
				4817, slug(p.site), 1000+p.r.IntN(9000), 150000+p.r.IntN(9999), 8000+p.r.IntN(999), jsonText(p.a.Section), i, jsonText(p.a.Tags))
		},
	})
	p.w("</div></article>\n")
	p.f(`<section class="amp-related"><h2>%s</h2>`, p.label("More stories", "Tin khác"))
	for _, t := range p.teasers(p.n(10)) {
		p.f(`<div class="amp-related__card"><a href="%s"><amp-img src="%s" srcset="%s" layout="responsive" width="16" height="9" alt=""></amp-img><h3>%s</h3></a></div>`+"\n", t.URL, t.Image, p.srcset(t.Image, 4), esc(t.Title))
	}
	p.f(`</section></main><footer class="amp-footer"><ul>%s</ul><p>© %s</p></footer>`+"\n", p.menu(p.n(8), 6, "amp-footer__item", "amp-footer__link"), esc(p.site))
	p.f(`<amp-pixel src="https://%s/pixel?rand=RANDOM&amp;url=CANONICAL_URL" layout="nodisplay"></amp-pixel>`+"\n", p.host)
	p.w("</body>\n</html>\n")
}
