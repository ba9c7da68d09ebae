package convert

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// Selection says which articles go into a digest and how it is titled.
type Selection struct {
	Period    news.Period // articles published in [Start, End); the zone of Start is the digest's
	Title     string      // default: "Bản tin tháng 7/2023" for a calendar month
	Publisher string
	Group     news.GroupBy
	Undated   Undated // articles that print no date: left out (the default) or dated by their capture
	Jobs      int     // parsing workers; 0: one per CPU
	Strict    bool    // any failed document fails the digest
	// MaxListed bounds the failures and duplicates the report lists (the
	// first ones, in document order); the rest are only counted. 0: 1,000.
	MaxListed int
	// Progress, when set, is called after each document with the counts so
	// far, from one goroutine.
	Progress func(Report)
}

// Undated says what a digest does with an article that prints no date.
type Undated string

const (
	UndatedDrop Undated = "drop" // leave it out, counted in Report.Undated (the default)
	// UndatedCapture dates it by when it was archived (archive.Document's
	// Captured: a WARC-Date, a file's or zip member's modification time),
	// with Article.DateSource news.DateCaptured; counted in Report.Captured.
	UndatedCapture Undated = "capture"
)

// Report says what a digest run did, for people and (as JSON) for machines.
type Report struct {
	Documents   int   `json:"documents"`     // documents read
	Skipped     int   `json:"skipped"`       // files that hold no articles (css, images…) or were excluded
	Bytes       int64 `json:"bytes"`         // size of the documents read
	Articles    int   `json:"articles"`      // articles found in them
	Kept        int   `json:"kept"`          // articles in the digest (while collecting: in the period so far, duplicates included)
	OutOfPeriod int   `json:"out_of_period"` // published outside the period
	Undated     int   `json:"undated"`       // no publication time: cannot be placed, left out
	Captured    int   `json:"captured"`      // no publication time: dated by their capture (Undated capture), in the period or not
	// LatestBefore and EarliestAfter are the publication times seen
	// nearest to the period, outside it: where the articles are when the
	// period has none.
	LatestBefore  *time.Time  `json:"latest_before,omitempty"`
	EarliestAfter *time.Time  `json:"earliest_after,omitempty"`
	Duplicates    []Duplicate `json:"duplicates"` // the first MaxListed
	Failures      []Failure   `json:"failures"`   // the first MaxListed, in document order
	Duplicated    int         `json:"duplicated"` // all duplicates left out
	Failed        int         `json:"failed"`     // all failures
}

// Failure is a document (or one article of it) that could not be used.
type Failure struct {
	Document string `json:"document"`
	Reason   string `json:"reason"`
}

// Duplicate records an article left out because another one was kept.
type Duplicate struct {
	Kept    string `json:"kept"`    // document of the kept article
	Dropped string `json:"dropped"` // document of the dropped one
	Title   string `json:"title"`
	Reason  string `json:"reason"` // "same id", "same URL", "same title on the same day"
}

// ErrFailed is returned under Strict when any document failed; the report
// lists them.
var ErrFailed = errors.New("some documents failed")

// ErrEmpty is returned, and nothing written, when no article of the inputs
// is in the period.
var ErrEmpty = errors.New("no article in the period")

// defaultMaxListed is how many failures and duplicates a report lists.
const defaultMaxListed = 1000

// MonthPeriod returns the calendar month "2023-07" in loc (nil: Vietnam).
func MonthPeriod(month string, loc *time.Location) (news.Period, error) {
	loc = zoneOrVietnam(loc)
	t, err := time.ParseInLocation("2006-01", strings.TrimSpace(month), loc)
	if err != nil {
		return news.Period{}, fmt.Errorf("month %q: want YYYY-MM, e.g. 2023-07", month)
	}
	return news.Period{Start: t, End: t.AddDate(0, 1, 0)}, nil
}

// DaysPeriod returns the days from and to, both included ("2023-07-01",
// "2023-07-15"), in loc (nil: Vietnam).
func DaysPeriod(from, to string, loc *time.Location) (news.Period, error) {
	loc = zoneOrVietnam(loc)
	start, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(from), loc)
	if err != nil {
		return news.Period{}, fmt.Errorf("date %q: want YYYY-MM-DD", from)
	}
	last, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(to), loc)
	if err != nil {
		return news.Period{}, fmt.Errorf("date %q: want YYYY-MM-DD", to)
	}
	if last.Before(start) {
		return news.Period{}, fmt.Errorf("period ends (%s) before it starts (%s)", to, from)
	}
	return news.Period{Start: start, End: last.AddDate(0, 0, 1)}, nil
}

