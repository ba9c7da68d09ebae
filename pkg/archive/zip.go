package archive

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"strings"

	"github.com/newsarc/newsarc/pkg/media"
)

// source reopens a container (a file, or a member of a zip) so that image
// resolvers can read from it after Walk has moved on, without keeping files
// open or bytes in memory. close is never nil.
type source func() (ra io.ReaderAt, size int64, close func() error, err error)

func fileSource(name string) source {
	return func() (io.ReaderAt, int64, func() error, error) {
		f, err := os.Open(name)
		if err != nil {
			return nil, 0, nil, err
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, 0, nil, err
		}
		return f, fi.Size(), f.Close, nil
	}
}

// memberSource reads one member of the zip that parent opens into memory.
func memberSource(parent source, member string, lim limits) source {
	return func() (io.ReaderAt, int64, func() error, error) {
		ra, size, closeParent, err := parent()
		if err != nil {
			return nil, 0, nil, err
		}
		defer closeParent()
		zr, err := zip.NewReader(ra, size)
		if err != nil {
			return nil, 0, nil, err
		}
		for _, f := range zr.File {
			if f.Name == member {
				b, _, err := lim.read(f, lim.doc, ErrTooLarge)
				if err != nil {
					return nil, 0, nil, err
				}
				return bytes.NewReader(b), int64(len(b)), func() error { return nil }, nil
			}
		}
		return nil, 0, nil, fmt.Errorf("%s: %w", member, media.ErrNotFound)
	}
}

// limits bound what one zip member may expand to.
type limits struct {
	doc   int64   // one member
	ratio float64 // uncompressed/compressed
}

// read reads a member of at most max bytes, failing with capErr beyond, and
// returns how many bytes were decompressed. The header's sizes can lie, so
// the caps are enforced on what the decompressor actually produces.
func (l limits) read(f *zip.File, max int64, capErr error) ([]byte, int64, error) {
	if f.UncompressedSize64 > uint64(l.doc) {
		return nil, 0, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, f.UncompressedSize64, l.doc)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, 0, err
	}
	defer rc.Close()
	g := l.guard(rc, f, max, capErr)
	b, err := readAll(g, min(int64(f.UncompressedSize64), max), max+1) // g reports the cap it hit
	return b, g.n, err
}

// guard wraps a member's reader so that it fails once the member has
// produced more than max bytes (failing with capErr) or expands beyond the
// ratio (ErrZipBomb).
func (l limits) guard(r io.Reader, f *zip.File, max int64, capErr error) *guarded {
	g := &guarded{r: r, limit: max, err: capErr}
	if byRatio := max64(int64(l.ratio*float64(f.CompressedSize64)), graceBytes); byRatio < g.limit && f.Method != zip.Store {
		g.limit, g.err = byRatio, fmt.Errorf("%w: more than %g times its compressed size", ErrZipBomb, l.ratio)
	}
	return g
}

func max64(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

// guarded is a reader that fails with err once it has read more than limit
// bytes.
type guarded struct {
	r     io.Reader
	n     int64
	limit int64
	err   error
}

func (g *guarded) Read(p []byte) (int, error) {
	if g.n > g.limit {
		return 0, g.fail()
	}
	if room := g.limit - g.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := g.r.Read(p)
	g.n += int64(n)
	if g.n > g.limit {
		return n - int(g.n-g.limit), g.fail() // the bytes within the limit still count
	}
	return n, err
}

func (g *guarded) fail() error {
	if g.err == ErrTooLarge {
		return fmt.Errorf("%w: more than %d bytes", g.err, g.limit)
	}
	return g.err
}

// zip walks the members of a zip file in central-directory order. name is
// how documents are named ("a/b.zip", "a/b.zip!inner.zip"), rel the slash
// path that Include and Exclude see, depth 0 for a zip on disk.
func (w *walker) zip(name, rel string, ra io.ReaderAt, size int64, src source, depth int, included bool) {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		w.fail(name, fmt.Errorf("not a readable zip file: %w", err))
		return
	}
	lim := limits{doc: w.opts.MaxDocBytes, ratio: w.opts.MaxZipRatio}
	left := w.opts.MaxZipBytes // uncompressed bytes this zip may still produce
	included = included || w.matches(w.opts.Include, rel, path.Base(rel))
	for _, f := range zr.File {
		if w.stopped() {
			return
		}
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		member := name + "!" + f.Name
		if unsafeName(f.Name) {
			w.fail(member, fmt.Errorf("%w: %q", ErrUnsafeName, f.Name))
			continue
		}
		base := path.Base(f.Name)
		if hiddenMember(f.Name) {
			w.skip(member, "hidden")
			continue
		}
		kind := kindOf(base)
		if kind == unknown {
			w.skip(member, "not a document")
			continue
		}
		r := rel + "/" + f.Name
		if w.excluded(r, base, included) {
			continue
		}
		if left <= 0 {
			w.fail(member, fmt.Errorf("%w: the zip already produced %d bytes; the rest of it is skipped", ErrZipBomb, w.opts.MaxZipBytes))
			return
		}
		n, err := w.member(member, r, f, src, lim, left, depth, included)
		left -= n
		if err != nil {
			w.fail(member, err)
			if errors.Is(err, ErrZipBomb) && left <= 0 {
				return
			}
		}
	}
}

