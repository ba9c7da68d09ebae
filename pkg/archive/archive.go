// Package archive finds the documents of a news archive: saved HTML pages and
// canonical JSON in directories, JSON Lines exports (one document per line),
// zip files and WARC crawls. Walk yields them one at a time, in a
// deterministic order, with a name that says where each came from, so that a
// digest can parse them in a worker pool and report every failure precisely.
//
// Walk never extracts anything to disk and never holds more than one
// document's bytes per item; zip members are checked against zip-slip names
// and zip bombs while they are read.
package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsarc/newsarc/internal/safefile"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// Errors found in archives, wrapped in a Document's Err together with its
// name (a *news.InputError).
var (
	ErrTooLarge    = errors.New("document larger than the limit")
	ErrUnknownType = fmt.Errorf("unknown document type (not HTML, JSON, JSON Lines, zip or WARC): %w", news.ErrUnsupported)
	ErrUnsafeName  = errors.New("unsafe member name (absolute, backslash or ../): refused")
	ErrZipBomb     = errors.New("zip member expands beyond the limits (zip bomb?)")
	ErrNestedZip   = fmt.Errorf("zip nested more than one level deep: %w", news.ErrUnsupported)
	ErrSymlinkLoop = errors.New("symlink loop")
	ErrBrokenLine  = errors.New("broken JSON line")
	ErrBinary      = errors.New("binary content, not a document")
)

// Kind says which reader a document needs.
type Kind string

// The kinds of document Walk yields.
const (
	KindHTML Kind = "html" // a web page
	KindJSON Kind = "json" // canonical JSON: an article, an array, a collection or one JSON Lines line
)

// Document is one named document found in an archive.
type Document struct {
	Name        string         // where it came from, for reports: "july/a.html", "export.zip!2023/a.html", "crawl.warc.gz#3@12345" (record number and offset), "export.jsonl:17" (line)
	URL         string         // the page URL when known (a WARC record's WARC-Target-URI); "" otherwise
	ContentType string         // the HTTP Content-Type of a WARC response (charset hint); "" otherwise
	Kind        Kind           // which reader parses Body; empty when Err is set
	Body        []byte         // the whole document, at most Options.MaxDocBytes
	Images      media.Resolver // resolves images relative to the document (its directory, its zip directory, or other WARC records by URL); may be nil
	Err         error          // non-nil when the document could not be read; Name says where; Body is nil
	// Captured is when the document was archived: a WARC record's
	// WARC-Date, a zip member's modification time, a file's (for the
	// lines of a JSON Lines file, the file's). Zero when unknown.
	Captured time.Time
}

// Input returns the document as the input of a news.Reader.
func (d *Document) Input() news.Input {
	return news.Input{Name: d.Name, URL: d.URL, ContentType: d.ContentType, Body: bytes.NewReader(d.Body)}
}

// Options control Walk. The zero value walks everything it knows with the
// default limits.
type Options struct {
	// Include and Exclude are shell globs (path.Match, plus a leading "**/"
	// for any depth and a trailing "/**" for everything below) matched
	// against the slash path relative to the root given to Walk and against
	// the base name; zip members count as "x.zip/member/path". A directory or
	// zip that matches Include includes everything in it; one that matches
	// Exclude is not entered. Empty Include means every known document.
	Include, Exclude []string

	MaxDocBytes    int64   // 0: DefaultMaxDocBytes; larger documents → Document.Err
	MaxZipBytes    int64   // 0: 2 GiB of uncompressed data per zip file on disk, the zips nested in it included
	MaxZipRatio    float64 // 0: 100 — a member, or a zip or .warc.gz file, that inflates beyond this many times its compressed size is refused (a bomb)
	MaxBrokenLines int     // 0: 100 — a JSON Lines file with this many broken lines in a row is given up (it is not JSON Lines)
	FollowSymlinks bool    // default false: symlinks are skipped; when true, loops are detected (by device+inode) and reported, never followed twice

	// Outputs are the files (and directories of files) the caller is
	// writing: a walk never reads them, so a digest written into the
	// archive it reads is not read back as part of it on the next run.
	Outputs []string

	// DirImages resolves the images of a document in a file of its own (a
	// page, a JSON or JSON Lines file) relative to the directory dir that
	// holds the file. Nil: LocalImages, the files of a local directory;
	// WalkFile's callers reading from an object store give their own.
	DirImages func(dir string) media.Resolver

	Stats  *Stats       // when set, Walk counts what it yielded and skipped here; read it after the loop
	Logger *slog.Logger // notes on skipped entries and lenient WARC reading; nil discards
}

