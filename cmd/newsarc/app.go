package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/docx"
	"github.com/newsarc/newsarc/pkg/epub"
	"github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/htmldoc"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/pdf"
	"github.com/newsarc/newsarc/pkg/text"
)

// Exit codes. A crash of the Go runtime exits with 2 as well; memory is
// bounded so that it cannot happen.
const (
	exitOK      = 0
	exitFailure = 1   // bad input, a failed conversion, an interruption: nothing written
	exitUsage   = 2   // a bad flag, an unknown format, missing arguments, an input that does not exist, an output that cannot be written
	exitPartial = 3   // written, but some inputs or documents failed and were left out
	exitSignal  = 130 // a second signal: ended at once
)

// userAgent names newsarc to the servers it fetches images from.
const userAgent = "Mozilla/5.0 (compatible; newsarc/0.1; +https://github.com/newsarc/newsarc)"

// usageError marks errors that are the caller's wording, not the input's.
type usageError struct{ error }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// run is main without the process: it returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	args, err := arrangeArgs(app, args)
	if err == nil {
		err = app.RunContext(ctx, args)
	}
	if err == nil {
		return exitOK
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) && ec.Error() == "" {
		return ec.ExitCode() // already reported, e.g. a digest with failures
	}
	var set *convert.SetError
	if errors.Is(err, context.Canceled) && !errors.As(err, &set) {
		say(stderr, "newsarc: interrupted; no output was written")
		return exitFailure
	}
	var partial *convert.PartialError
	if errors.As(err, &partial) {
		for _, f := range partial.Failures {
			say(stderr, "newsarc: failed: "+f.Document+": "+oneLine(f.Reason))
		}
		if more := partial.Failed - len(partial.Failures); more > 0 {
			say(stderr, fmt.Sprintf("newsarc: … and %d more failures, not listed", more))
		}
		say(stderr, "newsarc: "+err.Error())
		if partial.Written {
			return exitPartial
		}
		return exitFailure
	}
	say(stderr, "newsarc: "+oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) || errors.Is(err, news.ErrUnknownFormat) || errors.Is(err, convert.ErrOutputPath) {
		return exitUsage
	}
	return exitFailure
}

// oneLine keeps an error message to one line: the first problems of a long
// validation report are enough on a terminal.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 600 {
		s = s[:600] + "…"
	}
	return s
}

// say prints a line for a person at a terminal. Names and text come from
// the input, so control characters (an escape sequence in a zip member's
// name clears the screen) are shown quoted, Go style, never sent as they
// are.
func say(w io.Writer, line string) {
	io.WriteString(w, terminalSafe(line)+"\n")
}

func terminalSafe(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unsafeRune reports C0 and C1 controls, DEL, invalid UTF-8 and the
// bidirectional overrides that reorder what a terminal shows.
func unsafeRune(r rune) bool {
	return r < 0x20 || r >= 0x7f && r < 0xa0 || r == utf8.RuneError ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// version is the module's version and the VCS revision the binary was
// built from, as the Go toolchain recorded them.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown (built without module support)"
	}
	return versionOf(bi)
}

// versionOf prints "v1.2.3, revision 1a2b3c… of 2024-05-02T10:00:00Z,
// modified" ("(devel)" for a build of a checkout that no tag names).
func versionOf(bi *debug.BuildInfo) string {
	v := cmp.Or(bi.Main.Version, "(devel)")
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev == "" {
		return v + ", no VCS revision recorded (built outside a git checkout, or with -buildvcs=false)"
	}
	if at != "" {
		rev += " of " + at
	}
	return v + ", revision " + rev + modified
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:    "newsarc",
		Usage:   "turn news articles and archives into PDF, EPUB, HTML, Word, Markdown, text bulletins and JSON",
		Version: version(),
		Description: `newsarc reads news articles — HTML pages (files, stdin or URLs) or newsarc's
canonical JSON — and writes clean documents: a PDF to print and archive, an
EPUB for e-readers, a plain-text bulletin to read on air, or JSON.
Vietnamese is first-class: legacy encodings, dates and bylines are understood,
and the embedded fonts carry every Vietnamese letter.

Examples:
   newsarc convert testdata/articles/seed-giao-ban.json --to text
   newsarc convert page.html -o article.pdf
   newsarc formats`,
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		HideHelpCommand:      true,
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {}, // run() reports errors and picks the code
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		Commands: commands(),
	}
}

