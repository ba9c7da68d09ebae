package epub

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"hash/crc32"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsarc/newsarc/fonts"
)

// pkgDir is the package directory go-epub uses; every href in the package
// document is relative to it.
const pkgDir = "EPUB/"

const xhtmlType = "application/xhtml+xml"

// The compression level. Vietnamese text compresses about 2:1 at any
// level: the default level takes 40 % more CPU than the fastest (0.7 s for
// 5,000 articles) for a book 10 % smaller.
const deflateLevel = flate.BestSpeed

// entry is one file of the archive: copied as go-epub compressed it, stored
// as is (images are compressed already), or made by a job that a worker
// runs when its turn comes, so that article documents are never all in
// memory at once.
type entry struct {
	name   string
	raw    *zip.File
	stored []byte
	job    func(*flate.Writer) deflated
}

// rendered is the job of rendering a document and deflating it.
func rendered(render func() ([]byte, error)) func(*flate.Writer) deflated {
	return func(fw *flate.Writer) deflated { return deflate(fw, render) }
}

func constant(data []byte) func(*flate.Writer) deflated {
	return rendered(func() ([]byte, error) { return data, nil })
}

// font is the job of subsetting a font style to the book's letters and
// deflating it. A font the subsetter cannot read is embedded whole.
func (b *book) font(s fonts.Style) func(*flate.Writer) deflated {
	return rendered(func() ([]byte, error) {
		sub, err := fonts.Subset(b.o.Font.TTF(s), b.runes)
		if err != nil {
			b.o.Logger.Warn("epub: font embedded whole: "+err.Error(), "font", b.o.Font.Name, "style", s.Suffix())
			return b.o.Font.TTF(s), nil
		}
		return sub, nil
	})
}

// pack re-packs go-epub's archive into w with the article documents,
// fonts and images added and the package document, navigation and NCX replaced: the
// stored mimetype first, then every entry sorted by name, all with the
// book's date.
func (b *book) pack(ctx context.Context, w io.Writer, skel []byte) error {
	entries, err := b.entries(skel)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	// The mimetype comes first and stored, with no extra field, so that
	// readers recognise the file by its first bytes.
	mw, err := zw.CreateHeader(b.header("mimetype", zip.Store))
	if err != nil {
		return err
	}
	if _, err := io.WriteString(mw, MediaType); err != nil {
		return err
	}
	if err := b.write(ctx, zw, entries); err != nil {
		return err
	}
	return zw.Close()
}

// entries lists the files of the book, sorted by name: go-epub's, with the
// cover page's alt text in Vietnamese, and the writer's own.
func (b *book) entries(skel []byte) ([]entry, error) {
	zr, err := zip.NewReader(bytes.NewReader(skel), int64(len(skel)))
	if err != nil {
		return nil, err
	}
	var entries []entry
	var manifest []item
	for _, f := range zr.File {
		switch f.Name {
		case "mimetype", pkgDir + navFile, pkgDir + ncxFile:
			// the writer's own
		case pkgDir + "package.opf":
			opf, err := readZip(f)
			if err != nil {
				return nil, err
			}
			if manifest, err = manifestOf(opf); err != nil {
				return nil, err
			}
		case pkgDir + xhtmlDir + coverFile:
			page, err := readZip(f)
			if err != nil {
				return nil, err
			}
			page = bytes.Replace(page, []byte(`alt="Cover Image"`), []byte(`alt="`+b.c.Labels().Cover+`"`), 1)
			entries = append(entries, entry{name: f.Name, job: constant(page)})
		default:
			entries = append(entries, entry{name: f.Name, raw: f})
		}
	}

	outline := b.outline()
	nav, err := b.nav(outline)
	if err != nil {
		return nil, err
	}
	ncx, err := b.ncx(outline)
	if err != nil {
		return nil, err
	}
	entries = append(entries, entry{name: pkgDir + navFile, job: constant(nav)}, entry{name: pkgDir + ncxFile, job: constant(ncx)})
	// add puts a file of the writer's own in the archive and the manifest.
	add := func(href, id, mediaType string, e entry) {
		e.name = pkgDir + href
		entries = append(entries, e)
		manifest = append(manifest, item{ID: id, Href: href, MediaType: mediaType})
	}
	for i := range b.docs {
		file := b.docs[i].file
		add(xhtmlDir+file, file, xhtmlType, entry{job: rendered(func() ([]byte, error) { return b.article(i) })})
	}
	family := fontFamily(b.o.Font)
	for _, s := range fonts.Styles {
		if b.fonts[s] {
			add(fontDir+fontFile(family, s), "font-"+strings.ToLower(s.Suffix()), "font/ttf", entry{job: b.font(s)})
		}
	}
	stored := make(map[string]bool)
	for _, p := range b.images {
		if p.err == nil && !stored[p.file] {
			stored[p.file] = true
			add(imageDir+p.file, p.id, p.mediaType, entry{stored: p.data})
		}
	}
	opf, err := b.opf(manifest, b.spine())
	if err != nil {
		return nil, err
	}
	entries = append(entries, entry{name: pkgDir + "package.opf", job: constant(opf)})
	slices.SortFunc(entries, func(x, y entry) int { return strings.Compare(x.name, y.name) })
	return entries, nil
}

