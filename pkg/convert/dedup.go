package convert

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// Candidate is what de-duplication and ordering know of one article of a
// digest, and where it comes from.
type Candidate struct {
	Document  string // the document's name, as archive.Walk gives it
	Index     int    // the article's place in the document, from 0
	ID        string
	URL       string
	Title     string
	Section   string
	Published time.Time
	Size      int // bytes of lead and body text: of two copies the longer is kept
}

// NewCandidate describes the article a, found at index in document.
func NewCandidate(document string, index int, a *news.Article) Candidate {
	return Candidate{Document: document, Index: index, ID: a.ID, URL: a.URL, Title: a.Title, Section: a.Section,
		Published: a.Published, Size: articleSize(a)}
}

// Deduplicate drops the copies among the candidates and returns the ones
// kept in the digest's order, with the duplicates left out (in the order
// of CompareDuplicates). Candidates are
// taken in their canonical order — documents by CompareDocuments, then by
// index — whatever order they come in. Two are copies when they share an
// id, a canonical URL or their folded title on the same day (the day in
// the zone of their publication time); the longer copy is kept, on a tie
// the first. The kept ones are sorted by publication time (then id, URL,
// title, then canonical order) and, grouped by section, each section's
// together in the order of their first article.
func Deduplicate(cands []Candidate, group news.GroupBy) (kept []Candidate, dups []Duplicate) {
	cands = slices.Clone(cands)
	slices.SortFunc(cands, func(a, b Candidate) int {
		return cmp.Or(CompareDocuments(a.Document, b.Document), cmp.Compare(a.Index, b.Index))
	})
	byKey := make(map[string]int) // identity → index in kept
	for _, c := range cands {
		keys := dedupKeys(&c)
		slot, why := -1, ""
		for _, key := range keys {
			if i, ok := byKey[key.key]; ok {
				slot, why = i, key.reason
				break
			}
		}
		if slot < 0 {
			slot = len(kept)
			kept = append(kept, c)
		} else {
			prev := kept[slot]
			dup := Duplicate{Kept: prev.Document, Dropped: c.Document, Title: c.Title, Reason: why}
			if c.Size > prev.Size {
				// The longer copy wins, in the place of the first.
				dup.Kept, dup.Dropped, dup.Title = c.Document, prev.Document, prev.Title
				kept[slot] = c
			}
			dups = append(dups, dup)
		}
		for _, key := range keys {
			byKey[key.key] = slot
		}
	}
	slices.SortStableFunc(kept, func(x, y Candidate) int {
		return cmp.Or(x.Published.Compare(y.Published), strings.Compare(x.ID, y.ID), strings.Compare(x.URL, y.URL), strings.Compare(x.Title, y.Title))
	})
	if group == news.GroupBySection {
		// Keep each section's articles together, sections in order of their
		// first article, so that contents and body agree.
		first := make(map[string]int)
		for i, k := range kept {
			if _, ok := first[k.Section]; !ok {
				first[k.Section] = i
			}
		}
		slices.SortStableFunc(kept, func(x, y Candidate) int { return first[x.Section] - first[y.Section] })
	}
	slices.SortStableFunc(dups, CompareDuplicates)
	return kept, dups
}

// CompareDuplicates orders duplicates by the document dropped, then by the
// one kept: the order reports list them in.
func CompareDuplicates(a, b Duplicate) int {
	return cmp.Or(CompareDocuments(a.Dropped, b.Dropped), CompareDocuments(a.Kept, b.Kept), strings.Compare(a.Reason, b.Reason))
}

type dedupKey struct{ key, reason string }

// dedupKeys are the identities of an article: its id, its canonical URL and
// its folded title on its day.
func dedupKeys(c *Candidate) []dedupKey {
	var keys []dedupKey
	if c.ID != "" {
		keys = append(keys, dedupKey{"id\x00" + c.ID, "same id"})
	}
	if u := news.CanonicalURL(c.URL); u != "" {
		keys = append(keys, dedupKey{"url\x00" + u, "same URL"})
	}
	keys = append(keys, dedupKey{"title\x00" + c.Published.Format("2006-01-02") + "\x00" + vntext.Fold(c.Title), "same title on the same day"})
	return keys
}

// CompareDocuments orders document names as a walk of sorted directories
// meets them, and the same in any engine: path element by path element
// ("pages/…" before "pages.zip!…"), and numbers as numbers
// ("export.jsonl:9" before "export.jsonl:10", "crawl.warc.gz#2@…" before
// "#10@…").
func CompareDocuments(a, b string) int {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Or(cmp.Compare(len(na), len(nb)), strings.Compare(na, nb), cmp.Compare(da, db)); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(pathRank(a[0]), pathRank(b[0]))
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

// digits is the length of the run of ASCII digits s starts with.
func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// pathRank sorts the end of a path element before any other byte.
func pathRank(b byte) int {
	if b == '/' {
		return -1
	}
	return int(b)
}
