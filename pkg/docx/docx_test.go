package docx_test

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/internal/hostile"
	"github.com/newsarc/newsarc/internal/tools"
	"github.com/newsarc/newsarc/internal/writertest"
	"github.com/newsarc/newsarc/pkg/docx"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

var fixtures = writertest.Fixtures

// render writes c and returns the document and the warnings logged.
func render(t testing.TB, o docx.Options, c *news.Collection) ([]byte, string) {
	t.Helper()
	return writertest.Render(t, func(l *slog.Logger) news.Writer { o.Logger = l; return docx.New(o) }, c)
}

func renderFixture(t testing.TB, i int) []byte {
	f := fixtures[i]
	out, _ := render(t, docx.Options{Resolver: media.Dir(f.Images)}, f.Load(t))
	return out
}

// part is one entry of a .docx.
type part struct {
	name string
	data []byte
}

func unzip(t testing.TB, data []byte) []part {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []part
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out = append(out, part{f.Name, b})
	}
	return out
}

func get(t testing.TB, parts []part, name string) string {
	t.Helper()
	for _, p := range parts {
		if p.name == name {
			return string(p.data)
		}
	}
	t.Fatalf("no %s in the document", name)
	return ""
}

func isXML(name string) bool {
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
}

// The goldens are the documents unzipped: every XML part as text, in
// archive order, and the other parts by size and hash.
func TestGolden(t *testing.T) {
	for i, f := range fixtures {
		var b strings.Builder
		for _, p := range unzip(t, renderFixture(t, i)) {
			if isXML(p.name) {
				fmt.Fprintf(&b, "== %s\n%s", p.name, p.data)
			} else {
				sum := sha256.Sum256(p.data)
				fmt.Fprintf(&b, "== %s: %d bytes, sha256 %s\n", p.name, len(p.data), hex.EncodeToString(sum[:]))
			}
		}
		golden.Assert(t, "../../testdata/golden/docx/"+f.Name+".txt", []byte(b.String()))
	}
}

