package beam

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

func init() {
	register.DoFn4x1[context.Context, string, func(*Article) bool, func(Summary), error](&writeFn{})
	register.Iter1[Article]()
}

var (
	articlesKept = beam.NewCounter("newsarc", "kept")
	duplicates   = beam.NewCounter("newsarc", "duplicates")
	filesWritten = beam.NewCounter("newsarc", "files")
)

// WriteDigests writes each group of articles (keyed "site/YYYY-MM", as
// ReadArticles keys them, after a GroupByKey) as OUTPUT/site/YYYY-MM.ext in
// every format asked for, and returns a summary per group.
func WriteDigests(s beam.Scope, o Options, groups beam.PCollection) beam.PCollection {
	s = s.Scope("newsarc.WriteDigests")
	return beam.ParDo(s, &writeFn{Options: o}, groups)
}

// writeFn writes one (site, month) group. The group's articles stream
// through a temporary file on the worker's disk, so that only what
// de-duplication needs of each is held in memory: JSON Lines are copied
// from there in the digest's order, and documents (PDF, EPUB…) are made
// of at most MaxArticles articles at a time. Names and bytes depend only
// on the group, so that a retried bundle writes the same files.
type writeFn struct {
	Options Options

	worker
}

func (f *writeFn) Setup() error { return f.setup(f.Options) }

func (f *writeFn) ProcessElement(ctx context.Context, key string, values func(*Article) bool, report func(Summary)) error {
	site, month := splitKey(key)
	sp, err := newSpill()
	if err != nil {
		return err
	}
	defer sp.close()
	var cands []convert.Candidate
	where := make(map[placed]spilled)
	var a Article
	for values(&a) {
		c := a.candidate(f.loc)
		cands = append(cands, c)
		s, err := sp.add(&a)
		if err != nil {
			return err
		}
		where[placed{c.Document, c.Index}] = s
	}
	if err := sp.done(); err != nil {
		return err
	}
	kept, dups := convert.Deduplicate(cands, news.GroupBy(f.Options.Group))
	order := make([]spilled, len(kept))
	for i, k := range kept {
		order[i] = where[placed{k.Document, k.Index}]
	}
	sel, err := f.selection(month)
	if err != nil {
		return err
	}
	w := Written{Site: site, Month: month, Articles: len(kept), Duplicated: len(dups)}
	dir := joinPath(f.Options.Output, site)
	parts := split(order, cmp.Or(f.Options.MaxArticles, DefaultMaxArticles))
	for _, format := range f.Options.formats() {
		fm, err := f.conv.WriterFor(format, "")
		if err != nil {
			return err
		}
		ext := fm.Extensions[0]
		if fm.Name == "jsonl" { // one file whatever its size, copied line by line
			name := joinPath(dir, month+ext)
			if err := writeFile(ctx, name, func(out io.Writer) error { return sp.copyLines(out, order) }); err != nil {
				return err
			}
			w.Files = append(w.Files, name)
			continue
		}
		for i, part := range parts {
			name := joinPath(dir, month+ext)
			if len(parts) > 1 {
				name = joinPath(dir, fmt.Sprintf("%s-part%d%s", month, i+1, ext))
			}
			if err := f.writeDocument(ctx, name, fm, sel, sp, part, i, len(parts)); err != nil {
				return err
			}
			w.Files = append(w.Files, name)
		}
	}
	articlesKept.Inc(ctx, int64(len(kept)))
	duplicates.Inc(ctx, int64(len(dups)))
	filesWritten.Inc(ctx, int64(len(w.Files)))
	report(Summary{Kept: len(kept), Duplicated: len(dups), Duplicates: dups, Digests: []Written{w}})
	return nil
}

// selection is the digest of one month: the month, within the run's
// period.
func (f *writeFn) selection(month string) (convert.Selection, error) {
	p, err := convert.MonthPeriod(month, f.loc)
	if err != nil {
		return convert.Selection{}, err
	}
	if f.period.Start.After(p.Start) {
		p.Start = f.period.Start
	}
	if f.period.End.Before(p.End) {
		p.End = f.period.End
	}
	return convert.Selection{Period: p, Title: f.Options.Title, Publisher: f.Options.Publisher, Group: news.GroupBy(f.Options.Group)}, nil
}

