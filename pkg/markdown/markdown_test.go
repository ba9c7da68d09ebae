package markdown_test

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/internal/hostile"
	"github.com/newsarc/newsarc/internal/tools"
	"github.com/newsarc/newsarc/internal/writertest"
	"github.com/newsarc/newsarc/pkg/markdown"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

var fixtures = writertest.Fixtures

// render writes c and returns the document and the warnings logged.
func render(t testing.TB, o markdown.Options, c *news.Collection) ([]byte, string) {
	t.Helper()
	return writertest.Render(t, func(l *slog.Logger) news.Writer { o.Logger = l; return markdown.New(o) }, c)
}

func TestGolden(t *testing.T) {
	for _, f := range fixtures {
		doc, _ := render(t, markdown.Options{}, f.Load(t))
		golden.Assert(t, "../../testdata/golden/md/"+f.Name+".md", doc)
	}
}

// split returns the YAML front matter and the Markdown after it.
func split(t testing.TB, doc []byte) (front, body []byte) {
	t.Helper()
	rest, ok := bytes.CutPrefix(doc, []byte("---\n"))
	if !ok {
		t.Fatalf("no front matter:\n%.300s", doc)
	}
	front, body, ok = bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		t.Fatalf("front matter not closed:\n%.300s", doc)
	}
	return front, body
}

// parsed is what a CommonMark + GFM parser makes of a document, rendered
// to HTML as a site generator does: the text of each block in order, and
// what should not be there.
type parsed struct {
	blocks []string // paragraphs, headings, list items, table cells, code
	levels []int    // heading levels, in order
	links  []string // link destinations
	html   int      // raw HTML nodes: escaping failed
}

func parse(t testing.TB, md []byte) parsed {
	t.Helper()
	var h bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(md, &h); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(&h)
	if err != nil {
		t.Fatal(err)
	}
	var out parsed
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.CommentNode && strings.Contains(n.Data, "raw HTML omitted"):
			out.html++
		case n.Type == html.ElementNode && n.Data == "a":
			for _, at := range n.Attr {
				if at.Key == "href" {
					out.links = append(out.links, at.Val)
				}
			}
		case n.Type == html.ElementNode && len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6':
			out.levels = append(out.levels, int(n.Data[1]-'0'))
		}
		if n.Type == html.ElementNode && slices.Contains([]string{"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre"}, n.Data) {
			s := content(n)
			if n.Data != "pre" {
				s = strings.TrimSpace(s)
			} else {
				s = strings.TrimSuffix(s, "\n")
			}
			out.blocks = append(out.blocks, s)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// content is the text of a node as a browser shows it.
func content(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(content(c))
	}
	return b.String()
}

// expected lists the text a reader must find for each part of an article,
// in order: lead, body (headings, paragraphs, quotes, list items, captions
// of tables, table cells, preformatted text), byline and credit.
func expected(a *news.Article) []string {
	var out []string
	add := func(s string) {
		if s = shown(s); s != "" {
			out = append(out, s)
		}
	}
	add(a.Lead)
	for _, b := range a.Body {
		switch b.Kind {
		case news.Preformatted:
			out = append(out, norm.NFC.String(replaced(news.PlainText(b.Text))))
		case news.Table:
			if b.Table == nil {
				continue
			}
			add(b.Table.Caption)
			for _, r := range b.Table.Rows {
				for _, c := range r {
					add(news.PlainText(c.Text))
				}
			}
		case news.Figure:
		default:
			for run := range b.Runs() {
				add(news.PlainText(run))
			}
		}
	}
	add(a.Byline())
	add(a.Credit)
	return out
}

