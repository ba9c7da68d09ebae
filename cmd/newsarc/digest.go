package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
)

func digestCommand() *cli.Command {
	return &cli.Command{
		Name:      "digest",
		Usage:     "build a digest of every article of a month (or any period) from archives",
		ArgsUsage: "INPUT...",
		Description: `Reads every document under each INPUT — saved HTML pages, newsarc JSON or
JSON Lines exports, directories of them (recursively), zip files and WARC
web archives (.warc, .warc.gz) — keeps the articles published in the period,
removes duplicates (same id, same URL, or same title on the same day: the
longest copy is kept), sorts them by time and writes one document with a
cover, a table of contents and running headers.

The period is --month YYYY-MM, or --since YYYY-MM-DD --until YYYY-MM-DD
(both days included), in the zone of --tz. An article that prints no date
is left out (the summary counts them); --undated capture places it at the
time it was archived instead: the WARC-Date of its record, or the
modification time of its file (or zip member), marked as such.

Each -o file's extension decides its format, or --to names it. Give -o
several times for several outputs.

--split site makes one digest per site (the host of the articles' URLs
without www., else the slug of their source), each de-duplicated on its
own, written into the directory -o DIR as DIR/SITE.EXT: --to names the
format, or several separated by commas (default pdf).

A broken document is reported and skipped. The outputs (and --report) are
written as a set: all of them, or none. -o - writes to standard output.
Exit codes: 0 all documents were read; 3 the digest was written but some
documents failed (see stderr or --report); 1 nothing was written (an error,
no article in the period, any failure under --strict, an interruption); 2 a
usage error (a bad flag, an INPUT that does not exist, an output that cannot
be written); 130 a second Ctrl-C.

Limits (see the README): --max-doc-size for any one document, --max-zip-size
and --max-zip-ratio for what a zip or .warc.gz file may inflate to.

Examples:
   newsarc digest --month 2023-07 -o digest.pdf testdata/archive
   newsarc digest --month 2023-07 -o july.pdf -o july.epub -o july.txt archive/ crawl.warc.gz
   newsarc digest --since 2023-07-01 --until 2023-07-15 --group section -o half.pdf export.jsonl
   newsarc digest --month 2023-07 --undated capture -o july.pdf crawl.warc.gz
   newsarc digest --month 2023-07 --split site --to pdf,jsonl -o sites/ crawl/*.warc.gz`,
		OnUsageError: func(_ *cli.Context, err error, _ bool) error { return usageError{err} },
		Flags: append(append(periodFlags("keep"), []cli.Flag{
			&cli.StringFlag{Name: "undated", Value: "drop", Usage: "articles that print no date: `drop` them, or capture: date them by when they were archived"},
			&cli.StringFlag{Name: "to", Aliases: []string{"t"}, Usage: "output `FORMAT` of every -o (default: each file's extension); with --split, formats separated by commas"},
			&cli.StringSliceFlag{Name: "output", Aliases: []string{"o"}, Usage: "output `FILE`, - for standard output; repeat for several formats; with --split, a directory"},
			&cli.StringFlag{Name: "split", Usage: "`site`: one digest per site, DIR/SITE.EXT in the directory -o DIR"},
			&cli.StringFlag{Name: "title", Usage: "digest `TITLE` (default: \"Bản tin tháng 7/2023\")"},
			&cli.StringFlag{Name: "publisher", Usage: "publication `NAME` printed on the cover and in headers"},
			&cli.StringFlag{Name: "group", Value: "day", Usage: "group the contents by `day`, section or none"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "parsing workers, 1–256 (default: one per CPU)"},
			&cli.BoolFlag{Name: "strict", Usage: "fail, writing nothing, if any document cannot be read"},
			&cli.StringFlag{Name: "report", Usage: "write a JSON report of the run to `FILE`"},
			&cli.StringSliceFlag{Name: "include", Usage: "only documents whose path matches `GLOB` (repeatable)"},
			&cli.StringSliceFlag{Name: "exclude", Usage: "skip documents whose path matches `GLOB` (repeatable)"},
			quietFlag("no progress, warnings or summary"), verboseFlag,
			maxDocFlag,
			&cli.StringFlag{Name: "max-zip-size", Value: "2GiB", Usage: "the most a zip file on disk, nested zips included, may inflate to: a `SIZE` from 1MiB to 1TiB"},
			&cli.Float64Flag{Name: "max-zip-ratio", Value: 100, Usage: "the most times a zip member, zip file or .warc.gz file may inflate its size, 2–100000"},
		}...), renderFlags()...),
		Action: runDigest,
	}
}

