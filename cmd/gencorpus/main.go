// Command gencorpus writes synthetic Vietnamese news articles as canonical
// JSON, for benchmarks: a digest Collection of July 2023 (default) or JSON
// Lines. The same flags give the same bytes.
//
//	gencorpus -n 1000 -o corpus.json
//	gencorpus -n 5000 -format jsonl -seed 2 > corpus.jsonl
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/pkg/news"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	n := fs.Int("n", 100, "number of articles")
	seed := fs.Uint64("seed", 0, "random seed")
	words := fs.Int("words", 800, "body words per article")
	format := fs.String("format", "json", "json (a Collection) or jsonl (one article per line)")
	out := fs.String("o", "-", "output file, - for stdout")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var w news.Writer
	switch *format {
	case "json":
		w = news.JSON{}
	case "jsonl":
		w = news.JSONL{}
	default:
		return fmt.Errorf("unknown -format %q (json or jsonl)", *format)
	}
	c := corpus.Generator{Seed: *seed, Words: *words}.Collection(*n)
	dst := stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		dst = f
	}
	bw := bufio.NewWriter(dst)
	if err := w.Write(context.Background(), bw, c); err != nil {
		return err
	}
	return bw.Flush()
}