// member yields the documents of one zip member and returns how many
// uncompressed bytes it read.
func (w *walker) member(name, rel string, f *zip.File, src source, lim limits, left int64, depth int, included bool) (int64, error) {
	kind := kindOf(path.Base(f.Name))
	if (kind == kindZip || kind == kindWARC) && depth > 0 {
		return 0, ErrNestedZip
	}
	totalErr := fmt.Errorf("%w: the zip produces more than %d bytes", ErrZipBomb, w.opts.MaxZipBytes)
	if kind == kindJSONL { // streamed line by line: only the zip's total bounds it
		rc, err := f.Open()
		if err != nil {
			return 0, err
		}
		defer rc.Close()
		g := lim.guard(rc, f, left, totalErr)
		w.lines(name, g, zipImages{src: src, dir: path.Dir(f.Name), lim: lim})
		return g.n, nil
	}
	max, capErr := lim.doc, error(ErrTooLarge)
	if left < max {
		max, capErr = left, totalErr
	}
	body, n, err := lim.read(f, max, capErr)
	if err != nil {
		return n, err
	}
	switch kind {
	case kindZip:
		w.zip(name, rel, bytes.NewReader(body), n, memberSource(src, f.Name, lim), depth+1, included)
	case kindWARC:
		w.warc(name, bytes.NewReader(body), n, memberSource(src, f.Name, lim))
	default:
		w.emit(Document{Name: name, Kind: kind, Body: body, Images: zipImages{src: src, dir: path.Dir(f.Name), lim: lim}})
	}
	return n, nil
}

// unsafeName reports member names that would escape an extraction
// directory: absolute, with a drive letter, with backslashes or "..".
func unsafeName(name string) bool {
	if name == "" || strings.ContainsAny(name, "\\\x00") || strings.HasPrefix(name, "/") ||
		(len(name) > 1 && name[1] == ':') {
		return true
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

// hiddenMember reports dot files and the resource forks that macOS puts in
// zips (__MACOSX/._a.html looks like HTML but is not).
func hiddenMember(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// zipImages resolves image paths relative to a member's directory in a zip.
type zipImages struct {
	src source
	dir string
	lim limits
}

// Resolve reads src from the zip, relative to the document's directory (a
// leading "/" means the root of the zip). A remote URL is looked up as the
// local copy a saved page may keep (see savedCopies).
func (z zipImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	var names []string
	if media.IsRemote(src) {
		for _, rel := range savedCopies(src) {
			if p, ok := z.path(rel); ok {
				names = append(names, p)
			}
		}
	} else if p, ok := z.path(src); ok {
		names = append(names, p)
	} else {
		return nil, fmt.Errorf("%s: %w", src, media.ErrOutOfRoot)
	}
	ra, size, closeFn, err := z.src()
	if err != nil {
		return nil, err
	}
	defer closeFn()
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, err
	}
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		files[f.Name] = f
	}
	for _, n := range names {
		if f := files[n]; f != nil {
			b, _, err := z.lim.read(f, z.lim.doc, ErrTooLarge)
			return b, err
		}
	}
	if media.IsRemote(src) {
		return nil, fmt.Errorf("%s: %w", src, media.ErrRemote)
	}
	return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
}

// path turns an image path into a member name, and reports false if it
// climbs out of the zip.
func (z zipImages) path(src string) (string, bool) {
	p := strings.TrimPrefix(src, "file://")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	if !strings.HasPrefix(p, "/") {
		p = z.dir + "/" + p
	}
	return inZip(p)
}

// LocalImages returns the image resolver of a document in dir: see
// localImages. convert uses it for single files too, so that a saved page
// finds its images wherever it is read from.
func LocalImages(dir string) media.Resolver { return localImages(dir) }

// localImages resolves the images of a file in a directory: paths relative
// to its directory, and the local copies of remote URLs that a saved page
// keeps next to it (see savedCopies). Nothing outside the directory is read.
type localImages string

// Resolve reads src below the document's directory.
func (d localImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	if !media.IsRemote(src) {
		return media.Dir(d).Resolve(ctx, src)
	}
	for _, rel := range savedCopies(src) {
		if b, err := media.Dir(d).Resolve(ctx, rel); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("%s: %w", src, media.ErrRemote)
}

// savedCopies lists, longest first, where a page saved with its images may
// keep the remote image src, relative to the page. Readers make a saved
// page's relative image paths absolute with the page's own URL, so
// "https://site/a/page_files/p.jpg" may be "a/page_files/p.jpg",
// "page_files/p.jpg" or "p.jpg" next to the page.
func savedCopies(src string) []string {
	u, err := url.Parse(src)
	if err != nil {
		return nil
	}
	parts := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	var out []string
	for i := range parts {
		if rel := strings.Join(parts[i:], "/"); rel != "" {
			out = append(out, rel)
		}
	}
	return out
}

// inZip cleans a slash path relative to the root of a zip, and reports
// false if its ".." elements climb out of the zip.
func inZip(p string) (string, bool) {
	var parts []string
	for _, part := range strings.Split(p, "/") {
		switch part {
		case "", ".":
		case "..":
			if len(parts) == 0 {
				return "", false
			}
			parts = parts[:len(parts)-1]
		default:
			parts = append(parts, part)
		}
	}
	return strings.Join(parts, "/"), true
}
