package epub_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/pkg/epub"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

const articlesDir = "../../testdata/articles"

var ict = time.FixedZone("ICT", 7*3600)

// read decodes testdata articles into one collection.
func read(t *testing.T, names ...string) *news.Collection {
	t.Helper()
	c := &news.Collection{}
	for _, n := range names {
		p := filepath.Join(articlesDir, n+".json")
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		one, err := news.DecodeJSON(p, data)
		if err != nil {
			t.Fatal(err)
		}
		c.Articles = append(c.Articles, one.Articles...)
	}
	return c
}

// digest is every testdata article as the July 2023 digest of a station.
func digest(t *testing.T) *news.Collection {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(articlesDir, "*.json"))
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".json"))
	}
	c := read(t, names...)
	c.Publisher = "Đài Phát thanh và Truyền hình Hà Giang"
	c.Language = "vi"
	c.Period = &news.Period{Start: time.Date(2023, 7, 1, 0, 0, 0, 0, ict), End: time.Date(2023, 8, 1, 0, 0, 0, 0, ict)}
	c.Generated = time.Date(2023, 8, 1, 8, 0, 0, 0, ict)
	return c
}

// build writes c as EPUB and returns the bytes and the warnings logged.
func build(t *testing.T, c *news.Collection, o epub.Options) ([]byte, string) {
	t.Helper()
	var logs bytes.Buffer
	o.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	var out bytes.Buffer
	if err := epub.New(o).Write(t.Context(), &out, c); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), logs.String()
}

// book is an EPUB unzipped: its entries in archive order and their bytes.
type book struct {
	files []*zip.File
	data  map[string][]byte
}

func unzip(t *testing.T, epubBytes []byte) *book {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(epubBytes), int64(len(epubBytes)))
	if err != nil {
		t.Fatal(err)
	}
	b := &book{files: zr.File, data: make(map[string][]byte)}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		b.data[f.Name] = data
	}
	return b
}

func (b *book) get(t *testing.T, name string) []byte {
	t.Helper()
	data, ok := b.data[name]
	if !ok {
		t.Fatalf("no %s in the book; it has %v", name, slices.Sorted(func(yield func(string) bool) {
			for k := range b.data {
				if !yield(k) {
					return
				}
			}
		}))
	}
	return data
}

// names lists the entries whose name starts with prefix.
func (b *book) names(prefix string) []string {
	var out []string
	for _, f := range b.files {
		if strings.HasPrefix(f.Name, prefix) {
			out = append(out, f.Name)
		}
	}
	return out
}

// text parses an XML document strictly (no HTML-only entities, every
// element closed) and returns its character data.
func text(t *testing.T, name string, doc []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	var sb strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return sb.String()
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			sb.Write(cd)
		}
	}
}