// wellFormed parses an XML part strictly and returns its character data.
func wellFormed(t testing.TB, name string, doc []byte) string {
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

// The parts Word needs, with Word's styles and properties: headings in
// Heading styles one below the title, numbered lists restarting at 1,
// tables with a repeated header row, captions, links, pictures, the
// language and the fonts.
func TestStructure(t *testing.T) {
	parts := unzip(t, renderFixture(t, 2))
	var names []string
	for _, p := range parts {
		names = append(names, p.name)
		if isXML(p.name) {
			wellFormed(t, p.name, p.data)
		}
	}
	if names[0] != "[Content_Types].xml" || !slices.Contains(names, "word/media/image1.jpg") || !slices.Contains(names, "word/media/image2.png") {
		t.Errorf("parts %v", names)
	}
	doc := get(t, parts, "word/document.xml")
	for _, want := range []string{
		`<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Giá nông sản tuần thứ ba tháng 7`,
		`<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Bảng giá tại các chợ đầu mối</w:t>`,
		`<w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">Lịch thu mua</w:t>`,
		`<w:pStyle w:val="TableCaption"/></w:pPr><w:r><w:t xml:space="preserve">Giá bán lẻ ngày 21/7/2023 (đồng/kg)`,
		`<w:tr><w:trPr><w:tblHeader/></w:trPr>`, `<w:pStyle w:val="TableHeader"/></w:pPr><w:r><w:t xml:space="preserve">Mặt hàng`,
		`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">+8%</w:t></w:r>`,
		`<w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Hái đúng`,
		`<w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Danh sách HTX`, // the second list counts from 1 again
		`<w:pStyle w:val="Quote"/>`, `<w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">Cân chè tại điểm thu mua của HTX Nậm Ty (Ảnh: T.P.)`,
		`<w:t xml:space="preserve">Chè A   18.000</w:t><w:br/><w:t xml:space="preserve">Chè B   12.500</w:t><w:br/><w:tab/>`,
		`<w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">Sở Công Thương</w:t>`,
		`<wp:docPr id="1" name="Picture 1" descr="Đồi chè Shan tuyết ở Hoàng Su Phì"/>`, `<w:pStyle w:val="Byline"/>`,
		`Đài Phát thanh và Truyền hình Hà Giang · 16:05, 21/07/2023 · Kinh tế · Cập nhật 08:30, 22/07/2023`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if n := strings.Count(doc, "<w:tbl>"); n != 2 || strings.Count(doc, "<w:tblHeader/>") != 1 {
		t.Errorf("%d tables, %d header rows; want 2 and 1", n, strings.Count(doc, "<w:tblHeader/>"))
	}
	numbering := get(t, parts, "word/numbering.xml")
	if n := strings.Count(numbering, `<w:startOverride w:val="1"/>`); n != 2 {
		t.Errorf("%d restarting numberings, want one per ordered list (2)", n)
	}
	rels := get(t, parts, "word/_rels/document.xml.rels")
	for _, want := range []string{`Target="https://sct.hagiang.gov.vn/gia-ca" TargetMode="External"`, `Target="media/image1.jpg"`, `Target="footer1.xml"`} {
		if !strings.Contains(rels, want) {
			t.Errorf("relationships lack %s", want)
		}
	}
	core := get(t, parts, "docProps/core.xml")
	for _, want := range []string{"<dc:title>Giá nông sản tuần thứ ba tháng 7: chè búp tươi tăng, gạo ổn định</dc:title>",
		"<dc:creator>Thu Phương</dc:creator>", "<dc:language>vi-VN</dc:language>", "<cp:keywords>giá cả, nông sản, chè Shan tuyết</cp:keywords>",
		`<dcterms:created xsi:type="dcterms:W3CDTF">2023-07-22T01:30:00Z</dcterms:created>`} {
		if !strings.Contains(core, want) {
			t.Errorf("core properties lack %s", want)
		}
	}
	styles := get(t, parts, "word/styles.xml")
	for _, want := range []string{`<w:name w:val="heading 1"/>`, `<w:outlineLvl w:val="0"/>`, `w:ascii="Noto Serif"`, `w:ascii="Noto Sans"`,
		`<w:lang w:val="vi-VN"`, `<w:name w:val="caption"/>`, `<w:name w:val="toc 2"/>`, `<w:name w:val="List Paragraph"/>`} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles lack %s", want)
		}
	}
	if ft := get(t, parts, "word/fontTable.xml"); !strings.Contains(ft, `<w:font w:name="Noto Serif"><w:altName w:val="Times New Roman"/>`) ||
		strings.Contains(ft, "embed") {
		t.Errorf("font table:\n%s", ft)
	}
}

// A digest opens on a cover, then a TOC field whose entries link to
// bookmarks on the group (Heading 1) and article (Heading 2) headings, each
// group and each article after the first of a group on a new page; the
// fields are updated when Word opens it.
func TestDigest(t *testing.T) {
	c := fixtures[1].Load(t)
	parts := unzip(t, renderFixture(t, 1))
	doc := get(t, parts, "word/document.xml")
	if !strings.Contains(doc, `<w:instrText xml:space="preserve"> TOC \o &quot;1-2&quot; \h \z \u </w:instrText>`) {
		t.Error("no TOC field over heading levels 1-2")
	}
	anchors := regexp.MustCompile(`w:anchor="([^"]+)"`).FindAllStringSubmatch(doc, -1)
	if len(anchors) != len(c.Articles)+len(c.Sections()) {
		t.Errorf("%d contents entries for %d articles in %d groups", len(anchors), len(c.Articles), len(c.Sections()))
	}
	for _, a := range anchors {
		if strings.Count(doc, `w:name="`+a[1]+`"`) != 1 {
			t.Errorf("entry #%s has no single bookmark", a[1])
		}
	}
	for _, a := range c.Articles {
		if !regexp.MustCompile(`<w:pStyle w:val="Heading2"/>(<w:pageBreakBefore/>)?</w:pPr><w:bookmarkStart w:id="\d+" w:name="_Toc\d+"/><w:r><w:t xml:space="preserve">` +
			regexp.QuoteMeta(a.Title) + `</w:t>`).MatchString(doc) {
			t.Errorf("article %q is not a Heading 2", a.Title)
		}
	}
	if !strings.Contains(get(t, parts, "word/settings.xml"), `<w:updateFields w:val="true"/>`) {
		t.Error("fields are not updated on opening")
	}
	for _, want := range []string{`<w:pStyle w:val="Publisher"/></w:pPr><w:r><w:t xml:space="preserve">Báo Mẫu`, `<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Bản tin tháng 7/2023`} {
		if !strings.Contains(doc, want) {
			t.Errorf("cover lacks %s", want)
		}
	}
}

