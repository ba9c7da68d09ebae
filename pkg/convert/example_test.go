package convert_test

import (
	"context"
	"fmt"
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
