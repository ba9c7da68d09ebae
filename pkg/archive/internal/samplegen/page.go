package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/pkg/news"
)

// pageStyle says how a page was obtained, which decides its image URLs and a
// few quirks.
type pageStyle struct {
	imgSrc  func(s story, file string) string // the src of a figure
	charset bool                              // <meta charset> present
	table   bool                              // captions in a table cell (older template)
}

// pageData feeds pageTemplate.
type pageData struct {
	Lang, Title, Lead, URL, Section, SectionURL, Site string
	Published, DateLine, Today                        string
	Tags                                              []string
	Charset                                           bool
	JSONLD                                            template.JS
	Image                                             string
	Body                                              template.HTML
	Related                                           []link
}

type link struct{ Title, URL string }

// renderPage turns a story into a full saved page of the station's portal:
// header with today's date and the weather, menu, breadcrumb, the article
// (JSON-LD, OpenGraph, visible date line, sapo, body with a figure, the
// byline as the last paragraph, a related-news box inside the body), tags,
// share bar, comments box and footer.
func renderPage(s story, st pageStyle, related []link) ([]byte, error) {
	a := s.a
	d := pageData{
		Lang: a.Lang(), Title: a.Title, Lead: a.Lead, URL: a.URL, Section: a.Section,
		SectionURL: site + "/" + sectionSlugs[a.Section] + "/", Site: a.Source,
		Today: "Thứ Ba, " + saved.Format("02/01/2006"), Tags: a.Tags, Charset: st.charset, Related: related,
	}
	ld := map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.Title, "description": a.Lead,
		"mainEntityOfPage": a.URL, "articleSection": a.Section, "inLanguage": a.Lang(),
		"publisher": map[string]any{"@type": "Organization", "name": a.Source, "logo": map[string]string{"@type": "ImageObject", "url": site + "/images/logo.png"}},
	}
	if !a.Published.IsZero() {
		t := a.Published.In(vn)
		d.Published = t.Format("2006-01-02T15:04:05-07:00")
		d.DateLine = t.Format("15:04, 02/01/2006")
		ld["datePublished"] = d.Published
	}
	if len(a.Authors) > 0 {
		var people []map[string]string
		for _, n := range a.Authors {
			people = append(people, map[string]string{"@type": "Person", "name": n})
		}
		ld["author"] = people
	}
	if len(a.Tags) > 0 {
		ld["keywords"] = strings.Join(a.Tags, ", ")
	}
	var body strings.Builder
	for _, b := range a.Body {
		switch b.Kind {
		case news.Paragraph:
			body.WriteString("<p>" + bodyText(s, news.PlainText(b.Text)) + "</p>\n")
		case news.Heading:
			if st.table {
				body.WriteString("<p><strong>" + html.EscapeString(news.PlainText(b.Text)) + "</strong></p>\n")
			} else {
				body.WriteString("<h3>" + html.EscapeString(news.PlainText(b.Text)) + "</h3>\n")
			}
		case news.Figure:
			src := st.imgSrc(s, s.spec.figure.file)
			d.Image = src
			ld["image"] = src
			body.WriteString(figureHTML(s, b.Image, src, st.table))
		}
	}
	if len(a.Authors) > 0 {
		body.WriteString(`<p style="text-align: right;"><strong>` + html.EscapeString(strings.Join(a.Authors, " - ")) + "</strong></p>\n")
	}
	d.Body = template.HTML(body.String())
	j, err := json.Marshal(ld)
	if err != nil {
		return nil, err
	}
	d.JSONLD = template.JS(j)
	var out bytes.Buffer
	err = pageTemplate.Execute(&out, d)
	return out.Bytes(), err
}

// bodyText escapes a paragraph. The drug-bust page was typed in an old
// editor that wrote some letters as entities, the way such pages look.
func bodyText(s story, t string) string {
	t = html.EscapeString(t)
	if s.spec.section == "Quốc phòng - An ninh" {
		t = strings.NewReplacer("á", "&aacute;", "à", "&agrave;", "ế", "&#7871;", "ộ", "&#x1ED9;").Replace(t)
	}
	return t
}

