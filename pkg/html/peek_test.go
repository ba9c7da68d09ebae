package html

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// On every page of the quality corpus, Published agrees with Read to the day
// whenever it answers, and it answers for the pages with structured dates.
func TestPublishedAgreesWithRead(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/html/*/page.html")
	r := New(Options{})
	answered := 0
	for _, path := range pages {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		peek, ok := r.Published(data)
		if !ok {
			continue
		}
		answered++
		a, err := r.readPage(data, "", "")
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if d := a.Published.Sub(peek); d < -24*3600e9 || d > 24*3600e9 {
			t.Errorf("%s: Published says %v, Read %v", path, peek, a.Published)
		}
	}
	if answered < len(pages)/2 {
		t.Errorf("Published answered for %d of %d pages", answered, len(pages))
	}
	t.Logf("answered for %d of %d pages", answered, len(pages))
}

func BenchmarkPublished(b *testing.B) {
	data, err := os.ReadFile("../../testdata/html/portal-seed/page.html")
	if err != nil {
		b.Fatal(err)
	}
	r := New(Options{})
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r.Published(data)
	}
}

func FuzzPublished(f *testing.F) {
	f.Add([]byte(`<meta property="article:published_time" content="2023-07-28T18:26:00+07:00">`))
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-28 18:26"}</script>`))
	f.Add([]byte(`<time itemprop="datePublished" datetime="2023-07-28">28/7</time><script>var a="</script>`))
	for _, s := range lexerSeeds {
		f.Add([]byte(s))
	}
	r := New(Options{})
	f.Fuzz(func(t *testing.T, data []byte) {
		orig := append([]byte(nil), data...)
		got, gotOK := r.Published(data)
		if string(orig) != string(data) {
			t.Fatal("Published changed its input")
		}
		if want, wantOK := publishedByTokenizer(data); gotOK != wantOK || !got.Equal(want) {
			t.Fatalf("Published gives %v %v, over x/net/html's Tokenizer %v %v", got, gotOK, want, wantOK)
		}
	})
}

// Published reads the page with the lexer and gives what it gave over
// x/net/html's Tokenizer, on the corpus, the heavy pages and the seeds.
func TestPublishedMatchesTokenizer(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/html/*/page.html")
	var all [][]byte
	for _, path := range pages {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, data)
	}
	heavy, _ := heavyPages(t)
	all = append(all, heavy...)
	r := New(Options{})
	for i, data := range all {
		got, gotOK := r.Published(data)
		if want, wantOK := publishedByTokenizer(data); gotOK != wantOK || !got.Equal(want) {
			t.Errorf("page %d: Published gives %v %v, over the Tokenizer %v %v", i, got, gotOK, want, wantOK)
		}
	}
}

// publishedByTokenizer is Published as it was written over x/net/html's
// Tokenizer, kept to hold the lexer to it.
func publishedByTokenizer(data []byte) (time.Time, bool) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return time.Time{}, false
	}
	data = stripRaw(append([]byte(nil), data...))
	p := &page{metas: map[string]string{}}
	var item []html.Attribute
	z := html.NewTokenizer(bytes.NewReader(data))
	inLD := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return peekDate(p, item)
		case html.TextToken:
			if inLD {
				parseLD(string(z.Text()), &p.ld)
			}
		case html.EndTagToken:
			inLD = false
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.DataAtom {
			case atom.Meta:
				p.meta(&html.Node{Type: html.ElementNode, DataAtom: atom.Meta, Data: "meta", Attr: tok.Attr})
			case atom.Script:
				inLD = strings.Contains(strings.ToLower(attrOf(tok.Attr, "type")), "ld+json")
			default:
				if item == nil && hasField(attrOf(tok.Attr, "itemprop"), "datepublished") {
					item = tok.Attr
				}
			}
		}
	}
}
