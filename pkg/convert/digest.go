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
	"maps"
	"net/url"
	"os"
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
	Duplicates    []Duplicate `json:"duplicates"` // the first MaxListed, by document dropped (CompareDuplicates)
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
	Site       string // the site of its articles (SiteKey) when split by site; "" otherwise
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

// Collect reads documents in parallel and returns the digest collection:
// the articles published in the period, de-duplicated, sorted by time. The
// result does not depend on scheduling: everything is decided in the
// documents' canonical order (see Deduplicate).
func (c *Converter) Collect(ctx context.Context, docs iter.Seq[archive.Document], sel Selection) (*Collected, error) {
	ds, rep, err := c.collect(ctx, docs, sel, nil)
	if len(ds) == 0 {
		col, images := c.assemble(nil, sel, rep)
		return &Collected{Collection: col, Report: rep, Images: images}, err
	}
	return ds[0], err
}

// CollectSites is Collect with one digest per site (SiteKey), in the order
// of the sites' names: each site's articles are de-duplicated on their own.
// The report is the run's.
func (c *Converter) CollectSites(ctx context.Context, docs iter.Seq[archive.Document], sel Selection) ([]*Collected, *Report, error) {
	return c.collect(ctx, docs, sel, SiteKey)
}

// collect parses the documents in parallel and puts the articles of the
// period into one digest, or one per key given by split.
func (c *Converter) collect(ctx context.Context, docs iter.Seq[archive.Document], sel Selection, split func(*news.Article) string) ([]*Collected, *Report, error) {
	rep := &Report{Duplicates: []Duplicate{}, Failures: []Failure{}}
	maxListed := cmp.Or(sel.MaxListed, defaultMaxListed)
	failures := &firstFailures{max: maxListed}
	groups := make(map[string][]Candidate)
	found := make(map[placed]placedArticle)
	for seq, p := range c.ParseDocuments(ctx, docs, sel) {
		rep.Documents++
		rep.Bytes += int64(p.Bytes)
		rep.Articles += p.Found
		rep.OutOfPeriod += p.OutOfPeriod
		rep.Undated += p.Undated
		rep.Captured += p.Captured
		rep.Kept += len(p.Articles)
		rep.Failed += len(p.Failures)
		rep.LatestBefore = latest(rep.LatestBefore, p.LatestBefore, time.Time.After)
		rep.EarliestAfter = latest(rep.EarliestAfter, p.EarliestAfter, time.Time.Before)
		failures.add(seq, p.Failures)
		p.Failures = nil
		for i := range p.Articles {
			a := &p.Articles[i]
			key := ""
			if split != nil {
				key = split(a)
			}
			groups[key] = append(groups[key], NewCandidate(p.Document, p.Indexes[i], a))
			found[placed{p.Document, p.Indexes[i]}] = placedArticle{a, p}
		}
		if sel.Progress != nil {
			sel.Progress(*rep)
		}
	}
	rep.Failures = failures.list()
	if err := ctx.Err(); err != nil {
		return nil, rep, err
	}
	rep.Kept = 0
	var ds []*Collected
	for _, key := range slices.Sorted(maps.Keys(groups)) {
		kept, dups := Deduplicate(groups[key], sel.Group)
		rep.Duplicated += len(dups)
		rep.Duplicates = append(rep.Duplicates, dups...)
		articles := make([]placedArticle, len(kept))
		for i, k := range kept {
			articles[i] = found[placed{k.Document, k.Index}]
		}
		rep.Kept += len(kept)
		col, images := c.assemble(articles, sel, rep)
		ds = append(ds, &Collected{Collection: col, Report: rep, Images: images, Site: key})
	}
	slices.SortStableFunc(rep.Duplicates, CompareDuplicates)
	rep.Duplicates = rep.Duplicates[:min(len(rep.Duplicates), maxListed)]
	if sel.Strict && rep.Failed > 0 {
		return ds, rep, fmt.Errorf("%w: %d (first: %s: %s)", ErrFailed, rep.Failed, rep.Failures[0].Document, rep.Failures[0].Reason)
	}
	return ds, rep, nil
}

