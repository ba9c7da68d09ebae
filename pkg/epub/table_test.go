package epub_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/pkg/epub"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// article returns the one article document of a single-article book.
func article(t *testing.T, c *news.Collection, o epub.Options) (*book, []byte, string) {
	t.Helper()
	data, warnings := build(t, c, o)
	b := unzip(t, data)
	docs := b.names("EPUB/xhtml/")
	if len(docs) != 1 {
		t.Fatalf("documents %v, want one article", docs)
	}
	return b, b.get(t, docs[0]), warnings
}

// A table is a semantic <table>: caption, header cells of scope col in a
// thead, a tbody, numbers in cells of class num, styled spans; a wide one
// is marked for a smaller font.
func TestTables(t *testing.T) {
	for _, name := range []string{"thi-truong-gia-nong-san", "thi-tot-nghiep-thpt"} {
		_, doc, warnings := article(t, read(t, name), epub.Options{NoFonts: true})
		if warnings != "" {
			t.Errorf("%s: warnings %s", name, warnings)
		}
		golden.Assert(t, "../../testdata/epub/tables/"+name+".xhtml", doc)
		text(t, name, doc)
	}
	_, doc, _ := article(t, read(t, "thi-truong-gia-nong-san"), epub.Options{NoFonts: true})
	for _, want := range []string{
		`<div class="table">`,
		`<table>` + "\n" + `<caption>Giá một số mặt hàng tại chợ trung tâm thành phố Hà Giang (đơn vị: đồng)</caption>`,
		`<thead>` + "\n" + `<tr><th scope="col">Mặt hàng</th><th scope="col">Đơn vị tính</th><th scope="col" class="num">Ngày 20/7</th>`,
		`<tbody>` + "\n" + `<tr><td>Gạo tẻ thường</td><td>kg</td><td class="num">14.000</td>`,
		`<td><b>Thịt lợn hơi</b></td>`,
		`<td>Chè Shan tuyết <i>(chè khô)</i></td>`,
	} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("the price table lacks %s", want)
		}
	}
	_, doc, _ = article(t, read(t, "thi-tot-nghiep-thpt"), epub.Options{NoFonts: true})
	if !bytes.Contains(doc, []byte(`<div class="table wide">`)) {
		t.Error("the ten-column table is not marked wide")
	}
}

// One article with its fonts stays small: the fonts are subset to the
// letters the book uses, and every letter of the text is in them.
func TestFontsSubset(t *testing.T) {
	for _, name := range []string{"seed-giao-ban", "kinh-te-lua-gao", "thi-tot-nghiep-thpt", "english-flood"} {
		c := read(t, name)
		data, _ := build(t, c, epub.Options{Resolver: media.Dir(articlesDir)})
		if len(data) > 200_000 {
			t.Errorf("%s: %d bytes with fonts, want under 200 KB", name, len(data))
		}
		b := unzip(t, data)
		fontFiles := b.names("EPUB/fonts/")
		if len(fontFiles) < 2 {
			t.Fatalf("%s: fonts %v", name, fontFiles)
		}
		orig, err := sfnt.Parse(fonts.Serif().TTF(fonts.Regular))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range fontFiles {
			f, err := sfnt.Parse(b.get(t, file))
			if err != nil {
				t.Fatalf("%s: %s does not parse: %v", name, file, err)
			}
			var buf, ob sfnt.Buffer
			for s := range c.Articles[0].Texts() {
				for _, r := range s + strings.ToUpper(c.Articles[0].Source) {
					if g, _ := orig.GlyphIndex(&ob, r); g == 0 {
						continue
					}
					if g, _ := f.GlyphIndex(&buf, r); g == 0 {
						t.Errorf("%s: %s lacks %q", name, file, r)
					}
				}
			}
		}
	}
}

// A lead image that is also the body's first figure is shown once.
func TestLeadImageOnce(t *testing.T) {
	c := read(t, "seed-giao-ban")
	c.Articles[0].Image = c.Articles[0].Body[0].Image
	_, doc, _ := article(t, c, epub.Options{NoFonts: true, Resolver: media.Dir(articlesDir)})
	if n := bytes.Count(doc, []byte("<figure>")); n != 1 {
		t.Errorf("%d figures for one picture", n)
	}
}

// A digest's days and sections are headings of the navigation, not pages
// in the reading order.
func TestNoDividerPages(t *testing.T) {
	c := digest(t)
	data, _ := build(t, c, epub.Options{NoFonts: true})
	b := unzip(t, data)
	opf := string(b.get(t, "EPUB/package.opf"))
	spine := regexp.MustCompile(`<itemref idref="([^"]+)"`).FindAllStringSubmatch(opf, -1)
	if len(spine) != 3+len(c.Articles) {
		t.Errorf("%d documents in the reading order for 3 front pages and %d articles", len(spine), len(c.Articles))
	}
	for _, it := range spine[3:] {
		if !strings.HasPrefix(it[1], "a") {
			t.Errorf("%s in the reading order", it[1])
		}
	}
	nav := string(b.get(t, "EPUB/nav.xhtml"))
	if !strings.Contains(nav, "<li><span>Thứ sáu, 28/07/2023</span>\n<ol>") {
		t.Error("the navigation does not group articles under their day")
	}
	if ncx := string(b.get(t, "EPUB/toc.ncx")); !strings.Contains(ncx, "<text>Thứ sáu, 28/07/2023</text>") {
		t.Error("the NCX lost the day")
	}
}

// An English article gets English labels and dates, and the language of
// its text; an article in a script the font lacks is reported.
func TestEnglishLabelsAndScripts(t *testing.T) {
	b, doc, _ := article(t, read(t, "english-flood"), epub.Options{NoFonts: true})
	got := text(t, "english", doc)
	for _, want := range []string{"5 August 2023, 10:30", "Source: https://english.example.vn/society/flash-floods-hit-ha-giang.html"} {
		if !strings.Contains(got, want) {
			t.Errorf("the English article lacks %q:\n%s", want, got)
		}
	}
	if !bytes.Contains(doc, []byte(`lang="en"`)) || !strings.Contains(string(b.get(t, "EPUB/package.opf")), "<dc:language>en</dc:language>") {
		t.Error("the English article is not marked English")
	}
	if strings.Contains(got, "Nguồn") {
		t.Error("the English article has a Vietnamese label")
	}
	ko := &news.Collection{Articles: []news.Article{{ID: "ko", Title: "서울시, 내년 예산 47조 원 편성", Language: "ko",
		Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "오세훈 시장은 기자회견에서 말했다."}}}}}}}
	if _, warnings := build(t, ko, epub.Options{}); !strings.Contains(warnings, "are Hangul, which the embedded font lacks") {
		t.Errorf("no warning for a Korean article: %s", warnings)
	}
}
