// Add a writer to newsarc's format table — Emacs Org-mode here — and
// convert articles or a digest with it like with any other format:
//
//	go run ./examples/custom-writer testdata/articles/seed-giao-ban.json > seed.org
//	go run ./examples/custom-writer -o july.org testdata/articles/*.json
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
)

func main() {
	out := flag.String("o", "", "output `FILE` (.org); default: standard output")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: custom-writer [-o FILE.org] INPUT...")
		os.Exit(2)
	}
	conv := convert.New(convert.Options{})
	conv.Formats = append(conv.Formats, news.Format{
		Name: "org", Description: "Emacs Org-mode outline",
		Extensions: []string{".org"}, MediaType: "text/org; charset=utf-8",
		Writer: news.WriterFunc(writeOrg),
	})
	err := conv.ConvertFiles(context.Background(), convert.FileOptions{Inputs: flag.Args(), Output: *out, To: "org"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// writeOrg writes the collection as an Org outline: a heading per
// article, its meta line and lead, then the body. Like newsarc's writers it
// reads only the collection: no clock, no network.
func writeOrg(ctx context.Context, w io.Writer, c *news.Collection) error {
	var b strings.Builder
	if len(c.Articles) > 1 {
		fmt.Fprintf(&b, "#+TITLE: %s\n\n", c.DisplayTitle())
	}
	for i := range c.Articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		a := &c.Articles[i]
		fmt.Fprintf(&b, "* %s\n", a.DisplayTitle())
		if meta := strings.Join(a.Meta(), " · "); meta != "" {
			fmt.Fprintf(&b, "/%s/\n", meta)
		}
		if a.Lead != "" {
			fmt.Fprintf(&b, "\n*%s*\n", a.Lead)
		}
		for _, blk := range a.Body {
			switch blk.Kind {
			case news.Heading:
				fmt.Fprintf(&b, "\n** %s\n", news.PlainText(blk.Text))
			case news.Quote:
				fmt.Fprintf(&b, "\n#+BEGIN_QUOTE\n%s\n#+END_QUOTE\n", news.PlainText(blk.Text))
			case news.List:
				b.WriteString("\n")
				for _, item := range blk.Items {
					fmt.Fprintf(&b, "- %s\n", news.PlainText(item))
				}
			case news.Figure:
				fmt.Fprintf(&b, "\n[[%s]]\n", blk.Image.Src)
				if blk.Image.Caption != "" {
					fmt.Fprintf(&b, "%s\n", blk.Image.Caption)
				}
			default:
				if t := news.PlainText(blk.Text); t != "" {
					fmt.Fprintf(&b, "\n%s\n", t)
				}
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
