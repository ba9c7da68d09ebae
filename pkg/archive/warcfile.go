package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The framing of WARC records is read here, within bounds, and only a
// record's bytes — header and content, in memory — are handed to gowarc to
// parse. The library reads a record's version line and header without a
// length limit and trusts Content-Length (a gzip member of 1 MB that
// inflates to a version line of gigabytes took all the memory there was; a
// record claiming 100 GB swallowed the records after it), so it never sees
// the file itself.
const (
	maxWARCLine   = 8 << 10  // one header line
	maxWARCHeader = 64 << 10 // the whole WARC header
)

// Framing errors.
var (
	errNotWARC       = errors.New("not a WARC record")
	errWARCTruncated = errors.New("WARC record truncated")
	errWARCHeader    = errors.New("bad WARC header")
	errGzipBomb      = errors.New("gzip data expands beyond the limits (gzip bomb?)")
)

// warcFile reads the records of a WARC file: plain, or one gzip member per
// record (.warc.gz).
type warcFile struct {
	ra      io.ReaderAt
	size    int64
	br      *bufio.Reader // the file from the current record on
	zbr     *bufio.Reader // the current gzip member, inflated
	gz      *gzip.Reader
	inflate *guarded // counts what gzip produces, across the file
}

// newWARCFile reads the WARC in ra. Gzip members may inflate to at most
// ratio times the file's size in total (graceBytes at least): a real crawl
// compresses 3 to 10 times.
func newWARCFile(ra io.ReaderAt, size int64, ratio float64) *warcFile {
	f := &warcFile{ra: ra, size: size, br: bufio.NewReaderSize(nil, 64<<10), zbr: bufio.NewReaderSize(nil, 64<<10)}
	budget := max64(int64(ratio*float64(size)), graceBytes)
	f.inflate = &guarded{limit: budget, err: fmt.Errorf("%w: more than %g times the file's size", errGzipBomb, ratio)}
	return f
}

// warcHead is what the framing knows of a record.
type warcHead struct {
	offset int64             // where the record (or its gzip member) starts in the file
	end    int64             // where the next one starts; -1 when it cannot be known
	header []byte            // the WARC header: version line to blank line
	fields map[string]string // lower-case field names to their first value
	length int64             // Content-Length
}

// field returns the first value of a WARC header field (name in lower case).
func (h *warcHead) field(name string) string { return h.fields[name] }

// record frames the record at offset and calls content with its head and a
// reader of its content, which content may read in part, whole or not at
// all. A record shorter than its Content-Length fails with
// errWARCTruncated. The head is returned even with an error when its end is
// known, so that the caller can go on with the next record.
func (f *warcFile) record(offset int64, content func(h *warcHead, r io.Reader) error) (*warcHead, error) {
	h := &warcHead{offset: offset, end: -1}
	sr := io.NewSectionReader(f.ra, offset, f.size-offset)
	f.br.Reset(sr)
	magic, _ := f.br.Peek(5)
	zipped := isGzipMagic(magic)
	r := f.br
	if zipped {
		var err error
		if f.gz == nil {
			f.gz, err = gzip.NewReader(f.br)
		} else {
			err = f.gz.Reset(f.br)
		}
		if err != nil {
			return h, fmt.Errorf("gzip: %w", err)
		}
		f.gz.Multistream(false)
		f.inflate.r = f.gz
		f.zbr.Reset(f.inflate)
		r = f.zbr
	}
	err := h.readHeader(r)
	if err == nil {
		cr := &countingReader{r: io.LimitReader(r, h.length)}
		err = content(h, cr)
		if ferr := f.finish(h, r, cr, zipped); err == nil {
			err = ferr
		}
	}
	if zipped && h.end < 0 && !errors.Is(err, errGzipBomb) {
		// The next member starts where this one ends, whatever happened
		// inside it.
		if _, derr := io.Copy(io.Discard, r); derr == nil {
			pos, _ := sr.Seek(0, io.SeekCurrent)
			h.end = offset + pos - int64(f.br.Buffered())
		} else if err == nil || errors.Is(derr, errGzipBomb) {
			err = derr
		}
	}
	return h, err
}

