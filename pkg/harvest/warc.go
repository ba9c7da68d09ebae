package harvest

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/internal/safefile"
	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/news"
)

// openSuffix marks a segment being written; it is renamed without it when
// closed.
const openSuffix = ".open"

// segments names the WARC files of one output: july.warc.gz, then
// july-00001.warc.gz, july-00002.warc.gz… It implements
// gowarc.WarcFileNameGenerator, skipping names already taken.
type segments struct {
	dir, stem string // "out", "july"
	mu        sync.Mutex
	serial    int
}

// newSegments checks that output is a .warc.gz path and splits it.
func newSegments(output string) (*segments, error) {
	base := filepath.Base(output)
	stem, ok := strings.CutSuffix(base, ".warc.gz")
	if !ok || stem == "" {
		return nil, fmt.Errorf("%s: the output must be a .warc.gz file", output)
	}
	return &segments{dir: filepath.Dir(output), stem: stem}, nil
}

func (s *segments) name(serial int) string {
	if serial == 0 {
		return s.stem + ".warc"
	}
	return fmt.Sprintf("%s-%05d.warc", s.stem, serial)
}

// NewWarcfileName returns the next free name, without ".gz" (gowarc adds it).
func (s *segments) NewWarcfileName() (string, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		n := s.name(s.serial)
		s.serial++
		p := filepath.Join(s.dir, n+".gz")
		if !exists(p) && !exists(p+openSuffix) {
			return s.dir, n
		}
	}
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// existing returns the segments of the output on disk, in order, and the
// segments left open by a run that was killed.
func (s *segments) existing() (closed, open []string, err error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil, nil
		}
		return nil, nil, err
	}
	re := regexp.MustCompile(`^` + regexp.QuoteMeta(s.stem) + `(-\d{5})?\.warc\.gz(` + regexp.QuoteMeta(openSuffix) + `)?$`)
	for _, e := range entries {
		m := re.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(s.dir, e.Name())
		if m[2] != "" {
			open = append(open, p)
		} else {
			closed = append(closed, p)
		}
	}
	slices.Sort(closed)
	return closed, open, nil
}

// recoverOpen makes a segment left open by a killed run valid: it keeps
// every whole record (each is a gzip member of its own), cuts the partial
// one after them, and renames the file as if it had been closed. It returns
// the segment's final name.
func recoverOpen(path string) (string, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return "", err
	}
	defer f.Close()
	cr := &countingReader{r: bufio.NewReader(f)}
	good := int64(0)
	zr, err := gzip.NewReader(cr)
	for err == nil {
		zr.Multistream(false)
		head := make([]byte, 5)
		if _, err = io.ReadFull(zr, head); err != nil || string(head) != "WARC/" {
			break
		}
		if _, err = io.Copy(io.Discard, zr); err != nil {
			break
		}
		good = cr.n
		err = zr.Reset(cr)
	}
	if err := f.Truncate(good); err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	final := strings.TrimSuffix(path, openSuffix)
	if exists(final) {
		return "", fmt.Errorf("%s: cannot recover, %s exists", path, filepath.Base(final))
	}
	return final, os.Rename(path, final)
}

// countingReader counts the bytes gzip consumed; it is an io.ByteReader so
// that gzip reads no further than each member's end.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// harvested returns the canonical URLs that a WARC holds a response or a
// metadata record for: what --append does not fetch again. The file is
// read within a digest's bounds (a 4 MB segment of one endless header
// line took gowarc 2 GB).
func harvested(path string, into map[string]bool) error {
	f, fi, err := safefile.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	err = archive.WARCHeads(f, fi.Size(), 0, func(field func(string) string) {
		switch field("warc-type") {
		case "response", "resource", "metadata":
			if u := strings.Trim(field("warc-target-uri"), "<>"); u != "" {
				into[news.CanonicalURL(u)] = true
			}
		}
	})
	if err != nil {
		return fmt.Errorf("%s: unreadable WARC %w", path, err)
	}
	return nil
}

// output writes the WARC: a warcinfo record at the start of each segment,
// then records; a segment is renamed into place when closed, and a new one
// started once it passes max bytes.
type output struct {
	mu      sync.Mutex
	w       *gowarc.WarcFileWriter
	dir     string
	max     int64
	written []string
	bytes   int64
	err     error  // the first write error: every later write fails with it
	onError func() // called once, on the first write error
}

var recordOptions = []gowarc.WarcRecordOption{
	gowarc.WithDefaultDigestAlgorithm("sha1"), // the digest of CDX indexes and wayback machines
	gowarc.WithAddMissingDigest(true),
}