// A CommonMark + GFM parser (goldmark, which Hugo uses) reads every part
// of every fixture back as the text it was, block by block and in order,
// tables as tables, and finds no HTML.
func TestReadBack(t *testing.T) {
	for _, f := range fixtures {
		c := f.Load(t)
		doc, _ := render(t, markdown.Options{}, c)
		_, body := split(t, doc)
		p := parse(t, body)
		if p.html > 0 {
			t.Errorf("%s: %d raw HTML nodes", f.Name, p.html)
		}
		folded := make([]string, len(p.blocks))
		for i, b := range p.blocks {
			if strings.Contains(b, "\n") {
				folded[i] = b // preformatted text keeps its lines
			} else {
				folded[i] = strings.Join(strings.Fields(b), " ")
			}
		}
		next := 0
		for _, a := range c.Articles {
			for _, want := range expected(&a) {
				i := slices.Index(folded[next:], want)
				if i < 0 {
					t.Errorf("%s: %q is not a block after block %d of %q", f.Name, want, next, folded)
					continue
				}
				next += i + 1
			}
		}
	}
	doc, _ := render(t, markdown.Options{}, fixtures[2].Load(t))
	for _, want := range []string{
		"| Mặt hàng | Chợ Hà Giang | Chợ Vị Xuyên | So với tuần trước |\n| --- | --- | --- | --- |\n",
		`| Ngô hạt \| loại 1 | 7.200 |  | −1% |`, "|  |  |\n| --- | --- |\n| Thứ hai, thứ năm |", // no header row: an empty one
		"1. Hái đúng", "\n1) Danh sách HTX", // a list right after a list takes the other marker
		"[Sở Công Thương](https://sct.hagiang.gov.vn/gia-ca)", "**18.000 đồng/kg**", "*“chè vàng”*",
		"![Cân chè tại điểm thu mua](images/le-hoi-2.png)\n\n*Cân chè tại điểm thu mua của HTX Nậm Ty (Ảnh: T.P.)*",
		"## Bảng giá", "### Lịch thu mua", "> Năm nay", "```\nChè A   18.000\nChè B   12.500\n\tGạo   14.000\n```",
		"Bài gốc: <https://hagiangtv.vn/kinh-te/gia-nong-san-tuan-3-thang-7.html>",
	} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("document lacks %q", want)
		}
	}
}

// frontMatter is the part of a post's front matter a site generator reads.
type frontMatter struct {
	Title       string
	Date        time.Time
	Lastmod     time.Time
	Authors     []string
	Categories  []string
	Tags        []string
	Description string
	Source      string
	SourceURL   string `yaml:"source_url"`
	Image       string
	Lang        string
}

// The front matter is YAML a site generator reads as is: a YAML parser
// gives every field back, dates as times.
func TestFrontMatter(t *testing.T) {
	c := fixtures[2].Load(t)
	doc, _ := render(t, markdown.Options{}, c)
	front, _ := split(t, doc)
	var fm frontMatter
	if err := yaml.Unmarshal(front, &fm); err != nil {
		t.Fatal(err)
	}
	a := c.Articles[0]
	want := frontMatter{Title: a.Title, Date: a.Published, Lastmod: a.Updated, Authors: a.Authors, Categories: []string{a.Section},
		Tags: a.Tags, Description: a.Lead, Source: a.Source, SourceURL: a.URL, Image: "images/le-hoi-1.jpg", Lang: "vi"}
	if !fm.Date.Equal(want.Date) || !fm.Lastmod.Equal(want.Lastmod) {
		t.Errorf("dates %v, %v; want %v, %v", fm.Date, fm.Lastmod, want.Date, want.Lastmod)
	}
	fm.Date, fm.Lastmod, want.Date, want.Lastmod = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	if !equal(fm, want) {
		t.Errorf("front matter\n%+v\nwant\n%+v", fm, want)
	}
}

func equal(a, b frontMatter) bool {
	return a.Title == b.Title && slices.Equal(a.Authors, b.Authors) && slices.Equal(a.Categories, b.Categories) &&
		slices.Equal(a.Tags, b.Tags) && a.Description == b.Description && a.Source == b.Source &&
		a.SourceURL == b.SourceURL && a.Image == b.Image && a.Lang == b.Lang
}