// Stats counts what a Walk found, for the digest summary.
type Stats struct {
	Documents int   // yielded with a Body
	Errors    int   // yielded with an Err
	Bytes     int64 // total size of the Bodies
	Skipped   int   // files and zip members that hold no articles (css, js, images, hidden files, symlinks not followed)
	Excluded  int   // files and members left out by Include and Exclude
	Records   int   // WARC records that are not HTML pages with status 200 (requests, images, redirects, metadata…)
}

// graceBytes is how much a zip member may expand before the ratio cap
// applies, so that tiny, very compressible files are not taken for bombs.
const graceBytes = 1 << 20

// DefaultMaxDocBytes is the largest document read, unless
// Options.MaxDocBytes says otherwise.
const DefaultMaxDocBytes = 64 << 20

func (o Options) withDefaults() Options {
	if o.MaxDocBytes <= 0 {
		o.MaxDocBytes = DefaultMaxDocBytes
	}
	if o.MaxBrokenLines <= 0 {
		o.MaxBrokenLines = 100
	}
	if o.MaxZipBytes <= 0 {
		o.MaxZipBytes = 2 << 30
	}
	if o.MaxZipRatio <= 0 {
		o.MaxZipRatio = 100
	}
	if o.Stats == nil {
		o.Stats = new(Stats)
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.DirImages == nil {
		o.DirImages = LocalImages
	}
	return o
}

// Walk yields every document under paths in a deterministic order: paths in
// the given order; directories recursively with entries sorted by name; zip
// members in central-directory order; WARC records in file order; JSONL lines
// in order. A path that does not exist, or a part of an archive that cannot
// be read, is yielded as a Document with Err, and the walk goes on. Walk stops
// early, without a final error, when ctx is cancelled.
//
// Walk is Files and WalkFile on each file, in one go.
func Walk(ctx context.Context, paths []string, opts Options) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		w := newWalker(ctx, opts, yield)
		w.found = func(f File) { w.read(source{File: f}) }
		w.walk(paths)
	}
}

// A File is a file that holds documents: a page, a JSON or JSON Lines file, a
// zip or a WARC. Files lists them; WalkFile reads one, wherever its bytes
// are, so that a distributed run lists in one place and reads in many.
type File struct {
	Name string // the path given, or joined below a directory given; documents' names start with it
	Rel  string // its slash path below the path given, which Include and Exclude see (a zip's members too)
	Size int64
	// Modified is its modification time, which dates the capture of its
	// documents; when zero, a file read by name has the disk's.
	Modified time.Time
	// Included says that a directory above it matched Include, which then
	// holds for everything in it.
	Included bool
}

// Files yields the files Walk reads documents from under paths, in Walk's
// order, each with what WalkFile needs to read it. A path that cannot be
// walked (it does not exist, is a FIFO or a symlink loop, cannot be listed)
// is yielded with an error that names it, and the listing goes on. Files
// reads no file: a file that turns out not to hold documents is reported
// by WalkFile.
func Files(ctx context.Context, paths []string, opts Options) iter.Seq2[File, error] {
	return func(yield func(File, error) bool) {
		w := newWalker(ctx, opts, func(d Document) bool { return yield(File{Name: d.Name}, d.Err) })
		w.found = func(f File) {
			if f.Size < 0 {
				fi, err := os.Stat(f.Name)
				if err != nil {
					w.fail(f.Name, err)
					return
				}
				f.Size = fi.Size()
			}
			if !w.stopped() && !yield(f, nil) {
				w.done = true
			}
		}
		w.walk(paths)
	}
}