// A digest opens on a cover, a title page and a contents page, and its
// navigation groups the articles by day, each with its own document.
func TestDigestStructure(t *testing.T) {
	c := digest(t)
	data, warnings := build(t, c, epub.Options{Resolver: media.Dir(articlesDir)})
	if warnings != "" {
		t.Errorf("clean input gave warnings:\n%s", warnings)
	}
	b := unzip(t, data)
	opf := string(b.get(t, "EPUB/package.opf"))
	for _, want := range []string{
		`<dc:title>Bản tin tháng 7/2023</dc:title>`,
		`<dc:language>vi</dc:language>`,
		`<dc:publisher>Đài Phát thanh và Truyền hình Hà Giang</dc:publisher>`,
		`<dc:date>2023-08-01T01:00:00Z</dc:date>`,
		`<meta property="dcterms:modified">2023-08-01T01:00:00Z</meta>`,
		`<dc:subject>Thời sự</dc:subject>`,
		`properties="cover-image"`,
		`<itemref idref="cover.xhtml">`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package.opf lacks %s", want)
		}
	}
	if arts := b.names("EPUB/xhtml/a"); len(arts) != len(c.Articles) {
		t.Errorf("%d article documents for %d articles: %v", len(arts), len(c.Articles), arts)
	}

	nav := text(t, "nav.xhtml", b.get(t, "EPUB/nav.xhtml"))
	for _, want := range []string{news.Vietnamese.Contents, "Thứ sáu, 28/07/2023", c.Articles[2].Title} {
		if !strings.Contains(nav, want) {
			t.Errorf("navigation lacks %q", want)
		}
	}
	if strings.Contains(nav, "Table of Contents") {
		t.Error("navigation heading is go-epub's English one")
	}
	contents := text(t, "contents.xhtml", b.get(t, "EPUB/xhtml/contents.xhtml"))
	for i := range c.Articles {
		if !strings.Contains(contents, c.Articles[i].Title) {
			t.Errorf("contents page lacks %q", c.Articles[i].Title)
		}
	}
	title := text(t, "title.xhtml", b.get(t, "EPUB/xhtml/title.xhtml"))
	for _, want := range []string{"Bản tin tháng 7/2023", c.Publisher, "8 bài viết", "01/07/2023 – 31/07/2023"} {
		if !strings.Contains(title, want) {
			t.Errorf("title page lacks %q:\n%s", want, title)
		}
	}
	if cover := string(b.get(t, "EPUB/xhtml/cover.xhtml")); !strings.Contains(cover, `alt="Ảnh bìa"`) {
		t.Errorf("cover page has no Vietnamese alt text:\n%s", cover)
	}

	img, err := png.Decode(bytes.NewReader(b.get(t, "EPUB/images/cover.png")))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != (image.Point{1200, 1800}) {
		t.Errorf("cover is %v", got)
	}
	// The title is drawn in white across the middle of the cover.
	white := 0
	for y := 620; y < 900; y++ {
		for x := 0; x < 1200; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r == 0xffff && g == 0xffff && bl == 0xffff {
				white++
			}
		}
	}
	if white < 2000 {
		t.Errorf("only %d white pixels where the title should be", white)
	}
}

// Grouping follows the collection: by section, or not at all.
func TestDigestGroups(t *testing.T) {
	for _, tc := range []struct {
		group news.GroupBy
		want  []string // the navigation's top-level entries
	}{
		{news.GroupBySection, []string{"Society", "Kinh tế", "Thời sự", "Thể thao", "Giáo dục", "Thông báo", "Văn hóa"}},
		{news.GroupNone, nil},
	} {
		c := digest(t)
		c.Group = tc.group
		data, _ := build(t, c, epub.Options{NoFonts: true})
		b := unzip(t, data)
		var nav struct {
			Navs []struct { // the table of contents, then the landmarks
				Items []struct {
					Span string `xml:"span"` // a group, which has no page
					Ol   *struct {
						Li []string `xml:"li>a"`
					} `xml:"ol"`
				} `xml:"ol>li"`
			} `xml:"body>nav"`
		}
		if err := xml.Unmarshal(b.get(t, "EPUB/nav.xhtml"), &nav); err != nil {
			t.Fatal(err)
		}
		toc := nav.Navs[0]
		var top []string
		nested := 0
		for _, it := range toc.Items {
			if it.Ol != nil {
				top = append(top, it.Span)
				nested += len(it.Ol.Li)
			}
		}
		if !slices.Equal(top, tc.want) {
			t.Errorf("%s: groups %q, want %q", tc.group, top, tc.want)
		}
		if tc.group == news.GroupNone && len(toc.Items) != len(c.Articles) {
			t.Errorf("ungrouped navigation has %d entries for %d articles", len(toc.Items), len(c.Articles))
		}
		if tc.group != news.GroupNone && nested != len(c.Articles) {
			t.Errorf("%s: %d articles under the groups, want %d", tc.group, nested, len(c.Articles))
		}
	}
}

func mustBuild(t *testing.T, c *news.Collection) []byte {
	t.Helper()
	data, _ := build(t, c, epub.Options{Resolver: media.Dir(articlesDir)})
	return data
}

