package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsarc/newsarc/internal/safefile"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/harvest"
)

func harvestCommand() *cli.Command {
	return &cli.Command{
		Name:      "harvest",
		Usage:     "fetch a period's articles from a news site into a WARC archive, politely",
		ArgsUsage: "[SITE...]",
		Description: `Finds the articles each SITE (its home page URL) published in the period —
through the sitemaps its robots.txt names (or /sitemap.xml), with their
indexes, per-month, per-day, Google News and gzip sitemaps, and the RSS and
Atom feeds its home page announces — and writes them to the WARC file -o,
which "newsarc digest" reads. --feed adds feeds, --urls a list of URLs (one
a line; - for standard input).

Only pages of the period are kept: the dates of sitemaps and feeds, the
dates in URLs and the page's own date decide (a page fetched and found
outside the period is reported as wasted). Only the site's hosts (and their
subdomains) are crawled; images (--images) may come from any host.

Politeness: robots.txt is obeyed for the user agent
"newsarc/VERSION (+https://github.com/newsarc/newsarc)" (--user-agent
changes it, and the robots.txt group that applies), its Crawl-delay is
honoured, each host gets one request at a time (--concurrency) with --delay
between them, and 429 or 503 answers are retried after the server's
Retry-After or a growing back-off. No cookies or credentials are sent.

The WARC is written as july.warc.gz, then july-00001.warc.gz… once a
segment passes --max-size; each segment keeps a temporary name (.open)
until closed, so an interrupted run (Ctrl-C) leaves valid files with every
page finished. --append adds new segments beside the existing ones and
fetches no URL they already hold: run it daily to keep a month's archive
growing. Without --append, an existing output is refused.

Exit codes: 0 all fetches succeeded; 3 some failed (listed on stderr and in
--report; --append tries them again); 1 nothing could be fetched, or the run
was interrupted; 2 a usage error.

Examples:
   newsarc harvest --month 2023-07 -o july.warc.gz https://baomau.vn/
   newsarc digest --month 2023-07 -o july.pdf july.warc.gz
   newsarc harvest --month 2023-07 --images --report july.json -o july.warc.gz https://baomau.vn/
   newsarc harvest --since 2023-07-01 --until 2023-07-15 --feed https://baomau.vn/rss/thoi-su.rss -o half.warc.gz
   newsarc harvest --month 2023-07 --urls links.txt -o july.warc.gz
   # every morning (a cron job): yesterday's month so far
   m=$(date -d yesterday +%Y-%m); newsarc harvest --append -q --month $m -o /srv/archive/$m.warc.gz https://baomau.vn/`,
		OnUsageError: func(_ *cli.Context, err error, _ bool) error { return usageError{err} },
		Flags: append(periodFlags("harvest"), []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "the WARC `FILE` to write: NAME.warc.gz"},
			&cli.BoolFlag{Name: "append", Aliases: []string{"a"}, Usage: "add to the existing WARC segments, fetching nothing they hold"},
			&cli.StringSliceFlag{Name: "feed", Usage: "an RSS or Atom feed `URL` to read (repeatable)"},
			&cli.StringFlag{Name: "urls", Usage: "a `FILE` of URLs to fetch, one a line (- for standard input)"},
			&cli.BoolFlag{Name: "images", Usage: "also fetch the images of kept articles, so that a digest is complete offline"},
			&cli.StringFlag{Name: "delay", Value: "1s", Usage: "wait `DURATION` between requests to a host (a longer Crawl-delay wins); 0 for none"},
			&cli.IntFlag{Name: "concurrency", Value: 1, Usage: "`N` requests to one host at a time"},
			&cli.StringFlag{Name: "user-agent", Usage: "the User-Agent `STRING` sent, and whose robots.txt group applies (default: newsarc/VERSION (+https://github.com/newsarc/newsarc))"},
			&cli.StringFlag{Name: "timeout", Value: "30s", Usage: "give up a request after `DURATION`"},
			&cli.IntFlag{Name: "retries", Value: harvest.DefaultRetries, Usage: "`N` retries of a request answered 429, 502, 503 or 504"},
			&cli.StringFlag{Name: "max-size", Value: "1G", Usage: "start a new WARC segment past `SIZE` (e.g. 500M, 1G)"},
			&cli.StringFlag{Name: "report", Usage: "write a JSON report of the run to `FILE`"},
			quietFlag("no progress, warnings or summary; failures are still listed"), verboseFlag,
		}...),
		Action: runHarvest,
	}
}

