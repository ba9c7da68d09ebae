// Command newsarc-beam makes newsarc's per-site, per-month digests of
// archives too big for one machine, as an Apache Beam pipeline: locally on
// Beam's Prism runner (the default), or on Google Dataflow, Apache Flink or
// Apache Spark with Beam's runner flags.
//
//	newsarc-beam --input IN [--input IN…] --output DIR [--month YYYY-MM | --since DAY --until DAY]
//	             [--tz ZONE] [--formats jsonl,pdf,…] [Beam flags: --runner, --endpoint, --worker_binary…]
//
// It writes DIR/<site>/<YYYY-MM>.<ext> for every site and month, and
// DIR/summary.json. See pkg/beam/README.md for launching on a cluster.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	_ "time/tzdata" // workers' containers may have no zone database

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	nbeam "github.com/newsarc/newsarc/pkg/beam"
)

// Exit codes, as newsarc digest's.
const (
	exitOK      = 0
	exitFailure = 1 // the pipeline failed, or no article was kept
	exitUsage   = 2
	exitPartial = 3 // written, but some documents failed
)

type list []string

func (l *list) String() string { return strings.Join(*l, ",") }
func (l *list) Set(v string) error {
	*l = append(*l, v)
	return nil
}

var (
	inputs    list
	output    = flag.String("output", "", "the `DIR` (local, gs://, s3://) the digests go to: DIR/SITE/YYYY-MM.EXT")
	month     = flag.String("month", "", "the calendar `YYYY-MM` to keep")
	since     = flag.String("since", "", "the first `DAY` (YYYY-MM-DD) to keep")
	until     = flag.String("until", "", "the last `DAY` (YYYY-MM-DD) to keep")
	tz        = flag.String("tz", "Asia/Ho_Chi_Minh", "the time `ZONE` that decides days and months")
	undated   = flag.String("undated", "drop", "articles that print no date: `drop` them, or capture: date them by when they were archived")
	formats   = flag.String("formats", "jsonl", "the `FORMATS` of each digest, separated by commas: jsonl, json, pdf, epub, html, md, docx, text")
	title     = flag.String("title", "", "the `TITLE` of every digest (default: \"Bản tin tháng 7/2023\")")
	publisher = flag.String("publisher", "", "the publication `NAME` printed on covers")
	group     = flag.String("group", "day", "group the contents by `day`, section or none")
	maxArts   = flag.Int("max-articles", nbeam.DefaultMaxArticles, "the most articles in one digest document (`N`); bigger months are written in parts")
	jobs      = flag.Int("jobs", 0, "parsing workers per file read (`N`; default: one per CPU)")
	pathsBase = flag.String("paths-base", "", "the `PREFIX` of relative lines of an @FILE list (default: the list's directory)")
	includes  list
	excludes  list
	quiet     = flag.Bool("quiet", false, "print nothing but errors")
	verbose   = flag.Bool("verbose", false, "print the runner's notes too")
)

func init() {
	flag.Var(&inputs, "input", "an `INPUT`: a file, directory or glob, a gs:// or s3:// URL or glob (ending in / for everything below), or @FILE listing inputs (.gz too); repeatable")
	flag.Var(&includes, "include", "only documents whose path matches `GLOB` (repeatable)")
	flag.Var(&excludes, "exclude", "skip documents whose path matches `GLOB` (repeatable)")
	flag.Usage = func() {
		fmt.Fprint(flag.CommandLine.Output(), `Usage: newsarc-beam --input IN [--input IN…] --output DIR [--month YYYY-MM | --since DAY --until DAY]
                    [--tz ZONE] [--formats jsonl,pdf,…] [Beam flags]

Makes one digest per site and month of the articles in the inputs, as
newsarc digest --split site does for one month, with Apache Beam: on Beam's
Prism runner in this process by default, or on Dataflow, Flink or Spark
(--runner=dataflow|flink|spark|universal, see pkg/beam/README.md). Writes
DIR/SITE/YYYY-MM.EXT (parts YYYY-MM-partN.EXT past --max-articles) and
DIR/summary.json; exit 0, 3 when some documents failed, 1 on an error or
when no article was kept, 2 on a usage error.

Examples:
   newsarc-beam --input testdata/archive --output out/ --month 2023-07 --formats jsonl,pdf
   newsarc-beam --input 'crawl/*.warc.gz' --output out/ --since 2023-05-01 --until 2023-08-31
   newsarc-beam --input @warc.paths.gz --paths-base s3://commoncrawl/ --output gs://b/news/ \
       --runner=dataflow --project=P --region=europe-west1 --staging_location=gs://b/staging \
       --worker_binary=newsarc-beam-linux-amd64

Flags of newsarc-beam:
`)
		flag.VisitAll(func(f *flag.Flag) {
			if strings.Contains("input output month since until tz undated formats title publisher group max-articles jobs paths-base include exclude quiet verbose", f.Name) && !strings.Contains(f.Name, "_") {
				name, usage := flag.UnquoteUsage(f)
				fmt.Fprintf(flag.CommandLine.Output(), "  --%s %s\n    \t%s\n", f.Name, name, usage)
			}
		})
		fmt.Fprintln(flag.CommandLine.Output(), "\nBeam's flags (--runner, --endpoint, --environment_type, --worker_binary, --project…): newsarc-beam --help-beam")
	}
}

