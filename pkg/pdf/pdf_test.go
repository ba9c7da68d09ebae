package pdf

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// needTool skips a test when a checking tool is missing, except in CI
// (NEWSARC_REQUIRE_TOOLS=1), where a missing tool is a failure.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("NEWSARC_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required (NEWSARC_REQUIRE_TOOLS=1): %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
}

func load(t testing.TB, path string) *news.Collection {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := news.DecodeJSON(path, raw)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// warnings collects what a Writer logs.
type warnings struct{ buf bytes.Buffer }

func (w *warnings) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(&w.buf, nil))
}

func (w *warnings) String() string { return w.buf.String() }

func render(t testing.TB, opts Options, c *news.Collection) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := New(opts).Write(context.Background(), &b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

var footer = regexp.MustCompile(`(?m)^\d+ ?/ ?\d+$`)

const seedPath = "../../testdata/articles/seed-giao-ban.json"
const digestPath = "../../testdata/pdf/digest.json"

func seedOptions() Options { return Options{Resolver: media.Dir("../../testdata/articles")} }

func digestOptions() Options { return Options{Resolver: media.Dir("../../testdata/pdf")} }

func TestGolden(t *testing.T) {
	golden.Assert(t, "../../testdata/pdf/seed.pdf", render(t, seedOptions(), load(t, seedPath)))
	golden.Assert(t, "../../testdata/pdf/digest.pdf", render(t, digestOptions(), load(t, digestPath)))
	golden.Assert(t, "../../testdata/pdf/tables.pdf", render(t, Options{}, load(t, "../../testdata/articles/thi-tot-nghiep-thpt.json")))
}

// TestSeedText checks that the seed's title, lead and every paragraph come
// back from the PDF exactly, in NFC, and that the PDF is sound.
func TestSeedText(t *testing.T) {
	needTool(t, "pdftotext")
	c := load(t, seedPath)
	pdf := writeTemp(t, "seed.pdf", render(t, seedOptions(), c))
	text := tool(t, "pdftotext", "-enc", "UTF-8", pdf, "-")
	if !norm.NFC.IsNormalString(text) {
		t.Error("pdftotext output is not NFC")
	}
	// A paragraph that runs over a page is read with the footer in it.
	got := fold(footer.ReplaceAllString(text, ""))
	a := c.Articles[0]
	want := []string{a.Title, a.Lead}
	for _, b := range a.Body {
		if b.Kind == news.Paragraph {
			want = append(want, news.PlainText(b.Text))
		}
	}
	for _, w := range want {
		if !strings.Contains(got, fold(w)) {
			t.Errorf("the PDF's text lacks %q", w)
		}
	}
	if raw := tool(t, "pdftotext", "-raw", pdf, "-"); !strings.Contains(raw, "1 / 2\n") || !strings.Contains(raw, "2 / 2\n") {
		t.Error("no page footers 1 / 2 and 2 / 2")
	}
	for _, meta := range []string{"18:26, 28/07/2023", "Đình Anh, Văn Hương", "Đài Phát thanh và Truyền hình Hà Giang"} {
		if !strings.Contains(got, meta) {
			t.Errorf("the PDF's text lacks %q", meta)
		}
	}
}

func TestToolsAcceptOutput(t *testing.T) {
	needTool(t, "qpdf")
	needTool(t, "pdffonts")
	for name, pdf := range map[string][]byte{
		"seed":   render(t, seedOptions(), load(t, seedPath)),
		"digest": render(t, digestOptions(), load(t, digestPath)),
	} {
		path := writeTemp(t, name+".pdf", pdf)
		tool(t, "qpdf", "--check", path)
		out := tool(t, "pdffonts", path)
		lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
		if len(lines) < 3 {
			t.Fatalf("%s: pdffonts lists %d fonts:\n%s", name, len(lines), out)
		}
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) < 7 || f[len(f)-5] != "yes" {
				t.Errorf("%s: font not embedded: %s", name, l)
			}
		}
	}
}