func commands() []*cli.Command {
	cmds := []*cli.Command{convertCommand(), digestCommand(), harvestCommand(), formatsCommand(), completionCommand(), manCommand()}
	for _, c := range cmds {
		c.BashComplete = completeFlags
	}
	return cmds
}

func convertCommand() *cli.Command {
	return &cli.Command{
		Name:      "convert",
		Usage:     "convert articles from one format to another",
		ArgsUsage: "[INPUT...]",
		Description: `Reads each INPUT — a file, an http(s) URL, or - for standard input — and
writes one document. With no INPUT (and no --urls), standard input is read
when it is a pipe or a file; on a terminal, this help is printed. The input
format is recognised from the content (or name it with --from); the output
format comes from --to, else from the extension of -o, else it is the text
bulletin. Without -o, text, JSON, HTML and Markdown go to standard output.
Several inputs make one multi-article document (a digest PDF or EPUB, a
bulletin, a JSON collection; --title, --publisher and --group shape it)
unless --each writes one file per input into the directory given by -o.

--urls FILE adds the URLs listed in FILE (one a line, - for standard input;
blank lines and # comments are skipped), fetched a few at a time with the
usual limits; the document keeps their order.

An input that cannot be read among several is reported and left out.
Exit codes: 0 written; 3 written, but some inputs failed and were left out;
1 nothing written (an error, or every input failed); 2 a usage error (a bad
flag, an output that is a directory or one of the inputs); 130 a second
Ctrl-C.

Examples:
   newsarc convert testdata/articles/seed-giao-ban.json --to text
   newsarc convert testdata/articles/seed-giao-ban.json -o seed.json
   cat page.html | newsarc convert --to text --width 60
   newsarc convert --each -o out/ --to text a.json b.json
   newsarc convert --urls links.txt --title "Điểm báo" -o morning.pdf`,
		OnUsageError: func(_ *cli.Context, err error, _ bool) error { return usageError{err} },
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "from", Aliases: []string{"f"}, Usage: "input `FORMAT` (default: recognised from the content)"},
			&cli.StringFlag{Name: "to", Aliases: []string{"t"}, Usage: "output `FORMAT` (default: from the extension of -o, else text)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output `FILE`, - for standard output; with --each, a directory"},
			&cli.StringFlag{Name: "url", Usage: "the page's `URL` for HTML input: base for relative links and images"},
			&cli.BoolFlag{Name: "each", Usage: "write one output per input into the directory given by -o, named by the article's slug"},
			&cli.StringFlag{Name: "urls", Usage: "also read the http(s) URLs listed in `FILE`, one a line (- for standard input)"},
			&cli.StringFlag{Name: "title", Usage: "`TITLE` of a multi-article document (default: the first input's, or the period's)"},
			&cli.StringFlag{Name: "publisher", Usage: "publication `NAME` printed on the cover and in headers of a multi-article document"},
			&cli.StringFlag{Name: "group", Usage: "contents of a multi-article document grouped by `day` (default), section or none"},
			quietFlag("do not print warnings"), verboseFlag,
			maxDocFlag,
		}, renderFlags()...),
		Action: runConvert,
	}
}

func formatsCommand() *cli.Command {
	return &cli.Command{
		Name:  "formats",
		Usage: "list the formats newsarc reads and writes",
		Description: `Lists every format with its extensions and whether newsarc can read it,
write it, or both.

Example:
   newsarc formats`,
		Action: func(c *cli.Context) error {
			conv := convert.New(convert.Options{})
			w := c.App.Writer
			fmt.Fprintf(w, "%-6s %-16s %-5s %-5s %-25s %s\n", "NAME", "ALIASES", "READ", "WRITE", "EXTENSIONS", "DESCRIPTION")
			for _, f := range conv.Formats {
				aliases := strings.Join(f.Aliases, " ")
				if aliases == "" {
					aliases = "-"
				}
				fmt.Fprintf(w, "%-6s %-16s %-5s %-5s %-25s %s\n", f.Name, aliases, yesNo(f.Reader != nil), yesNo(f.Writer != nil),
					strings.Join(f.Extensions, " "), f.Description)
			}
			return nil
		},
	}
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "-"
}