func openOutput(seg *segments, max int64, info string) *output {
	o := &output{dir: seg.dir, max: max}
	o.w = gowarc.NewWarcFileWriter(
		gowarc.WithCompression(true),
		gowarc.WithMaxFileSize(0), // rotation is ours: a request stays with its response
		gowarc.WithFileNameGenerator(seg),
		gowarc.WithOpenFileSuffix(openSuffix),
		gowarc.WithRecordOptions(recordOptions...),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString(info)
			return err
		}),
		gowarc.WithAfterFileCreationHook(func(name string, size int64, _ string) error {
			o.written = append(o.written, name)
			o.bytes += size
			return nil
		}),
	)
	return o
}

// record is one WARC record to write.
type record struct {
	typ         gowarc.RecordType
	uri         string
	date        time.Time
	contentType string
	ip          string
	block       []byte
}

// write writes groups of records, each group a request and its response
// (which refer to each other) or a single record, and starts a new segment
// when the current one is full. The groups of one call go to disk together:
// a redirect is never kept without its target.
func (o *output) write(groups ...[]record) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return o.err
	}
	for _, g := range groups {
		recs := make([]gowarc.WarcRecord, 0, len(g))
		for _, r := range g {
			rec, err := r.build()
			if err != nil {
				closeAll(recs)
				return err
			}
			recs = append(recs, rec)
		}
		if len(recs) == 2 {
			recs[0].WarcHeader().AddId(gowarc.WarcConcurrentTo, recs[1].WarcHeader().GetId(gowarc.WarcRecordID))
		}
		resp := o.w.Write(recs...)
		for _, r := range resp {
			if r.Err != nil {
				return o.fail(r.Err)
			}
		}
		if len(resp) == 0 {
			return o.fail(errors.New("the writer is closed"))
		}
		if fi, err := os.Stat(filepath.Join(o.dir, resp[len(resp)-1].FileName+openSuffix)); err == nil && fi.Size() >= o.max {
			if err := o.w.Rotate(); err != nil {
				return o.fail(err)
			}
		}
	}
	return nil
}

func (o *output) fail(err error) error {
	o.err = fmt.Errorf("writing the WARC: %w", err)
	if o.onError != nil {
		o.onError()
	}
	return o.err
}

func closeAll(recs []gowarc.WarcRecord) {
	for _, r := range recs {
		r.Close()
	}
}

func (r record) build() (gowarc.WarcRecord, error) {
	b := gowarc.NewRecordBuilder(r.typ, recordOptions...)
	b.AddWarcHeader(gowarc.WarcTargetURI, r.uri)
	b.AddWarcHeaderTime(gowarc.WarcDate, r.date)
	b.AddWarcHeader(gowarc.ContentType, r.contentType)
	if r.ip != "" {
		b.AddWarcHeader(gowarc.WarcIPAddress, r.ip)
	}
	if _, err := b.Write(r.block); err != nil {
		b.Close()
		return nil, err
	}
	rec, _, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("WARC record for %s: %w", r.uri, err)
	}
	return rec, nil
}

// exchangeRecords are the request and response records of an exchange.
func exchangeRecords(x *exchange) []record {
	resp := append(append(make([]byte, 0, len(x.head)+len(x.body)), x.head...), x.body...)
	return []record{
		{typ: gowarc.Request, uri: x.url, date: x.date, contentType: "application/http; msgtype=request", ip: x.ip, block: x.request},
		{typ: gowarc.Response, uri: x.url, date: x.date, contentType: "application/http; msgtype=response", ip: x.ip, block: resp},
	}
}

// skipRecord is the metadata record of a page fetched but not kept, so that
// --append does not fetch it again.
func skipRecord(url, reason string, date time.Time) []record {
	return []record{{typ: gowarc.Metadata, uri: url, date: date, contentType: gowarc.ApplicationWarcFields,
		block: []byte("newsarc-not-kept: " + reason + "\r\n")}}
}

// close closes the last segment and returns the files written.
func (o *output) close() ([]string, int64, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	err := o.w.Rotate() // unlike Close, Rotate reports a failed rename
	o.w.Close()
	if o.err == nil {
		o.err = err
	}
	return o.written, o.bytes, err
}

// warcinfo is the body of each segment's warcinfo record.
func warcinfo(ua string, p news.Period, seeds []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "software: %s\r\n", ua)
	b.WriteString("format: WARC File Format 1.1\r\n")
	b.WriteString("conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
	b.WriteString("robots: obey\r\n")
	fmt.Fprintf(&b, "http-header-user-agent: %s\r\n", ua)
	fmt.Fprintf(&b, "description: newsarc harvest of the articles published from %s to %s\r\n",
		p.Start.Format(time.RFC3339), p.End.Format(time.RFC3339))
	for _, s := range seeds {
		fmt.Fprintf(&b, "seed: %s\r\n", s)
	}
	return b.String()
}