func runDigest(c *cli.Context) error {
	inputs := c.Args().Slice()
	if len(inputs) == 0 {
		return usagef("digest: no INPUT given; see newsarc digest --help")
	}
	for _, in := range inputs {
		if _, err := os.Stat(in); errors.Is(err, fs.ErrNotExist) {
			return usagef("digest: INPUT %s: no such file or directory", in)
		}
	}
	sel, format, err := selection(c)
	if err != nil {
		return err
	}
	outs := c.StringSlice("output")
	if len(outs) == 0 {
		return usagef("digest: no output; give -o FILE (e.g. -o digest.pdf)")
	}
	if format != "" && len(outs) > 1 {
		return usagef("digest: --to %s with several -o files; let each file's extension choose", format)
	}
	arch, err := archiveOptions(c)
	if err != nil {
		return err
	}
	opts := convert.DigestOptions{Selection: sel, Archive: arch, Report: c.String("report"), Stdout: c.App.Writer}
	quiet := c.Bool("quiet")
	conv, err := newConverter(c)
	if err != nil {
		return err
	}
	if split := c.String("split"); split != "" {
		if split != convert.SplitSite {
			return usagef("digest: --split %q: want site", split)
		}
		if len(outs) > 1 || outs[0] == "-" {
			return usagef("digest: --split site writes into one directory: give -o DIR once")
		}
		opts.Split = split
		for _, f := range strings.Split(cmp.Or(format, "pdf"), ",") {
			opts.Outputs = append(opts.Outputs, convert.Output{Path: outs[0], Format: f})
		}
		outs = nil
	}
	for _, o := range outs {
		if o == "-" {
			f, err := conv.WriterFor(format, o)
			if err != nil {
				return err
			}
			if f.Binary() && isTerminal(c.App.Writer) {
				return usagef("digest: %s is binary; give -o FILE or redirect standard output", f.Name)
			}
		}
		opts.Outputs = append(opts.Outputs, convert.Output{Path: o, Format: format})
	}
	outputs.add(c.StringSlice("output")...)
	outputs.add(opts.Report)
	stderr := c.App.ErrWriter
	var bar *progressBar
	if !quiet && isTerminal(stderr) {
		bar = newProgressBar(stderr, inputSize(inputs))
		opts.Progress = bar.update
	}
	rep, err := conv.Digest(c.Context, inputs, opts)
	if bar != nil {
		bar.done()
	}
	if rep != nil && !quiet {
		summarize(stderr, rep)
	}
	if err != nil {
		return err
	}
	if rep.Failed > 0 {
		return cli.Exit("", exitPartial)
	}
	return nil
}

// archiveOptions maps the filters and limits of reading archives.
func archiveOptions(c *cli.Context) (archive.Options, error) {
	o := archive.Options{Include: c.StringSlice("include"), Exclude: c.StringSlice("exclude")}
	var err error
	if o.MaxDocBytes, err = docSize(c); err != nil {
		return o, err
	}
	if o.MaxZipBytes, err = sizeFlag(c, "max-zip-size", 1<<20, 1<<40); err != nil {
		return o, err
	}
	if o.MaxZipRatio = c.Float64("max-zip-ratio"); o.MaxZipRatio < 2 || o.MaxZipRatio > 100000 {
		return o, usagef("--max-zip-ratio %g: want 2 to 100000", o.MaxZipRatio)
	}
	return o, nil
}