// One article is a book of its own: its title, authors, date and
// subjects, no cover and no front matter.
func TestSingleArticle(t *testing.T) {
	c := read(t, "seed-giao-ban")
	b := unzip(t, mustBuild(t, c))
	opf := string(b.get(t, "EPUB/package.opf"))
	a := c.Articles[0]
	for _, want := range []string{
		"<dc:title>" + a.Title + "</dc:title>",
		`<dc:creator id="creator1">Đình Anh</dc:creator>`,
		`<dc:creator id="creator2">Văn Hương</dc:creator>`,
		`<dc:date>2023-07-28T11:26:00Z</dc:date>`,
		`<dc:subject>Thời sự</dc:subject>`,
		`<dc:publisher>Đài Phát thanh và Truyền hình Hà Giang</dc:publisher>`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package.opf lacks %s", want)
		}
	}
	if docs := b.names("EPUB/xhtml/"); len(docs) != 1 {
		t.Errorf("documents %v, want the article alone", docs)
	}
	if covers := b.names("EPUB/images/cover"); len(covers) != 0 {
		t.Errorf("a single article got a cover: %v", covers)
	}
	doc := b.get(t, b.names("EPUB/xhtml/")[0])
	body := text(t, "article", doc)
	for _, want := range []string{a.Title, a.Lead, "Đình Anh - Văn Hương", a.Body[0].Image.Caption, news.PlainText(a.Body[4].Text)} {
		if !strings.Contains(body, want) {
			t.Errorf("article lacks %q", want)
		}
	}
	if !bytes.Contains(doc, []byte(`<img src="../images/`)) {
		t.Error("the seed's figure has no image")
	}
}

