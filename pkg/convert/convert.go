package convert

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsarc/newsarc/internal/safefile"
	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/docx"
	"github.com/newsarc/newsarc/pkg/epub"
	"github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/htmldoc"
	"github.com/newsarc/newsarc/pkg/markdown"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/pdf"
	"github.com/newsarc/newsarc/pkg/text"
)

// Options configure a Converter. The zero value gives the default formats
// with their default options.
type Options struct {
	HTML     html.Options // the HTML reader
	Text     text.Options
	PDF      pdf.Options
	EPUB     epub.Options
	HTMLDoc  htmldoc.Options // the HTML writer
	Markdown markdown.Options
	DOCX     docx.Options

	// Images resolves the images of articles for the PDF and EPUB writers.
	// Nil means: relative paths under the directory of the input file (or
	// inside the archive a digest read them from), and no network.
	Images media.Resolver

	// RemoteImages, when set, is tried for what Images does not find: pass
	// a media.HTTP with your limits to let writers download images.
	RemoteImages media.Resolver

	// RemoteImagesTotal bounds the time all the remote images of one
	// document may take; the images not fetched by then are left out, with
	// a warning. 0: DefaultRemoteImagesTotal.
	RemoteImagesTotal time.Duration

	// Group, when set, says how a multi-article document groups its
	// contents: by day (the default), section or none.
	Group news.GroupBy

	// Fetch limits the download of URL inputs (timeout, size, redirects).
	Fetch html.FetchOptions

	// MaxArticleBytes bounds the text of one article (title, lead, body);
	// an article beyond it is refused: no news article is that long, and
	// laying it out would take minutes. 0: DefaultMaxArticleBytes.
	MaxArticleBytes int

	// BeforeWrite, when set, is called with each collection just before it
	// is written, e.g. to size the process's memory limit to it. A digest
	// split by site first calls it with every site's articles together:
	// they are all in memory while each is written.
	BeforeWrite func(*news.Collection)

	// Logger receives warnings (a missing image, a replaced glyph). Nil
	// discards them.
	Logger *slog.Logger
}

// Converter converts documents with its format table. Formats may be
// extended or replaced before use, e.g. to add a writer.
type Converter struct {
	Formats news.Formats
	opts    Options
}

// New returns a Converter with the default format table.
func New(o Options) *Converter {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.HTML.Logger == nil {
		o.HTML.Logger = o.Logger
	}
	writers := o.Logger
	if o.RemoteImages == nil {
		writers = slog.New(quietOffline{o.Logger.Handler()})
	}
	for _, l := range []**slog.Logger{&o.PDF.Logger, &o.EPUB.Logger, &o.Text.Logger, &o.HTMLDoc.Logger, &o.Markdown.Logger, &o.DOCX.Logger} {
		if *l == nil {
			*l = writers
		}
	}
	c := &Converter{opts: o}
	if o.PDF.Resolver == nil {
		o.PDF.Resolver = c.images()
	}
	if o.EPUB.Resolver == nil {
		o.EPUB.Resolver = c.images()
	}
	if o.HTMLDoc.Resolver == nil {
		o.HTMLDoc.Resolver = c.images()
	}
	if o.Markdown.Resolver == nil {
		o.Markdown.Resolver = c.images()
	}
	if o.DOCX.Resolver == nil {
		o.DOCX.Resolver = c.images()
	}
	c.opts = o
	c.Formats = c.defaultFormats()
	return c
}

// DefaultRemoteImagesTotal is how long the remote images of one document
// may take in all.
const DefaultRemoteImagesTotal = 2 * time.Minute

// images is the resolver handed to writers: the caller's, else the one the
// context carries for the document being converted.
func (c *Converter) images() media.Resolver {
	var local media.Resolver = contextResolver{}
	if c.opts.Images != nil {
		local = c.opts.Images
	}
	if c.opts.RemoteImages != nil {
		return media.Chain{local, remoteImages{c.opts.RemoteImages}}
	}
	return offlineImages{local}
}

// remoteImages fetches within the deadline write sets for the document.
type remoteImages struct{ r media.Resolver }

type deadlineKey struct{}

func (x remoteImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	if d, ok := ctx.Value(deadlineKey{}).(time.Time); ok {
		if !time.Now().Before(d) {
			return nil, fmt.Errorf("%s: not fetched: the time for all the images of the document is up", src)
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d)
		defer cancel()
	}
	return x.r.Resolve(ctx, src)
}

