// Package beam makes newsarc's digests with Apache Beam, for archives that
// outgrow one machine: a national library's web archive, a month of
// CC-NEWS. The same pipeline runs on Beam's Prism runner on one machine and,
// unchanged, on Google Dataflow, Apache Flink or Apache Spark.
//
// It reads with the library's own readers and rules — archive.WalkFile,
// convert.ParseDocument, convert.Deduplicate, convert.NewDigest — so that
// each (site, month) digest it writes is, byte for byte, the one
// `newsarc digest --split site` writes for that site and month:
//
//	inputs → ListSources (files, globs, gs://, s3://, @paths.txt[.gz]) → Reshuffle
//	       → ReadArticles (per file: documents, articles of the period, their images)
//	       → GroupByKey (site/month) → WriteDigests (sort, de-duplicate, write)
//	       → Summarize (summary.json)
//
// Each step is a transform of its own, for other pipelines to compose.
// Every DoFn keeps its configuration in exported fields (an unexported
// field arrives zero on a worker) and builds what it needs in Setup.
package beam

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // gs://
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3" // s3://

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// Options say what the pipeline reads, keeps and writes. They travel to the
// workers inside the DoFns, as JSON.
type Options struct {
	// Inputs are local files, directories and globs, gs:// and s3:// URLs
	// (globs; a URL ending in "/" means everything below it), and
	// "@FILE" for a list of such inputs, one a line, gzipped or not (as
	// CC-NEWS publishes warc.paths.gz).
	Inputs []string
	// PathsBase prefixes the relative lines of an @FILE list
	// ("s3://commoncrawl/" for CC-NEWS); "": the list's own directory.
	PathsBase string
	// Output is the directory the digests go to, local or an object
	// store's: OUTPUT/<site>/<YYYY-MM>.<ext> and OUTPUT/summary.json.
	Output string

	Month        string // "2023-07"; or
	Since, Until string // the first and last days, "2023-07-01", "2023-07-31"; none of the three: every dated article
	TZ           string // the zone that decides days and months; "": Asia/Ho_Chi_Minh
	// Undated says what becomes of an article that prints no date, as
	// newsarc digest's --undated: "drop" (or "") leaves it out, "capture"
	// dates it by when it was archived.
	Undated string

	Formats   []string // the formats of each digest ("jsonl", "pdf", "epub"…); nil: jsonl
	Title     string   // of every digest; "": "Bản tin tháng 7/2023"
	Publisher string
	Group     string // contents by day (""), section or none

	// MaxArticles bounds the articles of one digest document (PDF, EPUB…):
	// a bigger group is written in parts, <YYYY-MM>-part1.pdf… (JSON Lines
	// are always one file, written as the group streams). 0:
	// DefaultMaxArticles.
	MaxArticles int
	Jobs        int // parsing workers per file read; 0: one per CPU
	MaxListed   int // failures and duplicates the summary lists; 0: 1,000

	Include, Exclude []string // as newsarc digest's --include and --exclude
	MaxDocBytes      int64    // 0: archive.DefaultMaxDocBytes
	MaxZipBytes      int64    // 0: 2 GiB
	MaxZipRatio      float64  // 0: 100
}

// DefaultMaxArticles is how many articles one digest document holds at most
// unless Options.MaxArticles says otherwise: fpdf keeps a whole PDF in
// memory, about 240 MB for 5,000 articles.
const DefaultMaxArticles = 5000

// SummaryFile is the name of the run's summary in the output directory.
const SummaryFile = "summary.json"