func runHarvest(c *cli.Context) error {
	opts, err := harvestOptions(c)
	if err != nil {
		return err
	}
	quiet, stderr := c.Bool("quiet"), c.App.ErrWriter
	if opts.Logger, err = logger(c); err != nil {
		return err
	}
	var line *harvestLine
	if !quiet && isTerminal(stderr) {
		line = &harvestLine{w: stderr}
		opts.Progress = line.update
	}
	rep, err := harvest.Run(c.Context, opts)
	if line != nil {
		line.clear()
	}
	if errors.Is(err, harvest.ErrOptions) {
		return usageError{err}
	}
	if errors.Is(err, harvest.ErrExists) {
		return fmt.Errorf("%w; give --append to add to it, or another -o", err)
	}
	if rep == nil {
		return err
	}
	summarizeHarvest(stderr, rep, quiet)
	if path := c.String("report"); path != "" {
		if werr := convert.WriteFileAtomic(path, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(rep)
		}); werr != nil && err == nil {
			err = werr
		}
	}
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "newsarc: interrupted; %s kept; run again with --append to go on\n", files(rep.Output))
		return cli.Exit("", exitFailure)
	case err != nil:
		return err
	case len(rep.Failures) > 0 && rep.Fetched+rep.Images == 0 && (rep.Found > 0 || rep.Listings == 0):
		fmt.Fprintln(stderr, "newsarc: harvest: nothing could be fetched")
		return cli.Exit("", exitFailure)
	case len(rep.Failures) > 0:
		return cli.Exit("", exitPartial)
	}
	return nil
}

// harvestOptions maps the flags to harvest.Options; a bad flag is a usage
// error.
func harvestOptions(c *cli.Context) (harvest.Options, error) {
	o := harvest.Options{
		Sites: c.Args().Slice(), Feeds: c.StringSlice("feed"), Output: c.String("output"), Append: c.Bool("append"),
		Images: c.Bool("images"), UserAgent: c.String("user-agent"), Concurrency: c.Int("concurrency"), Retries: c.Int("retries"),
	}
	var err error
	var to string
	if o.Period, to, err = period(c, "harvest"); err != nil {
		return o, err
	}
	if to != "" {
		return o, usagef("harvest: --to %q: harvest writes WARC; the last day of the period is --until DAY", to)
	}
	if o.Output == "" {
		return o, usagef("harvest: no output; give -o FILE.warc.gz")
	}
	if path := c.String("urls"); path != "" {
		if o.URLs, err = readURLs("harvest", path, c.App.Reader); err != nil {
			return o, err
		}
	}
	if len(o.Sites)+len(o.Feeds)+len(o.URLs) == 0 {
		return o, usagef("harvest: nothing to harvest; give a SITE URL, --feed URL or --urls FILE; see newsarc harvest --help")
	}
	if o.Delay, err = parseSeconds(c.String("delay")); err != nil {
		return o, usagef("harvest: --delay %q: want a duration such as 1s, 500ms or 0", c.String("delay"))
	}
	if o.Delay == 0 {
		o.Delay = -1 // none; harvest's zero is its default
	}
	if o.Timeout, err = parseSeconds(c.String("timeout")); err != nil || o.Timeout <= 0 {
		return o, usagef("harvest: --timeout %q: want a duration such as 30s", c.String("timeout"))
	}
	if o.MaxSize, err = parseSize(c.String("max-size")); err != nil {
		return o, usagef("harvest: --max-size %q: want a size such as 500M or 1G", c.String("max-size"))
	}
	if o.Concurrency < 1 {
		return o, usagef("harvest: --concurrency %d: want 1 or more", o.Concurrency)
	}
	if o.Retries == 0 {
		o.Retries = -1 // none
	}
	return o, nil
}

// readURLs reads a list of http(s) URLs, for cmd's --urls: one a line,
// blank lines and # comments skipped. A list is a regular file (or - for
// stdin) of at most maxURLList bytes; a line that is no URL is a usage
// error naming it, before anything is fetched.
func readURLs(cmd, path string, stdin io.Reader) ([]string, error) {
	r := stdin
	if path != "-" {
		f, _, err := safefile.Open(path)
		if err != nil {
			return nil, usagef("%s: --urls %s: %v", cmd, path, err)
		}
		defer f.Close()
		r = f
	}
	var urls []string
	sc := bufio.NewScanner(safefile.LimitReader(r, maxURLList, errURLList))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 1
	for ; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			if !sc.Scan() && sc.Err() != nil {
				break // the line was cut by the size cap: say that
			}
			return nil, usagef("%s: %s:%d: %q is not an http(s) URL", cmd, path, n, oneLine(line))
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return nil, usagef("%s: %s:%d: a line longer than 1 MiB, not a URL", cmd, path, n)
	} else if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", cmd, path, err)
	}
	return urls, nil
}