// TestContentsPageNumbers reads every entry of the contents and checks that
// the article's title is on the page the entry gives, for each layout.
func TestContentsPageNumbers(t *testing.T) {
	needTool(t, "pdftotext")
	c := corpus.Generator{Seed: 3, Words: 120}.Collection(40)
	for i := range c.Articles {
		if i%7 == 3 { // some long articles, spanning pages
			c.Articles[i] = corpus.Generator{Seed: 3, Words: 1500}.Article(i)
			c.Articles[i].Published = c.Articles[i-1].Published.Add(time.Minute)
		}
	}
	for name, opts := range map[string]Options{
		"by day":     {},
		"by section": {Group: news.GroupBySection},
		"continuous": {Continuous: true, Group: news.GroupNone},
		"A5":         {PageSize: A5},
	} {
		t.Run(name, func(t *testing.T) {
			out := render(t, opts, c)
			path := writeTemp(t, "d.pdf", out)
			entries := contents(t, path, c)
			if len(entries) != len(c.Articles) {
				t.Fatalf("the contents list %d articles, want %d", len(entries), len(c.Articles))
			}
			pages := strings.Split(tool(t, "pdftotext", path, "-"), "\f")
			var listed []int
			for _, e := range entries {
				if e.page < 1 || e.page > len(pages) || !strings.Contains(fold(pages[e.page-1]), e.title) {
					t.Errorf("%q is listed on page %d, which does not have it", e.title, e.page)
				}
				listed = append(listed, e.page)
			}
			// The entries are links, in order, to the pages they print: fpdf
			// numbers page n's object 1+2n.
			var linked []int
			for _, m := range linkDest.FindAllSubmatch(out, -1) {
				obj, _ := strconv.Atoi(string(m[1]))
				linked = append(linked, (obj-1)/2)
			}
			if !slices.Equal(linked, listed) {
				t.Errorf("the contents link to pages %v, and print %v", linked, listed)
			}
		})
	}
}

var (
	entryLine = regexp.MustCompile(`^(.*?)[ .]*\s(\d+)$`)
	linkDest  = regexp.MustCompile(`/Subtype /Link /Rect \[[^]]*\] /Border \[0 0 0\] /Dest \[(\d+) 0 R`)
)

type entry struct {
	title string
	page  int
}

// contents lists the article titles and page numbers the contents print.
func contents(t *testing.T, path string, c *news.Collection) []entry {
	t.Helper()
	var out []entry
	for _, text := range strings.Split(tool(t, "pdftotext", "-layout", path, "-"), "\f")[1:] {
		if !strings.Contains(text, news.Vietnamese.Contents) {
			break
		}
		for _, l := range strings.Split(text, "\n") {
			m := entryLine.FindStringSubmatch(strings.TrimSpace(l))
			if m == nil {
				continue
			}
			listed, cut := strings.CutSuffix(m[1], ellipsis)
			for i := range c.Articles {
				if title := c.Articles[i].Title; title == listed || cut && strings.HasPrefix(title, listed) {
					page, _ := strconv.Atoi(m[2])
					out = append(out, entry{title, page})
					break
				}
			}
		}
	}
	return out
}

// TestOutline checks that the bookmarks have the contents' structure:
// "Mục lục", then each group with its articles, each pointing at the page
// its title is on.
func TestOutline(t *testing.T) {
	needTool(t, "qpdf")
	needTool(t, "pdftotext")
	c := corpus.Generator{Seed: 9, Words: 300}.Collection(12)
	c.Group = news.GroupBySection
	path := writeTemp(t, "o.pdf", render(t, Options{}, c))
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	sections := c.Sections()
	if len(doc.Outlines) != 1+len(sections) || doc.Outlines[0].Title != news.Vietnamese.Contents || doc.Outlines[0].Page != 2 {
		t.Fatalf("top level: %+v", doc.Outlines)
	}
	pages := strings.Split(tool(t, "pdftotext", path, "-"), "\f")
	for i, s := range sections {
		group := doc.Outlines[i+1]
		if group.Title != s.Label || len(group.Kids) != len(s.Articles) {
			t.Fatalf("group %d: %q with %d entries, want %q with %d", i, group.Title, len(group.Kids), s.Label, len(s.Articles))
		}
		for k, j := range s.Articles {
			kid := group.Kids[k]
			if kid.Title != c.Articles[j].Title || !strings.Contains(fold(pages[kid.Page-1]), kid.Title) {
				t.Errorf("%q → page %d; want %q on its page", kid.Title, kid.Page, c.Articles[j].Title)
			}
		}
	}
}

type outline struct {
	Title string    `json:"title"`
	Page  int       `json:"destpageposfrom1"`
	Kids  []outline `json:"kids"`
}

