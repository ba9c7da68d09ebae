package html

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/internal/heavy"
	"github.com/newsarc/newsarc/pkg/news"
)

// heavyPages renders every article of the corpus in a heavy page
// (internal/heavy), the families in turn: the weight of real news sites
// around the corpus's truth.
func heavyPages(t testing.TB) (pages [][]byte, cases []corpusCase) {
	cases = loadCorpus(t)
	for i := range cases {
		pages = append(pages, heavy.Page(&cases[i].Want, heavy.Families[i%len(heavy.Families)], uint64(i)))
	}
	return pages, cases
}

// TestHeavyPages reads the corpus's articles out of heavy pages: the
// chrome real sites put around an article (scripts, JSON, SVG, menus, ad
// slots, comment threads, related grids) must not change what is read.
func TestHeavyPages(t *testing.T) {
	pages, cases := heavyPages(t)
	r := New(Options{})
	fams := map[string]*tally{}
	var all tally
	var report strings.Builder
	for i, page := range pages {
		c := &cases[i]
		fam := heavy.Families[i%len(heavy.Families)]
		col, err := r.Read(context.Background(), news.Input{Name: c.Name, URL: c.Want.URL, Body: bytes.NewReader(page)})
		var got news.Article
		if err == nil {
			got = col.Articles[0]
		} else {
			t.Errorf("%s as %s: %v", c.Name, fam, err)
		}
		s := compare(bodyText(&got), bodyText(&c.Want))
		title := got.Title == c.Want.Title
		for _, tl := range []*tally{tallyFor(fams, fam), &all} {
			tl.add(s, len(got.Body) > 0, len(c.Want.Body) > 0, title, sameMinute(got.Published, c.Want.Published), true,
				strings.Join(got.Authors, "|") == strings.Join(c.Want.Authors, "|"), got.Lead == c.Want.Lead)
		}
		if p := s.tp / max(s.tp+s.fp, 1e-9); p < 0.9 || !title {
			fmt.Fprintf(&report, "%-12s %-28s precision %.2f recall %.2f title %q\n", fam, c.Name, p, s.tp/max(s.tp+s.fn, 1e-9), got.Title)
		}
	}
	var b bytes.Buffer
	for _, fam := range heavy.Families {
		writeTally(&b, fam, fams[fam])
	}
	writeTally(&b, "all", &all)
	t.Logf("\n%s%s", b.String(), report.String())
	// Figures when the pages were first read: F1 0.985 (an Arc page's
	// results list taken with five short articles), recall 1.000, every
	// title.
	if _, rec, f1 := all.prf(); f1 < 0.98 || rec < 0.995 || all.title < all.n {
		t.Errorf("heavy pages: F1 %.3f, recall %.3f, titles %d of %d; want F1 ≥ 0.98, recall ≥ 0.995, every title", f1, rec, all.title, all.n)
	}
}
