package pdf

import (
	"errors"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

const articles = "../../testdata/articles/"

func textCell(s string) news.Cell {
	if s == "" {
		return news.Cell{}
	}
	return news.Cell{Text: []news.Span{{Text: s}}}
}

// tableArticle is an article of one table between two paragraphs.
func tableArticle(id string, g *news.Grid) news.Article {
	para := func(s string) news.Block { return news.Block{Kind: news.Paragraph, Text: []news.Span{{Text: s}}} }
	return news.Article{ID: id, Title: "Bảng " + id, Body: []news.Block{para("Đoạn trước bảng."), {Kind: news.Table, Table: g}, para("Đoạn sau bảng.")}}
}

// longTable has a header and more rows than a page holds.
func longTable(rows int) *news.Grid {
	g := &news.Grid{Caption: "Danh sách thí sinh đạt giải", Header: true, Rows: [][]news.Cell{{textCell("STT"), textCell("Họ và tên"), textCell("Đơn vị"), textCell("Điểm")}}}
	for i := 1; i <= rows; i++ {
		n := strconv.Itoa(i)
		g.Rows = append(g.Rows, []news.Cell{textCell(n), textCell("Nguyễn Thị Thu Hương " + n), textCell("Trường THPT Chuyên Hà Giang"), textCell("27," + n)})
	}
	return g
}

// wideTable has ten columns of long text: too wide for the column at the
// table's size, it must shrink and wrap.
func wideTable() *news.Grid {
	head := []string{"Thời gian", "Địa điểm", "Nội dung công việc", "Chủ trì", "Thành phần tham dự", "Cơ quan chuẩn bị", "Ghi chú", "Phương tiện", "Lái xe", "Điện thoại"}
	row := []string{"7h30 ngày 1/8/2023", "Hội trường tầng 3, trụ sở UBND tỉnh", "Họp thẩm định hồ sơ công nhận xã đạt chuẩn nông thôn mới nâng cao", "Phó Chủ tịch UBND tỉnh", "Lãnh đạo các sở: Nông nghiệp và Phát triển nông thôn, Tài chính", "Văn phòng Điều phối nông thôn mới", "Chuẩn bị báo cáo", "Xe cơ quan", "Nguyễn Văn Hùng", "0219.3866.123"}
	g := &news.Grid{Caption: "Lịch công tác tuần 32", Header: true}
	for _, r := range [][]string{head, row, row, row} {
		var cells []news.Cell
		for _, s := range r {
			cells = append(cells, textCell(s))
		}
		g.Rows = append(g.Rows, cells)
	}
	g.Rows[1][3].Text = []news.Span{{Text: "Phó Chủ tịch", Bold: true}, {Text: " UBND tỉnh", Link: "https://hagiang.gov.vn/lanh-dao"}}
	return g
}

// TestTables reads tables back from the PDF: each row of a fixture's price
// table on one line, in order; the header of a table longer than a page on
// every page it runs onto; a ten-column table within the margins with all
// its words; a link in a cell kept.
func TestTables(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	price := load(t, articles+"thi-truong-gia-nong-san.json")
	path := writeTemp(t, "price.pdf", render(t, Options{}, price))
	tool(t, "qpdf", "--check", path)
	layout := tool(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
	for _, row := range []string{
		"Giá một số mặt hàng tại chợ trung tâm thành phố Hà Giang (đơn vị: đồng)",
		"Mặt hàng Đơn vị tính Ngày 20/7 Ngày 27/7 Tăng/giảm",
		"Thịt lợn hơi kg 58.000 62.000 +4.000",
		"Chè Shan tuyết (chè khô) kg 600.000 600.000 0",
		"Mật ong bạc hà lít 700.000 700.000 0",
	} {
		if !hasLine(layout, row) {
			t.Errorf("no line %q in:\n%s", row, layout)
		}
	}

	long := &news.Collection{Articles: []news.Article{tableArticle("dai", longTable(120))}}
	path = writeTemp(t, "long.pdf", render(t, Options{}, long))
	tool(t, "qpdf", "--check", path)
	pages := strings.Split(tool(t, "pdftotext", "-layout", path, "-"), "\f")
	pages = pages[:len(pages)-1]
	if len(pages) < 3 {
		t.Fatalf("a table of 120 rows took %d pages", len(pages))
	}
	next := 1
	for i, p := range pages {
		if !hasLine(p, "STT Họ và tên Đơn vị Điểm") {
			t.Errorf("page %d lacks the header row", i+1)
		}
		for _, l := range strings.Split(p, "\n") {
			if f := strings.Fields(l); len(f) > 0 && f[0] == strconv.Itoa(next) && strings.Contains(l, "Hương "+f[0]) {
				next++
			}
		}
	}
	if next != 121 {
		t.Errorf("rows read in order up to %d of 120", next-1)
	}

	wide := &news.Collection{Articles: []news.Article{tableArticle("rong", wideTable())}}
	var out []byte
	for _, size := range []PageSize{A4, A5} {
		out = render(t, Options{PageSize: size}, wide)
		path = writeTemp(t, "wide.pdf", out)
		tool(t, "qpdf", "--check", path)
		words := strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", path, "-"))
		for _, row := range wideTable().Rows {
			for _, c := range row {
				for _, w := range strings.Fields(news.PlainText(c.Text)) {
					if !slicesContains(words, w) {
						t.Errorf("%s: the wide table lacks %q", size, w)
					}
				}
			}
		}
		g, _ := layoutFor(size)
		for _, m := range regexp.MustCompile(`xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"`).FindAllStringSubmatch(tool(t, "pdftotext", "-bbox", path, "-"), -1) {
			lo, _ := strconv.ParseFloat(m[1], 64)
			hi, _ := strconv.ParseFloat(m[2], 64)
			if lo < g.left-1 || hi > g.right+1 {
				t.Errorf("%s: a word spans x %.1f–%.1f, outside the margins %.1f–%.1f", size, lo, hi, g.left, g.right)
			}
		}
	}
	if !strings.Contains(string(out), "/URI (https://hagiang.gov.vn/lanh-dao)") {
		t.Error("the link in a cell is lost")
	}
}

// A table of more columns than the page has room for their padding gave
// cells a width below zero, and cutting a word for it never ended (10,000
// columns: 22 GB, killed). Each rune too wide stands on a line of its own.
func TestTableTooWideForItsPadding(t *testing.T) {
	needTool(t, "qpdf")
	needTool(t, "pdftotext")
	var head, row []news.Cell
	for j := range 300 {
		head, row = append(head, textCell("Cột "+strconv.Itoa(j))), append(row, textCell(strconv.Itoa(j*1000)))
	}
	c := &news.Collection{Articles: []news.Article{tableArticle("hep", &news.Grid{Header: true, Rows: [][]news.Cell{head, row}})}}
	done := make(chan []byte, 1)
	go func() { done <- render(t, Options{}, c) }()
	select {
	case out := <-done:
		path := writeTemp(t, "narrow.pdf", out)
		tool(t, "qpdf", "--check", path)
		if text := tool(t, "pdftotext", "-enc", "UTF-8", path, "-"); !strings.Contains(text, "Đoạn sau bảng.") {
			t.Error("the paragraph after the table is lost")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a table of 300 columns still rendering after 30 s")
	}
}

// hasLine reports whether text has a line that reads want, whatever the
// spaces between its words.
func hasLine(text, want string) bool {
	for _, l := range strings.Split(text, "\n") {
		if fold(l) == want {
			return true
		}
	}
	return false
}

func slicesContains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestEveryFixture renders each article of testdata/articles: a sound PDF
// whose text has the title, every paragraph and every table cell.
func TestEveryFixture(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	files, _ := filepath.Glob(articles + "*.json")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			c := load(t, f)
			var w warnings
			opts := seedOptions()
			opts.Logger = w.logger()
			path := writeTemp(t, "a.pdf", render(t, opts, c))
			tool(t, "qpdf", "--check", path)
			if w.String() != "" {
				t.Errorf("warnings: %s", w.String())
			}
			got := fold(footer.ReplaceAllString(tool(t, "pdftotext", "-enc", "UTF-8", path, "-"), ""))
			a := c.Articles[0]
			want := []string{a.Title}
			for _, b := range a.Body {
				switch b.Kind {
				case news.Paragraph:
					want = append(want, news.PlainText(b.Text))
				case news.Table:
					for run := range b.Runs() {
						want = append(want, strings.Fields(news.PlainText(run))...)
					}
				}
			}
			for _, s := range want {
				if !strings.Contains(got, fold(s)) {
					t.Errorf("the PDF's text lacks %q", s)
				}
			}
		})
	}
}

