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
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// headerSlack is how much a WARC record may hold besides its payload (the
// HTTP status line and headers) and still be read.
const headerSlack = 1 << 20

// warc yields the HTML pages of a WARC file: response records with HTTP
// status 200 and an HTML Content-Type (or none, and a payload that sniffs as
// HTML), and resource records of HTML. Records are framed in one pass (see
// warcFile); only the candidates' content is read, and big records (videos)
// cost nothing in memory. A damaged record is reported and the reader goes
// on with the next one it can find; an empty file, or one that does not
// start with a record, is a failure.
func (w *walker) warc(c *container, ra io.ReaderAt, size int64) {
	name := c.name
	var magic [5]byte
	n, _ := ra.ReadAt(magic[:], 0)
	if !isGzipMagic(magic[:n]) && string(magic[:n]) != "WARC/" {
		if n == 0 {
			w.fail(name, errors.New("empty file: no WARC record"))
		} else {
			w.fail(name, fmt.Errorf("not a WARC file: it starts with %q, not \"WARC/\"", magic[:n]))
		}
		return
	}
	f := newWARCFile(ra, size, w.opts.MaxZipRatio)
	idx := &warcIndex{c: c, max: w.opts.MaxDocBytes, ratio: w.opts.MaxZipRatio}
	for n, off := 1, int64(0); off < size && !w.stopped(); n++ {
		where := fmt.Sprintf("%s#%d@%d", name, n, off)
		h, err := f.record(off, func(h *warcHead, content io.Reader) error {
			return w.record(where, h, content, idx)
		})
		if err == nil {
			off = h.end
			continue
		}
		switch {
		case errors.Is(err, errGzipBomb):
			w.fail(where, fmt.Errorf("%w; the rest of the file is skipped", err))
			return
		case h.end > off:
			w.fail(where, err)
			off = h.end
			continue
		}
		next := f.next(off)
		if next < 0 {
			w.fail(where, fmt.Errorf("%w; no record after it", err))
			return
		}
		w.fail(where, fmt.Errorf("%w; %d bytes skipped to the next record", err, next-off))
		off = next
	}
}

