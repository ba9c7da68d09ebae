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
	// Small seeds: the fuzzer minimises every input it finds interesting,
	// which takes minutes on the corpus's 60 KB pages. The corpus's light
	// pages and a few snippets cover the reader's paths.
	pages, _ := filepath.Glob(filepath.Join(corpusDir, "*", "page.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil && len(b) <= 16<<10 {
			f.Add(b, "https://example.vn/a.html", "")
		}
	}
	for _, s := range []string{
		`<h1>T</h1><p>x</p>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"&amp;amp;#7871;","author":[[{}]]}</script>`,
		`<html lang="vi"><head><meta property="og:title" content="A"><link rel="canonical" href="/"></head><body><h1 class="logo">L</h1><h2>Tiêu đề</h2><div class="sapo"><b>Sapo dài hơn sáu mươi chữ cái để được nhận là sapo của bài báo này.</b></div><div><p>Đoạn một, có dấu phẩy, và chữ.</p><figure><img data-src="a.jpg" srcset="b.jpg 2x"><figcaption>Chú thích. Ảnh: A</figcaption></figure><table><tr><td><img src="c.jpg"></td></tr><tr><td>Chú thích bảng</td></tr></table><p style="text-align:right"><b>NGUYỄN A - TRẦN B</b></p><p>Theo TTXVN</p></div></body></html>`,
		`<table><tr><td><font face=".VnTime">ViÖt Nam</font><br><br><font face=".VnTimeH">tiªu ®Ò</font><br>text<br><br>more</td></tr></table>`,
		`<main><article><h1>Title</h1><p class="standfirst">A standfirst long enough to be one, really.</p><div data-component="text-block"><p>One.</p></div><blockquote class="twitter-tweet">x</blockquote><ul><li><a href="/a">l</a></li></ul><pre>code</pre><amp-img src="d.jpg"></amp-img></article></main>`,
		`<!-- <script> --><p>a</p><script>b</script><style>c</style><svg><path/></svg><noscript><img src="e.jpg"></noscript>`,
	} {
		f.Add([]byte(s), "https://example.vn/a.html", "")
	}
	f.Add([]byte(`<h1>T</h1><p>x</p>`), "", "text/html; charset=windows-1258")
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
