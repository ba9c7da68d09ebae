package news_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

func TestSafeURL(t *testing.T) {
	for raw, want := range map[string]string{
		"https://example.vn/a":                  "https://example.vn/a",
		" HTTP://Example.vn/b?x=1 ":             "http://Example.vn/b?x=1",
		"https://example.vn/bản đồ?q=a b&c=<d>": "https://example.vn/b%E1%BA%A3n%20%C4%91%E1%BB%93?q=a%20b&c=%3Cd%3E",
		"https://en.wikipedia.org/wiki/A_(b)":   "https://en.wikipedia.org/wiki/A_%28b%29",
		"mailto:toa-soan@example.vn":            "mailto:toa-soan@example.vn",
		"javascript:alert(1)":                   "",
		"/relative/path":                        "",
		"//example.vn/scheme-relative":          "",
		"https:///no-host":                      "",
		"mailto:":                               "",
		"data:text/html,<b>":                    "",
		"file:///etc/passwd":                    "",
		"not a url":                             "",
		"http://[::1":                           "",
	} {
		if got := news.SafeURL(raw); got != want {
			t.Errorf("SafeURL(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestLangTag(t *testing.T) {
	for tag, want := range map[string]string{"vi": "vi", "vi_VN": "vi-VN", "EN-us": "en-US", "vi_VN!": "", "": ""} {
		if got, ok := news.LangTag(tag); got != want || ok != (want != "") {
			t.Errorf("LangTag(%q) = %q, %v; want %q", tag, got, ok, want)
		}
	}
}

// Body headings get depths below the title that skip no level, whatever
// levels the page used.
func TestHeadingDepths(t *testing.T) {
	h := func(level int) news.Block { return news.Block{Kind: news.Heading, Level: level} }
	p := news.Block{Kind: news.Paragraph}
	for _, tc := range []struct {
		body []news.Block
		want []int
	}{
		{[]news.Block{p, p}, nil},
		{[]news.Block{h(2), p, h(3), h(3), h(2)}, []int{1, 0, 2, 2, 1}},
		{[]news.Block{h(4), p, h(6)}, []int{1, 0, 2}},    // h4 then h6: one level down, not two
		{[]news.Block{h(3), h(1), h(3)}, []int{1, 1, 2}}, // never deeper than one below the heading before
		{[]news.Block{h(9), h(-1)}, []int{1, 1}},         // out of range: clamped to 6 and 1
	} {
		a := news.Article{Body: tc.body}
		if got := a.HeadingDepths(); !slices.Equal(got, tc.want) {
			t.Errorf("levels %v: depths %v, want %v", tc.body, got, tc.want)
		}
	}
}

func TestFurniture(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	img := &news.Image{Src: "a.jpg"}
	a := news.Article{
		Source: "Báo Hà Giang", Section: "Thời sự", Authors: []string{"Đình Anh", "Văn Hương"}, Image: img,
		Published: time.Date(2023, 7, 28, 18, 26, 0, 0, ict), Updated: time.Date(2023, 7, 29, 9, 15, 0, 0, ict),
		Body: []news.Block{{Kind: news.Figure, Image: &news.Image{Src: "b.jpg"}}},
	}
	if got := strings.Join(a.Meta(), " · "); got != "Báo Hà Giang · 18:26, 28/07/2023 · Thời sự · Cập nhật 09:15, 29/07/2023" {
		t.Errorf("Meta = %q", got)
	}
	if a.Byline() != "Đình Anh - Văn Hương" || a.DisplayTitle() != "(Không có tiêu đề)" {
		t.Errorf("Byline %q, DisplayTitle %q", a.Byline(), a.DisplayTitle())
	}
	if a.LeadImage() != img {
		t.Error("the lead image is lost")
	}
	c := &news.Collection{Articles: []news.Article{a, {Source: "Báo Hà Giang", Image: &news.Image{Src: "b.jpg"}}}}
	if got := c.ImageSources(); !slices.Equal(got, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("ImageSources = %v", got)
	}
	a.Body = append(a.Body, news.Block{Kind: news.Figure, Image: &news.Image{Src: "a.jpg"}})
	if a.LeadImage() != nil {
		t.Error("a lead image the body shows again is printed twice")
	}
	if c.DisplayPublisher() != "Báo Hà Giang" {
		t.Errorf("DisplayPublisher = %q", c.DisplayPublisher())
	}
	c.Articles[1].Source = "Báo khác"
	if c.DisplayPublisher() != "" {
		t.Errorf("DisplayPublisher of mixed outlets = %q", c.DisplayPublisher())
	}
	for credit, want := range map[string]string{"Minh An": "Ảnh: Minh An", "Đồ họa: Minh Đức": "Đồ họa: Minh Đức", "": ""} {
		if got := news.Vietnamese.PhotoCredit(credit); got != want {
			t.Errorf("PhotoCredit(%q) = %q", credit, got)
		}
	}
	if got := news.English.PhotoCredit("Minh An"); got != "Photo: Minh An" {
		t.Errorf("English PhotoCredit = %q", got)
	}
}
