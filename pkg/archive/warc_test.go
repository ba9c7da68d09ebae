package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/internal/warcwrite"
	"github.com/newsarc/newsarc/pkg/media"
)

var crawlTime = time.Date(2023, 8, 15, 3, 0, 0, 0, time.UTC)

func rec(n int, typ gowarc.RecordType, uri, ct string, block []byte) warcwrite.Record {
	return warcwrite.Record{Type: typ, ID: fmt.Sprintf("00000000-0000-4000-8000-%012d", n), Date: crawlTime, URI: uri, ContentType: ct, Block: block}
}

func response(n int, uri, status string, header [][2]string, body string) warcwrite.Record {
	return rec(n, gowarc.Response, uri, "application/http;msgtype=response", warcwrite.HTTPResponse(status, header, []byte(body)))
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func chunked(s string) string {
	return fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(s), s)
}

const html1258 = "<html><body>Ti\xeang Vi\xea\xf2t</body></html>" // "Tiếng Việt" in windows-1258, undeclared in the page

// testRecords is a small crawl: every kind of record a crawler writes.
func testRecords() []warcwrite.Record {
	ct := func(v string) [][2]string { return [][2]string{{"Content-Type", v}} }
	return []warcwrite.Record{
		rec(1, gowarc.Warcinfo, "", "application/warc-fields", []byte("software: newsarc test\r\nformat: WARC File Format 1.1\r\n")),
		rec(2, gowarc.Request, "https://example.vn/a.html", "application/http;msgtype=request", warcwrite.HTTPRequest("https://example.vn/a.html", nil)),
		response(3, "https://example.vn/a.html", "200 OK", ct("text/html; charset=utf-8"), `<html><body><img src="/img/p.jpg"></body></html>`),
		response(4, "https://example.vn/img/p.jpg", "200 OK", ct("image/jpeg"), "JPEG DATA"),
		response(5, "https://example.vn/missing.html", "404 Not Found", ct("text/html"), "<html>Không tìm thấy</html>"),
		response(6, "http://example.vn/", "301 Moved Permanently", [][2]string{{"Location", "https://example.vn/"}, {"Content-Type", "text/html"}}, "<html>moved</html>"),
		response(7, "https://example.vn/sniffed", "200 OK", nil, "<!DOCTYPE html><html><body>không có Content-Type</body></html>"),
		response(8, "https://example.vn/api", "200 OK", nil, `{"not":"html"}`),
		response(9, "https://example.vn/b.html", "200 OK", [][2]string{{"Content-Type", "text/html"}, {"Transfer-Encoding", "chunked"}, {"Content-Encoding", "gzip"}}, chunked(gzipped("<html><body>nén</body></html>"))),
		rec(10, gowarc.Resource, "file:///saved/c.html", "text/html", []byte("<html><body>tài nguyên</body></html>")),
		response(11, "https://example.vn/style.css", "200 OK", ct("text/css"), "p{}"),
		rec(12, gowarc.Metadata, "https://example.vn/a.html", "application/warc-fields", []byte("outlink: https://example.vn/b.html\r\n")),
		response(13, "https://example.vn/old.html", "200 OK", ct("text/html; charset=windows-1258"), html1258),
	}
}

func writeWARC(t testing.TB, path string, gz bool, recs []warcwrite.Record) []int64 {
	t.Helper()
	var buf bytes.Buffer
	offs, err := warcwrite.Write(&buf, gz, recs...)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return offs
}

func TestWARC(t *testing.T) {
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			offs := writeWARC(t, filepath.Join(dir, name), strings.HasSuffix(name, ".gz"), testRecords())
			got := walk(t, Options{}, dir)
			at := func(n int) string { return fmt.Sprintf("%s#%d@%d", name, n, offs[n-1]) }
			wantNames(t, got, dir, at(3), at(7), at(9), at(10), at(13))
			if got.stats.Records != 8 || got.stats.Errors != 0 {
				t.Errorf("stats %+v, want 8 records skipped", got.stats)
			}
			want := []struct{ url, ct, body string }{
				{"https://example.vn/a.html", "text/html; charset=utf-8", `<html><body><img src="/img/p.jpg"></body></html>`},
				{"https://example.vn/sniffed", "", "<!DOCTYPE html><html><body>không có Content-Type</body></html>"},
				{"https://example.vn/b.html", "text/html", "<html><body>nén</body></html>"},
				{"file:///saved/c.html", "text/html", "<html><body>tài nguyên</body></html>"},
				{"https://example.vn/old.html", "text/html; charset=windows-1258", html1258},
			}
			for i, w := range want {
				d := got.docs[i]
				if d.URL != w.url || d.ContentType != w.ct || string(d.Body) != w.body || d.Kind != KindHTML {
					t.Errorf("%s: got %q %q %q %q\nwant %q %q %q", d.Name, d.URL, d.ContentType, d.Body, d.Kind, w.url, w.ct, w.body)
				}
			}
			ctx := context.Background()
			images := got.docs[0].Images
			for _, src := range []string{"/img/p.jpg", "https://example.vn/img/p.jpg", "img/p.jpg#x"} {
				if b, err := images.Resolve(ctx, src); err != nil || string(b) != "JPEG DATA" {
					t.Errorf("Resolve(%q) = %q, %v", src, b, err)
				}
			}
			for _, src := range []string{"/missing.html", "https://example.vn/none.jpg", "https://other.vn/img/p.jpg"} {
				if _, err := images.Resolve(ctx, src); !errors.Is(err, media.ErrNotFound) {
					t.Errorf("Resolve(%q): %v, want not found", src, err)
				}
			}
		})
	}
}