func (c *Converter) defaultFormats() news.Formats {
	return news.Formats{
		{Name: "json", Description: "newsarc canonical JSON (schema 1): one article, an array, a collection or JSON Lines",
			Extensions: []string{".json"}, MediaType: "application/json",
			Reader: news.JSON{}, Writer: news.JSON{}, Sniff: news.SniffJSON},
		{Name: "jsonl", Description: "JSON Lines: one canonical article per line",
			Extensions: []string{".jsonl", ".ndjson"}, MediaType: "application/jsonl",
			Reader: news.JSON{}, Writer: news.JSONL{}},
		{Name: "html", Aliases: []string{"htm", "xhtml"},
			Description: "reads a news page (the article is found among the site around it); writes one self-contained HTML5 file",
			Extensions:  []string{".html", ".htm", ".shtml", ".xhtml"}, MediaType: htmldoc.MediaType,
			Reader: html.New(c.opts.HTML), Writer: htmldoc.New(c.opts.HTMLDoc), Sniff: news.SniffHTML},
		{Name: "text", Aliases: []string{"txt"}, Description: "plain-text bulletin, wrapped for reading on air or mailing",
			Extensions: []string{".txt", ".text"}, MediaType: "text/plain; charset=utf-8",
			Writer: text.New(c.opts.Text)},
		{Name: "md", Aliases: []string{"markdown", "gfm"},
			Description: "GitHub-flavoured Markdown with YAML front matter, as Hugo and Jekyll read content",
			Extensions:  []string{".md", ".markdown"}, MediaType: markdown.MediaType,
			Writer: markdown.New(c.opts.Markdown)},
		{Name: "docx", Aliases: []string{"word"},
			Description: "Word document: heading styles, numbered lists, tables, captions; a digest gets a cover and a TOC field",
			Extensions:  []string{".docx"}, MediaType: docx.MediaType,
			Writer: docx.New(c.opts.DOCX)},
		{Name: "pdf", Description: "PDF for print and archive; a digest gets a cover, contents and outline",
			Extensions: []string{".pdf"}, MediaType: "application/pdf",
			Writer: pdf.New(c.opts.PDF), Sniff: news.SniffPDF},
		{Name: "epub", Description: "EPUB 3 e-book with embedded Vietnamese fonts",
			Extensions: []string{".epub"}, MediaType: "application/epub+zip",
			Writer: epub.New(c.opts.EPUB), Sniff: news.SniffEPUB},
	}
}

// DefaultMaxArticleBytes is the most text one article may hold: the
// longest news articles hold a few hundred kilobytes.
const DefaultMaxArticleBytes = 4 << 20

// ErrTooLong is wrapped by the error of an article over MaxArticleBytes.
var ErrTooLong = errors.New("article too long")

// Read reads one document in the named format, or in the format its first
// bytes (then its name's extension) reveal when from is empty. The result is
// normalised and validated; errors name the input.
func (c *Converter) Read(ctx context.Context, in news.Input, from string) (*news.Collection, error) {
	col, err := c.read(ctx, in, from)
	if err != nil {
		return nil, err
	}
	col.Normalize()
	for i := range col.Articles {
		if err := c.checkLength(&col.Articles[i], i); err != nil {
			return nil, news.NameError(in.Name, err)
		}
	}
	if err := col.Validate(); err != nil {
		return nil, news.NameError(in.Name, err)
	}
	return col, nil
}

// checkLength refuses an article with more text than MaxArticleBytes.
func (c *Converter) checkLength(a *news.Article, i int) error {
	max := cmp.Or(c.opts.MaxArticleBytes, DefaultMaxArticleBytes)
	if n := len(a.Title) + articleSize(a); n > max {
		return fmt.Errorf("%w: article %d has %d bytes of text, the most is %d", ErrTooLong, i+1, n, max)
	}
	return nil
}

// read is Read without normalisation and validation, which a digest does
// only for the articles it keeps.
func (c *Converter) read(ctx context.Context, in news.Input, from string) (*news.Collection, error) {
	size := 4096
	if r, ok := in.Body.(interface{ Len() int }); ok {
		size = min(size, max(r.Len()+1, 512)) // a digest's documents are in memory, most of them small; 512 for the peek
	}
	br := bufio.NewReaderSize(in.Body, size)
	in.Body = br
	f, err := c.readerFormat(in.Name, br, from)
	if err != nil {
		return nil, err
	}
	col, err := f.Reader.Read(ctx, in)
	if err != nil {
		return nil, news.NameError(in.Name, err)
	}
	if len(col.Articles) == 0 {
		return nil, news.NameError(in.Name, news.ErrNoContent)
	}
	return col, nil
}