func TestDeterministic(t *testing.T) {
	// Images of one pixel width came out in a random order before
	// orderImage: several make the test likely to catch it.
	m := media.Map{}
	c := corpus.Generator{Words: 60}.Collection(3)
	for i := range 6 {
		src := "img" + strconv.Itoa(i) + ".jpg"
		m[src] = testJPEG(t, 64, 40+i)
		a := &c.Articles[i%3]
		a.Body = append(a.Body, news.Block{Kind: news.Figure, Image: &news.Image{Src: src, Caption: src}})
	}
	first := render(t, Options{Resolver: m}, c)
	for range 4 {
		if !bytes.Equal(first, render(t, Options{Resolver: m, ImageWorkers: 3}, c)) {
			t.Fatal("the same collection gave different bytes")
		}
	}
}

func testJPEG(t testing.TB, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 5), 120, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hugePNG claims 40,000 × 40,000 pixels in its header and has no pixels.
func hugePNG() []byte {
	ihdr := []byte("IHDR\x00\x00\x9c\x40\x00\x00\x9c\x40\x08\x02\x00\x00\x00")
	b := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0d"), ihdr...)
	b = binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(ihdr))
	return append(b, "\x00\x00\x00\x00IEND\xae\x42\x60\x82"...)
}

// TestBadInput gives every kind of bad input the issue names: each yields a
// sound PDF and a warning naming the article.
func TestBadInput(t *testing.T) {
	jpg := testJPEG(t, 80, 60)
	m := media.Map{"huge.png": hugePNG(), "cut.jpg": jpg[:len(jpg)/2], "ok.jpg": jpg}
	para := func(s string) []news.Block {
		return []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: s}}}}
	}
	fig := func(src string) []news.Block {
		return append(para("Ảnh minh họa."), news.Block{Kind: news.Figure, Image: &news.Image{Src: src, Caption: "Chú thích " + src}})
	}
	cases := []struct {
		name    string
		article news.Article
		warn    string // in the log
		text    string // in the PDF
	}{
		{"emoji", news.Article{ID: "emoji", Title: "Tin vui 😀 hôm nay", Body: para("Cười 😀👍 lên.")}, "U+1F600", "Tin vui � hôm nay"},
		{"CJK name", news.Article{ID: "cjk", Title: "Ông Tập Cận Bình (习近平)", Body: para("Tên 习近平.")}, "U+4E60", "(���)"},
		{"control and soft hyphen", news.Article{ID: "ctl", Title: "Hà\tGiang\u00ad\u0007 mới", Body: para("Dòng\u0001 một")}, "", "Hà Giang mới"},
		{"decomposed", news.Article{ID: "nfd", Title: norm.NFD.String("Tiếng Việt"), Body: para("ổn")}, "", "Tiếng Việt"},
		{"40000x40000 png", news.Article{ID: "huge", Title: "Ảnh quá lớn", Body: fig("huge.png")}, "image too large", "Chú thích huge.png"},
		{"truncated jpeg", news.Article{ID: "cut", Title: "Ảnh hỏng", Body: fig("cut.jpg")}, "cannot be decoded", "Chú thích cut.jpg"},
		{"missing image", news.Article{ID: "missing", Title: "Thiếu ảnh", Body: fig("missing.jpg")}, "image not found", "Chú thích missing.jpg"},
		{"empty body", news.Article{ID: "empty", Title: "Chỉ có tiêu đề"}, "no body", "Chỉ có tiêu đề"},
		{"nothing at all", news.Article{ID: "void"}, "no title, lead or body", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var w warnings
			c := &news.Collection{Articles: []news.Article{tc.article}}
			out := render(t, Options{Resolver: m, Logger: w.logger()}, c)
			if !bytes.HasPrefix(out, []byte("%PDF-")) {
				t.Fatal("no PDF")
			}
			log := w.String()
			if tc.warn == "" && log != "" {
				t.Errorf("unexpected warnings: %s", log)
			}
			if tc.warn != "" && (!strings.Contains(log, tc.warn) || !strings.Contains(log, "article="+tc.article.ID)) {
				t.Errorf("warnings %q lack %q or the article id", log, tc.warn)
			}
			if _, err := exec.LookPath("pdftotext"); err == nil && tc.text != "" {
				path := writeTemp(t, "bad.pdf", out)
				if got := fold(tool(t, "pdftotext", "-enc", "UTF-8", path, "-")); !strings.Contains(got, tc.text) {
					t.Errorf("text %q lacks %q", got, tc.text)
				}
				if _, err := exec.LookPath("qpdf"); err == nil {
					tool(t, "qpdf", "--check", path)
				}
			}
		})
	}
}

