// Command readability is go-readability's side of the end-to-end
// benchmark (scripts/bench-heavy.sh): like `newsarc convert --from html
// --to json --each -o DIR PAGES…`, it reads each page and writes what it
// found (title, byline, excerpt, site, language, date and text) to
// DIR/NAME.json. By default it parses the page with x/net/html and hands
// the tree to go-readability; -detect reads the page with FromReader,
// which first detects its charset (half of its time).
//
//	go run ./readability -o DIR PAGES…
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

func main() {
	out := flag.String("o", "", "output directory")
	detect := flag.Bool("detect", false, "detect the charset (readability.FromReader)")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: readability -o DIR PAGES…")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	failed := 0
	for _, path := range flag.Args() {
		if err := convert(path, *out, *detect); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			failed++
		}
	}
	if failed > 0 {
		os.Exit(1)
	}
}

func convert(path, dir string, detect bool) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	base, _ := url.Parse("https://example.com/" + filepath.Base(path))
	var a readability.Article
	if detect {
		a, err = readability.FromReader(bytes.NewReader(data), base)
	} else {
		var doc *html.Node
		if doc, err = html.Parse(bytes.NewReader(data)); err == nil {
			p := readability.NewParser()
			a, err = p.ParseAndMutate(doc, base)
		}
	}
	if err != nil {
		return err
	}
	var text strings.Builder
	if err := a.RenderText(&text); err != nil {
		return err
	}
	published, _ := a.PublishedTime()
	b, err := json.MarshalIndent(map[string]any{"title": a.Title(), "byline": a.Byline(), "excerpt": a.Excerpt(),
		"site": a.SiteName(), "language": a.Language(), "published": published, "text": text.String()}, "", "  ")
	if err != nil {
		return err
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + ".json"
	return os.WriteFile(filepath.Join(dir, name), append(b, '\n'), 0o644)
}
