package html

import (
	"os"
	"path/filepath"
	"testing"
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
	r := New(Options{})
	f.Fuzz(func(t *testing.T, data []byte) {
		orig := append([]byte(nil), data...)
		r.Published(data)
		if string(orig) != string(data) {
			t.Fatal("Published changed its input")
		}
	})
}