// A page in a script no font has is refused, naming the script and the
// way out; in a digest such an article is reported and drawn.
func TestScriptNoFontHas(t *testing.T) {
	korean := news.Article{ID: "ko", Title: "서울시, 내년 예산 47조 원 편성", Lead: "서울시가 내년도 예산안을 47조 원 규모로 편성했다고 밝혔다.",
		Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "오세훈 시장은 기자회견에서 민생 경제 회복에 예산을 집중하겠다고 말했다."}}}}}
	var b strings.Builder
	err := New(Options{}).Write(t.Context(), &nopWriter{&b}, &news.Collection{Articles: []news.Article{korean}})
	if !errors.Is(err, news.ErrUnsupported) || !strings.Contains(err.Error(), "are Hangul") || !strings.Contains(err.Error(), "--font-dir") {
		t.Errorf("err = %v, want a refusal naming Hangul and --font-dir", err)
	}
	if b.Len() != 0 {
		t.Errorf("%d bytes written", b.Len())
	}
	digest := load(t, digestPath)
	digest.Articles = append(digest.Articles, korean)
	var w warnings
	opts := digestOptions()
	opts.Logger = w.logger()
	render(t, opts, digest)
	if log := w.String(); !strings.Contains(log, "are Hangul") || !strings.Contains(log, "article=ko") {
		t.Errorf("warnings %q do not report the Korean article", log)
	}
}