// LibreOffice opens the documents (the fixtures and every bad input in one
// digest) and, printed to PDF, the seed gives back its title, lead and
// paragraphs in NFC, the table fixture its cells.
func TestLibreOffice(t *testing.T) {
	dir := t.TempDir()
	lo := tools.LibreOffice(t, dir)
	tools.Need(t, "pdftotext")
	var files []string
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	for i, f := range fixtures {
		write(f.Name, renderFixture(t, i))
	}
	bad, _ := render(t, docx.Options{Resolver: hostile.Resolver()}, hostile.Collections()["digest"])
	write("bad", bad)
	fonts, _ := render(t, docx.Options{EmbedFonts: true}, fixtures[0].Load(t))
	write("fonts", fonts)
	out := filepath.Join(dir, "pdf")
	tools.Run(t, lo[0], append(lo[1:], append([]string{"--convert-to", "pdf", "--outdir", out}, files...)...)...)
	pdfText := func(name string) string {
		p := filepath.Join(out, name+".pdf")
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("LibreOffice made no PDF of %s: %v", name, err)
		}
		// Page numbers in the footer are lines of their own: not text.
		return pageNumbers.ReplaceAllString(string(tools.Run(t, "pdftotext", "-enc", "UTF-8", p, "-")), "")
	}
	for _, name := range []string{"seed", "fonts"} {
		text := pdfText(name)
		if !norm.NFC.IsNormalString(text) {
			t.Errorf("%s: the text is not in NFC", name)
		}
		got := fold(text)
		a := fixtures[0].Load(t).Articles[0]
		for _, w := range append([]string{a.Title, a.Lead}, paragraphs(&a)...) {
			if !strings.Contains(got, fold(w)) {
				t.Errorf("%s: LibreOffice's PDF lacks %q", name, w)
			}
		}
	}
	got := fold(pdfText("bang-gia"))
	for _, w := range []string{"Mặt hàng", "Chè búp tươi loại A", "Ngô hạt | loại 1", "Xã Tụ Nhân, Nàng Đôn", "1. Hái đúng", "1. Danh sách HTX"} {
		if !strings.Contains(got, w) {
			t.Errorf("bang-gia: LibreOffice's PDF lacks %q", w)
		}
	}
	got = fold(pdfText("digest"))
	for _, a := range fixtures[1].Load(t).Articles {
		if !strings.Contains(got, fold(a.Title)) {
			t.Errorf("digest: LibreOffice's PDF lacks %q", a.Title)
		}
	}
	if got := fold(pdfText("bad")); !strings.Contains(got, `Giá xăng & dầu <giảm> "mạnh" &nbsp; &hellip;`) {
		t.Error("bad input: LibreOffice's PDF lacks the escaped title")
	}
}