// WalkFile yields the documents of one file read through ra, which holds
// f.Size bytes: a file Files listed, or any file named f.Name (with Rel its
// base name). The Images resolvers of zip and WARC documents read ra too:
// it must stay readable while they are used. Documents come in Walk's
// order, with the names Walk gives them.
func WalkFile(ctx context.Context, f File, ra io.ReaderAt, opts Options) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		w := newWalker(ctx, opts, yield)
		if w.checkPatterns() {
			w.read(source{File: f, ra: ra})
		}
	}
}

func newWalker(ctx context.Context, opts Options, yield func(Document) bool) *walker {
	o := opts.withDefaults()
	w := &walker{ctx: ctx, opts: o, yield: yield, seen: map[fileKey]bool{}, cache: &memberCache{budget: 2 * o.MaxDocBytes}}
	for _, p := range o.Outputs {
		if abs, err := filepath.Abs(p); err == nil && p != "" && p != "-" {
			if w.outputs == nil {
				w.outputs = map[string]bool{}
			}
			w.outputs[abs] = true
		}
	}
	return w
}

// walk lists the files under paths, handing each to found.
func (w *walker) walk(paths []string) {
	if !w.checkPatterns() {
		return
	}
	for _, p := range paths {
		if w.stopped() {
			return
		}
		w.root(p)
	}
}

// checkPatterns fails the walk on a bad Include or Exclude pattern.
func (w *walker) checkPatterns() bool {
	for _, p := range append(append([]string(nil), w.opts.Include...), w.opts.Exclude...) {
		if err := CheckPattern(p); err != nil {
			w.fail(p, err)
			return false
		}
	}
	return true
}

// CheckPattern reports a pattern that Include or Exclude cannot use.
func CheckPattern(p string) error {
	if _, err := path.Match(strings.TrimSuffix(strings.TrimPrefix(p, "**/"), "/**"), ""); err != nil {
		return news.NameError(p, fmt.Errorf("bad include or exclude pattern: %w", err))
	}
	return nil
}

// Known reports whether a file of that name is one Walk reads in a
// directory: a page, JSON, JSON Lines, a zip or a WARC, by its extension,
// and not hidden (a dot file).
func Known(name string) bool {
	base := path.Base(filepath.ToSlash(name))
	return !strings.HasPrefix(base, ".") && kindOf(base) != unknown
}

// walker carries the state of one Walk.
type walker struct {
	ctx   context.Context
	opts  Options
	yield func(Document) bool
	found func(File) // a file to read documents from
	done  bool
	stack []fs.FileInfo    // directories being walked, for loop detection
	seen  map[fileKey]bool // directories walked so far
	cache *memberCache     // nested zips and WARCs, for their images

	outputs map[string]bool // Options.Outputs, absolute
	absRoot string          // the root being walked, absolute (when outputs are set)
}

func (w *walker) stopped() bool {
	if !w.done && w.ctx.Err() != nil {
		w.done = true
	}
	return w.done
}

// emit yields d and counts it.
func (w *walker) emit(d Document) {
	if w.stopped() {
		return
	}
	st := w.opts.Stats
	if d.Err == nil && (d.Kind == KindHTML || d.Kind == KindJSON) {
		if t := BinaryType(d.Body); t != "" {
			d.Err = fmt.Errorf("%w (%s)", ErrBinary, t)
		}
	}
	if d.Err != nil {
		d.Body, d.Kind = nil, ""
		d.Err = news.NameError(d.Name, d.Err)
		st.Errors++
	} else {
		st.Documents++
		st.Bytes += int64(len(d.Body))
	}
	if !w.yield(d) {
		w.done = true
	}
}

func (w *walker) fail(name string, err error) { w.emit(Document{Name: name, Err: err}) }

func (w *walker) skip(name, why string) {
	w.opts.Stats.Skipped++
	w.opts.Logger.Debug("archive: skipped", "name", name, "why", why)
}

// root walks one path given by the caller. Symlinks named here are followed:
// the caller asked for them.
func (w *walker) root(p string) {
	fi, err := os.Stat(p)
	if err != nil {
		w.fail(p, err)
		return
	}
	base := filepath.Base(p)
	if fi.IsDir() {
		if w.outputs != nil {
			w.absRoot, _ = filepath.Abs(p)
		}
		if w.enterDir(p, fi) {
			w.dir(p, "", false)
			w.leaveDir()
		}
		return
	}
	if !fi.Mode().IsRegular() {
		// A FIFO or a terminal would block the walk for ever, a device
		// never ends.
		_, _, err := safefile.Open(p)
		w.fail(p, err)
		return
	}
	if w.excluded(base, base, kindOf(base) == kindZip) {
		return
	}
	w.found(File{Name: p, Rel: base, Size: fi.Size()})
}

