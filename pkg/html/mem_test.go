package html

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

// TestMemory checks what reading a large page allocates in all, an upper
// bound on its peak heap: at most 3× the page's size on average and 10× for
// any page. It measures about 2.6× on average (scripts and styles are
// dropped before parsing, a clean UTF-8 page is not copied to decode it,
// the tree's nodes come from blocks recycled between pages; pages in
// composite Unicode cost more, as vntext.Decode recomposes them).
func TestMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("measures allocations")
	}
	r := New(Options{})
	worst, sum, n := 0.0, 0.0, 0
	for _, c := range loadCorpus(t) {
		if len(c.Page) < 32<<10 {
			continue
		}
		read := func() {
			in := news.Input{Name: c.Name, URL: c.URL, ContentType: c.ContentType, Body: bytes.NewReader(c.Page)}
			if _, err := r.Read(context.Background(), in); err != nil {
				t.Fatal(err)
			}
		}
		read() // warm the buffer pool and the class cache, as a long run is
		// The least of three reads, each after a collection: the figure
		// of one moves by ±0.3× from run to run.
		ratio := 0.0
		for i := 0; i < 3; i++ {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			read()
			runtime.ReadMemStats(&after)
			if r := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(c.Page)); i == 0 || r < ratio {
				ratio = r
			}
		}
		worst = max(worst, ratio)
		sum += ratio
		n++
		t.Logf("%-24s %6d bytes  allocated %4.1f× its size", c.Name, len(c.Page), ratio)
	}
	t.Logf("mean %.1f×, worst %.1f×", sum/float64(n), worst)
	if worst > 10 {
		t.Errorf("a page allocated %.1f× its size; the bound is 10×", worst)
	}
	if mean := sum / float64(n); mean > 3 {
		t.Errorf("pages allocated %.1f× their size on average; the bound is 3×", mean)
	}
}