func (c *Converter) readerFormat(name string, br *bufio.Reader, from string) (*news.Format, error) {
	var f *news.Format
	var err error
	if from != "" {
		f, err = c.Formats.Lookup(from)
	} else {
		head, perr := br.Peek(512)
		if perr != nil && perr != io.EOF && perr != bufio.ErrBufferFull {
			return nil, news.NameError(name, perr) // an interruption, a read error
		}
		if len(bytes.TrimSpace(head)) == 0 {
			return nil, news.NameError(name, news.ErrEmptyInput)
		}
		if isArchive(head) {
			return nil, news.NameError(name, fmt.Errorf("%w: a zip or WARC archive holds many documents; read it with the digest command", news.ErrUnsupported))
		}
		if t := archive.BinaryType(head); t != "" {
			return nil, news.NameError(name, fmt.Errorf("%w (%s); if it is one, name its format with --from", archive.ErrBinary, t))
		}
		f, err = c.Formats.Sniff(head)
		if err != nil {
			if g, e := c.Formats.ForPath(name); e == nil {
				f, err = g, nil
			}
		}
		if err != nil {
			return nil, news.NameError(name, fmt.Errorf("%w; name it with --from", err))
		}
	}
	if err != nil {
		return nil, err
	}
	if f.Reader == nil {
		return nil, news.NameError(name, fmt.Errorf("%w: newsarc cannot read %s", news.ErrUnsupported, f.Name))
	}
	return f, nil
}

// isArchive recognises zip files and (gzipped) WARC files.
func isArchive(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte{0x1f, 0x8b}) || bytes.HasPrefix(head, []byte("WARC/"))
}

// WriterFor returns the format named to, or the one of output's extension
// when to is empty.
func (c *Converter) WriterFor(to, output string) (*news.Format, error) {
	var f *news.Format
	var err error
	switch {
	case to != "":
		f, err = c.Formats.Lookup(to)
	case output != "" && output != "-":
		if f, err = c.Formats.ForPath(output); err != nil {
			err = fmt.Errorf("%w (known: %s; or name the format with --to)", err, strings.Join(c.writableExtensions(), " "))
		}
	default:
		f, err = c.Formats.Lookup("text")
	}
	if err != nil {
		return nil, err
	}
	if f.Writer == nil {
		return nil, fmt.Errorf("%w: newsarc cannot write %s", news.ErrUnsupported, f.Name)
	}
	return f, nil
}

// writableExtensions lists the extensions of the formats that can be written.
func (c *Converter) writableExtensions() []string {
	var exts []string
	for _, f := range c.Formats {
		if f.Writer != nil {
			exts = append(exts, f.Extensions...)
		}
	}
	return exts
}

// Write renders col in the format named to.
func (c *Converter) Write(ctx context.Context, w io.Writer, col *news.Collection, to string) error {
	f, err := c.WriterFor(to, "")
	if err != nil {
		return err
	}
	return c.write(ctx, f, w, col)
}

// Convert reads one document and writes it in another format.
func (c *Converter) Convert(ctx context.Context, in news.Input, w io.Writer, from, to string) error {
	col, err := c.Read(ctx, in, from)
	if err != nil {
		return err
	}
	return c.Write(ctx, w, col, to)
}

// ReadOptions say how to read inputs.
type ReadOptions struct {
	From     string    // input format name; empty: recognised from the content
	BaseURL  string    // the page's URL for HTML input: base for relative links
	Stdin    io.Reader // what "-" reads; nil: os.Stdin
	MaxBytes int64     // the largest input read; 0: archive.DefaultMaxDocBytes
	// Jobs is how many of several inputs are read at once (URLs are
	// fetched a few at a time); 0: DefaultReadJobs. Results keep the
	// inputs' order whatever it is.
	Jobs int
}

// DefaultReadJobs is how many inputs are read, or fetched, at once.
const DefaultReadJobs = 4

// ErrPartial is wrapped by a *PartialError: a document was made, without
// the inputs that failed.
var ErrPartial = errors.New("some inputs failed")