type nopWriter struct{ b *strings.Builder }

func (w *nopWriter) Write(p []byte) (int, error) { return w.b.Write(p) }

// The section is printed once above a single article's title, twice in a
// digest (with the running header): not again in the meta line.
func TestSectionNotRepeated(t *testing.T) {
	needTool(t, "pdftotext")
	c := load(t, seedPath)
	page := tool(t, "pdftotext", "-f", "1", "-l", "1", writeTemp(t, "s.pdf", render(t, seedOptions(), c)), "-")
	if n := strings.Count(strings.ToLower(page), "thời sự"); n != 1 {
		t.Errorf("the section is printed %d times on the first page", n)
	}
}

// An English article gets English labels and dates; a block of a kind the
// writer does not know keeps its text and is reported.
func TestEnglishLabelsAndUnknownKind(t *testing.T) {
	needTool(t, "pdftotext")
	c := load(t, articles+"english-flood.json")
	a := &c.Articles[0]
	a.Image = &news.Image{Src: "missing.jpg", Caption: "A flooded road", Credit: "Staff"}
	a.Body = append(a.Body, news.Block{Kind: "chart", Text: []news.Span{{Text: "Rainfall by district"}}})
	var w warnings
	path := writeTemp(t, "en.pdf", render(t, Options{Logger: w.logger()}, c))
	got := fold(tool(t, "pdftotext", "-enc", "UTF-8", path, "-"))
	for _, want := range []string{"5 August 2023, 10:30", "[Image not available] A flooded road (Photo: Staff)", "Original: https://english.example.vn", "Rainfall by district"} {
		if !strings.Contains(got, want) {
			t.Errorf("the English PDF lacks %q:\n%s", want, got)
		}
	}
	for _, vi := range []string{"Ảnh", "Bài gốc", "Không hiển thị"} {
		if strings.Contains(got, vi) {
			t.Errorf("the English PDF has the Vietnamese label %q", vi)
		}
	}
	if !strings.Contains(w.String(), "printed as paragraphs") || !strings.Contains(w.String(), "kind=chart") {
		t.Errorf("no warning for the unknown block: %s", w.String())
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		tool(t, "qpdf", "--check", path)
	}
}