func zoneOrVietnam(loc *time.Location) *time.Location {
	if loc == nil {
		return vntext.Location()
	}
	return loc
}

// Collected is a digest ready to write: the collection, what the run found,
// and the resolver for the images of its documents.
type Collected struct {
	Collection *news.Collection
	Report     *Report
	Images     media.Resolver
}

// WriteDigest renders the digest in the format named to (or given by output's
// extension) to output, atomically.
func (c *Converter) WriteDigest(ctx context.Context, d *Collected, output, to string) error {
	f, err := c.WriterFor(to, output)
	if err != nil {
		return err
	}
	ctx = withResolver(ctx, d.Images)
	return WriteFiles(ctx, nil, []File{{Path: output, Write: func(w io.Writer) error { return c.write(ctx, f, w, d.Collection) }}})
}

// parsed is what a worker makes of one document.
type parsed struct {
	seq           int
	name          string
	articles      []news.Article
	images        media.Resolver
	failures      []Failure
	outside       int
	undated       int
	captured      int
	found         int
	bytes         int
	before, after time.Time // nearest publication times outside the period
}

// Collect reads documents in parallel and returns the digest collection:
// the articles published in the period, de-duplicated, sorted by time. The
// result does not depend on scheduling: documents are numbered as they come
// and everything is decided in that order.
func (c *Converter) Collect(ctx context.Context, docs iter.Seq[archive.Document], sel Selection) (*Collected, error) {
	jobs := sel.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	type job struct {
		seq int
		doc archive.Document
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in := make(chan job, jobs)
	out := make(chan parsed, jobs)
	go func() {
		defer close(in)
		seq := 0
		for doc := range docs {
			select {
			case in <- job{seq, doc}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- c.parseDocument(ctx, j.seq, j.doc, sel)
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	rep := &Report{Duplicates: []Duplicate{}, Failures: []Failure{}}
	maxListed := cmp.Or(sel.MaxListed, defaultMaxListed)
	failures := &firstFailures{max: maxListed}
	var results []parsed // the documents with articles in the period
	for p := range out {
		rep.Documents++
		rep.Bytes += int64(p.bytes)
		rep.Articles += p.found
		rep.OutOfPeriod += p.outside
		rep.Undated += p.undated
		rep.Captured += p.captured
		rep.Kept += len(p.articles)
		rep.Failed += len(p.failures)
		rep.LatestBefore = latest(rep.LatestBefore, p.before, time.Time.After)
		rep.EarliestAfter = latest(rep.EarliestAfter, p.after, time.Time.Before)
		failures.add(p.seq, p.failures)
		if len(p.articles) > 0 {
			p.failures = nil
			results = append(results, p)
		}
		if sel.Progress != nil {
			sel.Progress(*rep)
		}
	}
	rep.Failures = failures.list()
	if err := ctx.Err(); err != nil {
		return &Collected{Report: rep}, err
	}
	slices.SortFunc(results, func(a, b parsed) int { return a.seq - b.seq })
	col, images := c.assemble(results, sel, rep, maxListed)
	rep.Kept = len(col.Articles)
	if sel.Strict && rep.Failed > 0 {
		return &Collected{Collection: col, Report: rep, Images: images}, fmt.Errorf("%w: %d (first: %s: %s)", ErrFailed, rep.Failed, rep.Failures[0].Document, rep.Failures[0].Reason)
	}
	return &Collected{Collection: col, Report: rep, Images: images}, nil
}

// latest returns t when it is set and later (by later) than *cur, else cur.
func latest(cur *time.Time, t time.Time, later func(time.Time, time.Time) bool) *time.Time {
	if t.IsZero() || cur != nil && !later(t, *cur) {
		return cur
	}
	return &t
}

// firstFailures keeps the first max failures in document order, whatever
// order they come in, in memory proportional to max.
type firstFailures struct {
	max  int
	kept []numbered
}

type numbered struct {
	seq, i int
	f      Failure
}

func (ff *firstFailures) add(seq int, fs []Failure) {
	for i, f := range fs {
		ff.kept = append(ff.kept, numbered{seq, i, f})
	}
	if len(ff.kept) >= 2*ff.max {
		ff.trim()
	}
}

func (ff *firstFailures) trim() {
	slices.SortFunc(ff.kept, func(a, b numbered) int { return cmp.Or(a.seq-b.seq, a.i-b.i) })
	if len(ff.kept) > ff.max {
		clear(ff.kept[ff.max:])
		ff.kept = ff.kept[:ff.max]
	}
}

func (ff *firstFailures) list() []Failure {
	ff.trim()
	out := make([]Failure, len(ff.kept))
	for i, n := range ff.kept {
		out[i] = n.f
	}
	return out
}

// parseDocument reads one document into the articles of the period.
func (c *Converter) parseDocument(ctx context.Context, seq int, doc archive.Document, sel Selection) parsed {
	period := sel.Period
	p := parsed{seq: seq, name: doc.Name, images: doc.Images, bytes: len(doc.Body)}
	if doc.Err != nil {
		p.failures = []Failure{failure(doc.Name, doc.Err)}
		return p
	}
	if t, ok := c.peekOutside(doc, period); ok {
		p.outside, p.found = 1, 1
		p.nearest(t, period)
		return p
	}
	col, err := c.read(ctx, doc.Input(), string(doc.Kind))
	if err != nil {
		p.failures = []Failure{failure(doc.Name, err)}
		return p
	}
	p.found = len(col.Articles)
	loc := period.Start.Location()
	for i := range col.Articles {
		a := col.Articles[i]
		if a.Published.IsZero() && sel.Undated == UndatedCapture && !doc.Captured.IsZero() {
			a.Published, a.DateSource = doc.Captured, news.DateCaptured
			p.captured++
		}
		// Only the articles of the period are worth normalising and checking.
		switch {
		case a.Published.IsZero():
			p.undated++
			continue
		case !period.Contains(a.Published):
			p.outside++
			p.nearest(a.Published, period)
			continue
		}
		a.Normalize()
		err := c.checkLength(&a, i)
		if err == nil {
			err = a.Validate()
		}
		if err != nil {
			name := doc.Name
			if len(col.Articles) > 1 {
				name = fmt.Sprintf("%s[%d]", doc.Name, i+1)
			}
			f := failure(doc.Name, err)
			f.Document = name + strings.TrimPrefix(f.Document, doc.Name)
			p.failures = append(p.failures, f)
			continue
		}
		// Days are the digest's days: group and print in its zone.
		a.Published = a.Published.In(loc)
		if !a.Updated.IsZero() {
			a.Updated = a.Updated.In(loc)
		}
		p.articles = append(p.articles, a)
	}
	return p
}

// nearest notes a publication time outside the period if it is the nearest
// before or after it so far.
func (p *parsed) nearest(t time.Time, period news.Period) {
	if t.Before(period.Start) {
		if p.before.IsZero() || t.After(p.before) {
			p.before = t
		}
	} else if p.after.IsZero() || t.Before(p.after) {
		p.after = t
	}
}

// datePeeker is a reader that can tell a document's publication time
// without reading it whole (the HTML reader, from structured data).
type datePeeker interface {
	Published(data []byte) (time.Time, bool)
}

// peekOutside reports a document whose publication time, peeked at, is
// more than a day outside the period, and that time: reading it whole
// would only drop it (or, for a page with no article, report it). The
// day's margin covers readers that refine a date-only time with the one
// the page prints.
func (c *Converter) peekOutside(doc archive.Document, period news.Period) (time.Time, bool) {
	f, err := c.Formats.Lookup(string(doc.Kind))
	if err != nil || doc.Err != nil {
		return time.Time{}, false
	}
	peeker, ok := f.Reader.(datePeeker)
	if !ok {
		return time.Time{}, false
	}
	t, ok := peeker.Published(doc.Body)
	return t, ok && (t.Before(period.Start.Add(-24*time.Hour)) || !t.Before(period.End.Add(24*time.Hour)))
}

// failure describes a failed document. An error that starts with the
// document's name and a position ("x.jsonl:6:515: …") keeps the position
// with the name rather than repeating the name.
func failure(name string, err error) Failure {
	msg := err.Error()
	rest, ok := strings.CutPrefix(msg, name)
	if !ok {
		return Failure{name, msg}
	}
	pos := position.FindString(rest)
	return Failure{name + pos, strings.TrimPrefix(rest[len(pos):], ": ")}
}

var position = regexp.MustCompile(`^(:\d+)*`)

// kept is an article in the digest with where it came from.
type kept struct {
	article *news.Article
	doc     string
	size    int
}

// assemble de-duplicates in document order, sorts by time and builds the
// collection, with a resolver for the images of every document.
func (c *Converter) assemble(results []parsed, sel Selection, rep *Report, maxListed int) (*news.Collection, media.Resolver) {
	var all []*kept
	byKey := make(map[string]*kept)
	images := make(documentImages)
	for _, p := range results {
		for i := range p.articles {
			a := &p.articles[i]
			rebaseImages(a, p.name, p.images, images)
			keys := dedupKeys(a)
			var prev *kept
			var why string
			for _, key := range keys {
				if q, ok := byKey[key.key]; ok {
					prev, why = q, key.reason
					break
				}
			}
			if prev == nil {
				prev = &kept{article: a, doc: p.name, size: articleSize(a)}
				all = append(all, prev)
			} else {
				dup := Duplicate{Kept: prev.doc, Dropped: p.name, Title: a.Title, Reason: why}
				if size := articleSize(a); size > prev.size {
					// The longer copy wins; on a tie the one read first.
					dup.Kept, dup.Dropped, dup.Title = p.name, prev.doc, prev.article.Title
					*prev = kept{article: a, doc: p.name, size: size}
				}
				if rep.Duplicated++; len(rep.Duplicates) < maxListed {
					rep.Duplicates = append(rep.Duplicates, dup)
				}
			}
			for _, key := range keys {
				byKey[key.key] = prev
			}
		}
	}
	slices.SortStableFunc(all, func(x, y *kept) int {
		if c := x.article.Published.Compare(y.article.Published); c != 0 {
			return c
		}
		return cmp.Or(strings.Compare(x.article.ID, y.article.ID), strings.Compare(x.article.URL, y.article.URL), strings.Compare(x.article.Title, y.article.Title))
	})
	if sel.Group == news.GroupBySection {
		// Keep each section's articles together, sections in order of their
		// first article, so that contents and body agree.
		first := make(map[string]int)
		for i, k := range all {
			if _, ok := first[k.article.Section]; !ok {
				first[k.article.Section] = i
			}
		}
		slices.SortStableFunc(all, func(x, y *kept) int { return first[x.article.Section] - first[y.article.Section] })
	}
	col := &news.Collection{
		Title:     sel.Title,
		Publisher: sel.Publisher,
		Period:    &news.Period{Start: sel.Period.Start, End: sel.Period.End},
		Group:     sel.Group,
		Articles:  make([]news.Article, len(all)),
	}
	for i, k := range all {
		col.Articles[i] = *k.article
	}
	if col.Title == "" {
		col.Title = col.DisplayTitle()
	}
	col.ID = digestID(col)
	return col, images
}

type dedupKey struct{ key, reason string }

// dedupKeys are the identities of an article: its id, its canonical URL and
// its folded title on its day.
func dedupKeys(a *news.Article) []dedupKey {
	var keys []dedupKey
	if a.ID != "" {
		keys = append(keys, dedupKey{"id\x00" + a.ID, "same id"})
	}
	if u := news.CanonicalURL(a.URL); u != "" {
		keys = append(keys, dedupKey{"url\x00" + u, "same URL"})
	}
	keys = append(keys, dedupKey{"title\x00" + a.Published.Format("2006-01-02") + "\x00" + vntext.Fold(a.Title), "same title on the same day"})
	return keys
}

func articleSize(a *news.Article) int {
	n := len(a.Lead)
	for i := range a.Body {
		for run := range a.Body[i].Runs() {
			for _, s := range run {
				n += len(s.Text)
			}
		}
	}
	return n
}

// documentImages resolves the rebased image sources of a digest with the
// resolver of the document each came from.
type documentImages map[string]func(ctx context.Context) ([]byte, error)

func (d documentImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	if f, ok := d[src]; ok {
		return f(ctx)
	}
	return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
}

// rebaseImages rewrites relative image sources so that they name where the
// image is ("archive/pages/2023/07/images/a.jpg", "pages.zip!2023/a.jpg")
// and stay unique across documents, and registers how to fetch each.
func rebaseImages(a *news.Article, docName string, r media.Resolver, images documentImages) {
	rebase := func(img *news.Image) {
		if img == nil || r == nil {
			return
		}
		orig := img.Src
		if !isRelative(orig) {
			images[orig] = func(ctx context.Context) ([]byte, error) { return r.Resolve(ctx, orig) }
			return
		}
		img.Src = path.Join(path.Dir(docName), orig)
		images[img.Src] = func(ctx context.Context) ([]byte, error) { return r.Resolve(ctx, orig) }
	}
	rebase(a.Image)
	for i := range a.Body {
		rebase(a.Body[i].Image)
	}
}

func isRelative(src string) bool {
	u, err := url.Parse(src)
	return err == nil && u.Scheme == "" && u.Host == "" && !strings.HasPrefix(src, "/")
}

// digestID is a stable identifier of a digest: its period and the ids of its
// articles, hashed.
func digestID(c *news.Collection) string {
	h := sha256.New()
	io.WriteString(h, c.Period.Start.Format(time.RFC3339)+c.Period.End.Format(time.RFC3339))
	for i := range c.Articles {
		a := &c.Articles[i]
		io.WriteString(h, "\x00"+cmp.Or(a.ID, a.URL, a.Title))
	}
	return "digest-" + c.Period.Start.Format("2006-01") + "-" + fmt.Sprintf("%x", h.Sum(nil))[:12]
}

// Output is one file a digest is written to.
type Output struct {
	Path   string // "-": DigestOptions.Stdout
	Format string // empty: from the path's extension
}

// DigestOptions configure Digest.
type DigestOptions struct {
	Selection
	Archive archive.Options
	Outputs []Output
	// Report, when set, is a file the report is written to as JSON, with
	// the outputs and like them: only when the digest is written.
	Report string
	Stdout io.Writer // where outputs named "-" go; nil: os.Stdout
}

// Digest reads every document under sources (files, directories, JSON Lines,
// zip and WARC files), keeps the articles of the period and writes them to
// each output. The outputs (and the report file) are written as a set:
// all of them, or none when anything fails or ctx is cancelled. Outputs that
// cannot be written are refused before anything is read (ErrOutputPath); a
// period without articles writes nothing (ErrEmpty). The report says what
// was read, kept, left out and what failed.
func (c *Converter) Digest(ctx context.Context, sources []string, opts DigestOptions) (*Report, error) {
	if len(opts.Outputs) == 0 {
		return nil, errors.New("digest: no output")
	}
	formats := make([]*news.Format, len(opts.Outputs))
	paths := []string{opts.Report}
	for i, o := range opts.Outputs { // fail on a bad output before reading anything
		f, err := c.WriterFor(o.Format, o.Path)
		if err != nil {
			return nil, err
		}
		formats[i], paths = f, append(paths, o.Path)
	}
	seen := map[string]bool{}
	for _, p := range paths {
		if p == "" || p == "-" {
			continue
		}
		if err := checkOutput(p, sources); err != nil {
			return nil, err
		}
		abs, _ := filepath.Abs(p)
		if seen[abs] {
			return nil, news.NameError(p, fmt.Errorf("%w: named twice", ErrOutputPath))
		}
		seen[abs] = true
	}
	var stats archive.Stats
	if opts.Archive.Stats == nil {
		opts.Archive.Stats = &stats
	}
	d, err := c.Collect(ctx, archive.Walk(ctx, sources, opts.Archive), opts.Selection)
	d.Report.Skipped = opts.Archive.Stats.Skipped + opts.Archive.Stats.Excluded
	if err != nil {
		return d.Report, err
	}
	if len(d.Collection.Articles) == 0 {
		return d.Report, emptyError(d.Report, opts.Period)
	}
	ctx = withResolver(ctx, d.Images)
	ctx, offline := withOfflineTally(ctx)
	var files []File
	for i, o := range opts.Outputs {
		f := formats[i]
		files = append(files, File{Path: o.Path, Write: func(w io.Writer) error { return c.write(ctx, f, w, d.Collection) }})
	}
	if opts.Report != "" {
		files = append(files, File{Path: opts.Report, Write: func(w io.Writer) error { return WriteReport(w, d.Report) }})
	}
	if err := WriteFiles(ctx, opts.Stdout, files); err != nil {
		return d.Report, err
	}
	c.noteOffline(offline)
	return d.Report, nil
}

// WriteReport writes a report as indented JSON.
func WriteReport(w io.Writer, rep *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// emptyError says why a period has no article: where the articles found
// are in time, and how many have no date.
func emptyError(rep *Report, period news.Period) error {
	day := func(t time.Time) string { return t.In(period.Start.Location()).Format("2006-01-02") }
	var found []string
	if rep.OutOfPeriod > 0 {
		var near []string
		if rep.LatestBefore != nil {
			near = append(near, "the latest before it "+day(*rep.LatestBefore))
		}
		if rep.EarliestAfter != nil {
			near = append(near, "the earliest after it "+day(*rep.EarliestAfter))
		}
		found = append(found, fmt.Sprintf("%d published outside it (%s)", rep.OutOfPeriod, strings.Join(near, ", ")))
	}
	if rep.Undated > 0 {
		found = append(found, fmt.Sprintf("%d without a date", rep.Undated))
	}
	if len(found) == 0 {
		found = append(found, "no article was found")
	}
	if rep.Failed > 0 {
		found = append(found, fmt.Sprintf("%d documents failed", rep.Failed))
	}
	return fmt.Errorf("%w from %s to %s: %s; nothing was written", ErrEmpty,
		day(period.Start), day(period.End.AddDate(0, 0, -1)), strings.Join(found, ", "))
}