// On a machine whose only fonts are DejaVu, LibreOffice draws the seed
// with the subset fonts it embeds: printed to PDF, the text comes back and
// the fonts in the PDF are the four embedded styles. A letter a subset
// lacked would be drawn in DejaVu.
func TestLibreOfficeEmbeddedFonts(t *testing.T) {
	dir := t.TempDir()
	lo := tools.LibreOffice(t, dir)
	tools.Need(t, "pdftotext", "pdffonts")
	tools.OnlyFonts(t, "DejaVu Sans")
	data, _ := render(t, docx.Options{EmbedFonts: true}, fixtures[0].Load(t))
	doc := filepath.Join(dir, "seed.docx")
	if err := os.WriteFile(doc, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tools.Run(t, lo[0], append(lo[1:], "--convert-to", "pdf", "--outdir", dir, doc)...)
	pdf := filepath.Join(dir, "seed.pdf")
	used := tools.PDFFonts(t, pdf)
	if want := []string{"NotoSans-Bold", "NotoSans-Regular", "NotoSerif-Bold", "NotoSerif-Regular"}; !slices.Equal(used, want) {
		t.Errorf("the PDF uses the fonts %v, want the embedded %v", used, want)
	}
	got := fold(string(tools.Run(t, "pdftotext", "-enc", "UTF-8", pdf, "-")))
	a := fixtures[0].Load(t).Articles[0]
	for _, w := range append([]string{a.Title, a.Lead}, paragraphs(&a)...) {
		if !strings.Contains(got, fold(w)) {
			t.Errorf("LibreOffice's PDF lacks %q", w)
		}
	}
}

var pageNumbers = regexp.MustCompile(`(?m)^\f?\d+\n`)

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func paragraphs(a *news.Article) []string {
	var out []string
	for _, b := range a.Body {
		if b.Kind == news.Paragraph {
			out = append(out, news.PlainText(b.Text))
		}
	}
	return out
}

// pandoc reads every document, the fixtures without losing a paragraph,
// and every bad input.
func TestPandoc(t *testing.T) {
	pandoc := tools.Need(t, "pandoc")
	dir := t.TempDir()
	read := func(name string, data []byte) string {
		p := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return fold(string(tools.Run(t, pandoc, "-f", "docx", "-t", "plain", "--wrap=none", p)))
	}
	for i, f := range fixtures {
		got := read(f.Name, renderFixture(t, i))
		for _, a := range f.Load(t).Articles {
			for _, p := range paragraphs(&a) {
				if !strings.Contains(got, fold(p)) {
					t.Errorf("%s: pandoc lost %q", f.Name, p)
				}
			}
		}
	}
	for name, c := range hostile.Collections() {
		data, _ := render(t, docx.Options{Resolver: hostile.Resolver()}, c)
		read("bad-"+name, data)
	}
}

// Bad input gives well-formed parts whose text is the input's (what XML
// forbids replaced), links only to http(s) and mailto, the language of an
// English article on its runs, and a warning for each problem.
func TestBadInput(t *testing.T) {
	cs := hostile.Collections()
	for name, c := range cs {
		data, _ := render(t, docx.Options{Resolver: hostile.Resolver()}, c)
		for _, p := range unzip(t, data) {
			if isXML(p.name) {
				wellFormed(t, name+": "+p.name, p.data)
			}
		}
	}
	data, warnings := render(t, docx.Options{Resolver: hostile.Resolver()}, cs["digest"])
	parts := unzip(t, data)
	text := wellFormed(t, "document.xml", []byte(get(t, parts, "word/document.xml")))
	for _, want := range []string{`Giá xăng & dầu <giảm> "mạnh" &nbsp; &hellip;`, "Tin &amp; ảnh\uFFFD lỗi\uFFFD", "(Không có tiêu đề)", "Tiêu đề cấp chín", "Khối lạ"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	rels := get(t, parts, "word/_rels/document.xml.rels")
	for _, bad := range []string{"javascript:", "/relative/path", "/etc/passwd", "secret.jpg", "remote.jpg"} {
		if strings.Contains(rels, bad) || strings.Contains(get(t, parts, "word/document.xml"), bad) {
			t.Errorf("document refers to %q", bad)
		}
	}
	if !strings.Contains(rels, `Target="mailto:toa-soan@example.vn"`) {
		t.Error("the mailto link is lost")
	}
	if !strings.Contains(get(t, parts, "word/document.xml"), `<w:lang w:val="en-US"/></w:rPr><w:t xml:space="preserve">Heavy rain is expected.`) {
		t.Error("the English article's runs are not marked English")
	}
	for _, want := range []string{
		"link is not an absolute http(s) or mailto URL", "javascript:alert(1)", "image left out", "broken.jpg", "huge.png",
		"url is not an absolute http(s) URL", "language is not a BCP 47 tag", "unknown block kind", "table has no cells",
		"article has no title", "id=dup",
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q", want)
		}
	}
}

// EmbedFonts embeds the styles the document uses, obfuscated as Word
// wants and marked as subsets: undone with the key, each file is the font
// cut down to the letters the document shows, in either case (the
// publisher is in capitals), and every Vietnamese letter, for editing.
func TestEmbedFonts(t *testing.T) {
	data, warnings := render(t, docx.Options{EmbedFonts: true}, fixtures[0].Load(t))
	parts := unzip(t, data)
	table := get(t, parts, "word/fontTable.xml")
	rels := get(t, parts, "word/_rels/fontTable.xml.rels")
	shown := wellFormed(t, "word/document.xml", []byte(get(t, parts, "word/document.xml")))
	shown += strings.ToUpper(shown) + fonts.Vietnamese
	embeds := regexp.MustCompile(`<w:(embed\w+) r:id="(rId\d+)" w:fontKey="\{([0-9A-F-]+)\}" w:subsetted="1"/>`).FindAllStringSubmatch(table, -1)
	if len(embeds) != 4 { // Noto Serif and Noto Sans, regular and bold: the seed has no italic
		t.Fatalf("%d embedded subset styles, want 4:\n%s", len(embeds), table)
	}
	for _, e := range embeds {
		file := regexp.MustCompile(`Id="` + e[2] + `" [^>]* Target="([^"]+)"`).FindStringSubmatch(rels)
		if file == nil {
			t.Fatalf("no relationship %s", e[2])
		}
		font := []byte(get(t, parts, "word/"+file[1]))
		key, _ := hex.DecodeString(strings.ReplaceAll(e[3], "-", ""))
		for i := range 32 {
			font[i] ^= key[15-i%16]
		}
		cov, err := fonts.NewCoverage(font)
		if err != nil {
			t.Fatalf("%s (%s) is no font once the key is undone: %v", e[1], file[1], err)
		}
		if len(font) > 60<<10 {
			t.Errorf("%s (%s): %d bytes, not a subset", e[1], file[1], len(font))
		}
		var lacks []string
		for _, r := range shown {
			if r > ' ' && !cov.Has(r) && !slices.Contains(lacks, string(r)) {
				lacks = append(lacks, string(r))
			}
		}
		if len(lacks) > 0 {
			t.Errorf("%s (%s) lacks %q", e[1], file[1], lacks)
		}
		for _, r := range "ΩжßÆ" { // in Noto, not in the seed
			if cov.Has(r) {
				t.Errorf("%s (%s) has %q, which the document does not show", e[1], file[1], r)
			}
		}
	}
	if strings.Contains(warnings, "font") {
		t.Errorf("warnings: %s", warnings)
	}
	if len(data) > 150<<10 {
		t.Errorf("the seed with its fonts is %d bytes", len(data))
	}
	c := fixtures[2].Load(t) // italic text and a quote
	c.Articles[0].Body[0].Text[3].Italic = true
	data, _ = render(t, docx.Options{EmbedFonts: true}, c)
	serif := regexp.MustCompile(`(?s)<w:font w:name="Noto Serif">.*?</w:font>`).FindString(get(t, unzip(t, data), "word/fontTable.xml"))
	if strings.Count(serif, "<w:embed") != 4 {
		t.Errorf("with italic and bold italic text, the serif embeds %d styles, want 4:\n%s", strings.Count(serif, "<w:embed"), serif)
	}
	if !strings.Contains(get(t, parts, "word/settings.xml"), "<w:embedTrueTypeFonts/><w:saveSubsetFonts/>") ||
		!strings.Contains(get(t, parts, "[Content_Types].xml"), `Extension="odttf"`) {
		t.Error("settings or content types do not declare the embedded fonts")
	}

	// A font the subsetter cannot read is embedded whole, not marked as a
	// subset, and reported.
	broken := &fonts.Family{Name: "Broken", Files: [4][]byte{[]byte("not a font"), []byte("not a font")}}
	data, warnings = render(t, docx.Options{EmbedFonts: true, Body: broken, Heading: broken}, fixtures[0].Load(t))
	table = get(t, unzip(t, data), "word/fontTable.xml")
	if !strings.Contains(table, `<w:font w:name="Broken">`) || strings.Count(table, "<w:embed") != 2 || strings.Contains(table, "subsetted") {
		t.Errorf("a font that is not one, embedded:\n%s", table)
	}
	if !strings.Contains(warnings, "font embedded whole") {
		t.Errorf("warnings: %s", warnings)
	}
}

func TestDeterministic(t *testing.T) {
	writertest.Deterministic(t, docx.New(docx.Options{Resolver: media.Dir(fixtures[2].Images)}), fixtures[2].Load(t))
	writertest.Deterministic(t, docx.New(docx.Options{EmbedFonts: true}), fixtures[1].Load(t)) // letters gathered on every core
}

func TestPaper(t *testing.T) {
	for paper, want := range map[string]string{"": `<w:pgSz w:w="11906" w:h="16838"/>`, "letter": `<w:pgSz w:w="12240" w:h="15840"/>`, "A5": `<w:pgSz w:w="8391" w:h="11906"/>`} {
		data, _ := render(t, docx.Options{Paper: paper}, fixtures[0].Load(t))
		if doc := get(t, unzip(t, data), "word/document.xml"); !strings.Contains(doc, want) {
			t.Errorf("paper %q: no %s", paper, want)
		}
	}
}

func TestErrors(t *testing.T) {
	writertest.Errors(t, docx.New(docx.Options{}))
}

// A Word table has at most 63 columns: a wider one is written as several
// tables, every cell kept in order, and a warning says so.
func TestWideTable(t *testing.T) {
	const cols = 150
	header := make([]news.Cell, cols)
	row := make([]news.Cell, cols)
	for i := range cols {
		header[i] = news.Cell{Text: []news.Span{{Text: fmt.Sprintf("Cột %d", i+1)}}}
		row[i] = news.Cell{Text: []news.Span{{Text: fmt.Sprintf("ô %d", i+1)}}}
	}
	c := &news.Collection{Articles: []news.Article{{ID: "wide", Title: "Bảng rộng", Language: "vi",
		Body: []news.Block{{Kind: news.Table, Table: &news.Grid{Header: true, Rows: [][]news.Cell{header, row}}}}}}}
	data, warnings := render(t, docx.Options{}, c)
	doc := get(t, unzip(t, data), "word/document.xml")
	tables := strings.Split(doc, "<w:tbl>")[1:]
	if len(tables) != 3 {
		t.Fatalf("%d tables, want 3 (63 + 63 + 24 columns)", len(tables))
	}
	for i, want := range []int{63, 63, 24} {
		if got := strings.Count(strings.Split(tables[i], "</w:tblGrid>")[0], "<w:gridCol "); got != want {
			t.Errorf("table %d has %d columns, want %d", i+1, got, want)
		}
	}
	last := -1
	for i := range cols {
		at := strings.Index(doc, fmt.Sprintf(">ô %d<", i+1))
		if at < last {
			t.Fatalf("cell %d is missing or out of order", i+1)
		}
		last = at
	}
	if !strings.Contains(warnings, "table wider than a Word table can be") {
		t.Errorf("no warning: %s", warnings)
	}
}