// dir walks the entries of a directory sorted by name. rel is its slash path
// below the root; included says whether it or a parent matched Include.
func (w *walker) dir(dir, rel string, included bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.fail(dir, err) // ReadDir returns what it could read: walk that too
	}
	for _, e := range entries {
		if w.stopped() {
			return
		}
		name := e.Name()
		full, r := filepath.Join(dir, name), path.Join(rel, name)
		if strings.HasPrefix(name, ".") {
			w.skip(full, "hidden")
			continue
		}
		if w.outputs != nil && w.outputs[filepath.Join(w.absRoot, filepath.FromSlash(r))] {
			w.opts.Logger.Debug("archive: not read", "name", full, "why", "an output of this run")
			continue
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			if !w.opts.FollowSymlinks {
				w.skip(full, "symlink")
				continue
			}
			fi, err := os.Stat(full)
			if err != nil {
				w.fail(full, err)
				continue
			}
			mode = fi.Mode().Type()
		}
		if mode.IsDir() {
			if w.excluded(r, name, true) {
				continue
			}
			fi, err := os.Stat(full)
			if err != nil {
				w.fail(full, err)
				continue
			}
			if w.enterDir(full, fi) {
				w.dir(full, r, included || w.matches(w.opts.Include, r, name))
				w.leaveDir()
			}
			continue
		}
		kind := kindOf(name)
		if !mode.IsRegular() || kind == unknown {
			w.skip(full, "not a document")
			continue
		}
		if w.excluded(r, name, included || kind == kindZip) { // a zip's members are matched one by one
			continue
		}
		w.found(File{Name: full, Rel: r, Size: -1, Included: included})
	}
}

// enterDir pushes a directory on the stack unless it is already on it (a
// symlink loop, reported) or was walked before through another symlink.
func (w *walker) enterDir(name string, fi fs.FileInfo) bool {
	for _, a := range w.stack {
		if os.SameFile(a, fi) {
			w.fail(name, fmt.Errorf("%w: leads back to %s", ErrSymlinkLoop, a.Name()))
			return false
		}
	}
	if k, ok := keyOf(fi); ok {
		if w.seen[k] {
			w.skip(name, "directory already walked through another path")
			return false
		}
		w.seen[k] = true
	}
	w.stack = append(w.stack, fi)
	return true
}

func (w *walker) leaveDir() { w.stack = w.stack[:len(w.stack)-1] }

// read yields the documents of one file. A file of no known kind (a path
// given, with an unknown extension) is told by its first bytes.
func (w *walker) read(src source) {
	name := src.Name
	kind := kindOf(path.Base(filepath.ToSlash(name)))
	if kind == unknown {
		head, err := src.head()
		if kind = sniff(head); err == nil && kind == unknown {
			err = ErrUnknownType
		}
		if err != nil {
			w.fail(name, err)
			return
		}
	}
	images := w.opts.DirImages(dirOf(name))
	switch kind {
	case KindHTML, KindJSON:
		body, err := src.whole(w.opts.MaxDocBytes)
		w.emit(Document{Name: name, Kind: kind, Body: body, Images: images, Err: err, Captured: src.modified()})
	case kindJSONL:
		r, err := src.stream()
		if err != nil {
			w.fail(name, err)
			return
		}
		defer r.Close()
		w.lines(name, r, images, src.modified())
	case kindZip, kindWARC:
		c, err := src.container()
		if err != nil {
			w.fail(name, err)
			return
		}
		c.lim, c.cache = limits{doc: w.opts.MaxDocBytes, ratio: w.opts.MaxZipRatio}, w.cache
		ra, size, release, err := c.open()
		if err != nil {
			w.fail(name, err)
			return
		}
		defer release()
		if kind == kindZip {
			w.zip(c, src.Rel, 0, src.Included, w.newZipBudget(size))
			return
		}
		w.warc(c, ra, size)
	}
}