// ParseDocuments parses docs with sel.Jobs workers (0: one per CPU) and
// yields each document's Parsed (ParseDocument) with its number in docs, as
// each is done: the numbers, not the order of the yields, are
// deterministic. It stops early, without an error, when ctx is cancelled.
func (c *Converter) ParseDocuments(ctx context.Context, docs iter.Seq[archive.Document], sel Selection) iter.Seq2[int, *Parsed] {
	return func(yield func(int, *Parsed) bool) {
		jobs := sel.Jobs
		if jobs <= 0 {
			jobs = runtime.NumCPU()
		}
		type job struct {
			seq int
			doc archive.Document
		}
		type done struct {
			seq int
			p   *Parsed
		}
		ctx, cancel := context.WithCancel(ctx)
		in := make(chan job, jobs)
		out := make(chan done, jobs)
		defer func() {
			cancel()
			for range out { // let the workers end
			}
		}()
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
					if ctx.Err() == nil {
						out <- done{j.seq, c.ParseDocument(ctx, j.doc, sel)}
					}
				}
			}()
		}
		go func() { wg.Wait(); close(out) }()
		for d := range out {
			if !yield(d.seq, d.p) {
				return
			}
		}
	}
}

// placed names an article by its document and its place in it.
type placed struct {
	doc   string
	index int
}

