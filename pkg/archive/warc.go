package archive

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"net/url"
	"strings"
	"sync"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// headerSlack is how much a WARC record may hold besides its payload (the
// HTTP status line and headers) and still be read.
const headerSlack = 1 << 20

// warc yields the HTML pages of a WARC file: response records with HTTP
// status 200 and an HTML Content-Type (or none, and a payload that sniffs as
// HTML), and resource records of HTML. A first, cheap pass reads the WARC
// headers of every record without keeping its content; each candidate is
// then read again from its offset, whole and in memory, so that no record
// is ever spooled to a temporary file and big records (videos) cost nothing.
func (w *walker) warc(name string, ra io.ReaderAt, size int64, src source) {
	rd, err := newWARCReader(io.NewSectionReader(ra, 0, size), 0, gowarc.WithNoValidation())
	if err != nil {
		w.fail(name, err)
		return
	}
	defer rd.Close()
	idx := &warcIndex{src: src, max: w.opts.MaxDocBytes}
	lastBad, next := int64(-1), int64(0) // next: where the next record should start, -1 after an error
	for n := 1; !w.stopped(); n++ {
		rec, err := rd.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			rec.Close()
			w.fail(fmt.Sprintf("%s#%d@%d", name, n, rec.Offset), fmt.Errorf("unreadable WARC record: %w", err))
			if rec.Offset == lastBad || errors.Is(err, gowarc.ErrNoRecord) {
				return // no progress: the reader cannot find the next record
			}
			lastBad, next = rec.Offset, -1
			continue
		}
		if next >= 0 && rec.Offset > next {
			// The reader skipped bytes to find this record: a record
			// whose header was garbled.
			w.fail(fmt.Sprintf("%s#%d@%d", name, n, next), fmt.Errorf("unreadable WARC record: %d bytes skipped to find the next one", rec.Offset-next))
			n++
		}
		next = rec.Offset + rec.Size
		w.record(fmt.Sprintf("%s#%d@%d", name, n, rec.Offset), rec, ra, size, idx)
		rec.Close()
	}
}

// record yields one record if it is an HTML page.
func (w *walker) record(where string, rec gowarc.Record, ra io.ReaderAt, size int64, idx *warcIndex) {
	h := rec.WarcRecord.WarcHeader()
	typ := rec.WarcRecord.Type()
	identified := h.Get(gowarc.WarcIdentifiedPayloadType)
	warcType := strings.ToLower(h.Get(gowarc.ContentType))
	switch {
	case typ == gowarc.Response && strings.HasPrefix(warcType, gowarc.ApplicationHttp),
		typ == gowarc.Resource && (warcType == "" || htmlType(warcType)):
	default:
		w.opts.Stats.Records++
		return
	}
	if identified != "" && !htmlType(identified) {
		w.opts.Stats.Records++
		return
	}
	if length, _ := h.GetInt64(gowarc.ContentLength); length > w.opts.MaxDocBytes+headerSlack {
		if htmlType(identified) {
			w.fail(where, fmt.Errorf("%w: WARC record of %d bytes, limit %d", ErrTooLarge, length, w.opts.MaxDocBytes))
			return
		}
		w.opts.Stats.Records++
		w.opts.Logger.Info("archive: WARC record too large to be a page, skipped", "name", where, "bytes", length)
		return
	}
	p, err := readRecord(ra, size, rec.Offset, w.opts.MaxDocBytes)
	if err != nil {
		w.fail(where, err)
		return
	}
	for _, v := range p.validation {
		w.opts.Logger.Debug("archive: WARC record not valid, read anyway", "name", where, "problem", v.Error())
	}
	if p.status != http.StatusOK || !(htmlType(p.contentType) || p.contentType == "" && sniff(p.body) == KindHTML) {
		w.opts.Stats.Records++
		return
	}
	w.emit(Document{Name: where, URL: p.uri, ContentType: p.contentType, Kind: KindHTML, Body: p.body,
		Images: warcImages{idx: idx, base: p.uri}})
}

// htmlType reports whether a Content-Type names an HTML page.
func htmlType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(ct), ";")
		mt = strings.TrimSpace(mt)
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// payload is a response or resource record read whole.
type payload struct {
	uri, contentType string
	status           int
	body             []byte
	validation       []error
}

// readRecord reads the record at offset leniently (digest and syntax
// problems are returned, not fatal) and returns its payload, decoded from
// chunked transfer and gzip or deflate content encoding. A resource record
// counts as status 200 with its WARC Content-Type.
func readRecord(ra io.ReaderAt, size, offset, max int64) (*payload, error) {
	rd, err := newWARCReader(io.NewSectionReader(ra, 0, size), offset,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBufferMaxMemBytes(max+headerSlack))
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	rec, err := rd.Next()
	defer rec.Close()
	if err != nil {
		return nil, fmt.Errorf("unreadable WARC record: %w", err)
	}
	r := rec.WarcRecord
	p := &payload{uri: strings.Trim(r.WarcHeader().Get(gowarc.WarcTargetURI), "<>"), validation: rec.Validation}
	var body io.Reader
	var header http.Header
	switch b := r.Block().(type) {
	case gowarc.HttpResponseBlock:
		if b.HttpHeader() != nil {
			// Re-read the raw header: Go's parser hides Transfer-Encoding.
			tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(b.ProtocolHeaderBytes())))
			if _, err := tp.ReadLine(); err == nil {
				h, _ := tp.ReadMIMEHeader()
				header = http.Header(h)
			}
			p.status, p.contentType = b.HttpStatusCode(), header.Get("Content-Type")
		}
		body, err = b.PayloadBytes()
	default:
		if r.Type() != gowarc.Resource {
			return p, nil // a response that is not HTTP: nothing to show
		}
		p.status, p.contentType = http.StatusOK, r.WarcHeader().Get(gowarc.ContentType)
		body, err = b.RawBytes()
	}
	if err != nil {
		return nil, err
	}
	raw, err := readAll(body, 0, max+headerSlack)
	if err != nil {
		return nil, err
	}
	p.body, err = decodeBody(header, raw, max)
	return p, err
}