// dirOf is the directory of a file: a local path, or an object store's URL.
func dirOf(name string) string {
	if strings.Contains(name, "://") {
		return name[:strings.LastIndexByte(name, '/')]
	}
	return filepath.Dir(name)
}

// source is where a file's bytes are: on disk, by name (ra nil), or in ra.
type source struct {
	File
	ra io.ReaderAt
}

// head returns the first bytes of the file, at most 512.
func (s source) head() ([]byte, error) {
	r := io.Reader(io.NewSectionReader(s.ra, 0, s.Size))
	if s.ra == nil {
		f, _, err := safefile.Open(s.Name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	head := make([]byte, 512)
	n, err := io.ReadFull(r, head)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return head[:n], err
}

// whole reads the whole file, of at most max bytes.
func (s source) whole(max int64) ([]byte, error) {
	if s.ra == nil {
		return safefile.ReadFile(s.Name, max, ErrTooLarge)
	}
	return readAll(io.NewSectionReader(s.ra, 0, s.Size), s.Size, max)
}

// stream opens the file to be read in order.
func (s source) stream() (io.ReadCloser, error) {
	if s.ra == nil {
		f, _, err := safefile.Open(s.Name)
		return f, err
	}
	return io.NopCloser(io.NewSectionReader(s.ra, 0, s.Size)), nil
}

// container returns the file as a container of documents, which their
// images point back into.
func (s source) container() (*container, error) {
	if s.ra != nil {
		return &container{name: s.Name, root: func() (io.ReaderAt, int64, func(), error) {
			return s.ra, s.Size, func() {}, nil
		}}, nil
	}
	if s.Size < 0 {
		fi, err := os.Stat(s.Name)
		if err != nil {
			return nil, err
		}
		s.Size = fi.Size()
	}
	return diskContainer(s.Name, s.Size), nil
}

// modified is the file's modification time: File.Modified, else the
// disk's for a file read by name; zero when unknown.
func (s source) modified() time.Time {
	if !s.Modified.IsZero() || s.ra != nil {
		return s.Modified
	}
	if fi, err := os.Stat(s.Name); err == nil {
		return fi.ModTime()
	}
	return time.Time{}
}

// readAll reads r to the end, refusing more than max bytes. sizeHint, when
// right, saves every reallocation.
func readAll(r io.Reader, sizeHint, max int64) ([]byte, error) {
	if sizeHint > max {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, sizeHint, max)
	}
	buf := make([]byte, 0, sizeHint+1) // +1: EOF is seen without growing
	lr := io.LimitReader(r, max+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(buf)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return buf, nil
}

// Internal kinds: containers of documents.
const (
	unknown   Kind = ""
	kindJSONL Kind = "jsonl"
	kindZip   Kind = "zip"
	kindWARC  Kind = "warc"
)

// kindOf tells a document by its name's extension.
func kindOf(name string) Kind {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".warc.gz") {
		return kindWARC
	}
	switch path.Ext(n) {
	case ".html", ".htm", ".shtml", ".xhtml":
		return KindHTML
	case ".json":
		return KindJSON
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".zip":
		return kindZip
	case ".warc":
		return kindWARC
	}
	return unknown
}

// BinaryType returns the media type of content that is not text — an
// image, a PDF, an archive, or bytes no text encoding has (NUL and other
// control bytes) — or "" for text. UTF-16 with a byte-order mark is text.
func BinaryType(head []byte) string {
	head = head[:min(len(head), 512)]
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return ""
	}
	ct := http.DetectContentType(head)
	if strings.HasPrefix(ct, "text/") {
		return ""
	}
	mt, _, _ := strings.Cut(ct, ";")
	if mt == "application/octet-stream" {
		return "unknown binary data"
	}
	return mt
}

// sniff tells HTML, JSON, zip and WARC apart by their first bytes.
func sniff(head []byte) Kind {
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return kindZip
	case bytes.HasPrefix(head, []byte("WARC/")), isGzipWARC(head):
		return kindWARC
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return KindJSON
	}
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return KindHTML
	}
	return unknown
}
