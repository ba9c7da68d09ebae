package html

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/newsarc/newsarc/pkg/news"
)

// corpusDir is testdata/html, or the directory QUALITY_CORPUS names: cases in
// the same format kept outside the repository (a held-out set, scored before
// anything is tuned on it).
var corpusDir = cmp.Or(os.Getenv("QUALITY_CORPUS"), "../../testdata/html")

// The bars TestQuality holds the reader to. It measures 1.000 and 100% on
// the corpus (which it was tuned on); a bar lets one page of 97 slip
// (recall 0.990 with one page lost, 99.0% with one field wrong) and fails on
// two.
const (
	barF1      = 0.98
	barTitle   = 0.98
	barTime    = 0.98
	barAuthors = 0.98
	barLead    = 0.98
)

// corpusCase is one page of testdata/html with its hand-checked truth.
type corpusCase struct {
	Name        string
	Structure   string `json:"structure"`
	URL         string `json:"url"`
	ContentType string `json:"content_type"`
	Page        []byte
	Want        news.Article
}

func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(corpusDir, "*", "expected.json"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus under %s: %v", corpusDir, err)
	}
	var cases []corpusCase
	for _, exp := range dirs {
		dir := filepath.Dir(exp)
		c := corpusCase{Name: filepath.Base(dir)}
		if m, err := os.ReadFile(filepath.Join(dir, "meta.json")); err == nil {
			if err := json.Unmarshal(m, &c); err != nil {
				t.Fatalf("%s: meta.json: %v", c.Name, err)
			}
		}
		if c.Page, err = os.ReadFile(filepath.Join(dir, "page.html")); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(exp)
		if err != nil {
			t.Fatal(err)
		}
		col, err := news.DecodeJSON(exp, data)
		if err != nil || len(col.Articles) != 1 {
			t.Fatalf("%s: expected.json: %v", c.Name, err)
		}
		c.Want = col.Articles[0]
		cases = append(cases, c)
	}
	return cases
}

// tokens splits text into lower-case words: runs of letters, digits, marks
// and underscores (\w+ in Unicode).
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_')
	})
}

// shingles counts the 4-word shingles of text.
func shingles(text string) map[string]int {
	w := tokens(text)
	m := map[string]int{}
	if len(w) > 0 && len(w) < 4 {
		m[strings.Join(w, " ")]++
	}
	for i := 0; i+4 <= len(w); i++ {
		m[strings.Join(w[i:i+4], " ")]++
	}
	return m
}