// Bad input gives a document whose every string comes back: the front
// matter parses and holds the title (what YAML cannot hold replaced), the
// body is text with no HTML and no link but http(s), mailto and the
// contents' own anchors.
func TestBadInput(t *testing.T) {
	cs := hostile.Collections()
	for name, c := range cs {
		doc, _ := render(t, markdown.Options{}, c)
		front, body := split(t, doc)
		var fm frontMatter
		if err := yaml.Unmarshal(front, &fm); err != nil {
			t.Errorf("%s: front matter: %v\n%s", name, err, front)
		}
		if !c.IsDigest() && !sameText(fm.Title, c.Articles[0].DisplayTitle()) {
			t.Errorf("%s: title %q, want %q", name, fm.Title, c.Articles[0].DisplayTitle())
		}
		p := parse(t, body)
		if p.html > 0 {
			t.Errorf("%s: %d raw HTML nodes", name, p.html)
		}
		for _, l := range p.links {
			if !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "mailto:") && !strings.HasPrefix(l, "#") &&
				!strings.HasPrefix(l, "http://") {
				t.Errorf("%s: link to %q", name, l)
			}
		}
		for _, a := range c.Articles {
			for _, want := range expected(&a) {
				if want = replaced(want); !slices.ContainsFunc(p.blocks, func(b string) bool { return sameText(b, want) }) {
					t.Errorf("%s: %q is not a block of the document", name, want)
				}
			}
		}
	}
	doc, warnings := render(t, markdown.Options{}, cs["digest"])
	for _, bad := range []string{"javascript:", "/relative/path", "/etc/passwd", "secret.jpg", "\x01", "\uFFFE"} {
		if bytes.Contains(doc, []byte(bad)) {
			t.Errorf("document holds %q", bad)
		}
	}
	for _, want := range []string{
		"link is not an absolute http(s) or mailto URL", "javascript:alert(1)", "image left out", "/etc/passwd",
		"not a URL or a relative path", "url is not an absolute http(s) URL", "unknown block kind", "table has no cells",
		"article has no title", "id=dup",
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q", want)
		}
	}
}

// replaced is what the writer makes of text no document should hold:
// each invalid byte, control character and noncharacter becomes U+FFFD.
func replaced(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' && r != '\n' && r != '\t' && r != '\r' || r >= 0x7F && r <= 0x9F || r&0xFFFE == 0xFFFE || r >= 0xFDD0 && r <= 0xFDEF {
			return '\uFFFD'
		}
		return r
	}, s)
}

// shown is text as a reader sees it: replaced, in NFC, whitespace folded.
func shown(s string) string { return strings.Join(strings.Fields(norm.NFC.String(replaced(s))), " ") }

func sameText(a, b string) bool { return shown(a) == shown(b) }

