package convert_test

import (
	"context"
	"fmt"
	"os"
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