func TestWARCTooLarge(t *testing.T) {
	dir := t.TempDir()
	writeWARC(t, filepath.Join(dir, "c.warc.gz"), true, testRecords())
	got := walk(t, Options{MaxDocBytes: 40}, dir)
	if len(got.docs) != 5 || len(got.errs()) != 3 {
		t.Fatalf("got %q, want the three pages over 40 bytes refused", got.names(dir))
	}
	for _, d := range got.docs {
		if d.Err != nil && !errors.Is(d.Err, ErrTooLarge) || len(d.Body) > 40 {
			t.Errorf("%s: %d bytes, %v", d.Name, len(d.Body), d.Err)
		}
	}
}

func TestCorruptWARC(t *testing.T) {
	recs := testRecords()
	var buf bytes.Buffer
	offs, err := warcwrite.Write(&buf, true, recs...)
	if err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	dir := t.TempDir()

	// Garble the middle of record 3's gzip member: record 3 fails, the
	// reader finds record 4 and goes on.
	bad := bytes.Clone(good)
	mid := (offs[2] + offs[3]) / 2
	copy(bad[mid:], "garbage garbage garbage")
	os.WriteFile(filepath.Join(dir, "a.warc.gz"), bad, 0o644)

	// Cut the file in the middle of the last record.
	os.WriteFile(filepath.Join(dir, "b.warc.gz"), good[:(offs[12]+int64(len(good)))/2], 0o644)

	// Not a WARC at all.
	os.WriteFile(filepath.Join(dir, "c.warc"), []byte("hello, this is not a WARC file\n"), 0o644)

	// An uncompressed WARC whose record 3 has a garbled version line: the
	// reader skips to record 4, and the gap is reported.
	var plain bytes.Buffer
	poffs, _ := warcwrite.Write(&plain, false, recs...)
	d := plain.Bytes()
	copy(d[poffs[2]:], "WARX/1.1")
	os.WriteFile(filepath.Join(dir, "d.warc"), d, 0o644)

	got := walk(t, Options{}, dir)
	names := got.names(dir)
	var a, b, c, dd []string
	for _, n := range names {
		switch {
		case strings.Contains(n, "a.warc.gz"):
			a = append(a, n)
		case strings.Contains(n, "b.warc.gz"):
			b = append(b, n)
		case strings.Contains(n, "c.warc"):
			c = append(c, n)
		default:
			dd = append(dd, n)
		}
	}
	wantD := []string{fmt.Sprintf("ERR d.warc#3@%d", poffs[2]), fmt.Sprintf("d.warc#7@%d", poffs[6]), fmt.Sprintf("d.warc#9@%d", poffs[8]), fmt.Sprintf("d.warc#10@%d", poffs[9]), fmt.Sprintf("d.warc#13@%d", poffs[12])}
	if strings.Join(dd, " ") != strings.Join(wantD, " ") {
		t.Errorf("garbled header:\n got %q\nwant %q", dd, wantD)
	}
	wantA := []string{fmt.Sprintf("ERR a.warc.gz#3@%d", offs[2]), fmt.Sprintf("a.warc.gz#7@%d", offs[6]), fmt.Sprintf("a.warc.gz#9@%d", offs[8]), fmt.Sprintf("a.warc.gz#10@%d", offs[9]), fmt.Sprintf("a.warc.gz#13@%d", offs[12])}
	if strings.Join(a, " ") != strings.Join(wantA, " ") {
		t.Errorf("garbled gzip member:\n got %q\nwant %q", a, wantA)
	}
	if len(b) != 5 || !strings.HasPrefix(b[4], fmt.Sprintf("ERR b.warc.gz#13@%d", offs[12])) {
		t.Errorf("truncated WARC: %q, want 4 pages and an error for record 13", b)
	}
	if len(c) != 1 || !strings.HasPrefix(c[0], "ERR c.warc") {
		t.Errorf("not a WARC: %q", c)
	}
}

// A WARC inside a zip is read from memory, its images too.
func TestWARCInZip(t *testing.T) {
	var w bytes.Buffer
	offs, err := warcwrite.Write(&w, true, testRecords()...)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeZip(t, dir, "crawls.zip", member{name: "2023/c.warc.gz", body: w.String(), store: true})
	got := walk(t, Options{}, dir)
	if len(got.docs) != 5 || got.docs[0].Name != filepath.Join(dir, fmt.Sprintf("crawls.zip!2023/c.warc.gz#3@%d", offs[2])) {
		t.Fatalf("got %q", got.names(dir))
	}
	if b, err := got.docs[0].Images.Resolve(context.Background(), "/img/p.jpg"); err != nil || string(b) != "JPEG DATA" {
		t.Errorf("image of a WARC in a zip: %q, %v", b, err)
	}
}