// decodeBody undoes the transfer and content encodings that crawlers keep
// in WARC responses. Some crawlers store bodies already decoded but keep the
// headers, so a body that does not decode is taken as it is.
func decodeBody(h http.Header, raw []byte, max int64) ([]byte, error) {
	if strings.EqualFold(h.Get("Transfer-Encoding"), "chunked") {
		if b, err := readAll(httputil.NewChunkedReader(bytes.NewReader(raw)), int64(len(raw)), max); err == nil {
			raw = b
		}
	}
	var zr io.Reader
	var err error
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err = gzip.NewReader(bytes.NewReader(raw))
	case "deflate":
		if zr, err = zlib.NewReader(bytes.NewReader(raw)); err != nil {
			zr, err = flate.NewReader(bytes.NewReader(raw)), nil
		}
	default:
		return nil, fmt.Errorf("content encoding %q: %w", enc, news.ErrUnsupported)
	}
	if zr != nil && err == nil {
		if b, err := readAll(zr, int64(len(raw))*4, max); err == nil {
			raw = b
		} else if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(raw), max)
	}
	return raw, nil
}

// warcIndex maps the target URIs of a WARC's response and resource records
// to their offsets. It is built on the first image lookup, by one pass over
// the WARC's headers, and shared by all the documents of that WARC.
type warcIndex struct {
	src   source
	max   int64
	once  sync.Once
	byURI map[string][]int64
	err   error
}

func (x *warcIndex) load() {
	ra, size, closeFn, err := x.src()
	if err != nil {
		x.err = err
		return
	}
	defer closeFn()
	rd, err := newWARCReader(io.NewSectionReader(ra, 0, size), 0, gowarc.WithNoValidation())
	if err != nil {
		x.err = err
		return
	}
	defer rd.Close()
	x.byURI = map[string][]int64{}
	lastBad := int64(-1)
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			rec.Close()
			if rec.Offset == lastBad || errors.Is(err, gowarc.ErrNoRecord) {
				return
			}
			lastBad = rec.Offset
			continue
		}
		h := rec.WarcRecord.WarcHeader()
		pt := h.Get(gowarc.WarcIdentifiedPayloadType)
		if t := rec.WarcRecord.Type(); (t == gowarc.Response || t == gowarc.Resource) && (pt == "" || strings.HasPrefix(pt, "image/")) {
			uri := urlKey(strings.Trim(h.Get(gowarc.WarcTargetURI), "<>"))
			x.byURI[uri] = append(x.byURI[uri], rec.Offset)
		}
		rec.Close()
	}
}

// urlKey drops the fragment, which never reaches a server.
func urlKey(u string) string {
	u, _, _ = strings.Cut(u, "#")
	return u
}

// warcImages resolves image URLs, absolute or relative to the page, to the
// response records of the same WARC file.
type warcImages struct {
	idx  *warcIndex
	base string
}

// Resolve returns the payload of the first record for src with status 200.
func (r warcImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	u, err := url.Parse(strings.TrimSpace(src))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
	}
	if base, err := url.Parse(r.base); err == nil && !u.IsAbs() {
		u = base.ResolveReference(u)
	}
	r.idx.once.Do(r.idx.load)
	if r.idx.err != nil {
		return nil, r.idx.err
	}
	offsets := r.idx.byURI[urlKey(u.String())]
	if len(offsets) == 0 {
		return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
	}
	ra, size, closeFn, err := r.idx.src()
	if err != nil {
		return nil, err
	}
	defer closeFn()
	for _, off := range offsets {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if p, err := readRecord(ra, size, off, r.idx.max); err == nil && p.status == http.StatusOK {
			return p.body, nil
		}
	}
	return nil, fmt.Errorf("%s: no record with status 200: %w", src, media.ErrNotFound)
}

// newWARCReader is gowarc.NewWarcFileReaderFromStream, one at a time: each
// call writes a global of github.com/google/uuid (EnableRandPool), a data
// race when the images of a WARC are resolved in parallel.
func newWARCReader(r io.Reader, offset int64, opts ...gowarc.WarcRecordOption) (*gowarc.WarcFileReader, error) {
	warcReaderMu.Lock()
	defer warcReaderMu.Unlock()
	return gowarc.NewWarcFileReaderFromStream(r, offset, opts...)
}

var warcReaderMu sync.Mutex

// isGzipWARC reports whether head is the start of a gzip member holding a
// WARC record.
func isGzipWARC(head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	b := make([]byte, 5)
	n, _ := io.ReadFull(zr, b)
	return string(b[:n]) == "WARC/"
}