// record yields one record if it is an HTML page; content is its content.
func (w *walker) record(where string, h *warcHead, content io.Reader, idx *warcIndex) error {
	typ := strings.ToLower(h.field("warc-type"))
	identified := h.field("warc-identified-payload-type")
	warcType := strings.ToLower(h.field("content-type"))
	switch {
	case typ == "response" && strings.HasPrefix(warcType, gowarc.ApplicationHttp),
		typ == "resource" && (warcType == "" || htmlType(warcType)):
	default:
		w.opts.Stats.Records++
		return nil
	}
	if identified != "" && !htmlType(identified) {
		w.opts.Stats.Records++
		return nil
	}
	if h.length > w.opts.MaxDocBytes+headerSlack {
		if htmlType(identified) {
			return fmt.Errorf("%w: WARC record of %d bytes, limit %d", ErrTooLarge, h.length, w.opts.MaxDocBytes)
		}
		w.opts.Stats.Records++
		w.opts.Logger.Info("archive: WARC record too large to be a page, skipped", "name", where, "bytes", h.length)
		return nil
	}
	block, err := readAll(content, h.length, h.length)
	if err != nil {
		return err
	}
	if int64(len(block)) < h.length {
		return fmt.Errorf("%w: its Content-Length is %d bytes, it holds %d", errWARCTruncated, h.length, len(block))
	}
	p, err := parseRecord(h, block, w.opts.MaxDocBytes)
	if err != nil {
		return err
	}
	for _, v := range p.validation {
		w.opts.Logger.Debug("archive: WARC record not valid, read anyway", "name", where, "problem", v.Error())
	}
	if p.status != http.StatusOK || !(htmlType(p.contentType) || p.contentType == "" && sniff(p.body) == KindHTML) {
		w.opts.Stats.Records++
		return nil
	}
	captured, _ := time.Parse(time.RFC3339Nano, h.field("warc-date")) // zero when missing or malformed
	w.emit(Document{Name: where, URL: p.uri, ContentType: p.contentType, Kind: KindHTML, Body: p.body,
		Images: warcImages{idx: idx, base: p.uri}, Captured: captured})
	return nil
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

// readRecord reads the record at offset in ra (see parseRecord).
func readRecord(ra io.ReaderAt, size, offset, max int64, ratio float64) (*payload, error) {
	var p *payload
	_, err := newWARCFile(ra, size, ratio).record(offset, func(h *warcHead, content io.Reader) error {
		if h.length > max+headerSlack {
			return fmt.Errorf("%w: WARC record of %d bytes, limit %d", ErrTooLarge, h.length, max)
		}
		block, err := readAll(content, h.length, h.length)
		if err != nil {
			return err
		}
		p, err = parseRecord(h, block, max)
		return err
	})
	return p, err
}

// parseRecord parses a record framed by warcFile leniently (digest and
// syntax problems are returned, not fatal) and returns its payload, decoded
// from chunked transfer and gzip or deflate content encoding. A resource
// record counts as status 200 with its WARC Content-Type.
func parseRecord(h *warcHead, block []byte, max int64) (*payload, error) {
	rd := io.MultiReader(bytes.NewReader(h.header), bytes.NewReader(block), strings.NewReader("\r\n\r\n"))
	u := newUnmarshaler(gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBufferMaxMemBytes(int64(len(block))+1))
	r, _, validation, err := u.Unmarshal(bufio.NewReader(rd))
	if r != nil {
		defer r.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("unreadable WARC record: %w", err)
	}
	p := &payload{uri: strings.Trim(r.WarcHeader().Get(gowarc.WarcTargetURI), "<>"), validation: validation}
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
	c     *container
	max   int64
	ratio float64
	once  sync.Once
	byURI map[string][]int64
	err   error
}

func (x *warcIndex) load() {
	ra, size, release, err := x.c.open()
	if err != nil {
		x.err = err
		return
	}
	defer release()
	f := newWARCFile(ra, size, x.ratio)
	x.byURI = map[string][]int64{}
	for off := int64(0); off < size; {
		h, err := f.record(off, func(h *warcHead, _ io.Reader) error {
			pt := h.field("warc-identified-payload-type")
			if t := strings.ToLower(h.field("warc-type")); (t == "response" || t == "resource") && (pt == "" || strings.HasPrefix(pt, "image/")) {
				uri := urlKey(strings.Trim(h.field("warc-target-uri"), "<>"))
				x.byURI[uri] = append(x.byURI[uri], h.offset)
			}
			return nil
		})
		switch {
		case h.end > off:
			off = h.end
		case err != nil && !errors.Is(err, errGzipBomb):
			off = f.next(off) // the walk reported it
		default:
			return
		}
		if off < 0 {
			return
		}
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
	ra, size, release, err := r.idx.c.open()
	if err != nil {
		return nil, err
	}
	defer release()
	for _, off := range offsets {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if p, err := readRecord(ra, size, off, r.idx.max, r.idx.ratio); err == nil && p.status == http.StatusOK {
			return p.body, nil
		}
	}
	return nil, fmt.Errorf("%s: no record with status 200: %w", src, media.ErrNotFound)
}

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

// newUnmarshaler is gowarc.NewUnmarshaler, one at a time: building its
// options calls uuid.EnableRandPool, which writes a global — a data race
// when the images of a crawl are resolved by several workers at once.
func newUnmarshaler(opts ...gowarc.WarcRecordOption) gowarc.Unmarshaler {
	unmarshalerMu.Lock()
	defer unmarshalerMu.Unlock()
	return gowarc.NewUnmarshaler(opts...)
}

var unmarshalerMu sync.Mutex
