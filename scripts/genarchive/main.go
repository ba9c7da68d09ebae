// Command genarchive writes a synthetic news archive for the digest
// benchmark: N saved HTML pages of about 100 KB each — the article of
// internal/corpus inside a provincial site's chrome (menus, widgets, related
// news, comments, inline scripts) — spread evenly from 1 June 2023 so that
// 31% of them fall in July, and the same articles as JSON Lines.
//
// With -warc it writes a crawl instead, as a web archive or CC-NEWS holds
// one: N pages of -sites sites, published from 1 May 2023 over -months
// months, in -files .warc.gz files (request and response records, the
// images of the pages that have a figure, pages crawled twice), and
// .expected.json, what a digest of it must find (a dot file: digests skip it).
//
//	go run ./scripts/genarchive -n 10000 -o /tmp/archive
//	go run ./scripts/genarchive -warc -n 50000 -sites 4 -files 32 -o /tmp/crawl
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/pkg/news"
)

func main() {
	n := flag.Int("n", 1000, "number of pages")
	out := flag.String("o", "archive", "output directory")
	pageKB := flag.Int("kb", 100, "approximate page size in KB")
	warc := flag.Bool("warc", false, "write a multi-site crawl of .warc.gz files")
	c := crawlOptions{}
	flag.IntVar(&c.sites, "sites", 4, "-warc: number of sites, 1–8")
	flag.IntVar(&c.files, "files", 16, "-warc: number of .warc.gz files")
	flag.IntVar(&c.months, "months", 4, "-warc: months the pages are spread over, from May 2023")
	flag.IntVar(&c.imageEvery, "image-every", 10, "-warc: every how many pages shows a figure (0: none)")
	flag.IntVar(&c.dupEvery, "dup-every", 40, "-warc: every how many pages is crawled twice (0: none)")
	flag.Parse()
	var err error
	if *warc {
		c.pages, c.pageKB = *n, *pageKB
		err = crawl(c, *out)
	} else {
		err = run(*n, *out, *pageKB)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genarchive:", err)
		os.Exit(1)
	}
}

var ict = time.FixedZone("ICT", 7*3600)

func run(n int, dir string, pageKB int) error {
	start := time.Date(2023, 6, 1, 0, 0, 0, 0, ict)
	// July's 31 days are 31% of the span, so 31% of the pages fall in it.
	span := time.Duration(float64(31*24*time.Hour) / 0.31)
	step := span / time.Duration(n)
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		return err
	}
	jl, err := os.Create(filepath.Join(dir, "export.jsonl"))
	if err != nil {
		return err
	}
	defer jl.Close()
	jw := bufio.NewWriter(jl)
	chrome := corpus.Scripts(pageKB * 1024 * 7 / 8)
	for i := range n {
		a := corpus.Article(i)
		a.Published = start.Add(time.Duration(i) * step).Truncate(time.Minute)
		sub := filepath.Join(dir, "pages", a.Published.Format("2006/01"))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(sub, a.ID+".html"), page(&a, chrome), 0o644); err != nil {
			return err
		}
		if err := (news.JSONL{}).Write(context.Background(), jw, &news.Collection{Articles: []news.Article{a}}); err != nil {
			return err
		}
	}
	return jw.Flush()
}

func page(a *news.Article, chrome string) []byte {
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