// pandoc, reading GitHub-flavoured Markdown, loses no paragraph of the
// seed or the fixtures, finds the front matter's title, and gives every
// heading the id the digest's contents link to.
func TestPandoc(t *testing.T) {
	pandoc := tools.Need(t, "pandoc")
	dir := t.TempDir()
	for _, f := range fixtures {
		c := f.Load(t)
		doc, _ := render(t, markdown.Options{}, c)
		path := filepath.Join(dir, f.Name+".md")
		if err := os.WriteFile(path, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		plain := strings.Join(strings.Fields(string(tools.Run(t, pandoc, "-f", "gfm+yaml_metadata_block", "-t", "plain", "--wrap=none", path))), " ")
		for _, a := range c.Articles {
			for _, b := range a.Body {
				if b.Kind == news.Paragraph && !strings.Contains(plain, strings.Join(strings.Fields(news.PlainText(b.Text)), " ")) {
					t.Errorf("%s: pandoc lost %q", f.Name, news.PlainText(b.Text))
				}
			}
		}
		html := string(tools.Run(t, pandoc, "-f", "gfm+yaml_metadata_block", "-s", "-t", "html", path))
		if !strings.Contains(html, "<title>"+c.DisplayTitle()+"</title>") && !strings.Contains(html, "<title>"+c.Articles[0].Title+"</title>") {
			t.Errorf("%s: pandoc found no title in the front matter", f.Name)
		}
		for _, m := range regexp.MustCompile(`\]\(#([^)]+)\)`).FindAllStringSubmatch(string(doc), -1) {
			if !strings.Contains(html, `id="`+m[1]+`"`) {
				t.Errorf("%s: the contents link to #%s, which pandoc gives no heading", f.Name, m[1])
			}
		}
	}
}

// A digest is one file: front matter, a contents list whose links all
// land on a heading, groups as ## and articles as ###.
func TestDigest(t *testing.T) {
	c := fixtures[1].Load(t)
	doc, _ := render(t, markdown.Options{}, c)
	front, body := split(t, doc)
	var fm frontMatter
	if err := yaml.Unmarshal(front, &fm); err != nil {
		t.Fatal(err)
	}
	if fm.Title != "Bản tin tháng 7/2023" || fm.Date.IsZero() {
		t.Errorf("digest front matter %+v", fm)
	}
	links := regexp.MustCompile(`\]\(#([^)]+)\)`).FindAllStringSubmatch(string(body), -1)
	if len(links) != len(c.Articles)+len(c.Sections()) {
		t.Errorf("%d contents links for %d articles in %d groups", len(links), len(c.Articles), len(c.Sections()))
	}
	for _, a := range c.Articles {
		if !bytes.Contains(body, []byte("\n### "+a.Title+"\n")) {
			t.Errorf("article %q is not a ### heading", a.Title)
		}
	}
	p := parse(t, body)
	for i := 1; i < len(p.levels); i++ {
		if p.levels[i] > p.levels[i-1]+1 {
			t.Errorf("heading levels skip: %v", p.levels)
			break
		}
	}
}

// Images are linked where they are when that is a URL or a relative path;
// with MediaDir they are written beside the document, each once, and the
// copy is linked.
func TestImages(t *testing.T) {
	c := fixtures[2].Load(t)
	c.Articles[0].Body = append(c.Articles[0].Body,
		news.Block{Kind: news.Figure, Image: &news.Image{Src: "https://example.vn/a b(1).jpg", Caption: "Ảnh từ xa"}},
		news.Block{Kind: news.Figure, Image: &news.Image{Src: "data:image/png;base64,iVBORw0KGgo=", Caption: "Ảnh nhúng"}})
	doc, warnings := render(t, markdown.Options{}, c)
	for _, want := range []string{"](images/le-hoi-2.png)", "](https://example.vn/a%20b%281%29.jpg)", "*Ảnh nhúng*", `image: "images/le-hoi-1.jpg"`} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("document lacks %s", want)
		}
	}
	if bytes.Contains(doc, []byte("data:")) || !strings.Contains(warnings, "extract images to link it") {
		t.Errorf("a data: image is linked, or not reported:\n%s", warnings)
	}

	dir := filepath.Join(t.TempDir(), "static", "images")
	doc, _ = render(t, markdown.Options{Resolver: media.Dir(fixtures[2].Images), MediaDir: dir, MediaHref: "/images"}, fixtures[2].Load(t))
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 2 {
		t.Fatalf("extracted %v (%v), want 2 files", entries, err)
	}
	for _, e := range entries {
		if !bytes.Contains(doc, []byte("](/images/"+e.Name()+")")) {
			t.Errorf("%s is not linked:\n%s", e.Name(), doc)
		}
	}
	if !bytes.Contains(doc, []byte(`image: "/images/`+entries[0].Name())) && !bytes.Contains(doc, []byte(`image: "/images/`+entries[1].Name())) {
		t.Error("the front matter's image is not the extracted copy")
	}

	// An image that cannot be extracted (here: not in the directory) is
	// left out with a warning, not linked by a path that leads nowhere.
	c = fixtures[2].Load(t)
	c.Articles[0].Body = append(c.Articles[0].Body, news.Block{Kind: news.Figure, Image: &news.Image{Src: "images/not-there.jpg", Caption: "Ảnh thiếu"}})
	doc, warnings = render(t, markdown.Options{Resolver: media.Dir(fixtures[2].Images), MediaDir: filepath.Join(t.TempDir(), "media")}, c)
	if bytes.Contains(doc, []byte("not-there.jpg")) || !strings.Contains(warnings, "image left out") || !strings.Contains(warnings, "not-there.jpg") {
		t.Errorf("a missing local image is linked, or not reported:\n%s", warnings)
	}
}

// Without front matter a post starts with its title and meta line.
func TestNoFrontMatter(t *testing.T) {
	doc, _ := render(t, markdown.Options{NoFrontMatter: true}, fixtures[0].Load(t))
	if !bytes.HasPrefix(doc, []byte("# Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy\n\n*Đài Phát thanh và Truyền hình Hà Giang · 18:26, 28/07/2023 · Thời sự*\n\n")) {
		t.Errorf("document starts %.200q", doc)
	}
}

func TestDeterministic(t *testing.T) {
	writertest.Deterministic(t, markdown.New(markdown.Options{}), fixtures[1].Load(t))
}

func TestErrors(t *testing.T) {
	writertest.Errors(t, markdown.New(markdown.Options{}))
}