// rendering bounds the documents a worker makes at once, one per core:
// fpdf holds a whole PDF in memory (some 45 KB an article), and a runner
// may run many bundles of digests at the same time.
var rendering = make(chan struct{}, runtime.NumCPU())

// writeDocument writes one part of a group's digest in the format fm.
func (f *writeFn) writeDocument(ctx context.Context, name string, fm *news.Format, sel convert.Selection, sp *spill, part []spilled, i, n int) error {
	select {
	case rendering <- struct{}{}:
		defer func() { <-rendering }()
	case <-ctx.Done():
		return ctx.Err()
	}
	articles := make([]news.Article, len(part))
	images := media.Map{}
	for j, s := range part {
		a, err := sp.article(s, f.loc)
		if err != nil {
			return err
		}
		articles[j] = *a
		for _, img := range s.images {
			if _, ok := images[img.src]; !ok {
				if images[img.src], err = sp.read(img.at); err != nil {
					return err
				}
			}
		}
	}
	col := convert.NewDigest(sel, articles)
	if n > 1 {
		col.Subtitle = fmt.Sprintf("Phần %d/%d", i+1, n)
	}
	ictx := convert.WithImages(ctx, images)
	return writeFile(ctx, name, func(w io.Writer) error { return f.conv.Write(ictx, w, col, fm.Name) })
}

// split cuts s into parts of at most n.
func split[T any](s []T, n int) [][]T {
	var parts [][]T
	for len(s) > n {
		parts = append(parts, s[:n])
		s = s[n:]
	}
	return append(parts, s)
}

// placed names an article by its document and its place in it.
type placed struct {
	doc   string
	index int
}

// spill is a temporary file that holds a group's articles and images while
// the group is written.
type spill struct {
	f   *os.File
	w   *bufio.Writer
	off int64
}

// span is where bytes are in the spill.
type span struct{ off, n int64 }

// spilled is where one article and its images are.
type spilled struct {
	doc    string
	json   span
	images []spilledImage
}

type spilledImage struct {
	src string
	at  span
}

func newSpill() (*spill, error) {
	f, err := os.CreateTemp("", "newsarc-beam-*.group")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name()) // gone with the close, whatever happens
	return &spill{f: f, w: bufio.NewWriterSize(f, 1<<20)}, nil
}

func (s *spill) put(b []byte) (span, error) {
	n, err := s.w.Write(b)
	sp := span{s.off, int64(n)}
	s.off += int64(n)
	return sp, err
}

func (s *spill) add(a *Article) (spilled, error) {
	out := spilled{doc: a.Document}
	var err error
	if out.json, err = s.put(a.JSON); err != nil {
		return out, err
	}
	for _, img := range a.Images {
		at, err := s.put(img.Data)
		if err != nil {
			return out, err
		}
		out.images = append(out.images, spilledImage{img.Src, at})
	}
	return out, nil
}

// done ends the writing.
func (s *spill) done() error { return s.w.Flush() }

func (s *spill) read(at span) ([]byte, error) {
	b := make([]byte, at.n)
	_, err := s.f.ReadAt(b, at.off)
	return b, err
}

// copyLines writes the JSON Lines of the articles, in order.
func (s *spill) copyLines(w io.Writer, order []spilled) error {
	for _, a := range order {
		b, err := s.line(a)
		if err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// line returns the JSON Lines line of an article.
func (s *spill) line(at spilled) ([]byte, error) {
	b, err := s.read(at.json)
	if err != nil {
		return nil, err
	}
	return inflate(b)
}

// article decodes one article, its times in the digest's zone as the CLI
// keeps them.
func (s *spill) article(at spilled, loc *time.Location) (*news.Article, error) {
	b, err := s.line(at)
	if err != nil {
		return nil, err
	}
	col, err := news.DecodeJSON(at.doc, b)
	if err != nil {
		return nil, err
	}
	if len(col.Articles) != 1 {
		return nil, fmt.Errorf("%s: %d articles in one line", at.doc, len(col.Articles))
	}
	a := &col.Articles[0]
	a.Published = a.Published.In(loc)
	if !a.Updated.IsZero() {
		a.Updated = a.Updated.In(loc)
	}
	return a, nil
}

func (s *spill) close() { s.f.Close() }
