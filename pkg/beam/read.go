package beam

import (
	"bytes"
	"compress/flate"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

func init() {
	register.DoFn4x1[context.Context, Source, func(string, Article), func(Summary), error](&readFn{})
	register.Emitter2[string, Article]()
}

// Article is an article of the period on its way to its digest: where it
// comes from, what de-duplication and ordering need (convert.Candidate),
// the article itself as a line of canonical JSON Lines, and its images.
type Article struct {
	Document  string
	Index     int
	ID        string
	URL       string
	Title     string
	Section   string
	Published int64 // Unix nanoseconds; the zone is the digest's
	Size      int
	JSON      []byte  // the article as newsarc digest -o x.jsonl writes it, newline included, deflated (see deflate)
	Images    []Image // the images it shows that its archive holds
}

// Image is the bytes of an image under the source an article names it by.
type Image struct {
	Src  string
	Data []byte
}

// candidate is what convert.Deduplicate knows of the article.
func (a *Article) candidate(loc *time.Location) convert.Candidate {
	return convert.Candidate{Document: a.Document, Index: a.Index, ID: a.ID, URL: a.URL, Title: a.Title,
		Section: a.Section, Published: time.Unix(0, a.Published).In(loc), Size: a.Size}
}

// Counters of the run, in the runner's metrics.
var (
	documentsRead = beam.NewCounter("newsarc", "documents")
	articlesFound = beam.NewCounter("newsarc", "articles")
	articlesSent  = beam.NewCounter("newsarc", "articles_in_period")
	failures      = beam.NewCounter("newsarc", "failures")
	bytesRead     = beam.NewCounter("newsarc", "bytes")
)

// ReadArticles reads each Source with the library's archive walker and
// parser and returns the articles of the period keyed by "site/YYYY-MM"
// (convert.SiteKey, convert.MonthKey), with a summary per Source.
func ReadArticles(s beam.Scope, o Options, sources beam.PCollection) (articles, summaries beam.PCollection) {
	s = s.Scope("newsarc.ReadArticles")
	return beam.ParDo2(s, &readFn{Options: o}, sources)
}

type readFn struct {
	Options Options

	worker
	images bool // a format shows images: carry them
	zip    *deflater
}

func (f *readFn) Setup() error {
	err := f.setup(f.Options)
	for _, format := range f.Options.formats() {
		fm, err := f.conv.WriterFor(format, "")
		if err == nil && !textOnly[fm.Name] {
			f.images = true
		}
	}
	return err
}

// deflater compresses articles on their way to their digest: Prism holds
// every element in memory, several times over, and Vietnamese JSON shrinks
// to a third (JSON Lines of every month of 50,000 pages: 4.2 GB of peak
// memory before, 2.4 GB after, for a few percent more CPU time).
type deflater struct {
	buf bytes.Buffer
	w   *flate.Writer
}

func newDeflater() *deflater {
	d := &deflater{}
	d.w, _ = flate.NewWriter(&d.buf, flate.BestSpeed) // the level is valid
	return d
}

func (d *deflater) deflate(b []byte) []byte {
	d.buf.Reset()
	d.w.Reset(&d.buf)
	d.w.Write(b) // into memory: no error
	d.w.Close()
	return bytes.Clone(d.buf.Bytes())
}

// inflate undoes deflate.
func inflate(b []byte) ([]byte, error) {
	return io.ReadAll(flate.NewReader(bytes.NewReader(b)))
}

// textOnly are the formats that show no image: JSON Lines and JSON name
// them, the bulletin leaves them out.
var textOnly = map[string]bool{"jsonl": true, "json": true, "text": true}

func (f *readFn) ProcessElement(ctx context.Context, src Source, emit func(string, Article), report func(Summary)) error {
	var sum Summary
	for _, file := range src.Files {
		if err := f.read(ctx, file, emit, &sum); err != nil {
			return err
		}
	}
	documentsRead.Inc(ctx, int64(sum.Documents))
	articlesFound.Inc(ctx, int64(sum.Articles))
	failures.Inc(ctx, int64(sum.Failed))
	bytesRead.Inc(ctx, sum.Bytes)
	report(sum)
	return nil
}

// read parses one file. A file that cannot be opened, or damage in it, is
// a failure of the summary; an error of the store while reading fails the
// bundle, which the runner tries again.
func (f *readFn) read(ctx context.Context, file archive.File, emit func(string, Article), sum *Summary) error {
	r, err := open(ctx, file.Name)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		sum.fail(f.Options.MaxListed, file.Name, err)
		return nil
	}
	defer r.close()
	file.Size = r.size
	if file.Modified.IsZero() {
		file.Modified = r.modified
	}
	stats := &archive.Stats{}
	opts := f.Options.archive(stats)
	if isURL(file.Name) {
		opts.DirImages = func(dir string) media.Resolver { return archive.PageImages(storeDir(dir)) }
	}
	if f.zip == nil {
		f.zip = newDeflater()
	}
	var line bytes.Buffer
	docs := archive.WalkFile(ctx, file, r, opts)
	sel := convert.Selection{Period: f.period, Undated: convert.Undated(f.Options.Undated), Jobs: f.Options.Jobs}
	for _, p := range f.conv.ParseDocuments(ctx, docs, sel) {
		sum.Documents++
		sum.Bytes += int64(p.Bytes)
		sum.Articles += p.Found
		sum.OutOfPeriod += p.OutOfPeriod
		sum.Undated += p.Undated
		sum.Captured += p.Captured
		sum.addFailures(f.Options.MaxListed, p.Failures...)
		for i := range p.Articles {
			a := &p.Articles[i]
			line.Reset()
			if err := (news.JSONL{}).Write(ctx, &line, &news.Collection{Articles: []news.Article{*a}}); err != nil {
				return err
			}
			c := convert.NewCandidate(p.Document, p.Indexes[i], a)
			out := Article{Document: c.Document, Index: c.Index, ID: c.ID, URL: c.URL, Title: c.Title, Section: c.Section,
				Published: c.Published.UnixNano(), Size: c.Size, JSON: f.zip.deflate(line.Bytes())}
			if f.images {
				images := p.LoadImages(ctx, a)
				for _, src := range slices.Sorted(maps.Keys(images)) {
					out.Images = append(out.Images, Image{Src: src, Data: images[src]})
				}
			}
			emit(groupKey(convert.SiteKey(a), convert.MonthKey(a.Published, f.loc)), out)
			articlesSent.Inc(ctx, 1)
		}
	}
	sum.Skipped += stats.Skipped + stats.Excluded
	if err := r.err(); err != nil {
		return fmt.Errorf("%s: reading failed, to be tried again: %w", file.Name, err)
	}
	return ctx.Err()
}
