// Command readerbench times newsarc's HTML reader side by side with a Go
// port of Readability (readeck's go-readability) and with x/net/html alone,
// on the same pages, one after another on one core:
//
//	cd scripts/readerbench && go run . [-rounds 20] [DIR|FILE.html ...]
//
// Without arguments it reads the quality corpus, testdata/html/*/page.html.
// Each reader turns every page into what a user gets: newsarc a canonical
// JSON article, go-readability the article's text and metadata. It prints,
// per reader, the median of the rounds: MB/s of HTML, pages/s, and the
// bytes and allocations per page, then newsarc's speed over the others'.
// It lives in a module of its own so that the library does not depend on
// go-readability.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	nhtml "github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/news"
	"golang.org/x/net/html"
)

type page struct {
	name string
	data []byte
}

type result struct {
	name          string
	mbps, pagesps float64
	bytes, allocs float64 // per page
	failed, pages int
}

func main() {
	rounds := flag.Int("rounds", 15, "rounds over all pages; the median is printed")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	pages, err := load(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	total := 0
	for _, p := range pages {
		total += len(p.data)
	}
	fmt.Printf("%d pages, %.1f MB, %d rounds, one core\n\n", len(pages), float64(total)/1e6, *rounds)

	r := nhtml.New(nhtml.Options{})
	base, _ := url.Parse("https://example.com/article.html")
	var out bytes.Buffer
	text := func(a readability.Article, err error) error {
		if err != nil {
			return err
		}
		out.Reset()
		_ = a.Title() + a.Byline() + a.Excerpt() + a.SiteName() + a.Language()
		a.PublishedTime()
		return a.RenderText(&out)
	}
	readers := []struct {
		name string
		read func(p page) error
	}{
		{"x/net/html tokenizer", func(p page) error {
			z := html.NewTokenizer(bytes.NewReader(p.data))
			for z.Next() != html.ErrorToken {
			}
			if err := z.Err(); err != io.EOF {
				return err
			}
			return nil
		}},
		{"x/net/html Parse", func(p page) error {
			_, err := html.Parse(bytes.NewReader(p.data))
			return err
		}},
		{"newsarc html → JSON", func(p page) error {
			c, err := r.Read(context.Background(), news.Input{Name: p.name, Body: bytes.NewReader(p.data)})
			if err != nil {
				return err
			}
			out.Reset()
			return news.EncodeJSON(&out, c)
		}},
		{"go-readability → text", func(p page) error {
			a, err := readability.FromReader(bytes.NewReader(p.data), base)
			return text(a, err)
		}},
		{"  on html.Parse's tree", func(p page) error {
			// What a program that parses the page itself gets: no charset
			// detection (go-shiori/dom's, half of FromReader's time).
			doc, err := html.Parse(bytes.NewReader(p.data))
			if err != nil {
				return err
			}
			parser := readability.NewParser()
			a, err := parser.ParseAndMutate(doc, base)
			return text(a, err)
		}},
	}
	var results []result
	for _, rd := range readers {
		results = append(results, run(rd.name, rd.read, pages, total, *rounds))
	}
	fmt.Printf("%-24s %8s %9s %12s %12s %7s\n", "reader", "MB/s", "pages/s", "bytes/page", "allocs/page", "failed")
	for _, res := range results {
		fmt.Printf("%-24s %8.1f %9.0f %12.0f %12.0f %7d\n", res.name, res.mbps, res.pagesps, res.bytes, res.allocs, res.failed)
	}
	fmt.Printf("\nnewsarc over go-readability: %.2f× (%.2f× over it on html.Parse's tree); over html.Parse: %.2f×; over the tokenizer: %.2f×\n",
		results[2].mbps/results[3].mbps, results[2].mbps/results[4].mbps, results[2].mbps/results[1].mbps, results[2].mbps/results[0].mbps)
}

// run times read over all pages, rounds times, and keeps the median round.
func run(name string, read func(page) error, pages []page, total, rounds int) result {
	res := result{name: name, pages: len(pages)}
	for _, p := range pages { // warm up; count failures once
		if read(p) != nil {
			res.failed++
		}
	}
	var secs []float64
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < rounds; i++ {
		start := time.Now()
		for _, p := range pages {
			read(p)
		}
		secs = append(secs, time.Since(start).Seconds())
	}
	runtime.ReadMemStats(&after)
	slices.Sort(secs)
	med := secs[len(secs)/2]
	res.mbps = float64(total) / 1e6 / med
	res.pagesps = float64(len(pages)) / med
	n := float64(rounds * len(pages))
	res.bytes = float64(after.TotalAlloc-before.TotalAlloc) / n
	res.allocs = float64(after.Mallocs-before.Mallocs) / n
	return res
}

// load reads the pages named by args (files, or directories searched for
// .html and .htm files), or the quality corpus.
func load(args []string) ([]page, error) {
	if len(args) == 0 {
		paths, err := filepath.Glob("../../testdata/html/*/page.html")
		if err != nil || len(paths) == 0 {
			return nil, fmt.Errorf("no corpus: run from scripts/readerbench or name the pages")
		}
		args = paths
	}
	var pages []page
	for _, a := range args {
		err := filepath.WalkDir(a, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			low := strings.ToLower(path)
			if d.IsDir() || path != a && !strings.HasSuffix(low, ".html") && !strings.HasSuffix(low, ".htm") {
				return nil
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			data, err := io.ReadAll(io.LimitReader(f, 64<<20))
			if err != nil {
				return err
			}
			pages = append(pages, page{name: path, data: data})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no pages in %s", strings.Join(args, " "))
	}
	return pages, nil
}
