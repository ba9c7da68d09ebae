package htmldoc_test

import (
	"bytes"
	"encoding/base64"
	"image/png"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/internal/hostile"
	"github.com/newsarc/newsarc/internal/tools"
	"github.com/newsarc/newsarc/internal/writertest"
	"github.com/newsarc/newsarc/pkg/htmldoc"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

var fixtures = writertest.Fixtures

// render writes c and returns the document and the warnings logged.
func render(t testing.TB, o htmldoc.Options, c *news.Collection) ([]byte, string) {
	t.Helper()
	return writertest.Render(t, func(l *slog.Logger) news.Writer { o.Logger = l; return htmldoc.New(o) }, c)
}

func renderFixture(t testing.TB, i int) []byte {
	f := fixtures[i]
	out, _ := render(t, htmldoc.Options{Resolver: media.Dir(f.Images)}, f.Load(t))
	return out
}

func TestGolden(t *testing.T) {
	for i, f := range fixtures {
		golden.Assert(t, "../../testdata/golden/html/"+f.Name+".html", renderFixture(t, i))
	}
}

// textOf parses a document as a browser does and returns the text of the
// elements named, in order, whitespace folded.
func textOf(t testing.TB, doc []byte, names ...string) []string {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && slices.Contains(names, n.Data) {
			out = append(out, fold(content(n)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

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

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// Every paragraph, heading, list item, caption and table cell of the table
// fixture comes back from a parser in order, with its markup.
func TestStructure(t *testing.T) {
	doc := renderFixture(t, 2)
	c := fixtures[2].Load(t)
	a := &c.Articles[0]
	var want []string
	for _, b := range a.Body {
		if b.Kind == news.Paragraph {
			want = append(want, news.PlainText(b.Text))
		}
	}
	ps := textOf(t, doc, "p")
	for _, w := range want {
		if !slices.Contains(ps, w) {
			t.Errorf("paragraph %q missing from %q", w, ps)
		}
	}
	s := string(doc)
	for _, want := range []string{
		`<html lang="vi">`, `<h1>Giá nông sản tuần thứ ba tháng 7: chè búp tươi tăng, gạo ổn định</h1>`,
		`<h2>Bảng giá tại các chợ đầu mối</h2>`, `<h3>Lịch thu mua</h3>`, // level 2 and 3 headings one below the title
		`<caption>Giá bán lẻ ngày 21/7/2023 (đồng/kg)</caption>`, `<th scope="col">Mặt hàng</th>`,
		`<td>Ngô hạt | loại 1</td><td>7.200</td><td></td><td>−1%</td>`, `<td><b>+8%</b></td>`,
		`<a href="https://sct.hagiang.gov.vn/gia-ca">Sở Công Thương</a>`, `<i>“chè vàng”</i>`,
		`<time datetime="2023-07-21T16:05:00+07:00">16:05, 21/07/2023</time>`, `Cập nhật <time datetime="2023-07-22T08:30:00+07:00">`,
		`<span class="credit">Ảnh: Thu Phương</span>`, `<span class="credit">Ảnh: T.P.</span>`,
		`<blockquote>`, "<pre>\nChè A   18.000\nChè B   12.500\n\tGạo   14.000</pre>",
		`<link rel="canonical" href="https://hagiangtv.vn/kinh-te/gia-nong-san-tuan-3-thang-7.html">`,
		`<meta name="keywords" content="giá cả, nông sản, chè Shan tuyết">`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("document lacks %s", want)
		}
	}
	if n := strings.Count(s, "<ol>"); n != 2 {
		t.Errorf("%d ordered lists, want 2", n)
	}
	if n := strings.Count(s, `<img src="data:image/`); n != 2 {
		t.Errorf("%d embedded images, want the lead image and the figure", n)
	}
	if strings.Contains(s, "@font-face") {
		t.Error("fonts embedded without EmbedFonts")
	}
}

// A digest has a cover, a contents list linking every article by an id
// that exists, groups in sections, and article titles one level below the
// group headings.
func TestDigest(t *testing.T) {
	doc := renderFixture(t, 1)
	c := fixtures[1].Load(t)
	s := string(doc)
	links := regexp.MustCompile(`href="#([^"]+)"`).FindAllStringSubmatch(s, -1)
	if len(links) != len(c.Articles)+len(c.Sections()) {
		t.Errorf("%d contents links for %d articles in %d groups", len(links), len(c.Articles), len(c.Sections()))
	}
	for _, l := range links {
		if strings.Count(s, ` id="`+l[1]+`"`) != 1 {
			t.Errorf("link #%s has no single target", l[1])
		}
	}
	titles := textOf(t, doc, "h3")
	for _, a := range c.Articles {
		if !slices.Contains(titles, a.Title) {
			t.Errorf("article %q is not an h3 below its group", a.Title)
		}
	}
	for _, want := range []string{`<body class="digest">`, `<header class="cover">`, `<h1>Bản tin tháng 7/2023</h1>`,
		`<nav class="contents" aria-labelledby="contents">`, `<section class="group" id="g1">`, "break-before: page"} {
		if !strings.Contains(s, want) {
			t.Errorf("digest lacks %s", want)
		}
	}
}

// The Nu Html Checker, the W3C's validator, finds no error in the seed, a
// digest, the table fixture or any bad input.
func TestNuHtmlChecker(t *testing.T) {
	vnu := tools.VNU(t)
	dir := t.TempDir()
	var files []string
	write := func(name string, doc []byte) {
		p := filepath.Join(dir, name+".html")
		if err := os.WriteFile(p, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	for i, f := range fixtures {
		write(f.Name, renderFixture(t, i))
	}
	for name, c := range hostile.Collections() {
		doc, _ := render(t, htmldoc.Options{Resolver: hostile.Resolver()}, c)
		write("bad-"+name, doc)
	}
	fonts, _ := render(t, htmldoc.Options{EmbedFonts: true}, fixtures[0].Load(t))
	write("fonts", fonts)
	out, err := exec.Command(vnu[0], append(vnu[1:], append([]string{"--format", "gnu", "--also-check-css"}, files...)...)...).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		errs := 0
		for _, l := range strings.Split(string(out), "\n") {
			if strings.Contains(l, ": error:") {
				errs++
			}
		}
		if errs > 0 || err != nil {
			t.Errorf("the Nu Html Checker reports %d errors (%v) in %d documents:\n%s", errs, err, len(files), out)
		} else {
			t.Logf("warnings only:\n%s", out)
		}
	}
}

// Headless Chromium renders the seed and a digest (the PNGs are kept in
// $NEWSARC_ARTIFACTS when set, to be looked at), and printing the seed to
// PDF gives its title, lead and paragraphs back in NFC through pdftotext.
func TestChromium(t *testing.T) {
	chromium := tools.Chromium(t)
	tools.Need(t, "pdftotext")
	dir := t.TempDir()
	keep := os.Getenv("NEWSARC_ARTIFACTS")
	for i := range fixtures[:2] {
		f := fixtures[i]
		page := filepath.Join(dir, f.Name+".html")
		if err := os.WriteFile(page, renderFixture(t, i), 0o644); err != nil {
			t.Fatal(err)
		}
		shot := filepath.Join(dir, f.Name+".png")
		tools.Run(t, chromium[0], append(chromium[1:], "--window-size=900,1400", "--screenshot="+shot, "file://"+page)...)
		checkPicture(t, shot)
		if keep != "" {
			data, _ := os.ReadFile(shot)
			os.WriteFile(filepath.Join(keep, "html-"+f.Name+".png"), data, 0o644)
		}
		if f.Name != "seed" {
			continue
		}
		pdf := filepath.Join(dir, f.Name+".pdf")
		tools.Run(t, chromium[0], append(chromium[1:], "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+page)...)
		text := string(tools.Run(t, "pdftotext", "-enc", "UTF-8", pdf, "-"))
		if !norm.NFC.IsNormalString(text) {
			t.Error("the printed text is not in NFC")
		}
		got := fold(text)
		a := f.Load(t).Articles[0]
		want := []string{a.Title, a.Lead}
		for _, b := range a.Body {
			if b.Kind == news.Paragraph {
				want = append(want, news.PlainText(b.Text))
			}
		}
		for _, w := range want {
			if !strings.Contains(got, fold(w)) {
				t.Errorf("the printed seed lacks %q", w)
			}
		}
	}
}

// On a machine whose only fonts are DejaVu, none of those the stylesheet
// names, headless Chromium draws the seed, and a digest of it whose cover
// capitalises the publisher, with the subset fonts they embed alone:
// printed to PDF, the text comes back and the fonts in the PDF are the
// embedded styles. A letter a subset lacked would be drawn in DejaVu. (A
// machine without a single font is no test: Chromium then draws nothing.)
func TestChromiumEmbeddedFonts(t *testing.T) {
	chromium := tools.Chromium(t)
	tools.Need(t, "pdftotext", "pdffonts")
	tools.OnlyFonts(t, "DejaVu Sans")
	dir := t.TempDir()
	seed, digest := fixtures[0].Load(t), fixtures[0].Load(t)
	digest.Publisher = "Đài Phát thanh và Truyền hình Hà Giang"
	digest.Articles = append(digest.Articles, digest.Articles[0])
	for name, c := range map[string]*news.Collection{"seed": seed, "digest": digest} {
		doc, _ := render(t, htmldoc.Options{EmbedFonts: true}, c)
		page, pdf := filepath.Join(dir, name+".html"), filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(page, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		tools.Run(t, chromium[0], append(chromium[1:], "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+page)...)
		var embedded []string
		for _, m := range regexp.MustCompile(`src: local\("([^"]+)"\)`).FindAllStringSubmatch(string(doc), -1) {
			embedded = append(embedded, m[1])
		}
		slices.Sort(embedded)
		if used := tools.PDFFonts(t, pdf); !slices.Equal(used, embedded) {
			t.Errorf("%s: the PDF uses the fonts %v, want the embedded %v", name, used, embedded)
		}
		// Spaces left out: pdftotext spaces the letters of the publisher.
		got := strings.Join(strings.Fields(string(tools.Run(t, "pdftotext", "-enc", "UTF-8", pdf, "-"))), "")
		a := &c.Articles[0]
		for _, w := range []string{a.Title, a.Lead, news.PlainText(a.Body[0].Text), strings.ToUpper(c.Publisher)} {
			if !strings.Contains(got, strings.Join(strings.Fields(w), "")) {
				t.Errorf("%s: the PDF lacks %q", name, w)
			}
		}
	}
}

// checkPicture fails unless path is a PNG with something drawn on it: more
// than a few colours.
func checkPicture(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	colours := make(map[uint32]bool)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[r>>11<<10|g>>11<<5|bl>>11] = true
		}
	}
	if len(colours) < 20 {
		t.Errorf("%s shows %d colours: a blank page?", path, len(colours))
	}
}

// Bad input gives a document whose text is the input's (escaped, what
// HTML forbids replaced), with only http(s) and mailto links, no local
// file and no remote image, and a warning for each problem.
func TestBadInput(t *testing.T) {
	cs := hostile.Collections()
	doc, warnings := render(t, htmldoc.Options{Resolver: hostile.Resolver()}, cs["digest"])
	s := string(doc)
	titles := textOf(t, doc, "h3")
	for _, want := range []string{`Giá xăng & dầu <giảm> "mạnh" &nbsp; &hellip;`, "(Không có tiêu đề)",
		`<script>alert("x")</script> & &amp; &nbsp; ]]> <!-- -->`, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"} {
		if !slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("no title shows %q", want)
		}
	}
	for _, bad := range []string{"javascript:", "/relative/path", "/etc/passwd", "secret.jpg", "remote.jpg", "<script>", "\x01", "\uFFFE"} {
		if strings.Contains(s, bad) {
			t.Errorf("document holds %q", bad)
		}
	}
	for _, want := range []string{
		`href="https://example.vn/b%E1%BA%A3n%20%C4%91%E1%BB%93?q=a%20b&amp;c=%3Cd%3E%28e%29"`,
		`href="mailto:toa-soan@example.vn"`, `<article id="a`, `lang="en"`,
		`<th scope="col">Cột | một</th><th scope="col">Cột`, `<td>1</td><td></td><td></td>`, // ragged rows padded
	} {
		if !strings.Contains(s, want) {
			t.Errorf("document lacks %s", want)
		}
	}
	for _, want := range []string{
		"link is not an absolute http(s) or mailto URL", "javascript:alert(1)", "/relative/path",
		"image left out: ", "broken.jpg", "image too large", "huge.png", "remote.jpg", "image not found",
		"url is not an absolute http(s) URL", "language is not a BCP 47 tag", "unknown block kind", "table has no cells",
		"article has no title", "id=dup", "article=", "kind=marquee",
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q", want)
		}
	}
	for name, c := range cs { // every case alone, too
		doc, _ := render(t, htmldoc.Options{Resolver: hostile.Resolver()}, c)
		if !bytes.HasSuffix(doc, []byte("</html>\n")) || textOf(t, doc, "h1")[0] == "" {
			t.Errorf("%s: no complete document with a title", name)
		}
	}
}

// MediaDir writes each picture once, named by its content, and links it
// from the document instead of embedding it.
func TestExtractMedia(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ảnh bài")
	c := fixtures[2].Load(t)
	doc, _ := render(t, htmldoc.Options{Resolver: media.Dir(fixtures[2].Images), MediaDir: dir, MediaHref: "ảnh bài"}, c)
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 2 {
		t.Fatalf("extracted %v (%v), want 2 files", entries, err)
	}
	s := string(doc)
	for _, e := range entries {
		if !strings.Contains(s, `src="%E1%BA%A3nh%20b%C3%A0i/`+e.Name()+`"`) {
			t.Errorf("%s is not linked", e.Name())
		}
		if ok, _ := regexp.MatchString(`^[0-9a-f]{20}\.(jpg|png)$`, e.Name()); !ok {
			t.Errorf("file name %q is not a hash", e.Name())
		}
	}
	if strings.Contains(s, "data:image") {
		t.Error("images embedded although extracted")
	}
	again, _ := render(t, htmldoc.Options{Resolver: media.Dir(fixtures[2].Images), MediaDir: dir, MediaHref: "ảnh bài"}, c)
	if !bytes.Equal(doc, again) {
		t.Error("extracting again changed the document")
	}
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o644)
	err = htmldoc.New(htmldoc.Options{Resolver: media.Dir(fixtures[2].Images), MediaDir: filepath.Join(blocker, "media")}).Write(t.Context(), io.Discard, c)
	if err == nil || !strings.Contains(err.Error(), "extracting images") {
		t.Errorf("extracting below a file: %v", err)
	}
}

// EmbedFonts adds the fonts the document uses, after the system fonts in
// the stacks: each a subset that draws every letter the document shows, in
// either case (the publisher is capitalised), and no other.
func TestEmbedFonts(t *testing.T) {
	doc, warnings := render(t, htmldoc.Options{EmbedFonts: true}, fixtures[0].Load(t))
	s := string(doc)
	shown := strings.Join(textOf(t, doc, "title", "body"), " ")
	shown += strings.ToUpper(shown)
	faces := regexp.MustCompile(`font-family: "([^"]+)";\s+font-weight: (\d+);\s+font-style: (\w+);\s+src: local\("([^"]+)"\), url\(data:font/ttf;base64,([^)]+)\)`).FindAllStringSubmatch(s, -1)
	var got []string
	for _, f := range faces {
		got = append(got, f[1]+" "+f[2]+" "+f[3])
		ttf, err := base64.StdEncoding.DecodeString(f[5])
		if err != nil {
			t.Fatalf("%s: %v", f[4], err)
		}
		if len(ttf) > 60<<10 {
			t.Errorf("%s: %d bytes embedded, not a subset", f[4], len(ttf))
		}
		cov, err := fonts.NewCoverage(ttf)
		if err != nil {
			t.Fatalf("%s: %v", f[4], err)
		}
		var lacks []string
		for _, r := range shown {
			if r > ' ' && !cov.Has(r) && !slices.Contains(lacks, string(r)) {
				lacks = append(lacks, string(r))
			}
		}
		if len(lacks) > 0 {
			t.Errorf("%s lacks %q, which the document shows", f[4], lacks)
		}
		for _, r := range "ỹỸΩжß" { // in Noto, not in the seed
			if cov.Has(r) {
				t.Errorf("%s has %q, which the document does not show", f[4], r)
			}
		}
	}
	want := []string{"newsarc NotoSerif 400 normal", "newsarc NotoSerif 700 normal", "newsarc NotoSans 400 normal", "newsarc NotoSans 700 normal"}
	if !slices.Equal(got, want) { // the seed has no italic text
		t.Errorf("font faces %v, want %v", got, want)
	}
	if !strings.Contains(s, `--serif: "Noto Serif", "Times New Roman", Times, "newsarc NotoSerif", serif;`) {
		t.Error("the embedded serif is not a fallback after the system fonts")
	}
	if strings.Contains(warnings, "font") {
		t.Errorf("warnings: %s", warnings)
	}
	if len(doc) > 300<<10 {
		t.Errorf("the seed with its fonts is %d bytes", len(doc))
	}

	// A font the subsetter cannot read is embedded whole, and reported.
	broken := &fonts.Family{Name: "Broken", Files: [4][]byte{[]byte("not a font"), []byte("not a font")}}
	doc, warnings = render(t, htmldoc.Options{EmbedFonts: true, Body: broken, Heading: broken}, fixtures[0].Load(t))
	whole := "url(data:font/ttf;base64," + base64.StdEncoding.EncodeToString([]byte("not a font")) + ")"
	if n := strings.Count(string(doc), whole); n != 2 {
		t.Errorf("the font that is not one embedded %d times, want 2 (regular and bold)", n)
	}
	if !strings.Contains(warnings, "font embedded whole") {
		t.Errorf("warnings: %s", warnings)
	}
}

func TestDeterministic(t *testing.T) {
	writertest.Deterministic(t, htmldoc.New(htmldoc.Options{Resolver: media.Dir(fixtures[1].Images)}), fixtures[1].Load(t))
	writertest.Deterministic(t, htmldoc.New(htmldoc.Options{EmbedFonts: true}), fixtures[1].Load(t)) // letters gathered on every core
}

func TestErrors(t *testing.T) {
	writertest.Errors(t, htmldoc.New(htmldoc.Options{}))
}