// PartialError lists the inputs that could not be read, when others were.
// Written says whether the document (or, with Each, any file) was written
// all the same.
type PartialError struct {
	Failures []Failure // the first MaxListedInputs
	Failed   int       // how many failed
	Inputs   int       // how many were given
	Written  bool
}

// MaxListedInputs is how many failed inputs a PartialError lists; the
// others are counted.
const MaxListedInputs = 1000

func (e *PartialError) Error() string {
	if !e.Written {
		return fmt.Sprintf("all %d inputs failed; nothing was written", e.Inputs)
	}
	return fmt.Sprintf("%d of %d inputs failed and were left out", max(e.Failed, len(e.Failures)), e.Inputs)
}

// failures gathers the failed inputs of a PartialError: a list of a
// million URLs that all fail must not keep a million reasons.
type failures struct {
	list []Failure
	n    int
}

func (fs *failures) add(name string, err error) {
	fs.n++
	if len(fs.list) < MaxListedInputs {
		fs.list = append(fs.list, failure(name, err))
	}
}

func (fs *failures) partial(inputs int, written bool) *PartialError {
	return &PartialError{Failures: fs.list, Failed: fs.n, Inputs: inputs, Written: written}
}

// Unwrap makes a PartialError match ErrPartial when something was written.
func (e *PartialError) Unwrap() error {
	if e.Written {
		return ErrPartial
	}
	return nil
}

