// Package warcwrite builds small, reproducible WARC files with gowarc's
// record builder and marshaler, for the sample archive and for tests.
package warcwrite

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Record is one WARC record to write. ID and Date are fixed by the caller so
// that the same records give the same bytes.
type Record struct {
	Type        gowarc.RecordType
	ID          string // a UUID, without "urn:uuid:"
	Date        time.Time
	URI         string // WARC-Target-URI
	ContentType string // the WARC Content-Type
	Block       []byte
	Fields      [][2]string // more WARC header fields
}

// HTTPResponse returns the block of a response record: status line,
// headers in the given order, a blank line and the body.
func HTTPResponse(status string, header [][2]string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n", status)
	for _, h := range header {
		fmt.Fprintf(&b, "%s: %s\r\n", h[0], h[1])
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// HTTPRequest returns the block of a GET request record for uri.
func HTTPRequest(uri string, header [][2]string) []byte {
	host, path := strings.TrimPrefix(strings.TrimPrefix(uri, "https://"), "http://"), "/"
	if i := strings.IndexByte(host, '/'); i >= 0 {
		host, path = host[:i], host[i:]
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "GET %s HTTP/1.1\r\nHost: %s\r\n", path, host)
	for _, h := range header {
		fmt.Fprintf(&b, "%s: %s\r\n", h[0], h[1])
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

// Write writes the records to w, each in its own gzip member when gz is
// set (the .warc.gz convention), and returns each record's offset.
func Write(w io.Writer, gz bool, recs ...Record) ([]int64, error) {
	m := gowarc.NewMarshaler()
	var offsets []int64
	var off int64
	for _, r := range recs {
		b := gowarc.NewRecordBuilder(r.Type, gowarc.WithDefaultDigestAlgorithm("sha1"))
		b.AddWarcHeader(gowarc.WarcRecordID, "<urn:uuid:"+r.ID+">")
		b.AddWarcHeaderTime(gowarc.WarcDate, r.Date)
		if r.URI != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, r.URI)
		}
		if r.ContentType != "" {
			b.AddWarcHeader(gowarc.ContentType, r.ContentType)
		}
		for _, f := range r.Fields {
			b.AddWarcHeader(f[0], f[1])
		}
		if _, err := b.Write(r.Block); err != nil {
			return nil, err
		}
		rec, _, err := b.Build()
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", r.ID, err)
		}
		var buf bytes.Buffer
		out := io.Writer(&buf)
		var zw *gzip.Writer
		if gz {
			zw = gzip.NewWriter(&buf)
			out = zw
		}
		if _, _, err := m.Marshal(out, rec, 0); err != nil {
			return nil, err
		}
		if zw != nil {
			if err := zw.Close(); err != nil {
				return nil, err
			}
		}
		rec.Close()
		offsets = append(offsets, off)
		n, err := w.Write(buf.Bytes())
		off += int64(n)
		if err != nil {
			return nil, err
		}
	}
	return offsets, nil
}