// selection turns the period, title and grouping flags into a Selection and
// the output format named by --to, if any.
func selection(c *cli.Context) (convert.Selection, string, error) {
	var sel convert.Selection
	var format string
	var err error
	if sel.Period, format, err = period(c, "digest"); err != nil {
		return sel, "", err
	}
	switch g := news.GroupBy(c.String("group")); g {
	case news.GroupByDay, news.GroupBySection, news.GroupNone:
		sel.Group = g
	default:
		return sel, "", usagef("digest: --group %q: want day, section or none", g)
	}
	switch u := convert.Undated(c.String("undated")); u {
	case convert.UndatedDrop, convert.UndatedCapture:
		sel.Undated = u
	default:
		return sel, "", usagef("digest: --undated %q: want drop or capture", u)
	}
	sel.Title, sel.Publisher = c.String("title"), c.String("publisher")
	sel.Strict = c.Bool("strict")
	if c.IsSet("jobs") {
		if sel.Jobs, err = intFlag(c, "jobs", 1, 256); err != nil {
			return sel, "", err
		}
	}
	return sel, format, nil
}

func summarize(w io.Writer, rep *convert.Report) {
	for _, f := range rep.Failures {
		say(w, "newsarc: failed: "+f.Document+": "+oneLine(f.Reason))
	}
	if more := rep.Failed - len(rep.Failures); more > 0 {
		say(w, fmt.Sprintf("newsarc: … and %d more failures, not listed", more))
	}
	for _, d := range rep.Duplicates {
		say(w, fmt.Sprintf("newsarc: duplicate (%s): kept %s, dropped %s", d.Reason, d.Kept, d.Dropped))
	}
	if more := rep.Duplicated - len(rep.Duplicates); more > 0 {
		say(w, fmt.Sprintf("newsarc: … and %d more duplicates, not listed", more))
	}
	say(w, fmt.Sprintf("newsarc: %d documents read (%d other files skipped), %d articles found, %d kept; %d out of period, %d undated, %d duplicates, %d failed",
		rep.Documents, rep.Skipped, rep.Articles, rep.Kept, rep.OutOfPeriod, rep.Undated, rep.Duplicated, rep.Failed))
	if rep.Captured > 0 {
		say(w, fmt.Sprintf("newsarc: %s that %s no date %s dated by when %s archived",
			articles(rep.Captured), oneOrMany(rep.Captured, "prints", "print"), oneOrMany(rep.Captured, "is", "are"), oneOrMany(rep.Captured, "it was", "they were")))
	}
	if rep.Undated > 0 {
		say(w, fmt.Sprintf("newsarc: %s that %s no date %s left out; --undated capture keeps %s, dated by when %s archived",
			articles(rep.Undated), oneOrMany(rep.Undated, "prints", "print"), oneOrMany(rep.Undated, "was", "were"),
			oneOrMany(rep.Undated, "it", "them"), oneOrMany(rep.Undated, "it was", "they were")))
	}
}

// articles is "1 article" or "n articles".
func articles(n int) string { return fmt.Sprintf("%d %s", n, oneOrMany(n, "article", "articles")) }

// oneOrMany is one when n is 1, else many.
func oneOrMany(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// progressBar redraws one status line on a terminal, at most ten times a
// second.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	total int64 // bytes of input, for the ETA; 0 when unknown
	start time.Time
	last  time.Time
	shown bool
}

func newProgressBar(w io.Writer, total int64) *progressBar {
	return &progressBar{w: w, total: total, start: time.Now()}
}

// inputSize adds up the sizes of the files under the inputs, for the ETA.
// Compressed archives make it an estimate.
func inputSize(inputs []string) int64 {
	var n int64
	for _, in := range inputs {
		filepath.WalkDir(in, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if fi, err := d.Info(); err == nil {
					n += fi.Size()
				}
			}
			return nil
		})
	}
	return n
}

// eta estimates the time left from the share of the input read so far.
func (p *progressBar) eta(done int64, elapsed time.Duration) string {
	if p.total <= 0 || done <= 0 || done >= p.total {
		return ""
	}
	left := time.Duration(float64(elapsed) * float64(p.total-done) / float64(done))
	return " · ETA " + left.Round(time.Second).String()
}

func (p *progressBar) update(r convert.Report) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start)
	rate := float64(r.Documents) / max(elapsed.Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r\033[K%d documents · %d kept · %d failed · %.0f docs/s · %s%s",
		r.Documents, r.Kept, r.Failed, rate, elapsed.Round(time.Second), p.eta(r.Bytes, elapsed))
	p.shown = true
}

func (p *progressBar) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