// ReadFiles reads every input — a path, a URL, or "-" for stdin — into one
// Collection. A single input that is a collection keeps its title and other
// fields; several inputs are merged article by article, and an input that
// cannot be read is left out: the collection comes with a *PartialError
// that lists it (with a nil collection when no input could be read). Of
// articles given twice the first is kept; two different articles with the
// same id keep both, the second with its id made unique; each is a warning.
func (c *Converter) ReadFiles(ctx context.Context, inputs []string, src ReadOptions) (*news.Collection, error) {
	if len(inputs) == 0 {
		return nil, errors.New("no input")
	}
	if len(inputs) == 1 {
		return c.ReadFile(ctx, inputs[0], src)
	}
	var all *news.Collection
	var failed failures
	m := newMerger(c.opts.Logger)
	for in := range c.readInputs(ctx, inputs, src) {
		name, col, err := in.name, in.col, in.err
		if err != nil {
			if errors.Is(err, context.Canceled) || ctx.Err() != nil {
				return nil, cmp.Or(ctx.Err(), err)
			}
			failed.add(name, err)
			continue
		}
		if all == nil {
			all = &news.Collection{Title: col.Title, Subtitle: col.Subtitle, Publisher: col.Publisher, Language: col.Language}
		}
		for i := range col.Articles {
			if a, ok := m.add(&col.Articles[i], name); ok {
				all.Articles = append(all.Articles, *a)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if all == nil {
		return nil, failed.partial(len(inputs), false)
	}
	if err := all.Validate(); err != nil {
		return nil, err
	}
	if failed.n > 0 {
		return all, failed.partial(len(inputs), true)
	}
	return all, nil
}

// read is one input read by readInputs.
type read struct {
	name string
	col  *news.Collection
	err  error
}

// readInputs reads the inputs, src.Jobs at a time, and yields them in
// their order. At most Jobs collections are held ahead of the consumer;
// the reads still running when it stops are cancelled.
func (c *Converter) readInputs(ctx context.Context, inputs []string, src ReadOptions) iter.Seq[read] {
	return func(yield func(read) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		// One result channel per input being read, in input order: as many
		// as the jobs, not as the inputs (a million URLs made a million).
		order := make(chan chan read, cmp.Or(max(src.Jobs, 0), DefaultReadJobs)-1)
		go func() {
			defer close(order)
			for _, name := range inputs {
				ch := make(chan read, 1)
				select {
				case order <- ch:
				case <-ctx.Done():
					return
				}
				go func() {
					col, err := c.ReadFile(ctx, name, src)
					ch <- read{name, col, err}
				}()
			}
		}()
		for ch := range order {
			if !yield(<-ch) {
				return
			}
		}
	}
}

// uniqueName returns base, or the first of form(2), form(3)… that is not
// taken. next remembers, by base, where to start the next time: a million
// names of one base cost a million tries, not half a million million.
func uniqueName(base string, next map[string]int, taken func(string) bool, form func(n int) string) string {
	name := base
	for n := max(next[base], 2); taken(name); n++ {
		name = form(n)
		next[base] = n + 1
	}
	return name
}

// merger puts the articles of several inputs together.
type merger struct {
	log  *slog.Logger
	same map[[32]byte]string // article content → the input it came from
	ids  map[string]string   // id → the input that has it
	next map[string]int      // id → the next number to try for another article of that id
}

func newMerger(log *slog.Logger) *merger {
	return &merger{log: log, same: map[[32]byte]string{}, ids: map[string]string{}, next: map[string]int{}}
}

// add returns the article to keep, with its id made unique if another
// article has it, or false for a copy of an article already kept.
func (m *merger) add(a *news.Article, input string) (*news.Article, bool) {
	b, _ := json.Marshal(a)
	sum := sha256.Sum256(b)
	if first, dup := m.same[sum]; dup {
		m.log.Warn("the same article given twice: the copy is left out", "title", a.Title, "kept", first, "dropped", input)
		return nil, false
	}
	m.same[sum] = input
	if a.ID != "" {
		if first, taken := m.ids[a.ID]; taken {
			id := uniqueName(a.ID, m.next, func(id string) bool { return m.ids[id] != "" }, func(n int) string {
				return fmt.Sprintf("%s-%d", a.ID, n)
			})
			m.log.Warn("two different articles have the same id: the second gets another", "id", a.ID, "first", first, "second", input, "new_id", id)
			a.ID = id
		}
		m.ids[a.ID] = input
	}
	return a, true
}

// ReadFile reads one input: a path, an http(s) URL, or "-" for stdin. A
// path must be a regular file (a FIFO or a device is refused) of at most
// MaxBytes; standard input is read up to MaxBytes, and a read blocked on it
// ends with ctx.
func (c *Converter) ReadFile(ctx context.Context, name string, src ReadOptions) (*news.Collection, error) {
	in := news.Input{Name: name, URL: src.BaseURL}
	if isURL(name) {
		return c.readURL(ctx, name, src)
	}
	if scheme, _, ok := strings.Cut(name, "://"); ok && !strings.ContainsAny(scheme, `/\.`) {
		return nil, news.NameError(name, fmt.Errorf("%w: only http and https URLs are fetched", news.ErrUnsupported))
	}
	max := src.MaxBytes
	if max <= 0 {
		max = archive.DefaultMaxDocBytes
	}
	if name == "-" {
		stdin := src.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		in.Body = safefile.LimitReader(&contextReader{ctx: ctx, r: stdin}, max, archive.ErrTooLarge)
		return c.Read(ctx, in, src.From)
	}
	f, fi, err := safefile.Open(name)
	if errors.Is(err, safefile.ErrNotRegular) && strings.Contains(err.Error(), "directory") {
		return nil, news.NameError(name, errors.New("is a directory, not a file (use the digest command for folders)"))
	}
	if err != nil {
		return nil, news.NameError(name, cleanPathError(err))
	}
	defer f.Close()
	if fi.Size() > max {
		return nil, news.NameError(name, fmt.Errorf("%w: %d bytes, limit %d", archive.ErrTooLarge, fi.Size(), max))
	}
	in.Body = safefile.LimitReader(f, max, archive.ErrTooLarge)
	return c.Read(withInputDir(ctx, name), in, src.From)
}

// contextReader reads r in a goroutine of its own, so that a read blocked
// on an idle pipe or terminal does not outlive ctx: Read returns ctx's
// error as soon as ctx is done, and the blocked read is abandoned.
type contextReader struct {
	ctx     context.Context
	r       io.Reader
	pending chan readResult // the read in flight, if any
}

type readResult struct {
	b   []byte
	err error
}

func (c *contextReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if c.pending == nil {
		ch := make(chan readResult, 1)
		buf := make([]byte, len(p))
		go func() {
			n, err := c.r.Read(buf)
			ch <- readResult{buf[:n], err}
		}()
		c.pending = ch
	}
	select {
	case res := <-c.pending:
		c.pending = nil
		return copy(p, res.b), res.err
	case <-c.ctx.Done():
		return 0, c.ctx.Err()
	}
}

func isURL(name string) bool { return html.IsURL(name) }

// FileOptions say what ConvertFiles reads and where it writes.
type FileOptions struct {
	ReadOptions
	Inputs []string // paths, http(s) URLs, or "-" for standard input
	// Output is the file to write; "" or "-" writes to Stdout. With Each it
	// is the directory the outputs go to.
	Output string
	To     string    // output format; empty: from Output's extension, else text
	Each   bool      // one output per input, named by the slug of its title
	Stdout io.Writer // nil: os.Stdout
	// Title and Publisher, when set, name the document (the cover and
	// headers of a multi-article one) instead of what the inputs say.
	Title, Publisher string
}

// shape gives col the title, publisher and grouping asked for.
func (c *Converter) shape(col *news.Collection, o FileOptions) {
	if c.opts.Group != "" {
		col.Group = c.opts.Group
	}
	col.Title = cmp.Or(o.Title, col.Title)
	col.Publisher = cmp.Or(o.Publisher, col.Publisher)
}

// ConvertFiles reads the inputs into one collection and writes it to the
// output atomically, or with Each converts every input on its own (see
// FileOptions). An output that cannot be written is refused before
// anything is read (ErrOutputPath). With several inputs, those that fail
// are left out and reported in a *PartialError.
func (c *Converter) ConvertFiles(ctx context.Context, o FileOptions) error {
	output := o.Output
	if o.Each {
		output = ""
	}
	f, err := c.WriterFor(o.To, output)
	if err != nil {
		return err
	}
	if o.Each {
		return c.convertEach(ctx, f, o)
	}
	if err := checkOutput(output, o.Inputs); err != nil {
		return err
	}
	col, err := c.ReadFiles(ctx, o.Inputs, o.ReadOptions)
	if col == nil {
		return err
	}
	partial := err
	c.shape(col, o)
	if len(o.Inputs) > 0 {
		ctx = withInputDir(ctx, o.Inputs[0])
	}
	if output == "" {
		output = "-"
	}
	ctx, offline := withOfflineTally(ctx)
	err = WriteFiles(ctx, o.Stdout, []File{{Path: output, Write: func(w io.Writer) error { return c.write(ctx, f, w, col) }}})
	if err != nil {
		return err
	}
	c.noteOffline(offline)
	return partial
}

// write renders col with the format's writer, after the BeforeWrite hook.
func (c *Converter) write(ctx context.Context, f *news.Format, w io.Writer, col *news.Collection) error {
	if c.opts.BeforeWrite != nil {
		c.opts.BeforeWrite(col)
	}
	if c.opts.RemoteImages != nil {
		total := cmp.Or(c.opts.RemoteImagesTotal, DefaultRemoteImagesTotal)
		ctx = context.WithValue(ctx, deadlineKey{}, time.Now().Add(total))
	}
	return f.Writer.Write(ctx, w, col)
}

// cleanPathError drops the path an *os.PathError repeats, since the caller
// names the input already: "no such file or directory".
func cleanPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// contextResolver resolves images with the resolver the context carries:
// the input file's directory for convert, the documents' own resolvers for a
// digest. One Converter can so serve many inputs at once.
type contextResolver struct{}

type resolverKey struct{}

func withResolver(ctx context.Context, r media.Resolver) context.Context {
	return context.WithValue(ctx, resolverKey{}, r)
}

// withInputDir resolves the images of the input file under its directory:
// relative paths, and the local copies a saved page keeps of its remote
// images. Standard input and URLs have no directory: nothing local.
func withInputDir(ctx context.Context, input string) context.Context {
	if input == "-" || isURL(input) {
		return ctx
	}
	return withResolver(ctx, archive.LocalImages(filepath.Dir(input)))
}

func (contextResolver) Resolve(ctx context.Context, src string) ([]byte, error) {
	if r, ok := ctx.Value(resolverKey{}).(media.Resolver); ok && r != nil {
		return r.Resolve(ctx, src)
	}
	return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
}

// suffix of a format's default extension, for --each outputs.
func defaultExt(f *news.Format) string {
	if len(f.Extensions) > 0 {
		return f.Extensions[0]
	}
	return "." + strings.ToLower(f.Name)
}

// readURL fetches a page over HTTP(S) and reads it as HTML; images it
// names stay remote unless RemoteImages is set.
func (c *Converter) readURL(ctx context.Context, rawURL string, src ReadOptions) (*news.Collection, error) {
	in, err := html.Fetch(ctx, rawURL, c.opts.Fetch)
	if err != nil {
		return nil, news.NameError(rawURL, err)
	}
	if src.BaseURL != "" {
		in.URL = src.BaseURL
	}
	return c.Read(ctx, in, src.From)
}