// Check reports what is wrong with the options before a pipeline is built.
func (o Options) Check() error {
	if len(o.Inputs) == 0 {
		return errors.New("no input")
	}
	if o.Output == "" {
		return errors.New("no output directory")
	}
	if _, _, err := o.period(); err != nil {
		return err
	}
	conv := convert.New(convert.Options{})
	for _, f := range o.formats() {
		if _, err := conv.WriterFor(f, ""); err != nil {
			return err
		}
	}
	switch convert.Undated(o.Undated) {
	case "", convert.UndatedDrop, convert.UndatedCapture:
	default:
		return fmt.Errorf("undated %q: want drop or capture", o.Undated)
	}
	switch news.GroupBy(o.Group) {
	case "", news.GroupByDay, news.GroupBySection, news.GroupNone:
	default:
		return fmt.Errorf("group %q: want day, section or none", o.Group)
	}
	for _, p := range append(append([]string(nil), o.Include...), o.Exclude...) {
		if err := archive.CheckPattern(p); err != nil {
			return err
		}
	}
	if o.MaxArticles < 0 || o.Jobs < 0 || o.MaxListed < 0 {
		return errors.New("max articles, jobs and max listed cannot be negative")
	}
	return nil
}

func (o Options) formats() []string {
	if len(o.Formats) == 0 {
		return []string{"jsonl"}
	}
	return o.Formats
}

// period is the period the articles are kept from, in the digest's zone.
func (o Options) period() (news.Period, *time.Location, error) {
	loc := vntext.Location()
	if o.TZ != "" && o.TZ != "Asia/Ho_Chi_Minh" {
		var err error
		if loc, err = time.LoadLocation(o.TZ); err != nil {
			return news.Period{}, nil, fmt.Errorf("time zone %q: %w", o.TZ, err)
		}
	}
	var p news.Period
	var err error
	switch {
	case o.Month != "" && (o.Since != "" || o.Until != ""):
		return p, nil, errors.New("give a month, or since and until, not both")
	case o.Month != "":
		p, err = convert.MonthPeriod(o.Month, loc)
	case o.Since != "" || o.Until != "":
		if o.Since == "" || o.Until == "" {
			return p, nil, errors.New("give both since and until")
		}
		p, err = convert.DaysPeriod(o.Since, o.Until, loc)
	default: // every dated article
		p = news.Period{Start: time.Date(1, 1, 1, 0, 0, 0, 0, loc), End: time.Date(9999, 1, 1, 0, 0, 0, 0, loc)}
	}
	return p, loc, err
}

func (o Options) archive(stats *archive.Stats) archive.Options {
	opts := archive.Options{Include: o.Include, Exclude: o.Exclude, MaxDocBytes: o.MaxDocBytes,
		MaxZipBytes: o.MaxZipBytes, MaxZipRatio: o.MaxZipRatio, Stats: stats}
	if !strings.Contains(o.Output, "://") {
		opts.Outputs = []string{o.Output} // digests written inside an input are not read back
	}
	return opts
}

// worker is what the DoFns that read and write build in Setup from their
// Options: the library's converter and the period in its zone.
type worker struct {
	conv   *convert.Converter
	period news.Period
	loc    *time.Location
}

func (w *worker) setup(o Options) error {
	var err error
	w.period, w.loc, err = o.period()
	w.conv = convert.New(convert.Options{})
	return err
}

// groupKey names the digest an article goes to: "site/2023-07".
func groupKey(site, month string) string { return site + "/" + month }

func splitKey(key string) (site, month string) {
	i := strings.LastIndexByte(key, '/')
	return key[:i], key[i+1:]
}

// Digest adds the whole pipeline to s: it reads o.Inputs, writes each
// (site, month) digest into o.Output and the run's summary beside them,
// and returns the summary, one element.
func Digest(s beam.Scope, o Options) beam.PCollection {
	s = s.Scope("newsarc.Digest")
	sources, listed := ListSources(s, o, beam.Create(s, toAny(o.Inputs)...))
	articles, read := ReadArticles(s, o, beam.Reshuffle(s, sources))
	written := WriteDigests(s, o, beam.GroupByKey(s, articles))
	return Summarize(s, o, listed, read, written)
}

func toAny(in []string) []any {
	out := make([]any, len(in))
	for i, v := range in {
		out[i] = v
	}
	return out
}
