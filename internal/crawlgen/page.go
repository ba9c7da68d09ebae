package crawlgen

import (
	"fmt"
	"html"
	"strings"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/pkg/news"
)

// Page is the saved page of an article: the article inside a provincial
// site's chrome (menus, widgets, related news, comments, inline scripts —
// chrome, from corpus.Scripts), with its OpenGraph and JSON-LD metadata.
func Page(a *news.Article, chrome string) []byte {
	var b strings.Builder
	e := html.EscapeString
	date := a.Published.Format("2006-01-02T15:04:05-07:00")
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>%s - %s</title>
<meta property="og:title" content="%s">
<meta property="og:type" content="article">
<meta property="og:url" content="%s">
<meta property="og:site_name" content="%s">
<meta property="article:published_time" content="%s">
<meta property="article:section" content="%s">
<link rel="canonical" href="%s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"author":[{"@type":"Person","name":%q}],"publisher":{"@type":"Organization","name":%q}}</script>
<style>body{font-family:Arial}.menu li{display:inline-block}.box-related{border:1px solid #ccc}</style>
<script>%s</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">%s</a></div>
<div class="weather">Hà Giang <span>28</span>oC</div>
<nav class="menu"><ul>`, e(a.Title), e(a.Source), e(a.Title), a.URL, e(a.Source), date, e(a.Section), a.URL, a.Title, date, a.Authors[0], a.Source, chrome[:len(chrome)/2], e(a.Source))
	for i := range 40 {
		fmt.Fprintf(&b, `<li><a href="/chuyen-muc-%d.html">Chuyên mục %d</a></li>`, i, i)
	}
	fmt.Fprintf(&b, `</ul></nav></header>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/%s">%s</a></div>
<article class="detail">
<h1 class="title">%s</h1>
<div class="date">%s</div>
<h2 class="sapo">%s</h2>
<div class="content">
`, e(a.Section), e(a.Section), e(a.Title), news.Vietnamese.DateTime(a.Published), e(a.Lead))
	b.WriteString(corpus.BodyHTML(a))
	b.WriteString(`</div>
<div class="box-related"><h3>Tin liên quan</h3><ul>`)
	for i := range 10 {
		fmt.Fprintf(&b, `<li><a href="/tin-%d.html">Tin liên quan số %d về hoạt động của tỉnh trong tuần</a></li>`, i, i)
	}
	b.WriteString(`</ul></div>
<div class="comments"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea><button>Gửi bình luận</button></form></div>
</article></main>
<footer><p>Cơ quan chủ quản: ` + e(a.Source) + `. Giấy phép số 123/GP-BTTTT.</p></footer>
<script>`)
	b.WriteString(chrome[len(chrome)/2:])
	b.WriteString("</script>\n</body></html>\n")
	return []byte(b.String())
}
