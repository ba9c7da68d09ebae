// Command genarchive writes a synthetic news archive for the digest
// benchmark: N saved HTML pages of about 100 KB each — the article of
// internal/corpus inside a provincial site's chrome (menus, widgets, related
// news, comments, inline scripts) — spread evenly from 1 June 2023 so that
// 31% of them fall in July, and the same articles as JSON Lines.
//
// With -warc it writes a crawl instead, as a web archive or CC-NEWS holds
// one: N pages of -sites sites, published from 1 May 2023 over -months
// months, in -files .warc.gz files (request and response records, the
// images of the pages that have a figure, pages crawled twice), and
// .expected.json, what a digest of it must find (a dot file: digests skip it).
//
//	go run ./scripts/genarchive -n 10000 -o /tmp/archive
//	go run ./scripts/genarchive -warc -n 50000 -sites 4 -files 32 -o /tmp/crawl
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/internal/crawlgen"
	"github.com/newsarc/newsarc/pkg/news"
)

func main() {
	n := flag.Int("n", 1000, "number of pages")
	out := flag.String("o", "archive", "output directory")
	pageKB := flag.Int("kb", 100, "approximate page size in KB")
	warc := flag.Bool("warc", false, "write a multi-site crawl of .warc.gz files")
	c := crawlgen.Options{}
	flag.IntVar(&c.Sites, "sites", 4, "-warc: number of sites, 1–8")
	flag.IntVar(&c.Files, "files", 16, "-warc: number of .warc.gz files")
	flag.IntVar(&c.Months, "months", 4, "-warc: months the pages are spread over, from May 2023")
	flag.IntVar(&c.ImageEvery, "image-every", 10, "-warc: every how many pages shows a figure (0: none)")
	flag.IntVar(&c.DupEvery, "dup-every", 40, "-warc: every how many pages is crawled twice (0: none)")
	flag.Parse()
	var err error
	if *warc {
		c.Pages, c.PageKB = *n, *pageKB
		_, err = crawlgen.Write(*out, c)
	} else {
		err = run(*n, *out, *pageKB)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genarchive:", err)
		os.Exit(1)
	}
}

var ict = time.FixedZone("ICT", 7*3600)

func run(n int, dir string, pageKB int) error {
	start := time.Date(2023, 6, 1, 0, 0, 0, 0, ict)
	// July's 31 days are 31% of the span, so 31% of the pages fall in it.
	span := time.Duration(float64(31*24*time.Hour) / 0.31)
	step := span / time.Duration(n)
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		return err
	}
	jl, err := os.Create(filepath.Join(dir, "export.jsonl"))
	if err != nil {
		return err
	}
	defer jl.Close()
	jw := bufio.NewWriter(jl)
	chrome := corpus.Scripts(pageKB * 1024 * 7 / 8)
	for i := range n {
		a := corpus.Article(i)
		a.Published = start.Add(time.Duration(i) * step).Truncate(time.Minute)
		sub := filepath.Join(dir, "pages", a.Published.Format("2006/01"))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(sub, a.ID+".html"), crawlgen.Page(&a, chrome), 0o644); err != nil {
			return err
		}
		if err := (news.JSONL{}).Write(context.Background(), jw, &news.Collection{Articles: []news.Article{a}}); err != nil {
			return err
		}
	}
	return jw.Flush()
}