func TestFallbackFonts(t *testing.T) {
	var w warnings
	c := &news.Collection{Articles: []news.Article{{ID: "sym", Title: "Giá tăng → 5%, nhiệt độ ≥ 30 °C ✓",
		Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "■ Mục một ★"}}}}}}}
	out := render(t, Options{Logger: w.logger()}, c)
	if log := w.String(); log != "" {
		t.Errorf("symbols a fallback font has were reported: %s", log)
	}
	for _, name := range []string{"NotoSansMath", "NotoSansSymbols2"} {
		if !bytes.Contains(bytes.ToLower(out), []byte(strings.ToLower(name))) {
			t.Errorf("%s is not embedded", name)
		}
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		got := fold(tool(t, "pdftotext", "-enc", "UTF-8", writeTemp(t, "s.pdf", out), "-"))
		if !strings.Contains(got, "Giá tăng → 5%, nhiệt độ ≥ 30 °C ✓") || !strings.Contains(got, "■ Mục một ★") {
			t.Errorf("text %q lost symbols", got)
		}
	}
}

func TestOnlyUsedFontsEmbedded(t *testing.T) {
	c := &news.Collection{Articles: []news.Article{{Title: "Tiêu đề", Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "Chữ thường."}}}}}}}
	out := render(t, Options{}, c)
	fontFiles := bytes.Count(out, []byte("/FontFile2"))
	// Body regular, heading bold (title, section), heading regular (meta,
	// footer); no italic, no bold body, no fallback.
	if fontFiles != 2 && fontFiles != 3 {
		t.Errorf("%d fonts embedded for a document using two or three", fontFiles)
	}
}

func TestPageSizes(t *testing.T) {
	c := load(t, seedPath)
	for size, box := range map[PageSize]string{"": "595.28 841.89", A4: "595.28 841.89", "a5": "419.53 595.28", Letter: "612.00 792.00"} {
		out := render(t, Options{PageSize: size}, c)
		if !bytes.Contains(out, []byte("/MediaBox [0 0 "+box+"]")) {
			t.Errorf("%q: no MediaBox %s", size, box)
		}
	}
	var b bytes.Buffer
	if err := New(Options{PageSize: "A3"}).Write(context.Background(), &b, c); !errors.Is(err, news.ErrUnsupported) {
		t.Errorf("A3: %v", err)
	}
}