// bodyText is the text of the body's text blocks (captions aside).
func bodyText(a *news.Article) string {
	var b strings.Builder
	for i := range a.Body {
		if a.Body[i].Kind != news.Figure {
			b.WriteString(blockText(&a.Body[i]))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// score is one page's shingle counts, normalised by their sum so that every
// page weighs the same.
type score struct{ tp, fp, fn float64 }

func compare(got, want string) score {
	g, w := shingles(got), shingles(want)
	var tp, fp, fn int
	for k, n := range g {
		m := min(n, w[k])
		tp += m
		fp += n - m
	}
	for k, n := range w {
		fn += n - min(n, g[k])
	}
	sum := float64(tp + fp + fn)
	if sum == 0 {
		return score{}
	}
	return score{float64(tp) / sum, float64(fp) / sum, float64(fn) / sum}
}

type tally struct {
	n                          int
	tp, fp, fn                 float64
	title, time, authors, lead int
	timeN                      int
	precN, recN                int
	precSum, recSum            float64
}

func (t *tally) add(s score, hasOut, hasTruth bool, title, tm, tmCounted, authors, lead bool) {
	t.n++
	t.tp += s.tp
	t.fp += s.fp
	t.fn += s.fn
	if hasOut && s.tp+s.fp > 0 {
		t.precN++
		t.precSum += s.tp / (s.tp + s.fp)
	}
	if hasTruth && s.tp+s.fn > 0 {
		t.recN++
		t.recSum += s.tp / (s.tp + s.fn)
	}
	for _, f := range []struct {
		ok  bool
		dst *int
	}{{title, &t.title}, {authors, &t.authors}, {lead, &t.lead}} {
		if f.ok {
			*f.dst++
		}
	}
	if tmCounted {
		t.timeN++
		if tm {
			t.time++
		}
	}
}

// prf is precision averaged over pages with output, recall over pages with
// truth, and F1 from the two means.
func (t *tally) prf() (p, r, f float64) {
	if t.precN > 0 {
		p = t.precSum / float64(t.precN)
	}
	if t.recN > 0 {
		r = t.recSum / float64(t.recN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func pct(a, n int) float64 {
	if n == 0 {
		return 1
	}
	return float64(a) / float64(n)
}

func sameMinute(a, b time.Time) bool {
	return a.Truncate(time.Minute).Equal(b.Truncate(time.Minute))
}

func TestQuality(t *testing.T) {
	cases := loadCorpus(t)
	r := New(Options{})
	all := &tally{}
	byStruct := map[string]*tally{}
	var out bytes.Buffer
	fmt.Fprintf(&out, "%-26s %-13s %6s %6s %6s  title time authors lead\n", "case", "structure", "P", "R", "F1")
	for _, c := range cases {
		col, err := r.Read(context.Background(), news.Input{Name: c.Name, URL: c.URL, ContentType: c.ContentType, Body: bytes.NewReader(c.Page)})
		var got news.Article
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
		} else {
			got = col.Articles[0]
		}
		gotText, wantText := bodyText(&got), bodyText(&c.Want)
		s := compare(gotText, wantText)
		title := got.Title == c.Want.Title
		tm := sameMinute(got.Published, c.Want.Published)
		authors := strings.Join(got.Authors, "|") == strings.Join(c.Want.Authors, "|")
		lead := got.Lead == c.Want.Lead
		for _, tl := range []*tally{all, tallyFor(byStruct, c.Structure)} {
			tl.add(s, strings.TrimSpace(gotText) != "", strings.TrimSpace(wantText) != "", title, tm, !c.Want.Published.IsZero(), authors, lead)
		}
		p, rc := 0.0, 0.0
		if s.tp+s.fp > 0 {
			p = s.tp / (s.tp + s.fp)
		}
		if s.tp+s.fn > 0 {
			rc = s.tp / (s.tp + s.fn)
		}
		f := 0.0
		if p+rc > 0 {
			f = 2 * p * rc / (p + rc)
		}
		fmt.Fprintf(&out, "%-26s %-13s %6.3f %6.3f %6.3f  %-5s %-4s %-7s %-4s\n", c.Name, c.Structure, p, rc, f, mark(title), mark(tm), mark(authors), mark(lead))
		if testing.Verbose() && os.Getenv("QUALITY_DIFF") != "" {
			if !title {
				fmt.Fprintf(&out, "    title: got %q\n           want %q\n", got.Title, c.Want.Title)
			}
			if !tm {
				fmt.Fprintf(&out, "    time: got %v want %v\n", got.Published, c.Want.Published)
			}
			if !authors {
				fmt.Fprintf(&out, "    authors: got %q want %q\n", got.Authors, c.Want.Authors)
			}
			if !lead {
				fmt.Fprintf(&out, "    lead: got %q\n          want %q\n", got.Lead, c.Want.Lead)
			}
			if f < 0.999 {
				fmt.Fprintf(&out, "    body diff:\n%s", lineDiff(gotText, wantText))
			}
		}
	}
	fmt.Fprintf(&out, "\nper structure:\n")
	names := make([]string, 0, len(byStruct))
	for k := range byStruct {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		writeTally(&out, k, byStruct[k])
	}
	writeTally(&out, "OVERALL", all)
	// The same pages without the site profiles: the general extractor alone.
	general := &tally{}
	g := New(Options{NoBuiltinProfiles: true})
	for _, c := range cases {
		col, err := g.Read(context.Background(), news.Input{Name: c.Name, URL: c.URL, ContentType: c.ContentType, Body: bytes.NewReader(c.Page)})
		var got news.Article
		if err == nil {
			got = col.Articles[0]
		}
		gotText, wantText := bodyText(&got), bodyText(&c.Want)
		general.add(compare(gotText, wantText), strings.TrimSpace(gotText) != "", strings.TrimSpace(wantText) != "",
			got.Title == c.Want.Title, sameMinute(got.Published, c.Want.Published), !c.Want.Published.IsZero(),
			strings.Join(got.Authors, "|") == strings.Join(c.Want.Authors, "|"), got.Lead == c.Want.Lead)
	}
	writeTally(&out, "no profiles", general)
	t.Log("\n" + out.String())
	p, rc, f := all.prf()
	_ = p
	_ = rc
	if f < barF1 {
		t.Errorf("body F1 %.3f below %.2f", f, barF1)
	}
	for _, b := range []struct {
		name     string
		got, bar float64
	}{{"title", pct(all.title, all.n), barTitle}, {"published", pct(all.time, all.timeN), barTime},
		{"authors", pct(all.authors, all.n), barAuthors}, {"lead", pct(all.lead, all.n), barLead}} {
		if b.got < b.bar {
			t.Errorf("%s exact %.1f%% below %.0f%%", b.name, 100*b.got, 100*b.bar)
		}
	}
}

func tallyFor(m map[string]*tally, k string) *tally {
	if m[k] == nil {
		m[k] = &tally{}
	}
	return m[k]
}

func writeTally(w *bytes.Buffer, name string, t *tally) {
	p, r, f := t.prf()
	fmt.Fprintf(w, "%-13s pages %2d  P %.3f  R %.3f  F1 %.3f  title %3.0f%%  time %3.0f%%  authors %3.0f%%  lead %3.0f%%\n",
		name, t.n, p, r, f, 100*pct(t.title, t.n), 100*pct(t.time, t.timeN), 100*pct(t.authors, t.n), 100*pct(t.lead, t.n))
}

func mark(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISS"
}

// lineDiff lists lines only in one of the texts, for tuning.
func lineDiff(got, want string) string {
	g, w := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	var b strings.Builder
	for _, l := range strings.Split(got, "\n") {
		if !w[l] && l != "" {
			fmt.Fprintf(&b, "      + %.150s\n", l)
		}
	}
	for _, l := range strings.Split(want, "\n") {
		if !g[l] && l != "" {
			fmt.Fprintf(&b, "      - %.150s\n", l)
		}
	}
	return b.String()
}
