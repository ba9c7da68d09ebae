package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/pdf"
)

// Write one article to PDF, with its images found next to the JSON file and
// warnings (a missing image, a rune no font has) on standard error.
func Example() {
	raw, err := os.ReadFile("../../testdata/articles/seed-giao-ban.json")
	if err != nil {
		panic(err)
	}
	c, err := news.DecodeJSON("seed-giao-ban.json", raw)
	if err != nil {
		panic(err)
	}
	w := pdf.New(pdf.Options{
		PageSize: pdf.A5,
		Resolver: media.Dir("../../testdata/articles"),
		Logger:   slog.New(slog.NewTextHandler(os.Stderr, nil)),
	})
	var out bytes.Buffer
	if err := w.Write(context.Background(), &out, c); err != nil {
		panic(err)
	}
	fmt.Println(string(out.Bytes()[:8]))
	// Output: %PDF-1.3
}