func TestErrors(t *testing.T) {
	var b bytes.Buffer
	w := New(Options{})
	if err := w.Write(context.Background(), &b, &news.Collection{}); !errors.Is(err, news.ErrNoContent) {
		t.Errorf("empty collection: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := w.Write(ctx, &b, corpus.Generator{Words: 30}.Collection(3)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestMetadata(t *testing.T) {
	needTool(t, "pdfinfo")
	info := tool(t, "pdfinfo", "-rawdates", writeTemp(t, "s.pdf", render(t, seedOptions(), load(t, seedPath))))
	for _, want := range []string{"Title:           Thường trực Ban Bí thư", "Author:          Đình Anh, Văn Hương", "Subject:         Ngày 28/7/2023", "CreationDate:    D:20230728112600", "Creator:         newsarc"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

func TestCustomFont(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Rieng-Regular.ttf"), fonts.Sans().TTF(fonts.Regular), 0o644); err != nil {
		t.Fatal(err)
	}
	fam, err := fonts.Load(dir, "Rieng")
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, Options{Body: fam}, load(t, seedPath))
	if !bytes.Contains(out, []byte("body-Rieng")) && !bytes.Contains(out, []byte("body-rieng")) {
		t.Error("the body font is not the one given")
	}
}

func TestBadFontRefused(t *testing.T) {
	bad := &fonts.Family{Name: "Hong"}
	var b bytes.Buffer
	err := New(Options{Heading: bad}).Write(context.Background(), &b, load(t, seedPath))
	if err == nil || !strings.Contains(err.Error(), "heading font") || b.Len() != 0 {
		t.Fatalf("err = %v, %d bytes written", err, b.Len())
	}
}

func BenchmarkDigest100(b *testing.B) {
	c := corpus.Generator{}.Collection(100)
	var buf bytes.Buffer
	w := New(Options{})
	for b.Loop() {
		buf.Reset()
		if err := w.Write(context.Background(), &buf, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1e6, "MB/op")
}

// TestWidthsMatchFpdf guards justification: lines end at the margin only if
// the widths the layout measures are the ones fpdf writes into the PDF.
func TestWidthsMatchFpdf(t *testing.T) {
	p := fpdf.New("P", "pt", "A4", "")
	fs := newFontSet(p, fonts.Serif(), fonts.Sans())
	p.AddPage()
	for f := range face(len(fs.faces)) {
		fs.use(f, 10)
		for _, r := range fonts.Vietnamese + " !\"#%&'()*+,-./0123456789:;?@[]_{}«»–—‘’“”…€·•→≥✓" {
			w, ok := fs.width(f, r)
			if !ok {
				continue
			}
			if got := p.GetStringSymbolWidth(string(r)); got != w {
				t.Errorf("face %d %q: width %d, fpdf has %d", f, r, w, got)
			}
		}
	}
}

// TestLongWordsStayInside cuts a word wider than the column (a URL) instead
// of letting it run off the page.
func TestLongWordsStayInside(t *testing.T) {
	needTool(t, "pdftotext")
	long := "https://baomau.example.vn/" + strings.Repeat("duong-dan-rat-dai-", 25) + "het.html"
	c := &news.Collection{Articles: []news.Article{{Title: "Đường dẫn dài",
		Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "Xem " + long + " để biết thêm."}}}}}}}
	path := writeTemp(t, "long.pdf", render(t, Options{}, c))
	// pdftotext joins lines and drops a hyphen that ends one.
	flat := strings.NewReplacer(" ", "", "-", "", "\n", "")
	if got := flat.Replace(tool(t, "pdftotext", path, "-")); !strings.Contains(got, flat.Replace(long)) {
		t.Errorf("the long word is not all there: %q", got)
	}
	g, _ := layoutFor(A4)
	for _, m := range regexp.MustCompile(`xMax="([\d.]+)"`).FindAllStringSubmatch(tool(t, "pdftotext", "-bbox", path, "-"), -1) {
		if x, _ := strconv.ParseFloat(m[1], 64); x > g.right+1 {
			t.Errorf("text reaches x = %.1f, past the margin at %.1f", x, g.right)
		}
	}
}

// TestHostileText renders text no news site should send: the document must
// still come out.
func TestHostileText(t *testing.T) {
	nasty := []string{
		"\xff\xfe invalid UTF-8 \xc3", "\u0301\u0323 lone marks", "\u202eRTL override\u202c", "tab\there\r\nnew\u2028line",
		strings.Repeat("Ư", 2000), "(parens) \\backslash\\ \r", "\U0001F1FB\U0001F1F3 flag", "\uE000 private use", "", " ",
		"\u00a0\u00a0no-break\u00a0spaces\u00a0", "Z\u0351\u0352\u0353algo",
	}
	var arts []news.Article
	for i, s := range nasty {
		arts = append(arts, news.Article{ID: strconv.Itoa(i), Title: s, Lead: s, Source: s, Section: s, Authors: []string{s},
			Body: []news.Block{
				{Kind: news.Paragraph, Text: []news.Span{{Text: s, Bold: true}, {Text: s, Link: s}}},
				{Kind: news.Heading, Level: 9, Text: []news.Span{{Text: s}}},
				{Kind: news.List, Items: [][]news.Span{{{Text: s}}, nil}},
				{Kind: news.Preformatted, Text: []news.Span{{Text: s + "\n\t" + s}}},
				{Kind: news.Figure, Image: &news.Image{Src: s, Caption: s}},
				{Kind: "unknown", Text: []news.Span{{Text: s}}},
			}})
	}
	for _, c := range []*news.Collection{{Articles: arts[:1]}, {Articles: arts, Title: nasty[0], Publisher: nasty[2]}} {
		out := render(t, Options{Resolver: media.Map{}}, c)
		if _, err := exec.LookPath("qpdf"); err == nil {
			tool(t, "qpdf", "--check", writeTemp(t, "h.pdf", out))
		}
	}
}

func TestConcurrentWrites(t *testing.T) {
	w := New(seedOptions())
	c := load(t, seedPath)
	want := render(t, seedOptions(), c)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := w.Write(context.Background(), &b, c); err != nil || !bytes.Equal(b.Bytes(), want) {
				t.Errorf("a concurrent Write gave other bytes (err %v)", err)
			}
		}()
	}
	wg.Wait()
}
