package html

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// FuzzRead feeds the reader mangled pages: it must never panic, and what it
// returns must validate and survive a JSON round trip.
func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join(corpusDir, "*", "page.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "https://example.vn/a.html", "")
		}
	}
	f.Add([]byte(`<h1>T</h1><p>x</p>`), "", "text/html; charset=windows-1258")
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"&amp;amp;#7871;","author":[[{}]]}</script>`), "", "")
	r := New(Options{})
	f.Fuzz(func(t *testing.T, page []byte, pageURL, contentType string) {
		// A page that takes seconds is a bug too (a loop that does not end,
		// or quadratic work): fail it so that the fuzzer keeps the input.
		timer := time.AfterFunc(10*time.Second, func() { panic("Read took over 10 s") })
		defer timer.Stop()
		c, err := r.Read(context.Background(), news.Input{Name: "fuzz", URL: pageURL, ContentType: contentType, Body: bytes.NewReader(page)})
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("invalid result: %v", err)
		}
		var a, b bytes.Buffer
		if err := news.EncodeJSON(&a, c); err != nil {
			t.Fatal(err)
		}
		c2, err := news.DecodeJSON("fuzz.json", a.Bytes())
		if err != nil {
			t.Fatalf("round trip: %v\n%s", err, a.String())
		}
		if err := news.EncodeJSON(&b, c2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("JSON changed on a round trip:\n%s\n%s", a.String(), b.String())
		}
	})
}
