// Build July 2023's digest of the sample archive as a PDF, an EPUB and a
// text bulletin, with the newsarc library:
//
//	go run ./examples/monthly-digest
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsarc/newsarc/pkg/convert"
)

func main() {
	month, err := convert.MonthPeriod("2023-07", nil) // Asia/Ho_Chi_Minh
	if err != nil {
		panic(err)
	}
	report, err := convert.New(convert.Options{}).Digest(context.Background(), []string{"testdata/archive"}, convert.DigestOptions{
		Selection: convert.Selection{Period: month, Publisher: "Đài Phát thanh và Truyền hình Hà Giang"},
		Outputs:   []convert.Output{{Path: "digest.pdf"}, {Path: "digest.epub"}, {Path: "digest.txt"}},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d documents read, %d articles kept, %d failed\n", report.Documents, report.Kept, len(report.Failures))
}
