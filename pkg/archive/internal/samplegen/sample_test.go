package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/news"
)

const committed = "../../../../testdata/archive"

// The committed sample is what the generator writes today.
func TestCommittedSampleIsCurrent(t *testing.T) {
	dir := t.TempDir()
	if err := generate(dir); err != nil {
		t.Fatal(err)
	}
	want, got := tree(t, dir), tree(t, committed)
	for name, data := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s is missing from testdata/archive", name)
		} else if !bytes.Equal(g, data) {
			t.Errorf("%s differs from what the generator writes", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s is in testdata/archive but not generated", name)
		}
	}
	if t.Failed() {
		t.Log("run: go run ./pkg/archive/internal/samplegen")
	}
	var size int
	for _, d := range got {
		size += len(d)
	}
	if size > 2<<20 {
		t.Errorf("the sample is %d bytes, more than 2 MB", size)
	}
}

func tree(t *testing.T, root string) map[string][]byte {
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The hand-written expectations agree with the dates, and every story has
// a plausible length.
func TestExpectations(t *testing.T) {
	stories, err := resolve()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stories {
		a := s.a
		month := ""
		if !a.Published.IsZero() {
			month = a.Published.In(vn).Format("01")
		}
		switch s.spec.expect {
		case "undated":
			if month != "" {
				t.Errorf("%s: undated but published %v", a.Title, a.Published)
			}
		case "dup":
			if original(stories, s) == nil {
				t.Errorf("%s (%s): marked as a copy, but no kept article has its id, its URL, or its title on the same day with a longer text", a.Title, s.spec.where)
			}
		default:
			if month != s.spec.expect {
				t.Errorf("%s: expected in month %s, published %v (%s in Hà Giang)", a.Title, s.spec.expect, a.Published, month)
			}
		}
		if n := words(&a); n < 150 || n > 820 {
			t.Errorf("%s: %d words, want 150–800", a.Title, n)
		}
	}
}

// original finds the kept article that s duplicates.
func original(stories []story, s story) *story {
	for i, o := range stories {
		if o.spec.expect == "dup" || o.spec == s.spec {
			continue
		}
		sameDay := !o.a.Published.IsZero() && o.a.Published.In(vn).Format(time.DateOnly) == s.a.Published.In(vn).Format(time.DateOnly)
		if o.a.ID == s.a.ID || o.a.URL == s.a.URL || (o.a.Title == s.a.Title && sameDay && words(&o.a) > words(&s.a)) {
			return &stories[i]
		}
	}
	return nil
}

func words(a *news.Article) int {
	n := len(strings.Fields(a.Lead))
	for _, b := range a.Body {
		n += len(strings.Fields(news.PlainText(b.Text)))
	}
	return n
}

// Reading the committed sample with the HTML and JSON readers, and applying
// the digest's rules (July 2023 in Asia/Ho_Chi_Minh; duplicates by id, URL,
// then title and day keeping the longest), gives exactly the articles of
// .expected-2023-07.json, and every figure resolves.
func TestSampleJulyDigest(t *testing.T) {
	ctx := context.Background()
	var expected struct {
		Articles []struct{ URL string } `json:"articles"`
	}
	data, err := os.ReadFile(filepath.Join(committed, expectedFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &expected); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2023, 7, 1, 0, 0, 0, 0, vn)
	period := news.Period{Start: start, End: start.AddDate(0, 1, 0)}
	reader := html.New(html.Options{})
	type found struct {
		a     news.Article
		words int
	}
	var kept []found
	var failures []string
	for d := range archive.Walk(ctx, []string{committed}, archive.Options{}) {
		if d.Err != nil {
			failures = append(failures, strings.TrimPrefix(d.Name, committed+"/"))
			continue
		}
		var c *news.Collection
		if d.Kind == archive.KindHTML {
			c, err = reader.Read(ctx, d.Input())
		} else {
			c, err = news.DecodeJSON(d.Name, d.Body)
		}
		if err != nil {
			t.Errorf("%s: %v", d.Name, err)
			continue
		}
		for _, a := range c.Articles {
			for _, b := range a.Body {
				if b.Kind == news.Figure {
					if _, err := d.Images.Resolve(ctx, b.Image.Src); err != nil {
						t.Errorf("%s: figure %s: %v", d.Name, b.Image.Src, err)
					}
				}
			}
			if !period.Contains(a.Published) {
				continue
			}
			f := found{a, words(&a)}
			dup := slices.IndexFunc(kept, func(k found) bool {
				return (a.ID != "" && k.a.ID == a.ID) || k.a.URL == a.URL ||
					(k.a.Title == a.Title && k.a.Published.In(vn).YearDay() == a.Published.In(vn).YearDay())
			})
			switch {
			case dup < 0:
				kept = append(kept, f)
			case f.words > kept[dup].words:
				kept[dup] = f
			}
		}
	}
	var got, want []string
	for _, k := range kept {
		got = append(got, k.a.URL)
	}
	for _, e := range expected.Articles {
		want = append(want, e.URL)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("July digest:\n got %d %q\nwant %d %q", len(got), got, len(want), want)
	}
	if len(failures) > 0 {
		t.Errorf("unreadable documents %q in the sample", failures)
	}
}