// placedArticle is an article and the document it was parsed from, which
// resolves its images.
type placedArticle struct {
	a *news.Article
	p *Parsed
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

// Parsed is what ParseDocument makes of one document.
type Parsed struct {
	Document string // its name
	// Articles are the ones published in the period: normalised, valid,
	// their times in the period's zone, and their relative image sources
	// rebased to name where the image is, unique across documents
	// ("archive/pages/2023/07/images/a.jpg", "pages.zip!2023/a.jpg").
	Articles []news.Article
	Indexes  []int     // the place of each article in the document, from 0
	Failures []Failure // the document, or articles of it, that could not be used

	Found       int // articles in the document
	OutOfPeriod int // published outside the period
	Undated     int // without a publication time: they cannot be placed
	Captured    int // without one, dated by their capture (Selection.Undated), in the period or not
	Bytes       int // the document's size
	// LatestBefore and EarliestAfter are the publication times nearest to
	// the period outside it; zero when none.
	LatestBefore, EarliestAfter time.Time

	images  media.Resolver    // the document's
	sources map[string]string // image source in Articles → in the document
}

// ParseDocument reads one document the way a digest does: the articles
// published in the period, each checked on its own (one bad article of a
// JSON array is a failure of its own, "export.json[3]", not of the
// document), and counts of the others. It never fails: what goes wrong is
// in Failures.
func (c *Converter) ParseDocument(ctx context.Context, doc archive.Document, sel Selection) *Parsed {
	period := sel.Period
	p := &Parsed{Document: doc.Name, images: doc.Images, Bytes: len(doc.Body)}
	if doc.Err != nil {
		p.Failures = []Failure{failure(doc.Name, doc.Err)}
		return p
	}
	if t, ok := c.peekOutside(doc, period); ok {
		p.OutOfPeriod, p.Found = 1, 1
		p.nearest(t, period)
		return p
	}
	col, err := c.read(ctx, doc.Input(), string(doc.Kind))
	if err != nil {
		p.Failures = []Failure{failure(doc.Name, err)}
		return p
	}
	p.Found = len(col.Articles)
	loc := period.Start.Location()
	for i := range col.Articles {
		a := col.Articles[i]
		if a.Published.IsZero() && sel.Undated == UndatedCapture && !doc.Captured.IsZero() {
			a.Published, a.DateSource = doc.Captured, news.DateCaptured
			p.Captured++
		}
		// Only the articles of the period are worth normalising and checking.
		switch {
		case a.Published.IsZero():
			p.Undated++
			continue
		case !period.Contains(a.Published):
			p.OutOfPeriod++
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
			p.Failures = append(p.Failures, f)
			continue
		}
		// Days are the digest's days: group and print in its zone.
		a.Published = a.Published.In(loc)
		if !a.Updated.IsZero() {
			a.Updated = a.Updated.In(loc)
		}
		p.rebaseImages(&a)
		p.Articles = append(p.Articles, a)
		p.Indexes = append(p.Indexes, i)
	}
	return p
}

// nearest notes a publication time outside the period if it is the nearest
// before or after it so far.
func (p *Parsed) nearest(t time.Time, period news.Period) {
	if t.Before(period.Start) {
		if p.LatestBefore.IsZero() || t.After(p.LatestBefore) {
			p.LatestBefore = t
		}
	} else if p.EarliestAfter.IsZero() || t.Before(p.EarliestAfter) {
		p.EarliestAfter = t
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

// assemble builds the digest of the articles kept, in their order, with a
// resolver for their images.
func (c *Converter) assemble(kept []placedArticle, sel Selection, rep *Report) (*news.Collection, media.Resolver) {
	articles := make([]news.Article, len(kept))
	images := make(documentImages)
	for i, k := range kept {
		articles[i] = *k.a
		for img := range k.a.Images() {
			if _, ok := images[img.Src]; !ok {
				images[img.Src] = k.p
			}
		}
	}
	return NewDigest(sel, articles), images
}

// NewDigest is the digest of the selection made of articles, in their
// order: its title (by default "Bản tin tháng 7/2023"), period, grouping
// and a stable id.
func NewDigest(sel Selection, articles []news.Article) *news.Collection {
	col := &news.Collection{
		Title:     sel.Title,
		Publisher: sel.Publisher,
		Period:    &news.Period{Start: sel.Period.Start, End: sel.Period.End},
		Group:     sel.Group,
		Articles:  articles,
	}
	if col.Title == "" {
		col.Title = col.DisplayTitle()
	}
	col.ID = digestID(col)
	return col
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

// documentImages resolves the image sources of a digest with the document
// each came from (the first article in the digest that shows it).
type documentImages map[string]media.Resolver

func (d documentImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	if r, ok := d[src]; ok {
		return r.Resolve(ctx, src)
	}
	return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
}

// rebaseImages rewrites relative image sources so that they name where the
// image is ("archive/pages/2023/07/images/a.jpg", "pages.zip!2023/a.jpg")
// and stay unique across documents, and notes what each was in the
// document.
func (p *Parsed) rebaseImages(a *news.Article) {
	if p.images == nil {
		return
	}
	rebase := func(img *news.Image) {
		if img == nil {
			return
		}
		orig := img.Src
		if isRelative(orig) {
			img.Src = besideDocument(p.Document, orig)
		}
		if p.sources == nil {
			p.sources = make(map[string]string)
		}
		p.sources[img.Src] = orig
	}
	rebase(a.Image)
	for i := range a.Body {
		rebase(a.Body[i].Image)
	}
}

// besideDocument is the path of src relative to the document named doc: a
// path, or an object store's URL ("gs://bucket/pages/a.jpg").
func besideDocument(doc, src string) string {
	if scheme, rest, ok := strings.Cut(doc, "://"); ok && scheme != "" && !strings.ContainsAny(scheme, `/\.`) {
		return scheme + "://" + path.Join(path.Dir(rest), src)
	}
	return path.Join(path.Dir(doc), src)
}

// Resolve returns the image an article of the document shows as src.
func (p *Parsed) Resolve(ctx context.Context, src string) ([]byte, error) {
	orig, ok := p.sources[src]
	if !ok {
		return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
	}
	return p.images.Resolve(ctx, orig)
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
	Path   string // "-": DigestOptions.Stdout; split by site: a directory
	Format string // empty: from the path's extension (split: required)
}

// SplitSite, as DigestOptions.Split, makes one digest per site.
const SplitSite = "site"

// DigestOptions configure Digest.
type DigestOptions struct {
	Selection
	Archive archive.Options
	Outputs []Output
	// Split, when SplitSite, makes one digest per site (SiteKey), each
	// de-duplicated on its own: every Output is then a directory (made if
	// missing) that gets a file <site>.<ext> per site in its Format.
	Split string
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
	split := opts.Split == SplitSite
	if opts.Split != "" && !split {
		return nil, fmt.Errorf("digest: split by %q: only %q is known", opts.Split, SplitSite)
	}
	formats := make([]*news.Format, len(opts.Outputs))
	paths := []string{opts.Report}
	dirs := map[string]bool{}        // split: directory and extension
	for i, o := range opts.Outputs { // fail on a bad output before reading anything
		var f *news.Format
		var err error
		if split {
			if f, err = c.splitOutput(o); err == nil {
				abs, _ := filepath.Abs(o.Path)
				key := abs + "\x00" + defaultExt(f)
				if dirs[key] {
					err = news.NameError(o.Path, fmt.Errorf("%w: named twice for %s", ErrOutputPath, f.Name))
				}
				dirs[key] = true
			}
		} else {
			f, err = c.WriterFor(o.Format, o.Path)
			paths = append(paths, o.Path)
		}
		if err != nil {
			return nil, err
		}
		formats[i] = f
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
	// What this run writes is never read: a digest kept inside the archive
	// it is made of would come back as its own duplicate on the next run.
	opts.Archive.Outputs = append(paths, opts.Archive.Outputs...)
	if split { // the outputs are directories
		for _, o := range opts.Outputs {
			opts.Archive.Outputs = append(opts.Archive.Outputs, o.Path)
		}
	}
	docs := archive.Walk(ctx, sources, opts.Archive)
	var ds []*Collected
	var rep *Report
	var err error
	if split {
		ds, rep, err = c.CollectSites(ctx, docs, opts.Selection)
	} else {
		var d *Collected
		d, err = c.Collect(ctx, docs, opts.Selection)
		ds, rep = []*Collected{d}, d.Report
	}
	rep.Skipped = opts.Archive.Stats.Skipped + opts.Archive.Stats.Excluded
	if err != nil {
		return rep, err
	}
	if rep.Kept == 0 {
		return rep, emptyError(rep, opts.Period)
	}
	if split && c.opts.BeforeWrite != nil {
		// Every site's articles stay in memory until the set is written.
		all := &news.Collection{Articles: make([]news.Article, 0, rep.Kept)}
		for _, d := range ds {
			all.Articles = append(all.Articles, d.Collection.Articles...)
		}
		c.opts.BeforeWrite(all)
	}
	ctx, offline := withOfflineTally(ctx)
	var files []File
	for _, d := range ds {
		dctx := withResolver(ctx, d.Images)
		for i, o := range opts.Outputs {
			f, path := formats[i], o.Path
			if split {
				path = filepath.Join(o.Path, d.Site+defaultExt(f))
			}
			files = append(files, File{Path: path, Write: func(w io.Writer) error { return c.write(dctx, f, w, d.Collection) }})
		}
	}
	if opts.Report != "" {
		files = append(files, File{Path: opts.Report, Write: func(w io.Writer) error { return WriteReport(w, rep) }})
	}
	if err := WriteFiles(ctx, opts.Stdout, files); err != nil {
		return rep, err
	}
	c.noteOffline(offline)
	return rep, nil
}

// splitOutput checks an output directory of a digest split by site, makes
// it if missing, and returns its format.
func (c *Converter) splitOutput(o Output) (*news.Format, error) {
	if o.Format == "" {
		return nil, news.NameError(o.Path, errors.New("a digest split by site needs the format of the files in the directory"))
	}
	f, err := c.WriterFor(o.Format, "")
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(o.Path); err == nil && !fi.IsDir() {
		return nil, news.NameError(o.Path, fmt.Errorf("%w: it is a file; a digest split by site is written into a directory", ErrOutputPath))
	}
	if err := os.MkdirAll(o.Path, 0o777); err != nil {
		return nil, news.NameError(o.Path, cleanPathError(err))
	}
	return f, nil
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
