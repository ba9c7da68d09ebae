// Convert one canonical JSON article into a plain-text bulletin on standard
// output, with the newsarc library:
//
//	go run ./examples/convert testdata/articles/seed-giao-ban.json
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsarc/newsarc/pkg/convert"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: convert ARTICLE.json")
		os.Exit(2)
	}
	conv := convert.New(convert.Options{})
	err := conv.ConvertFiles(context.Background(), convert.FileOptions{Inputs: os.Args[1:], To: "text"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