// The same collection gives the same bytes, however the images are
// scheduled; and the archive is laid out as EPUB readers expect.
func TestReproducibleArchive(t *testing.T) {
	c := digest(t)
	first, _ := build(t, c, epub.Options{Resolver: media.Dir(articlesDir), ImageWorkers: 1})
	second, _ := build(t, c, epub.Options{Resolver: media.Dir(articlesDir), ImageWorkers: 8})
	if !bytes.Equal(first, second) {
		t.Fatal("two builds of the same digest differ")
	}
	// A Writer is shared by books written at the same time.
	w := epub.New(epub.Options{Resolver: media.Dir(articlesDir)})
	var again [2]bytes.Buffer
	var wg sync.WaitGroup
	for k := range again {
		wg.Go(func() {
			if err := w.Write(t.Context(), &again[k], c); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for k := range again {
		if !bytes.Equal(first, again[k].Bytes()) {
			t.Fatal("a shared Writer gives other bytes")
		}
	}
	if !epubSniff(first) {
		t.Error("news.SniffEPUB does not recognise the output")
	}
	zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	mt := zr.File[0]
	if mt.Name != "mimetype" || mt.Method != zip.Store || len(mt.Extra) != 0 {
		t.Errorf("first entry %q method %d extra %d bytes; want mimetype, stored, no extra field", mt.Name, mt.Method, len(mt.Extra))
	}
	var names []string
	for _, f := range zr.File[1:] {
		names = append(names, f.Name)
		if want := c.Generated.UTC(); !f.Modified.Equal(want) {
			t.Errorf("%s modified %v, want %v", f.Name, f.Modified, want)
		}
		if strings.HasPrefix(f.Name, "EPUB/images/") && f.Name != "EPUB/images/cover.png" { // go-epub compressed the cover
			if f.Method != zip.Store {
				t.Errorf("%s is compressed again", f.Name)
			}
		}
	}
	if !slices.IsSorted(names) {
		t.Errorf("entries are not sorted: %v", names)
	}
}

func epubSniff(data []byte) bool { return news.SniffEPUB(data[:min(len(data), 512)]) }

// Golden files of the unzipped digest: the zip layout, the package
// document, the navigation, the NCX and the seed article.
func TestGolden(t *testing.T) {
	b := unzip(t, mustBuild(t, digest(t)))
	var layout strings.Builder
	for _, f := range b.files {
		method := "deflate"
		if f.Method == zip.Store {
			method = "store"
		}
		layout.WriteString(method + " " + f.Name + "\n")
	}
	golden.Assert(t, "../../testdata/epub/digest/files.txt", []byte(layout.String()))
	for _, f := range []string{"package.opf", "nav.xhtml", "toc.ncx", "css/style.css", "xhtml/contents.xhtml"} {
		golden.Assert(t, "../../testdata/epub/digest/"+f, b.get(t, "EPUB/"+f))
	}
	seed := b.names("EPUB/xhtml/a0003-")
	if len(seed) != 1 {
		t.Fatalf("seed article document: %v", seed)
	}
	golden.Assert(t, "../../testdata/epub/digest/seed-article.xhtml", b.get(t, seed[0]))
}

// Only the font styles the text uses are embedded, each with its
// @font-face rule; NoFonts embeds none.
func TestFonts(t *testing.T) {
	c := read(t, "seed-giao-ban") // no italic text
	b := unzip(t, mustBuild(t, c))
	if got, want := b.names("EPUB/fonts/"), []string{"EPUB/fonts/NotoSerif-Bold.ttf", "EPUB/fonts/NotoSerif-Regular.ttf"}; !slices.Equal(got, want) {
		t.Errorf("fonts %v, want %v", got, want)
	}
	css := string(b.get(t, "EPUB/css/style.css"))
	if n := strings.Count(css, "@font-face"); n != 2 {
		t.Errorf("%d @font-face rules, want 2:\n%s", n, css)
	}
	if !strings.Contains(string(b.get(t, "EPUB/package.opf")), `href="fonts/NotoSerif-Regular.ttf" media-type="font/ttf"`) {
		t.Error("the regular font is not in the manifest as font/ttf")
	}

	c.Articles[0].Body[1].Text = append(c.Articles[0].Body[1].Text, news.Span{Text: " nghiêng", Italic: true})
	b = unzip(t, mustBuild(t, c))
	if got := b.names("EPUB/fonts/"); len(got) != 3 || got[1] != "EPUB/fonts/NotoSerif-Italic.ttf" {
		t.Errorf("with italic text, fonts %v", got)
	}

	data, _ := build(t, c, epub.Options{NoFonts: true})
	b = unzip(t, data)
	if got := b.names("EPUB/fonts/"); len(got) != 0 {
		t.Errorf("NoFonts embedded %v", got)
	}
	if css := string(b.get(t, "EPUB/css/style.css")); strings.Contains(css, "@font-face") || strings.Contains(css, "NotoSerif") {
		t.Errorf("NoFonts stylesheet names the font:\n%s", css)
	}
}

// webp1x1 is a lossless 1×1 WebP.
const webp1x1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="

// badInput has every kind of bad input a reader may let through.
func badInput(t *testing.T) *news.Collection {
	t.Helper()
	c := digest(t)
	bad := []news.Article{
		{
			ID: "dup", Title: `Giá xăng & dầu <giảm> "mạnh" &nbsp; &hellip;`, Language: "vi_VN!",
			Published: time.Date(2023, 7, 10, 9, 0, 0, 0, ict), Lead: "Tin &amp; ảnh\x01 lỗi\uFFFE",
			Body: []news.Block{
				{Kind: news.Paragraph, Text: []news.Span{
					{Text: "Xem "}, {Text: "tại đây", Link: "javascript:alert(1)"},
					{Text: " và "}, {Text: "bản đồ", Link: "https://example.vn/bản đồ?q=a b&c=<d>"},
					{Text: " hoặc ", Bold: true, Italic: true}, {Text: "trang", Link: "/relative/path"},
				}},
				{Kind: news.Figure, Image: &news.Image{Src: "broken.jpg", Caption: "Ảnh hỏng vẫn giữ chú thích"}},
				{Kind: news.Figure, Image: &news.Image{Src: "pic.webp", Alt: "WebP"}},
				{Kind: news.Figure, Image: &news.Image{Src: "https://example.vn/remote.jpg", Caption: "Ảnh từ xa"}},
				{Kind: news.Heading, Level: 9, Text: []news.Span{{Text: "Tiêu đề cấp chín"}}},
				{Kind: "chart", Text: []news.Span{{Text: "Khối lạ"}}},
				{Kind: news.Table, Text: []news.Span{{Text: "Bảng không có ô"}}},
			},
		},
		{ID: "dup", Title: "Bài trùng mã", Published: time.Date(2023, 7, 10, 10, 0, 0, 0, ict), URL: "not a url",
			Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "Nội dung."}}}}},
		{ID: "no-title", Title: "  ", Published: time.Date(2023, 7, 11, 8, 0, 0, 0, ict),
			Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "Bài không có tiêu đề."}}}}},
	}
	c.Articles = append(c.Articles, bad...)
	return c
}