func figureHTML(s story, img *news.Image, src string, table bool) string {
	alt := img.Alt
	if s.spec.section == "Du lịch" {
		alt = norm.NFD.String(alt) // copied from a macOS file name
	}
	caption := html.EscapeString(img.Caption + ". Ảnh: " + img.Credit)
	if table {
		return fmt.Sprintf("<table class=\"image\" align=\"center\"><tbody><tr><td><img src=\"%s\" alt=\"%s\" width=\"400\"></td></tr><tr><td class=\"image_desc\">%s</td></tr></tbody></table>\n",
			html.EscapeString(src), html.EscapeString(alt), caption)
	}
	if s.spec.section == "Xã hội" {
		// Lazy loading: a 1×1 GIF placeholder, the real image in data-src.
		return fmt.Sprintf("<figure class=\"image\"><img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" data-src=\"%s\" alt=\"%s\" class=\"lazy\"><figcaption>%s</figcaption></figure>\n",
			html.EscapeString(src), html.EscapeString(alt), caption)
	}
	return fmt.Sprintf("<figure class=\"image\"><img src=\"%s\" alt=\"%s\"><figcaption>%s</figcaption></figure>\n",
		html.EscapeString(src), html.EscapeString(alt), caption)
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
{{- if .Charset}}
<meta charset="utf-8">
{{- end}}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} - {{.Site}}</title>
<meta name="description" content="{{.Lead}}">
<link rel="canonical" href="{{.URL}}">
<meta property="og:site_name" content="{{.Site}}">
<meta property="og:type" content="article">
<meta property="og:title" content="{{.Title}}">
<meta property="og:description" content="{{.Lead}}">
<meta property="og:url" content="{{.URL}}">
{{- if .Image}}
<meta property="og:image" content="{{.Image}}">
{{- end}}
{{- if .Published}}
<meta property="article:published_time" content="{{.Published}}">
{{- end}}
<meta property="article:section" content="{{.Section}}">
{{- range .Tags}}
<meta property="article:tag" content="{{.}}">
{{- end}}
<script type="application/ld+json">{{.JSONLD}}</script>
<link rel="stylesheet" href="/static/css/portal.css">
<script src="/static/js/portal.js"></script>
</head>
<body>
<div class="top-bar">
  <span class="today">{{.Today}}</span>
  <span class="weather">Hà Giang 24<sup>o</sup>C</span>
  <a href="/en/">English</a> | <a href="/lien-he.html">Liên hệ</a>
</div>
<div class="header"><h1 class="logo"><a href="/"><img src="/images/logo.png" alt="Đài Phát thanh và Truyền hình Hà Giang"></a></h1></div>
<ul class="menu">
  <li><a href="/">Trang chủ</a></li>
  <li><a href="/thoi-su/">Thời sự</a></li>
  <li><a href="/kinh-te/">Kinh tế</a></li>
  <li><a href="/van-hoa/">Văn hóa</a></li>
  <li><a href="/xa-hoi/">Xã hội</a></li>
  <li><a href="/the-thao/">Thể thao</a></li>
  <li><a href="/du-lich/">Du lịch</a></li>
  <li><a href="/truyen-hinh/">Truyền hình</a></li>
  <li><a href="/phat-thanh/">Phát thanh</a></li>
</ul>
<div class="main">
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="{{.SectionURL}}">{{.Section}}</a></div>
<div class="news-detail">
  <h1 class="news-title">{{.Title}}</h1>
{{- if .DateLine}}
  <div class="news-date">{{.DateLine}}</div>
{{- end}}
  <div class="news-sapo">{{.Lead}}</div>
  <div class="news-content">
{{.Body}}
{{- if .Related}}
    <div class="news-related">
      <h4>Tin liên quan</h4>
      <ul>
{{- range .Related}}
        <li><a href="{{.URL}}">{{.Title}}</a></li>
{{- end}}
      </ul>
    </div>
{{- end}}
  </div>
{{- if .Tags}}
  <div class="news-tags">Từ khóa: {{range .Tags}}<a href="/tag/{{.}}">{{.}}</a> {{end}}</div>
{{- end}}
  <div class="news-share"><a href="#">Chia sẻ</a> | <a href="#" onclick="window.print()">In bài viết</a> | <a href="#">Copy link</a></div>
  <div class="news-comment">
    <h4>Ý kiến bạn đọc</h4>
    <form action="/binh-luan" method="post"><textarea name="noidung" placeholder="Nội dung bình luận"></textarea><input name="hoten" placeholder="Họ tên"><button type="submit">Gửi bình luận</button></form>
  </div>
</div>
<div class="sidebar">
  <div class="box"><h4>Đọc nhiều</h4><ul><li><a href="/thoi-su/">Hà Giang: Tăng cường công tác phòng, chống thiên tai mùa mưa bão</a></li><li><a href="/du-lich/">Mùa hè trên cao nguyên đá</a></li></ul></div>
  <div class="box"><h4>Thời tiết</h4><p>Hà Giang: 24 - 31<sup>o</sup>C, có mưa rào và dông rải rác</p></div>
</div>
</div>
<div class="footer">
  <p>© Đài Phát thanh và Truyền hình Hà Giang. Giấy phép số 24/GP-TTĐT.</p>
  <p>Địa chỉ: đường Trần Hưng Đạo, thành phố Hà Giang, tỉnh Hà Giang. Điện thoại: 0219 3867 xxx</p>
</div>
</body>
</html>
`))

// related lists up to three other stories of the same section.
func (g *gen) related(s story) []link {
	var out []link
	seen := map[string]bool{s.a.URL: true}
	for _, o := range g.stories {
		if o.a.Section == s.a.Section && !seen[o.a.URL] && len(out) < 3 {
			seen[o.a.URL] = true
			out = append(out, link{o.a.Title, o.a.URL})
		}
	}
	return out
}