// deflated is an entry made and compressed by a worker.
type deflated struct {
	data []byte
	crc  uint32
	size int
	err  error
}

// write adds the entries to zw in order. Rendering and compressing, most of
// the time, run on every core ahead of the writing, with a bounded number
// of entries in flight.
func (b *book) write(ctx context.Context, zw *zip.Writer, entries []entry) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()

	workers := runtime.GOMAXPROCS(0)
	done := make([]chan deflated, len(entries))
	for i := range entries {
		if entries[i].job != nil {
			done[i] = make(chan deflated, 1)
		}
	}
	jobs := make(chan int)
	slots := make(chan struct{}, 4*workers)
	wg.Go(func() {
		defer close(jobs)
		for i := range entries {
			if done[i] == nil {
				continue
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	for range workers {
		wg.Go(func() {
			fw, _ := flate.NewWriter(io.Discard, deflateLevel)
			for i := range jobs {
				done[i] <- entries[i].job(fw)
			}
		})
	}

	for i, e := range entries {
		var err error
		switch {
		case e.raw != nil:
			err = copyRaw(zw, e.raw, b.header(e.name, e.raw.Method))
		case done[i] == nil:
			var fw io.Writer
			if fw, err = zw.CreateHeader(b.header(e.name, zip.Store)); err == nil {
				_, err = fw.Write(e.stored)
			}
		default:
			var d deflated
			select {
			case d = <-done[i]:
			case <-ctx.Done():
				return ctx.Err()
			}
			<-slots
			if err = d.err; err == nil {
				h := b.header(e.name, zip.Deflate)
				h.CRC32, h.CompressedSize64, h.UncompressedSize64 = d.crc, uint64(len(d.data)), uint64(d.size)
				var fw io.Writer
				if fw, err = zw.CreateRaw(h); err == nil {
					_, err = fw.Write(d.data)
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func deflate(fw *flate.Writer, render func() ([]byte, error)) deflated {
	data, err := render()
	if err != nil {
		return deflated{err: err}
	}
	var buf bytes.Buffer
	buf.Grow(len(data)/2 + 64)
	fw.Reset(&buf)
	fw.Write(data) // a bytes.Buffer does not fail
	fw.Close()
	return deflated{data: buf.Bytes(), crc: crc32.ChecksumIEEE(data), size: len(data)}
}

// header is a zip header with the book's date in the MS-DOS fields.
// Setting those rather than FileHeader.Modified keeps the extra field out of
// the headers, which epubcheck forbids for mimetype.
func (b *book) header(name string, method uint16) *zip.FileHeader {
	date, clock := dosTime(b.date)
	return &zip.FileHeader{Name: name, Method: method, ModifiedDate: date, ModifiedTime: clock}
}

// copyRaw copies an entry without recompressing it.
func copyRaw(zw *zip.Writer, f *zip.File, h *zip.FileHeader) error {
	h.CRC32, h.CompressedSize64, h.UncompressedSize64 = f.CRC32, f.CompressedSize64, f.UncompressedSize64
	w, err := zw.CreateRaw(h)
	if err != nil {
		return err
	}
	r, err := f.OpenRaw()
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}

func readZip(f *zip.File) ([]byte, error) {
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// dosTime is t in the MS-DOS fields of a zip header, clamped to the years
// they can hold.
func dosTime(t time.Time) (date, clock uint16) {
	t = t.UTC()
	switch {
	case t.Year() < 1980:
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	case t.Year() > 2107:
		t = time.Date(2107, 12, 31, 23, 59, 58, 0, time.UTC)
	}
	date = uint16((t.Year()-1980)<<9 | int(t.Month())<<5 | t.Day())
	clock = uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()/2)
	return date, clock
}
