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
	"sync"

	"github.com/newsarc/newsarc/internal/safefile"
	"github.com/newsarc/newsarc/pkg/media"
)

// container is a file that documents point back into for their images: a
// zip or a WARC on disk, or a member of a zip. It is opened on demand and
// keeps no file open between uses; a zip's directory is parsed once and
// shared by the walk and every image lookup (parsing the directory of a zip
// of 200,000 members for each image took minutes).
type container struct {
	name   string                                     // for errors
	root   func() (io.ReaderAt, int64, func(), error) // a file on disk (parent is nil)
	parent *container                                 // the zip holding this member
	member *zip.File                                  // in parent
	cache  *memberCache                               // a compressed member's bytes, kept for a while
	lim    limits

	once sync.Once // parses dir: a zip whose bytes stay where they are
	dir  *zipDir
	err  error
}

// diskContainer is a file on disk, opened when read and closed when the
// last reader releases it.
func diskContainer(name string, size int64) *container {
	f := &reopener{name: name}
	return &container{name: name, root: func() (io.ReaderAt, int64, func(), error) {
		if err := f.hold(); err != nil {
			return nil, 0, nil, err
		}
		return f, size, f.release, nil
	}}
}

// memberContainer is a member of the zip c.
func (c *container) memberContainer(f *zip.File) *container {
	return &container{name: c.name + "!" + f.Name, parent: c, member: f, cache: c.cache, lim: c.lim}
}

// stored reports a member read in place: stored, not compressed, in its
// parent (as zip tools keep zips inside zips).
func (c *container) stored() bool { return c.parent != nil && c.member.Method == zip.Store }

// open returns the container's bytes, readable until release is called.
func (c *container) open() (ra io.ReaderAt, size int64, release func(), err error) {
	switch {
	case c.parent == nil:
		return c.root()
	case c.stored():
		pra, _, release, err := c.parent.open()
		if err != nil {
			return nil, 0, nil, err
		}
		off, err := c.member.DataOffset()
		if err != nil {
			release()
			return nil, 0, nil, err
		}
		size := int64(c.member.UncompressedSize64)
		return io.NewSectionReader(pra, off, size), size, release, nil
	}
	b, err := c.bytes()
	if err != nil {
		return nil, 0, nil, err
	}
	return bytes.NewReader(b), int64(len(b)), func() {}, nil
}

// bytes returns a compressed member, inflated: from the cache, or read
// again from the parent.
func (c *container) bytes() ([]byte, error) {
	if b, _ := c.cache.get(c); b != nil {
		return b, nil
	}
	_, _, release, err := c.parent.open() // keeps the member readable
	if err != nil {
		return nil, err
	}
	defer release()
	b, _, err := c.lim.read(c.member, c.lim.doc, ErrTooLarge)
	if err != nil {
		return nil, err
	}
	c.cache.put(c, b, nil)
	return b, nil
}

// zipDir returns the container parsed as a zip, readable until release is
// called.
func (c *container) zipDir() (*zipDir, func(), error) {
	if c.parent != nil && !c.stored() {
		// Compressed: the directory goes with the bytes in the cache.
		b, dir := c.cache.get(c)
		if dir != nil {
			return dir, func() {}, nil
		}
		if b == nil {
			var err error
			if b, err = c.bytes(); err != nil {
				return nil, nil, err
			}
		}
		dir, err := parseZip(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return nil, nil, err
		}
		c.cache.put(c, b, dir)
		return dir, func() {}, nil
	}
	ra, size, release, err := c.open()
	if err != nil {
		return nil, nil, err
	}
	c.once.Do(func() { c.dir, c.err = parseZip(ra, size) })
	if c.err != nil {
		release()
		return nil, nil, c.err
	}
	return c.dir, release, nil
}

// zipDir is a parsed zip, with its members by name.
type zipDir struct {
	zr    *zip.Reader
	once  sync.Once
	files map[string]*zip.File
}

func parseZip(ra io.ReaderAt, size int64) (*zipDir, error) {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, fmt.Errorf("not a readable zip file: %w", err)
	}
	return &zipDir{zr: zr}, nil
}

// file returns the member named name, or nil.
func (d *zipDir) file(name string) *zip.File {
	d.once.Do(func() {
		d.files = make(map[string]*zip.File, len(d.zr.File))
		for _, f := range d.zr.File {
			if _, dup := d.files[f.Name]; !dup {
				d.files[f.Name] = f
			}
		}
	})
	return d.files[name]
}

// reopener is an io.ReaderAt over a file that is open only while held.
type reopener struct {
	name string
	mu   sync.Mutex
	f    *os.File
	refs int
}

func (r *reopener) hold() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.refs == 0 {
		f, _, err := safefile.Open(r.name)
		if err != nil {
			return err
		}
		r.f = f
	}
	r.refs++
	return nil
}

func (r *reopener) release() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.refs--; r.refs == 0 {
		r.f.Close()
		r.f = nil
	}
}

// ReadAt reads from the file, which a hold keeps open.
func (r *reopener) ReadAt(p []byte, off int64) (int, error) { return r.f.ReadAt(p, off) }

// memberCache keeps the inflated bytes (and, for a zip, the directory) of
// the compressed members that hold other documents — nested zips, WARCs —
// up to a budget, least recently used out first.
type memberCache struct {
	mu      sync.Mutex
	budget  int64
	used    int64
	entries []*cached // least recently used first
}

type cached struct {
	c   *container
	b   []byte
	dir *zipDir
}