func runConvert(c *cli.Context) error {
	inputs := c.Args().Slice()
	if list := c.String("urls"); list != "" {
		if list == "-" && slices.Contains(inputs, "-") {
			return usagef("convert: standard input cannot be both an INPUT and the --urls list")
		}
		urls, err := readURLs("convert", list, c.App.Reader)
		if err != nil {
			return err
		}
		if len(urls) == 0 {
			return usagef("convert: --urls %s lists no URL", list)
		}
		inputs = append(inputs, urls...)
	}
	if len(inputs) == 0 {
		if isTerminal(c.App.Reader) {
			cli.HelpPrinter(c.App.ErrWriter, cli.CommandHelpTemplate, c.Command)
			return usagef("convert: no INPUT given (a file, a URL, or - for standard input)")
		}
		inputs = []string{"-"} // a pipe or a file, as pandoc reads it
	}
	conv, err := newConverter(c)
	if err != nil {
		return err
	}
	maxDoc, err := docSize(c)
	if err != nil {
		return err
	}
	out := c.String("output")
	f, err := conv.WriterFor(c.String("to"), out)
	if err != nil {
		return err
	}
	each := c.Bool("each")
	if each && (out == "" || out == "-") {
		return usagef("convert: --each needs -o DIRECTORY")
	}
	if !each && (out == "" || out == "-") && f.Binary() && isTerminal(c.App.Writer) {
		return usagef("convert: %s is binary; give -o FILE or redirect standard output", f.Name)
	}
	outputs.add(out)
	return conv.ConvertFiles(c.Context, convert.FileOptions{
		ReadOptions: convert.ReadOptions{From: c.String("from"), BaseURL: c.String("url"), Stdin: c.App.Reader, MaxBytes: maxDoc},
		Inputs:      inputs, Output: out, To: f.Name, Each: each, Stdout: c.App.Writer,
		Title: c.String("title"), Publisher: c.String("publisher"),
	})
}

// quietFlag and verboseFlag set what the commands print on standard error.
func quietFlag(usage string) cli.Flag {
	return &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: usage}
}

var verboseFlag = &cli.BoolFlag{Name: "verbose", Usage: "also print what the HTML reader decided (title, body, blocks dropped) and other details, as debug lines"}

// maxDocFlag caps every document read, by both commands.
var maxDocFlag = &cli.StringFlag{Name: "max-doc-size", Value: "64MiB", Usage: "the largest `SIZE` of one document (a file, a zip member, a WARC record, a JSON line), 1KiB–1GiB"}

func docSize(c *cli.Context) (int64, error) {
	return sizeFlag(c, "max-doc-size", 1<<10, 1<<30)
}

// sizeUnits are the suffixes of a size flag: powers of 1000 and of 1024.
var sizeUnits = map[string]float64{"": 1, "b": 1, "k": 1e3, "kb": 1e3, "kib": 1 << 10, "m": 1e6, "mb": 1e6, "mib": 1 << 20,
	"g": 1e9, "gb": 1e9, "gib": 1 << 30, "t": 1e12, "tb": 1e12, "tib": 1 << 40}

// sizeFlag reads a size flag — bytes, or a number with a unit such as MB or
// MiB — within [lo, hi].
func sizeFlag(c *cli.Context, name string, lo, hi int64) (int64, error) {
	v := strings.TrimSpace(c.String(name))
	num := strings.TrimRightFunc(v, unicode.IsLetter)
	unit := sizeUnits[strings.ToLower(v[len(num):])]
	n, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if size := n * unit; err == nil && size >= float64(lo) && size <= float64(hi) {
		return int64(size), nil
	}
	return 0, usagef("--%s %q: want a size from %s to %s, such as 64MiB", name, v, binarySize(lo), binarySize(hi))
}