// maxURLList bounds a --urls list: a million URLs of 64 bytes.
const maxURLList = 64 << 20

var errURLList = errors.New("URL list too long (the most is 64 MiB)")

// parseSeconds reads a duration: "1s", "500ms", "1m30s", or a plain number
// of seconds ("2", "0.5").
func parseSeconds(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 {
		return time.Duration(f * float64(time.Second)), nil
	}
	d, err := time.ParseDuration(s)
	if err == nil && d < 0 {
		err = errors.New("negative")
	}
	return d, err
}

// parseSize reads a size: bytes, or a number with K, M or G (powers of
// 1024; "MB", "MiB" alike).
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	if n := len(t); n > 0 {
		switch t[n-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:n-1]
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
	if err != nil || f <= 0 || f*float64(mult) > 1<<50 {
		return 0, fmt.Errorf("size %q", s)
	}
	return int64(f * float64(mult)), nil
}

func files(paths []string) string {
	if len(paths) == 0 {
		return "nothing was written,"
	}
	return strings.Join(paths, ", ")
}

func summarizeHarvest(w io.Writer, rep *harvest.Report, quiet bool) {
	for _, f := range rep.Failures {
		fmt.Fprintf(w, "newsarc: failed: %s: %s\n", f.URL, oneLine(f.Reason))
	}
	if quiet {
		return
	}
	skipped, reasons := 0, []string{}
	for _, k := range []string{harvest.SkipOutOfPeriod, harvest.SkipHarvested, harvest.SkipRobots, harvest.SkipOtherHost, harvest.SkipScheme, harvest.SkipCredentials} {
		if n := rep.Skipped[k]; n > 0 {
			skipped += n
			reasons = append(reasons, fmt.Sprintf("%d %s", n, k))
		}
	}
	why := ""
	if len(reasons) > 0 {
		why = " (" + strings.Join(reasons, ", ") + ")"
	}
	out := "nothing written"
	if len(rep.Output) > 0 {
		out = fmt.Sprintf("%.1f MB in %s", float64(rep.Bytes)/(1<<20), strings.Join(rep.Output, ", "))
	}
	fmt.Fprintf(w, "newsarc: harvest: %d sitemaps and feeds read, %d URLs found; %d pages fetched: %d kept, %d not (out of period or undated); %d images; %d URLs skipped%s; %d failed; %s (%.1f s)\n",
		rep.Listings, rep.Listed, rep.Fetched, rep.Kept, len(rep.Wasted), rep.Images, skipped, why, len(rep.Failures), out, rep.Duration)
}

// harvestLine redraws one status line on a terminal, at most ten times a
// second.
type harvestLine struct {
	mu    sync.Mutex
	w     io.Writer
	last  time.Time
	shown bool
}

func (l *harvestLine) update(p harvest.Progress) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	if now.Sub(l.last) < 100*time.Millisecond {
		return
	}
	l.last = now
	if p.Discovering {
		fmt.Fprintf(l.w, "\r\033[Kreading sitemaps and feeds: %d read · %d URLs found · %s", p.Listings, p.Listed, p.Elapsed.Round(time.Second))
	} else {
		rate := float64(p.Fetched+p.Images+p.Failed) / max(p.Elapsed.Seconds(), 1e-3)
		eta := ""
		if rate > 0 && p.Queued > 0 {
			eta = " · ETA " + time.Duration(float64(p.Queued)/rate*float64(time.Second)).Round(time.Second).String()
		}
		fmt.Fprintf(l.w, "\r\033[K%d found · %d fetched · %d kept · %d skipped · %d failed · %.1f pages/s%s",
			p.Found, p.Fetched, p.Kept, p.Skipped+p.Wasted, p.Failed, rate, eta)
	}
	l.shown = true
}

func (l *harvestLine) clear() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.shown {
		fmt.Fprint(l.w, "\r\033[K")
	}
}