func badResolver() media.Resolver {
	webp, _ := base64.StdEncoding.DecodeString(webp1x1)
	return media.Chain{
		media.Map{"broken.jpg": []byte("\xff\xd8\xff this is not a JPEG"), "pic.webp": webp},
		media.Dir(articlesDir),
	}
}

// Bad input never costs the book: text is escaped, bad links become text,
// a missing title and a broken image are replaced, and each problem is
// reported with the article it is in.
func TestBadInput(t *testing.T) {
	c := badInput(t)
	data, warnings := build(t, c, epub.Options{Resolver: badResolver()})
	b := unzip(t, data)
	for name, doc := range b.data {
		if strings.HasSuffix(name, ".xhtml") || strings.HasSuffix(name, ".opf") || strings.HasSuffix(name, ".ncx") {
			text(t, name, doc)
		}
	}
	n := len(c.Articles)
	docs := b.names("EPUB/xhtml/a")
	if len(docs) != n {
		t.Fatalf("%d article documents for %d articles", len(docs), n)
	}
	first := b.get(t, docs[n-3])
	got := text(t, docs[n-3], first)
	for _, want := range []string{
		`Giá xăng & dầu <giảm> "mạnh" &nbsp; &hellip;`, // the title exactly as given
		"Tin &amp; ảnh\uFFFD lỗi\uFFFD",                // characters XML forbids replaced
		"Xem tại đây và bản đồ hoặc trang",             // dropped links keep their text
		"Ảnh hỏng vẫn giữ chú thích",
		"Ảnh từ xa",
		"Tiêu đề cấp chín",
		"Khối lạ",
		"Bảng không có ô",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("article lacks %q:\n%s", want, got)
		}
	}
	for _, want := range []string{
		`href="https://example.vn/b%E1%BA%A3n%20%C4%91%E1%BB%93?q=a%20b&amp;c=%3Cd%3E"`,
		`lang="vi" xml:lang="vi"`,
		`<h6>Tiêu đề cấp chín</h6>`,
		`<img src="../images/`, // the WebP, converted
	} {
		if !bytes.Contains(first, []byte(want)) {
			t.Errorf("article lacks %s:\n%s", want, first)
		}
	}
	for _, bad := range []string{"javascript:", "/relative/path", "broken.jpg", "remote.jpg", "webp"} {
		if bytes.Contains(first, []byte(bad)) {
			t.Errorf("article still refers to %q", bad)
		}
	}
	if strings.Contains(string(b.get(t, "EPUB/package.opf")), "image/webp") {
		t.Error("a WebP image is in the book: EPUB 3.2 readers need a fallback for it")
	}
	if untitled := text(t, "untitled", b.get(t, docs[n-1])); !strings.Contains(untitled, "(Không có tiêu đề)") {
		t.Errorf("untitled article:\n%s", untitled)
	}
	if nav := text(t, "nav", b.get(t, "EPUB/nav.xhtml")); !strings.Contains(nav, "(Không có tiêu đề)") {
		t.Error("the untitled article has no label in the navigation")
	}
	for _, want := range []string{
		`msg="epub: article has no title`, `id=no-title`,
		`msg="epub: same id as article`, `id=dup`,
		`msg="epub: image left out`, "broken.jpg", "remote.jpg",
		`link is not an absolute http(s) or mailto URL`, "javascript:alert(1)", "/relative/path",
		`url is not an absolute http(s) URL`,
		`language is not a BCP 47 tag`,
		`printed as paragraphs`, `kind=chart`, `kind=table`,
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
}

