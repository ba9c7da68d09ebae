package text_test

import (
	"bytes"
	"os"
	"path/filepath"
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