// binarySize prints a size that is a whole number of KiB, MiB, GiB or TiB.
func binarySize(n int64) string {
	for _, u := range []struct {
		name  string
		shift uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// intFlag reads an integer flag within [lo, hi].
func intFlag(c *cli.Context, name string, lo, hi int) (int, error) {
	n := c.Int(name)
	if n < lo || n > hi {
		return 0, usagef("--%s %d: want %d to %d", name, n, lo, hi)
	}
	return n, nil
}

// renderFlags shape the output of both convert and digest.
func renderFlags() []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: "width", Value: text.DefaultWidth, Usage: "line width of a text bulletin, in characters (20–500)"},
		&cli.StringFlag{Name: "paper", Value: "A4", Usage: "PDF page `SIZE`: A4, A5 or Letter"},
		&cli.StringFlag{Name: "font-dir", Usage: "`DIR` holding your own TrueType family (NAME-Regular.ttf, NAME-Bold.ttf, …)"},
		&cli.StringFlag{Name: "font", Usage: "family `NAME` in --font-dir for body text (checked for every Vietnamese letter)"},
		&cli.StringFlag{Name: "heading-font", Usage: "family `NAME` in --font-dir for titles and captions (default: --font)"},
		&cli.BoolFlag{Name: "continuous", Usage: "PDF digest: let articles follow each other instead of each starting a page"},
		&cli.BoolFlag{Name: "no-fonts", Usage: "EPUB: embed no font (smaller; readers use their own)"},
		&cli.StringFlag{Name: "profiles", Usage: "JSON `FILE` of site profiles (CSS selectors) for the HTML reader"},
		&cli.BoolFlag{Name: "fetch-images", Usage: "download remote images over HTTP(S) (default: offline, local images only)"},
		&cli.StringFlag{Name: "extract-media", Usage: "HTML and Markdown: write images into `DIR` and link them, instead of embedding (HTML) or linking their sources (Markdown)"},
		&cli.BoolFlag{Name: "embed-fonts", Usage: "HTML and DOCX: embed the fonts (Noto, or --font-dir's) as a fallback for machines without Vietnamese fonts"},
	}
}

// newConverter maps the flags that shape output to convert.Options.
func newConverter(c *cli.Context) (*convert.Converter, error) {
	log, err := logger(c)
	if err != nil {
		return nil, err
	}
	width, err := intFlag(c, "width", 20, 500)
	if err != nil {
		return nil, err
	}
	o := convert.Options{
		Text:    text.Options{Width: width},
		PDF:     pdf.Options{PageSize: pdf.PageSize(c.String("paper")), Continuous: c.Bool("continuous")},
		EPUB:    epub.Options{NoFonts: c.Bool("no-fonts")},
		HTMLDoc: htmldoc.Options{EmbedFonts: c.Bool("embed-fonts")},
		DOCX:    docx.Options{Paper: c.String("paper"), EmbedFonts: c.Bool("embed-fonts")},
		Logger:  log,
	}
	if dir := c.String("extract-media"); dir != "" {
		if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
			return nil, news.NameError(dir, fmt.Errorf("%w: it is a file; --extract-media writes into a directory", convert.ErrOutputPath))
		}
		href := mediaHref(c, dir)
		o.HTMLDoc.MediaDir, o.HTMLDoc.MediaHref = dir, href
		o.Markdown.MediaDir, o.Markdown.MediaHref = dir, href
	}
	switch o.Group = news.GroupBy(c.String("group")); o.Group {
	case "", news.GroupByDay, news.GroupBySection, news.GroupNone:
	default:
		return nil, usagef("--group %q: want day, section or none", o.Group)
	}
	switch strings.ToLower(c.String("paper")) {
	case "a4", "a5", "letter":
	default:
		return nil, usagef("--paper %q: want A4, A5 or Letter", c.String("paper"))
	}
	if dir := c.String("font-dir"); dir != "" || c.String("font") != "" {
		if dir == "" || c.String("font") == "" {
			return nil, usagef("--font-dir and --font go together")
		}
		body, err := fonts.Load(dir, c.String("font"))
		if err != nil {
			return nil, err
		}
		heading := body
		if name := c.String("heading-font"); name != "" {
			if heading, err = fonts.Load(dir, name); err != nil {
				return nil, err
			}
		}
		o.PDF.Body, o.PDF.Heading, o.EPUB.Font = body, heading, body
		o.HTMLDoc.Body, o.HTMLDoc.Heading, o.DOCX.Body, o.DOCX.Heading = body, heading, body, heading
	}
	if path := c.String("profiles"); path != "" {
		profiles, err := html.LoadProfiles(path)
		if err != nil {
			return nil, err
		}
		o.HTML.Profiles = profiles
	}
	if c.Bool("fetch-images") {
		// Public addresses only: a page must not make newsarc fetch from
		// the machine it runs on or its network.
		o.RemoteImages = media.HTTP{UserAgent: userAgent, Timeout: 20 * time.Second}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		o.BeforeWrite = sizeMemoryLimit
	}
	return convert.New(o), nil
}

