package html

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
	"golang.org/x/net/html"
)

// The reader gives the same article whether the page is parsed by build or
// by html.Parse, on every page of the repository's test data and on the
// heavy pages.
func TestBuildMatchesParse(t *testing.T) {
	pages := map[string][]byte{}
	for _, pat := range []string{"../../testdata/html/*/page.html", "../../testdata/archive/pages/*/*/*.html", "../../testdata/vntext/*.html"} {
		m, _ := filepath.Glob(pat)
		for _, p := range m {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			pages[p] = data
		}
	}
	if len(pages) < 70 {
		t.Fatalf("only %d pages", len(pages))
	}
	heavy, cases := heavyPages(t)
	for i, page := range heavy {
		pages[cases[i].Name+" (heavy)"] = page
	}
	read := func(data []byte) string {
		c, err := New(Options{}).Read(context.Background(), news.Input{Name: "p", URL: "https://example.vn/a/b-1.html", Body: bytes.NewReader(data)})
		if err != nil {
			return "error: " + err.Error()
		}
		var b bytes.Buffer
		news.EncodeJSON(&b, c)
		return b.String()
	}
	built := parseDoc
	defer func() { parseDoc = built }()
	for p, data := range pages {
		parseDoc = built
		got := read(data)
		parseDoc = func(text []byte, _ map[string]bool) (*html.Node, func()) {
			doc, err := html.ParseWithOptions(bytes.NewReader(text), html.ParseOptionEnableScripting(false))
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			return doc, func() {}
		}
		want := read(data)
		if got != want {
			t.Errorf("%s: build and html.Parse differ:%s", p, jsonDiff(got, want))
		}
	}
}

func TestBuildTree(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{`<p>a<div>b</div>c`, `<p>a</p><div>b</div>c`},
		{`<ul><li>a<li>b</ul>`, `<ul><li>a</li><li>b</li></ul>`},
		{`<table><tr><td>a<td>b<tr><td>c</table>`, `<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>`},
		{`<h2>a<h3>b`, `<h2>a</h2><h3>b</h3>`},
		{`<b>a</i>b</b>c`, `<b>ab</b>c`},
		{`<div><span>a</div>b`, `<div><span>a</span></div>b`},
		{`<p>a</p></p>b`, `<p>a</p>b`},
		{`a</br>b`, `a<br/>b`},
		{`<IMG SRC="x.jpg" Alt='A &amp; B'><p class=c id="i">t`, `<img src="x.jpg" alt="A &amp; B"/><p class="c" id="i">t</p>`},
		{`<p>x</p><noscript><img src="y.jpg"></noscript>`, `<p>x</p><noscript><img src="y.jpg"/></noscript>`},
	} {
		doc := build([]byte(tc.page))
		var b strings.Builder
		var bodyNode *html.Node
		walk(doc, func(n *html.Node) bool {
			if bodyNode == nil && n.Type == html.ElementNode && n.Data == "body" {
				bodyNode = n
			}
			return bodyNode == nil
		})
		for c := bodyNode.FirstChild; c != nil; c = c.NextSibling {
			html.Render(&b, c)
		}
		if b.String() != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.page, b.String(), tc.want)
		}
	}
}

// Pages read at the same time by one Reader, whose trees share recycled
// blocks of nodes, give the articles they give one at a time.
func TestConcurrentReads(t *testing.T) {
	cases := loadCorpus(t)
	r := New(Options{})
	read := func(c corpusCase) string {
		col, err := r.Read(context.Background(), news.Input{Name: c.Name, URL: c.URL, ContentType: c.ContentType, Body: bytes.NewReader(c.Page)})
		if err != nil {
			return err.Error()
		}
		var b bytes.Buffer
		news.EncodeJSON(&b, col)
		return b.String()
	}
	want := make([]string, len(cases))
	for i, c := range cases {
		want[i] = read(c)
	}
	errs := make(chan string, 4*len(cases))
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for k := range cases {
				i := (k + g*7) % len(cases)
				if got := read(cases[i]); got != want[i] {
					errs <- cases[i].Name
				}
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for name := range errs {
		t.Errorf("%s: read differently at the same time as other pages", name)
	}
}