func main() {
	// NEWSARC_CPUPROFILE=file writes a CPU profile of a local run, for
	// `go tool pprof`.
	if path := os.Getenv("NEWSARC_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer f.Close()
		}
	}
	code := run()
	pprof.StopCPUProfile()
	os.Exit(code)
}

func run() int {
	helpBeam := flag.Bool("help-beam", false, "list Beam's flags")
	flag.Parse()
	if *helpBeam {
		flag.CommandLine.SetOutput(os.Stdout)
		flag.PrintDefaults()
		return exitOK
	}
	beam.Init() // on a worker, this runs the worker and does not return
	dryRun := flag.Lookup("dry_run") != nil && flag.Lookup("dry_run").Value.String() == "true"
	level := slog.LevelWarn // Prism's progress notes are not for users
	switch {
	case *verbose || dryRun: // a dry run prints the job at the level of info
		level = slog.LevelInfo
	case *quiet:
		level = slog.LevelError
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})))
	o := nbeam.Options{
		Inputs: inputs, PathsBase: *pathsBase, Output: *output,
		Month: *month, Since: *since, Until: *until, TZ: *tz, Undated: *undated,
		Formats: strings.Split(*formats, ","), Title: *title, Publisher: *publisher, Group: *group,
		MaxArticles: *maxArts, Jobs: *jobs, Include: includes, Exclude: excludes,
	}
	if flag.NArg() > 0 {
		return usage("unexpected argument %q: give inputs with --input", flag.Arg(0))
	}
	if err := o.Check(); err != nil {
		return usage("%v", err)
	}
	for _, in := range o.Inputs {
		if !strings.Contains(in, "://") && !strings.ContainsAny(in, "*?[") && !strings.HasPrefix(in, "@") {
			if _, err := os.Stat(in); err != nil {
				return usage("--input %s: no such file or directory", in)
			}
		}
	}
	if inProcess() && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	local := !strings.Contains(o.Output, "://")
	summary := strings.TrimSuffix(o.Output, "/") + "/" + nbeam.SummaryFile
	if local {
		os.Remove(summary) // an earlier run's
	}
	p, s := beam.NewPipelineWithRoot()
	nbeam.Digest(s, o)
	ctx := context.Background()
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintln(os.Stderr, "newsarc-beam:", err)
		return exitFailure
	}
	switch {
	case dryRun:
		if !*quiet {
			fmt.Fprintln(os.Stderr, "newsarc-beam: the job was translated, not submitted (--dry_run)")
		}
		return exitOK
	case !local:
		if !*quiet {
			fmt.Fprintf(os.Stderr, "newsarc-beam: the job ran; its summary is %s\n", summary)
		}
		return exitOK
	}
	return report(summary)
}

// memoryLimit is the soft heap limit of a run on Prism in this process,
// unless GOMEMLIMIT says otherwise: Prism holds every element in memory,
// several times over, and the heap would grow to twice that before a
// collection (a 50,000-page crawl, every month: 4.2 GB of RSS without a
// limit, 1.3 GB with 1.2 GiB, for 4% more CPU time).
const memoryLimit = 1536 << 20

// inProcess reports a run on Prism in this process: no runner named, or
// Prism without a job server's endpoint.
func inProcess() bool {
	runner, endpoint := flag.Lookup("runner"), flag.Lookup("endpoint")
	r := ""
	if runner != nil {
		r = strings.ToLower(runner.Value.String())
	}
	return (r == "" || r == "prism" || r == "prismrunner") && (endpoint == nil || endpoint.Value.String() == "")
}

// report prints the run's summary and says how it went.
func report(name string) int {
	sum, err := readSummary(name)
	if errors.Is(err, fs.ErrNotExist) {
		if !*quiet {
			fmt.Fprintf(os.Stderr, "newsarc-beam: no summary at %s: the job was not run here\n", name)
		}
		return exitOK
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsarc-beam:", err)
		return exitFailure
	}
	if !*quiet {
		for i, f := range sum.Failures {
			if i == 20 {
				fmt.Fprintf(os.Stderr, "newsarc-beam: … %d more failures in %s\n", sum.Failed-i, name)
				break
			}
			fmt.Fprintf(os.Stderr, "newsarc-beam: failed: %s: %s\n", f.Document, f.Reason)
		}
		fmt.Fprintf(os.Stderr, "newsarc-beam: %d documents read (%d other files skipped), %d articles found, %d kept in %d digests; %d out of period, %d undated, %d duplicates, %d failed; summary: %s\n",
			sum.Documents, sum.Skipped, sum.Articles, sum.Kept, len(sum.Digests), sum.OutOfPeriod, sum.Undated, sum.Duplicated, sum.Failed, name)
		if sum.Captured > 0 {
			fmt.Fprintf(os.Stderr, "newsarc-beam: articles that print no date, dated by when they were archived: %d\n", sum.Captured)
		}
	}
	switch {
	case sum.Kept == 0:
		fmt.Fprintln(os.Stderr, "newsarc-beam: no article in the period; nothing was written")
		return exitFailure
	case sum.Failed > 0:
		return exitPartial
	}
	return exitOK
}

func readSummary(name string) (*nbeam.Summary, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var sum nbeam.Summary
	if err := json.Unmarshal(b, &sum); err != nil {
		return nil, fmt.Errorf("%s: unreadable summary: %w", name, err)
	}
	return &sum, nil
}

func usage(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "newsarc-beam: "+format+"; see newsarc-beam --help\n", args...)
	return exitUsage
}