// finish skips what the caller left of the content, checks that the record
// is as long as it claims and consumes the end-of-record marker.
func (f *warcFile) finish(h *warcHead, r *bufio.Reader, cr *countingReader, zipped bool) error {
	contentEnd := h.offset + int64(len(h.header)) + h.length
	if !zipped {
		// Plain: no need to read what is skipped.
		if contentEnd > f.size {
			return fmt.Errorf("%w: its Content-Length is %d bytes, the file holds %d of them", errWARCTruncated, h.length, f.size-h.offset-int64(len(h.header)))
		}
		var marker [4]byte
		n, _ := f.ra.ReadAt(marker[:], contentEnd)
		h.end = contentEnd + int64(n-len(bytes.TrimLeft(marker[:n], "\r\n")))
		return nil
	}
	if _, err := io.Copy(io.Discard, cr); err != nil {
		return err
	}
	if cr.n < h.length {
		return fmt.Errorf("%w: its Content-Length is %d bytes, its gzip member holds %d", errWARCTruncated, h.length, cr.n)
	}
	rest, err := r.Peek(5)
	if len(bytes.Trim(rest, "\r\n")) > 0 {
		return fmt.Errorf("%w: its gzip member holds more than one record (a WARC gzipped whole is not supported)", errWARCHeader)
	}
	if err != nil && err != io.EOF {
		return err
	}
	return nil
}

// readHeader reads the WARC header from r: a "WARC/" version line, fields,
// a blank line, every line and the whole within bounds.
func (h *warcHead) readHeader(r *bufio.Reader) error {
	magic, err := r.Peek(5)
	if !bytes.Equal(magic, []byte("WARC/")) {
		if err != nil && err != io.EOF {
			return err
		}
		return fmt.Errorf("%w: it starts with %q, not \"WARC/\"", errNotWARC, magic)
	}
	h.fields = make(map[string]string)
	last := ""
	for {
		line, err := r.ReadSlice('\n')
		if len(line) > maxWARCLine || err == bufio.ErrBufferFull {
			return fmt.Errorf("%w: a line longer than %d bytes", errWARCHeader, maxWARCLine)
		}
		if err != nil {
			if err == io.EOF {
				return fmt.Errorf("%w: the header has no end", errWARCTruncated)
			}
			return err
		}
		if len(h.header)+len(line) > maxWARCHeader {
			return fmt.Errorf("%w: longer than %d bytes", errWARCHeader, maxWARCHeader)
		}
		first := len(h.header) == 0
		h.header = append(h.header, line...)
		text := strings.TrimRight(string(line), "\r\n")
		switch {
		case first:
		case text == "":
			return h.contentLength()
		case text[0] == ' ' || text[0] == '\t': // a folded line continues the field before it
			if last != "" {
				h.fields[last] += " " + strings.TrimSpace(text)
			}
		default:
			name, value, ok := strings.Cut(text, ":")
			if !ok {
				continue // lenient, as the library is
			}
			last = strings.ToLower(strings.TrimSpace(name))
			if _, seen := h.fields[last]; !seen {
				h.fields[last] = strings.TrimSpace(value)
			} else {
				last = ""
			}
		}
	}
}

func (h *warcHead) contentLength() error {
	v, ok := h.fields["content-length"]
	if !ok {
		return fmt.Errorf("%w: no Content-Length", errWARCHeader)
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("%w: Content-Length %q", errWARCHeader, v)
	}
	h.length = n
	return nil
}

// next returns where the next record seems to start after a record at
// offset that could not be framed: the next "WARC/" or gzip header, or -1.
// Crawls are only ever cut or garbled, never interleaved, so this finds the
// record after a damaged one.
func (f *warcFile) next(offset int64) int64 {
	buf := make([]byte, 64<<10)
	for pos := offset + 1; pos < f.size; {
		n, err := f.ra.ReadAt(buf, pos)
		chunk := buf[:n]
		i, j := bytes.Index(chunk, []byte("WARC/")), bytes.Index(chunk, []byte("\x1f\x8b\x08"))
		switch {
		case i >= 0 && (j < 0 || i < j):
			return pos + int64(i)
		case j >= 0:
			return pos + int64(j)
		}
		if err != nil || n < 5 {
			return -1
		}
		pos += int64(n) - 4 // a magic may straddle two chunks
	}
	return -1
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func isGzipMagic(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// WARCHeads calls fn with the header of each record of the WARC file in ra
// (plain, or one gzip member per record), in order; field returns a
// field's first value by its name in lower case ("warc-target-uri"). It
// frames records within the bounds a digest reads them with — header lines
// and headers, Content-Length checked, gzip members inflating to at most
// ratio times the file's size in all (ratio ≤ 0: 100) — and skips their
// contents. It stops at the first record it cannot frame and says where.
func WARCHeads(ra io.ReaderAt, size int64, ratio float64, fn func(field func(name string) string)) error {
	if ratio <= 0 {
		ratio = 100
	}
	f := newWARCFile(ra, size, ratio)
	for off := int64(0); off < size; {
		h, err := f.record(off, func(*warcHead, io.Reader) error { return nil })
		if err == nil && h.end <= off {
			err = errWARCTruncated
		}
		if err != nil {
			return fmt.Errorf("record at offset %d: %w", off, err)
		}
		fn(h.field)
		off = h.end
	}
	return nil
}
