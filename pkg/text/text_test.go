package text_test

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/text"
)

func read(t *testing.T, paths ...string) *news.Collection {
	t.Helper()
	all := &news.Collection{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, err := news.DecodeJSON(p, data)
		if err != nil {
			t.Fatal(err)
		}
		all.Articles = append(all.Articles, c.Articles...)
	}
	return all
}

func render(t *testing.T, c *news.Collection, o text.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := text.New(o).Write(t.Context(), &buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGoldenEachArticle(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/articles/*.json")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			got := render(t, read(t, f), text.Options{})
			golden.Assert(t, "../../testdata/golden/text/"+name+".txt", got)
		})
	}
}

func TestGoldenDigest(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/articles/*.json")
	c := read(t, files...)
	c.Title = "Bản tin tháng 7/2023"
	c.Publisher = "Đài Phát thanh và Truyền hình Hà Giang"
	golden.Assert(t, "../../testdata/golden/text/digest.txt", render(t, c, text.Options{Width: 60}))
}

// The seed bulletin carries its header, every paragraph, the caption and the
// byline, and no line is longer than the width.
func TestSeedBulletin(t *testing.T) {
	c := read(t, "../../testdata/articles/seed-giao-ban.json")
	for _, width := range []int{72, 40} {
		out := string(render(t, c, text.Options{Width: width}))
		lines := strings.Split(out, "\n")
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); n > width {
				t.Errorf("width %d: line of %d runes: %q", width, n, l)
			}
		}
		folded := strings.Join(strings.Fields(out), " ")
		if header := "Đài Phát thanh và Truyền hình Hà Giang · 18:26, 28/07/2023 · Thời sự " + c.Articles[0].Title; !strings.HasPrefix(folded, header) {
			t.Errorf("width %d: bulletin starts %q, want the header %q", width, lines[0], header)
		}
		a := c.Articles[0]
		want := []string{a.Title, a.Lead, "[Ảnh: Quyền Bí thư Tỉnh ủy Nguyễn Mạnh Dũng và các đại biểu tham dự hội nghị tại điểm cầu tỉnh Hà Giang]", "Đình Anh - Văn Hương"}
		for _, b := range a.Body {
			if b.Kind == news.Paragraph {
				want = append(want, news.PlainText(b.Text))
			}
		}
		for _, w := range want {
			if !strings.Contains(folded, w) {
				t.Errorf("width %d: bulletin lacks %q", width, w)
			}
		}
		if !strings.HasSuffix(out, "Đình Anh - Văn Hương\n") {
			t.Errorf("width %d: the byline is not the last line", width)
		}
	}
}

func TestWrap(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  []string
	}{
		{"một hai ba", 7, []string{"một hai", "ba"}},
		{"Thường trực Ban Bí thư", 11, []string{"Thường trực", "Ban Bí thư"}},
		{"a https://example.vn/rat-dai-khong-the-cat b", 10, []string{"a", "https://example.vn/rat-dai-khong-the-cat", "b"}},
		{"", 10, []string{""}},
	}
	for _, tc := range cases {
		got := text.Wrap(tc.in, tc.width)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

// Tables come out as aligned columns when their words fit the width, else
// as one "Header: value" item per row; either way every cell is there and
// no line is longer than the width.
func TestTables(t *testing.T) {
	c := read(t, "../../testdata/articles/thi-truong-gia-nong-san.json", "../../testdata/articles/thi-tot-nghiep-thpt.json")
	var tables []*news.Grid
	for _, a := range c.Articles {
		for _, b := range a.Body {
			if b.Kind == news.Table {
				tables = append(tables, b.Table)
			}
		}
	}
	for _, width := range []int{72, 40} {
		var got bytes.Buffer
		for _, g := range tables {
			one := &news.Collection{Articles: []news.Article{{Title: "Bảng", Body: []news.Block{{Kind: news.Table, Table: g}}}}}
			out := render(t, one, text.Options{Width: width})
			for _, l := range strings.Split(string(out), "\n") {
				if n := utf8.RuneCountInString(l); n > width {
					t.Errorf("width %d: line of %d runes: %q", width, n, l)
				}
			}
			// A cell wrapped in its column is found word by word.
			var words []string
			for _, w := range strings.Fields(string(out)) {
				words = append(words, strings.TrimRight(w, ":;"))
			}
			for _, row := range g.Rows {
				for _, cell := range row {
					for _, w := range strings.Fields(news.PlainText(cell.Text)) {
						if !slices.Contains(words, w) {
							t.Errorf("width %d: the table lacks %q", width, w)
						}
					}
				}
			}
			got.Write(out)
		}
		golden.Assert(t, "../../testdata/golden/text/tables-"+strconv.Itoa(width)+".txt", got.Bytes())
	}
}

// A block of a kind the bulletin does not know keeps its text and is
// reported; a lead image the body shows as well is printed once.
func TestUnknownKindAndLeadImage(t *testing.T) {
	c := read(t, "../../testdata/articles/seed-giao-ban.json")
	a := &c.Articles[0]
	a.Image = a.Body[0].Image
	a.Body = append(a.Body, news.Block{Kind: "chart", Text: []news.Span{{Text: "Biểu đồ sản lượng lúa"}}})
	var logs bytes.Buffer
	out := string(render(t, c, text.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))}))
	if !strings.Contains(out, "Biểu đồ sản lượng lúa") {
		t.Error("the text of an unknown block is lost")
	}
	if !strings.Contains(logs.String(), "printed as paragraphs") || !strings.Contains(logs.String(), "kind=chart") {
		t.Errorf("no warning for the unknown block: %q", logs.String())
	}
	if n := strings.Count(out, "[Ảnh: "); n != 1 {
		t.Errorf("the lead image that is also the first figure is printed %d times", n)
	}
}

// An English article gets English labels: "Photo:" and English dates.
func TestEnglishLabels(t *testing.T) {
	c := read(t, "../../testdata/articles/english-flood.json")
	c.Articles[0].Image = &news.Image{Src: "flood.jpg", Caption: "A flooded road in Vị Xuyên", Credit: "Staff"}
	out := string(render(t, c, text.Options{}))
	for _, want := range []string{"5 August 2023, 10:30", "[Photo: A flooded road in Vị Xuyên (Staff)]"} {
		if !strings.Contains(out, want) {
			t.Errorf("the English bulletin lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Ảnh") {
		t.Error("the English bulletin has a Vietnamese label")
	}
}