// gzipMember compresses parts into one gzip member.
func gzipMember(t testing.TB, parts ...[]byte) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	for _, p := range parts {
		zw.Write(p)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Item 5 of issue 10: a 1 MB .warc.gz whose member inflates to a version
// line of a gigabyte took 2.1 GB of memory and was reported as read. Here
// the member is 4 KB for 4 MB of version line; the file is refused as a
// bomb after at most a mebibyte of inflation, and little is allocated.
func TestWARCGzipBomb(t *testing.T) {
	dir := t.TempDir()
	bomb := gzipMember(t, []byte("WARC/1.0"), make([]byte, 4<<20))
	good := gzipMember(t, []byte("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 6\r\n\r\n<html>\r\n\r\n"))
	os.WriteFile(filepath.Join(dir, "bomb.warc.gz"), append(bomb, good...), 0o644)
	// The same header bomb, uncompressed: a version line without an end.
	os.WriteFile(filepath.Join(dir, "line.warc"), append([]byte("WARC/1.0"), make([]byte, 1<<20)...), 0o644)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := walk(t, Options{}, dir)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("%d MB allocated for a 4 KB file", alloc>>20)
	}
	wantNames(t, got, dir, "ERR bomb.warc.gz#1@0", "ERR line.warc#1@0")
	wantErr(t, got.docs[0], errGzipBomb, "more than 100 times the file's size; the rest of the file is skipped")
	wantErr(t, got.docs[1], errWARCHeader, "a line longer than 8192 bytes; no record after it")
}

// Item 5 and 16: a WARC file that holds no record, or garbage, is a
// failure that says so (garbage was reported as "gzip: invalid header").
func TestWARCWithoutRecords(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"empty.warc":    "",
		"empty.warc.gz": "",
		"garbage.warc":  "\x00\x01 this is not a crawl",
		"text.warc.gz":  "hello",
	})
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "ERR empty.warc", "ERR empty.warc.gz", "ERR garbage.warc", "ERR text.warc.gz")
	wantErr(t, got.docs[0], nil, "empty file: no WARC record")
	wantErr(t, got.docs[2], nil, `not a WARC file: it starts with "\x00\x01 th", not "WARC/"`)
	wantErr(t, got.docs[3], nil, `not a WARC file: it starts with "hello"`)
}

// Item 9: a truncated uncompressed WARC gave a truncated article with exit
// 0, and a record claiming a 100 GB Content-Length swallowed the good
// record after it. A record shorter than its Content-Length is a failure,
// and the reader finds the next one.
func TestWARCRecordShorterThanItsLength(t *testing.T) {
	page := func(n int, body string) warcwrite.Record {
		return response(n, fmt.Sprintf("https://example.vn/%d.html", n), "200 OK", [][2]string{{"Content-Type", "text/html"}}, body)
	}
	var plain bytes.Buffer
	offs, err := warcwrite.Write(&plain, false, page(1, "<html><body>một</body></html>"), page(2, "<html><body>hai, một bài dài bị cắt ngang</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cut := plain.Bytes()[:len(plain.Bytes())-30] // mid-word in record 2
	os.WriteFile(filepath.Join(dir, "cut.warc"), cut, 0o644)

	var liar bytes.Buffer
	if _, err := warcwrite.Write(&liar, false, page(1, "<html><body>nói dối</body></html>")); err != nil {
		t.Fatal(err)
	}
	length := regexp.MustCompile(`Content-Length: \d+`).FindIndex(liar.Bytes())
	lie := slices.Concat(liar.Bytes()[:length[0]], []byte("Content-Length: 100000000000"), liar.Bytes()[length[1]:])
	var after bytes.Buffer
	warcwrite.Write(&after, false, page(2, "<html><body>bài tốt</body></html>"))
	os.WriteFile(filepath.Join(dir, "liar.warc"), append(lie, after.Bytes()...), 0o644)

	got := walk(t, Options{}, dir)
	names := got.names(dir)
	if len(names) != 4 || names[0] != "cut.warc#1@0" || names[1] != fmt.Sprintf("ERR cut.warc#2@%d", offs[1]) ||
		names[2] != "ERR liar.warc#1@0" || !strings.HasPrefix(names[3], "liar.warc#2@") {
		t.Fatalf("documents %q", names)
	}
	wantErr(t, got.docs[1], errWARCTruncated, "its Content-Length is")
	wantErr(t, got.docs[2], errWARCTruncated, "its Content-Length is 100000000000 bytes")
	if body := string(got.docs[3].Body); body != "<html><body>bài tốt</body></html>" {
		t.Errorf("the record after the liar: %q", body)
	}
}
