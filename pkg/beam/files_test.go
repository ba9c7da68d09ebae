package beam

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"testing/iotest"

	"github.com/newsarc/newsarc/pkg/archive"
)

func gzipped(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// streamAt reads any range right, and reads in order through one stream.
func TestStreamAt(t *testing.T) {
	data := make([]byte, 3<<20)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range data {
		data[i] = byte(r.IntN(256))
	}
	var opens int
	s := &streamAt{ctx: context.Background(), size: int64(len(data)), open: func(_ context.Context, off int64) (io.ReadCloser, error) {
		opens++
		return io.NopCloser(bytes.NewReader(data[off:])), nil
	}}
	buf := make([]byte, 64<<10)
	for off := int64(0); off < int64(len(data)); off += int64(len(buf)) {
		n, err := s.ReadAt(buf, off)
		if !bytes.Equal(buf[:n], data[off:off+int64(n)]) || (err != nil && err != io.EOF) {
			t.Fatalf("ReadAt(%d): %d bytes, %v", off, n, err)
		}
	}
	if opens != 1 {
		t.Errorf("reading in order opened %d streams, want 1", opens)
	}
	for range 200 {
		off, n := r.Int64N(int64(len(data))+10), 1+r.IntN(100<<10)
		p := make([]byte, n)
		got, err := s.ReadAt(p, off)
		want := max(0, min(int64(n), int64(len(data))-off))
		if int64(got) != want || !bytes.Equal(p[:got], data[min(off, int64(len(data))):min(off+want, int64(len(data)))]) {
			t.Fatalf("ReadAt(%d bytes at %d) = %d, %v; want %d bytes", n, off, got, err, want)
		}
		if (err == io.EOF) != (off+int64(n) > int64(len(data))) {
			t.Fatalf("ReadAt(%d bytes at %d): error %v", n, off, err)
		}
	}
	if s.Err() != nil {
		t.Errorf("Err() = %v after reads that succeeded", s.Err())
	}

	// A store that breaks off is an error of its own, not a short file.
	s = &streamAt{ctx: context.Background(), size: int64(len(data)), open: func(_ context.Context, off int64) (io.ReadCloser, error) {
		return io.NopCloser(io.MultiReader(bytes.NewReader(data[off:off+100]), iotest.ErrReader(io.ErrUnexpectedEOF))), nil
	}}
	if _, err := s.ReadAt(buf, 0); err == nil || s.Err() == nil {
		t.Errorf("a broken stream: ReadAt error %v, Err() %v", err, s.Err())
	}
}

// A WARC in S3 or GCS is read in ranges, as the reader goes, with no copy
// on disk: the documents are those of the local file, in a handful of
// requests. The stores are faked on loopback; the clients are the real
// ones, pointed at it by their usual variables.
func TestStoresReadInRanges(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sample, "crawl.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	var requests atomic.Int32
	store := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		if !strings.HasSuffix(r.URL.Path, "/bucket/crawl.warc.gz") {
			http.NotFound(w, r)
			return
		}
		from := 0
		w.Header().Set("X-Goog-Stored-Content-Length", strconv.Itoa(len(data))) // as GCS says it
		w.Header().Set("X-Goog-Generation", "1")
		if rg := r.Header.Get("Range"); rg != "" {
			from, _ = strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(rg, "bytes="), "-"))
			w.Header().Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", from, len(data)-1, len(data)))
			w.Header().Set("Content-Length", strconv.Itoa(len(data)-from))
			w.WriteHeader(http.StatusPartialContent)
		} else {
			w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		}
		w.Write(data[from:])
	}))
	defer store.Close()
	t.Setenv("AWS_ENDPOINT_URL_S3", store.URL)
	t.Setenv("AWS_ACCESS_KEY_ID", "test")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "test")
	t.Setenv("AWS_REGION", "us-east-1")
	t.Setenv("STORAGE_EMULATOR_HOST", strings.TrimPrefix(store.URL, "http://"))

	ctx := context.Background()
	var want []string
	for d := range archive.WalkFile(ctx, archive.File{Name: "crawl.warc.gz", Rel: "crawl.warc.gz", Size: int64(len(data))}, bytes.NewReader(data), archive.Options{}) {
		want = append(want, fmt.Sprintf("%s %s %d", strings.TrimPrefix(d.Name, "crawl.warc.gz"), d.URL, len(d.Body)))
	}
	for _, name := range []string{"s3://bucket/crawl.warc.gz", "gs://bucket/crawl.warc.gz"} {
		requests.Store(0)
		r, err := open(ctx, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		for d := range archive.WalkFile(ctx, archive.File{Name: name, Rel: "crawl.warc.gz", Size: r.size}, r, archive.Options{}) {
			got = append(got, fmt.Sprintf("%s %s %d", strings.TrimPrefix(d.Name, name), d.URL, len(d.Body)))
			if d.Err != nil {
				t.Errorf("%s: %v", d.Name, d.Err)
			}
		}
		r.close()
		if strings.Join(got, "\n") != strings.Join(want, "\n") || len(want) < 5 {
			t.Errorf("%s: documents\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if n := requests.Load(); n > 4 {
			t.Errorf("%s: %d requests for a file of %d bytes read in order", name, n, len(data))
		}
		if err := r.err(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := open(ctx, "s3://bucket/missing.warc.gz"); err == nil {
		t.Error("a missing object opened")
	}
}

// A paths file of thousands of bad lines is a failure each, counted; the
// summary of the listing step lists no more than twice MaxListed of them
// (it held one for each line), and they are the first by document, those
// the whole run's summary keeps.
func TestPathsFileOfBadLines(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&lines, "missing/%d.warc.gz\n", i)
	}
	list := filepath.Join(dir, "paths.txt")
	os.WriteFile(list, []byte(lines.String()), 0o644)
	var sums []Summary
	f := &listFn{Options: Options{MaxListed: 10}}
	err := f.ProcessElement(context.Background(), "@"+list, func(Source) { t.Error("a source listed") }, func(s Summary) { sums = append(sums, s) })
	if err != nil || len(sums) != 1 {
		t.Fatalf("%v, %d summaries", err, len(sums))
	}
	sum := sums[0]
	if sum.Failed != 5000 || len(sum.Failures) > 20 {
		t.Fatalf("failed %d (5000), listed %d (at most 20)", sum.Failed, len(sum.Failures))
	}
	merged := (&mergeFn{MaxListed: 10}).MergeAccumulators(Summary{}, sum)
	for i, fl := range merged.Failures {
		if want := filepath.Join(dir, "missing", strconv.Itoa(i)+".warc.gz"); fl.Document != want {
			t.Errorf("failure %d: %s, want %s", i, fl.Document, want)
		}
	}
}