// Writing never touches the network: remote images and links stay remote
// without a single request, whatever the resolver.
func TestNoNetwork(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.Header().Set("Content-Type", "image/jpeg")
		data, _ := os.ReadFile(filepath.Join(articlesDir, "images/giao-ban.jpg"))
		w.Write(data)
	}))
	defer srv.Close()
	c := read(t, "seed-giao-ban")
	c.Articles[0].URL = srv.URL + "/article.html"
	c.Articles[0].Image = &news.Image{Src: srv.URL + "/lead.jpg", Caption: "Ảnh đầu bài"}
	c.Articles[0].Body[1].Text = append(c.Articles[0].Body[1].Text, news.Span{Text: "liên kết", Link: srv.URL + "/link"})
	for _, o := range []epub.Options{{NoFonts: true}, {NoFonts: true, Resolver: media.Dir(articlesDir)}} {
		data, warnings := build(t, c, o)
		if n := requests.Load(); n != 0 {
			t.Fatalf("the writer made %d requests", n)
		}
		b := unzip(t, data)
		doc := text(t, "article", b.get(t, b.names("EPUB/xhtml/")[0]))
		if !strings.Contains(doc, "Ảnh đầu bài") {
			t.Error("the remote lead image lost its caption")
		}
		if o.Resolver != nil && !strings.Contains(warnings, "lead.jpg") {
			t.Errorf("no warning for the remote image:\n%s", warnings)
		}
	}
}

func TestErrors(t *testing.T) {
	w := epub.New(epub.Options{NoFonts: true})
	if err := w.Write(t.Context(), io.Discard, &news.Collection{}); !errors.Is(err, news.ErrNoContent) {
		t.Errorf("empty collection: %v, want ErrNoContent", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := w.Write(ctx, io.Discard, digest(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if err := w.Write(t.Context(), failingWriter{}, digest(t)); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("failing writer: %v", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// epubcheck, the validator readers' stores use, finds nothing at all in a
// single article and in a digest that carries every kind of bad input.
func TestEpubcheck(t *testing.T) {
	cmd := epubcheckCommand(t)
	dir := t.TempDir()
	single, _ := build(t, read(t, "seed-giao-ban"), epub.Options{Resolver: media.Dir(articlesDir)})
	bad, _ := build(t, badInput(t), epub.Options{Resolver: badResolver()})
	for name, data := range map[string][]byte{"single": single, "digest": bad} {
		path := filepath.Join(dir, name+".epub")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			out, err := exec.Command(cmd[0], append(cmd[1:], path)...).CombinedOutput()
			if err != nil || !bytes.Contains(out, []byte("No errors or warnings detected")) {
				t.Errorf("epubcheck %s: %v\n%s", name, err, out)
			}
		})
	}
}

// epubcheckCommand finds epubcheck. Without it the test skips, unless
// NEWSARC_REQUIRE_TOOLS=1 (CI), where it fails.
func epubcheckCommand(t *testing.T) []string {
	t.Helper()
	cmd, err := findEpubcheck()
	if err != nil {
		if os.Getenv("NEWSARC_REQUIRE_TOOLS") == "1" {
			t.Fatalf("epubcheck is required (NEWSARC_REQUIRE_TOOLS=1): %v", err)
		}
		t.Skipf("epubcheck not available: %v", err)
	}
	return cmd
}

// findEpubcheck returns the command line of epubcheck. Debian's is the jar
// itself, which runs only where binfmt support is set up: run it with java.
func findEpubcheck() ([]string, error) {
	path, err := exec.LookPath("epubcheck")
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil || !strings.HasSuffix(real, ".jar") {
		return []string{path}, nil
	}
	java, err := exec.LookPath("java")
	if err != nil {
		return nil, fmt.Errorf("epubcheck is a jar (%s) and java is missing", real)
	}
	return []string{java, "-jar", real}, nil
}
