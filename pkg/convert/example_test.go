package convert_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
)

// Read an article from canonical JSON and print it as a text bulletin.
func ExampleConverter() {
	conv := convert.New(convert.Options{})
	doc := `{"schema": 1, "title": "Thường trực Ban Bí thư giao ban trực tuyến",
	  "source": "Báo Hà Giang", "published": "2023-07-28T18:26:00+07:00",
	  "authors": ["Đình Anh", "Văn Hương"],
	  "body": [{"kind": "paragraph", "text": [{"text": "Ngày 28/7/2023, Thường trực Ban Bí thư đã tổ chức hội nghị."}]}]}`
	in := news.Input{Name: "example.json", Body: strings.NewReader(doc)}
	if err := conv.Convert(context.Background(), in, os.Stdout, "", "text"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Báo Hà Giang · 18:26, 28/07/2023
	//
	// Thường trực Ban Bí thư giao ban trực tuyến
	//
	// Ngày 28/7/2023, Thường trực Ban Bí thư đã tổ chức hội nghị.
	//
	// Đình Anh - Văn Hương
}

// Collect every article of July 2023 (in Vietnam's time zone) from an archive
// folder and write it as a text bulletin.
func ExampleConverter_Digest() {
	month, _ := convert.MonthPeriod("2023-07", nil)
	out := filepath.Join(os.TempDir(), "newsarc-example-digest.txt")
	defer os.Remove(out)
	report, err := convert.New(convert.Options{}).Digest(context.Background(), []string{"../../testdata/articles"}, convert.DigestOptions{
		Selection: convert.Selection{Period: month},
		Outputs:   []convert.Output{{Path: out}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("read %d, kept %d, out of period %d, undated %d\n", report.Documents, report.Kept, report.OutOfPeriod, report.Undated)
	b, _ := os.ReadFile(out)
	fmt.Println(strings.SplitN(string(b), "\n", 2)[0])
	// Output:
	// read 8, kept 5, out of period 2, undated 1
	// Bản tin tháng 7/2023
}

// Convert a file: the output's format comes from its extension (here
// Markdown with YAML front matter), and the file is written atomically.
func ExampleConverter_ConvertFiles() {
	out := filepath.Join(os.TempDir(), "newsarc-example-seed.md")
	defer os.Remove(out)
	err := convert.New(convert.Options{}).ConvertFiles(context.Background(), convert.FileOptions{
		Inputs: []string{"../../testdata/articles/seed-giao-ban.json"},
		Output: out,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := os.ReadFile(out)
	fmt.Println(strings.Join(strings.SplitN(string(b), "\n", 4)[:3], "\n"))
	// Output:
	// ---
	// title: "Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy"
	// date: 2023-07-28T18:26:00+07:00
}

// Convert web pages: URLs are inputs like files, fetched a few at a time
// within Options.Fetch's limits; the document keeps their order. (The
// site here is a test server.)
func ExampleConverter_ConvertFiles_webPages() {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		title := map[string]string{"/mot.html": "Mở cửa chợ phiên", "/hai.html": "Khai giảng năm học mới"}[r.URL.Path]
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="vi"><head><title>%s</title></head><body><article><h1>%s</h1>
<p>Sáng nay, hàng trăm người dân trong xã đã có mặt từ sớm để đón sự kiện đầu tiên của mùa thu năm nay.</p></article></body></html>`, title, title)
	}))
	defer site.Close()
	err := convert.New(convert.Options{}).ConvertFiles(context.Background(), convert.FileOptions{
		Inputs: []string{site.URL + "/mot.html", site.URL + "/hai.html"},
		To:     "json",
		Stdout: titles{},
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// Mở cửa chợ phiên
	// Khai giảng năm học mới
}

// titles prints the titles of the articles of the JSON written to it.
type titles struct{}

func (titles) Write(b []byte) (int, error) {
	for _, line := range strings.Split(string(b), "\n") {
		if t, ok := strings.CutPrefix(strings.TrimSpace(line), `"title": "`); ok && strings.HasPrefix(line, "      ") {
			fmt.Println(strings.TrimSuffix(t, `",`))
		}
	}
	return len(b), nil
}

// Add a writer: an Emacs Org document. The table finds it by name and by
// extension, for files and digests alike.
func Example_customWriter() {
	conv := convert.New(convert.Options{})
	conv.Formats = append(conv.Formats, news.Format{
		Name: "org", Extensions: []string{".org"}, MediaType: "text/org; charset=utf-8",
		Writer: news.WriterFunc(func(ctx context.Context, w io.Writer, c *news.Collection) error {
			for _, a := range c.Articles {
				fmt.Fprintf(w, "* %s\n%s\n", a.Title, a.Lead)
				for _, b := range a.Body {
					if b.Kind == news.Paragraph {
						fmt.Fprintf(w, "%s\n", news.PlainText(b.Text))
					}
				}
			}
			return nil
		}),
	})
	err := conv.ConvertFiles(context.Background(), convert.FileOptions{
		Inputs: []string{"../../testdata/articles/english-flood.json"},
		To:     "org",
		Stdout: os.Stdout,
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// * Flash floods hit northern Ha Giang province
	// Heavy rain triggered flash floods and landslides across four districts of Hà Giang on Friday night, cutting off several communes.
	// Local authorities said more than 120 houses in Vị Xuyên and Bắc Quang districts were flooded, and National Highway 2 was blocked by a landslide at km 237.
	// Soldiers and police were sent to help residents move to safer places. No casualties had been reported as of Saturday morning.
	// The National Centre for Hydro-Meteorological Forecasting warned that more rain is expected in the northern mountains until Monday.
}