// mediaHref is how documents link images extracted to dir: the path from
// the directory they are written to (the first -o's, or -o itself with
// --each), so that the links hold wherever the command ran.
func mediaHref(c *cli.Context, dir string) string {
	out := c.String("output")
	if outs := c.StringSlice("output"); len(outs) > 0 {
		out = outs[0]
	}
	base := "."
	switch {
	case c.Bool("each"):
		base = out
	case out != "" && out != "-":
		base = filepath.Dir(out)
	}
	absBase, err1 := filepath.Abs(base)
	absDir, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(dir)
	}
	rel, err := filepath.Rel(absBase, absDir)
	if err != nil {
		return filepath.ToSlash(absDir)
	}
	return filepath.ToSlash(rel)
}

// memoryLimit is the soft heap limit the CLI sets unless GOMEMLIMIT is
// given: fpdf holds a whole document in memory, and without a limit the heap
// of a 3,000-article digest grows to twice its live size before collection.
const memoryLimit = 220 << 20

// liveBytesPerArticle is what fpdf keeps of an article of ~800 words until
// the document is done (measured: 418 MB of live heap for 9,300 articles).
const liveBytesPerArticle = 45 << 10

// sizeMemoryLimit gives a large document room: a limit close to the live
// heap makes the collector run over and over as the document grows (a
// 9,300-article digest took 29 s instead of 16 s). Up to ~5,000 articles
// the 220 MiB limit holds (the live heap just fits); beyond, the collector
// gets 25% headroom so that time stays linear in the input.
func sizeMemoryLimit(c *news.Collection) {
	need := int64(len(c.Articles)) * liveBytesPerArticle * 5 / 4
	if need > 300<<20 && need > debug.SetMemoryLimit(-1) { // never lower: a split digest holds every site
		debug.SetMemoryLimit(need)
	}
}

// isTerminal reports standard input or output connected to a terminal
// (not a pipe, a file or /dev/null).
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// logger prints warnings as "newsarc: warning: …" lines; --quiet drops
// them, --verbose adds "newsarc: debug: …" lines.
func logger(c *cli.Context) (*slog.Logger, error) {
	quiet, verbose := c.Bool("quiet"), c.Bool("verbose")
	switch {
	case quiet && verbose:
		return nil, usagef("%s: --quiet and --verbose: give one or the other", c.Command.Name)
	case quiet:
		return slog.New(slog.DiscardHandler), nil
	case verbose:
		return slog.New(&lineHandler{w: c.App.ErrWriter, min: slog.LevelDebug}), nil
	}
	return slog.New(&lineHandler{w: c.App.ErrWriter, min: slog.LevelWarn}), nil
}

type lineHandler struct {
	w     io.Writer
	min   slog.Level
	attrs []slog.Attr
}

func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.min }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString("newsarc: ")
	if r.Level >= slog.LevelWarn {
		b.WriteString("warning: ")
	} else {
		b.WriteString("debug: ")
	}
	b.WriteString(r.Message)
	add := func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%q", a.Key, a.Value.String())
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	say(h.w, b.String())
	return nil
}

func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &lineHandler{w: h.w, min: h.min, attrs: append(append([]slog.Attr{}, h.attrs...), as...)}
}

func (h *lineHandler) WithGroup(string) slog.Handler { return h }

// arrangeArgs checks the command name and moves a command's flags before its
// arguments, so that "newsarc convert in.json --to text" works as users
// expect (urfave/cli stops reading flags at the first argument).
func arrangeArgs(app *cli.App, args []string) ([]string, error) {
	if len(args) < 2 || strings.HasPrefix(args[1], "-") || args[len(args)-1] == "--generate-bash-completion" {
		return args, nil // the shell's completion asks: urfave/cli reads its words as they are
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return nil, usagef("unknown command %q (commands: convert, digest, harvest, formats, completion, man; see newsarc --help)", args[1])
	}
	takesValue := make(map[string]bool)
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, rest []string
	tail := args[2:]
	for i := 0; i < len(tail); i++ {
		a := tail[i]
		switch {
		case a == "--":
			rest = append(rest, tail[i+1:]...)
			i = len(tail)
		case len(a) > 1 && a[0] == '-':
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(tail) {
				i++
				flags = append(flags, tail[i])
			}
		default:
			rest = append(rest, a)
		}
	}
	out := append(append([]string{}, args[:2]...), flags...)
	if len(rest) > 0 {
		out = append(append(out, "--"), rest...)
	}
	return out, nil
}
