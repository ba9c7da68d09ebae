// Command genheavy writes pages as heavy as real news sites serve them, for
// the reader's end-to-end benchmark (`newsarc convert --each` on one core,
// scripts/bench-heavy.sh) and scripts/readerbench: the articles of the
// quality corpus (testdata/html/*/expected.json: Vietnamese, English,
// Russian and Korean) rendered by internal/heavy in its site families in
// turn, 100–300 KB a page. The same pages on every machine.
//
//	go run ./scripts/genheavy -o /tmp/heavy [-n 194]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsarc/newsarc/internal/heavy"
)

func main() {
	n := flag.Int("n", 194, "number of pages")
	out := flag.String("o", "heavy", "output directory")
	corpus := flag.String("corpus", "testdata/html", "the quality corpus whose articles are rendered")
	flag.Parse()
	if err := run(*n, *out, *corpus); err != nil {
		fmt.Fprintln(os.Stderr, "genheavy:", err)
		os.Exit(1)
	}
}

func run(n int, dir, corpus string) error {
	arts, names, err := heavy.Articles(corpus)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	total := 0
	for i := range n {
		k := i % len(arts)
		fam := heavy.Families[i%len(heavy.Families)]
		page := heavy.Page(&arts[k], fam, uint64(i))
		total += len(page)
		name := fmt.Sprintf("%03d-%s-%s.html", i, fam, names[k])
		if err := os.WriteFile(filepath.Join(dir, name), page, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%d pages, %.1f MB, %.0f KB a page, in %s\n", n, float64(total)/1e6, float64(total)/1e3/float64(n), dir)
	return nil
}