func (m *memberCache) get(c *container) ([]byte, *zipDir) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, e := range m.entries {
		if e.c == c {
			m.entries = append(append(m.entries[:i:i], m.entries[i+1:]...), e)
			return e.b, e.dir
		}
	}
	return nil, nil
}

func (m *memberCache) put(c *container, b []byte, dir *zipDir) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, e := range m.entries {
		if e.c == c {
			m.entries = append(m.entries[:i], m.entries[i+1:]...)
			m.used -= int64(len(e.b))
			break
		}
	}
	m.entries = append(m.entries, &cached{c, b, dir})
	m.used += int64(len(b))
	for m.used > m.budget && len(m.entries) > 1 {
		m.used -= int64(len(m.entries[0].b))
		m.entries = m.entries[1:]
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

// zipBudget is what the zips of one file on disk, nested ones included, may
// still inflate to: MaxZipBytes, or MaxZipRatio times the file's size when
// that is less (fileGraceBytes at least, for small files of very
// compressible pages).
type zipBudget struct {
	left int64
	err  error // the error once it is spent
}

// fileGraceBytes is how much any zip file may inflate to, whatever its
// ratio.
const fileGraceBytes = 16 << 20

func (w *walker) newZipBudget(size int64) *zipBudget {
	b := &zipBudget{left: w.opts.MaxZipBytes}
	b.err = fmt.Errorf("%w: the zip produces more than %d bytes", ErrZipBomb, b.left)
	if byRatio := max64(int64(w.opts.MaxZipRatio*float64(size)), fileGraceBytes); byRatio < b.left {
		b.left = byRatio
		b.err = fmt.Errorf("%w: the zip produces more than %g times its size", ErrZipBomb, w.opts.MaxZipRatio)
	}
	return b
}

// zip walks the members of a zip in central-directory order. rel is the
// slash path that Include and Exclude see, depth 0 for a zip on disk.
func (w *walker) zip(c *container, rel string, depth int, included bool, budget *zipBudget) {
	dir, release, err := c.zipDir()
	if err != nil {
		w.fail(c.name, err)
		return
	}
	defer release()
	included = included || w.matches(w.opts.Include, rel, path.Base(rel))
	for _, f := range dir.zr.File {
		if w.stopped() {
			return
		}
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		member := c.name + "!" + f.Name
		if unsafeName(f.Name) {
			w.fail(member, ErrUnsafeName) // the name is in the document's
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
		if budget.left <= 0 {
			w.fail(member, fmt.Errorf("%w; the rest of it is skipped", budget.err))
			return
		}
		err := w.member(c, f, r, depth, included, budget)
		if err != nil {
			w.fail(member, err)
			if errors.Is(err, ErrZipBomb) && budget.left <= 0 {
				return
			}
		}
	}
}

// member yields the documents of one zip member of c, and takes what it
// inflates from the budget.
func (w *walker) member(c *container, f *zip.File, rel string, depth int, included bool, budget *zipBudget) error {
	name := c.name + "!" + f.Name
	kind := kindOf(path.Base(f.Name))
	if (kind == kindZip || kind == kindWARC) && depth > 0 {
		return ErrNestedZip
	}
	images := zipImages{c: c, dir: path.Dir(f.Name)}
	if kind == kindJSONL { // streamed line by line: only the budget bounds it
		rc, err := f.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		g := c.lim.guard(rc, f, budget.left, budget.err)
		w.lines(name, g, images, f.Modified)
		budget.left -= g.n
		return nil
	}
	inner := c.memberContainer(f)
	if kind == kindZip && inner.stored() {
		w.zip(inner, rel, depth+1, included, budget) // read in place: its members draw on the budget
		return nil
	}
	if kind == kindWARC && inner.stored() { // read in place, as on disk
		ra, size, release, err := inner.open()
		if err != nil {
			return err
		}
		defer release()
		w.warc(inner, ra, size)
		return nil
	}
	max, capErr := c.lim.doc, error(ErrTooLarge)
	if budget.left < max {
		max, capErr = budget.left, budget.err
	}
	body, n, err := c.lim.read(f, max, capErr)
	budget.left -= n
	if err != nil {
		return err
	}
	switch kind {
	case kindZip:
		c.cache.put(inner, body, nil)
		w.zip(inner, rel, depth+1, included, budget)
	case kindWARC:
		c.cache.put(inner, body, nil)
		w.warc(inner, bytes.NewReader(body), n)
	default:
		w.emit(Document{Name: name, Kind: kind, Body: body, Images: images, Captured: f.Modified})
	}
	return nil
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
	c   *container
	dir string
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
	dir, release, err := z.c.zipDir()
	if err != nil {
		return nil, err
	}
	defer release()
	for _, n := range names {
		if f := dir.file(n); f != nil {
			b, _, err := z.c.lim.read(f, z.c.lim.doc, ErrTooLarge)
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
// PageImages. convert uses it for single files too, so that a saved page
// finds its images wherever it is read from.
func LocalImages(dir string) media.Resolver { return PageImages(media.Dir(dir)) }

// PageImages resolves the images of a document with dir, the resolver of
// paths relative to the document's directory (media.Dir on a disk, the
// like on an object store): relative paths, and the local copies of remote
// URLs that a saved page keeps next to it (see savedCopies). Remote URLs
// without a copy fail with media.ErrRemote.
func PageImages(dir media.Resolver) media.Resolver { return pageImages{dir} }

type pageImages struct{ dir media.Resolver }

// Resolve reads src below the document's directory.
func (d pageImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	if !media.IsRemote(src) {
		return d.dir.Resolve(ctx, src)
	}
	for _, rel := range savedCopies(src) {
		if b, err := d.dir.Resolve(ctx, rel); err == nil {
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
