package harvest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/internal/newssite"
	"github.com/newsarc/newsarc/pkg/harvest"
)

func TestOptionsAreChecked(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "july.warc.gz")
	site := []string{"https://baomau.vn/"}
	for name, o := range map[string]harvest.Options{
		"no period":   {Sites: site, Output: out},
		"no output":   {Period: july, Sites: site},
		"no source":   {Period: july, Output: out},
		"not WARC":    {Period: july, Sites: site, Output: filepath.Join(dir, "july.zip")},
		"plain WARC":  {Period: july, Sites: site, Output: filepath.Join(dir, "july.warc")},
		"credentials": {Period: july, URLs: []string{"https://user:pass@baomau.vn/a.html"}, Output: out},
		"ftp":         {Period: july, Feeds: []string{"ftp://baomau.vn/rss"}, Output: out},
	} {
		if _, err := harvest.Run(context.Background(), o); !errors.Is(err, harvest.ErrOptions) {
			t.Errorf("%s: err = %v, want ErrOptions", name, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("files written: %v", entries)
	}
}

// An output name taken by a directory, a FIFO or a symlink was passed over
// and the run wrote july-00001.warc.gz, exit 0; it is refused before any
// request, as is a directory that does not exist.
func TestOutputThatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	site := []string{"http://127.0.0.1:1/"}
	os.Mkdir(filepath.Join(dir, "d.warc.gz"), 0o755)
	os.WriteFile(filepath.Join(dir, "target"), nil, 0o644)
	os.Symlink("target", filepath.Join(dir, "l.warc.gz"))
	for name, want := range map[string]string{
		"d.warc.gz":       "d.warc.gz: cannot write there: it is a directory",
		"l.warc.gz":       "l.warc.gz: cannot write there: it is a symbolic link",
		"no/july.warc.gz": "july.warc.gz: the output's directory does not exist",
	} {
		_, err := harvest.Run(context.Background(), harvest.Options{Period: july, Sites: site, Output: filepath.Join(dir, name), Append: name == "l.warc.gz"})
		if !errors.Is(err, harvest.ErrOptions) || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("%s: err = %v, want ErrOptions and %q", name, err, want)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("files written: %v", entries)
	}
}

func TestExistingOutputNeedsAppend(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "july.warc.gz")
	os.WriteFile(out, []byte("old"), 0o644)
	_, err := harvest.Run(context.Background(), harvest.Options{Period: july, Sites: []string{"http://127.0.0.1:1/"}, Output: out})
	if err == nil || !errors.Is(err, harvest.ErrExists) || err.Error() != out+": the output exists" {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Error("the existing output changed")
	}
}

// --append reads the existing segments within a digest's bounds: a segment
// of one endless header line (4 MB inflating to a 1 GB line took gowarc
// 2 GB), a gzip bomb and gzipped zeros were taken for good segments, and
// the run went on. Each stops the run before any request, the file named.
func TestAppendToAHostileSegment(t *testing.T) {
	gz := func(parts ...[]byte) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		for _, p := range parts {
			zw.Write(p)
		}
		zw.Close()
		return b.Bytes()
	}
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"endless line": {gz([]byte("WARC/1.1"), bytes.Repeat([]byte("a"), 16<<10)), "unreadable WARC record at offset 0: bad WARC header: a line longer than 8192 bytes"},
		"bomb":         {gz([]byte("WARC/1.1\r\nContent-Length: 3\r\n\r\n"), make([]byte, 8<<20)), "unreadable WARC record at offset 0: gzip data expands beyond the limits (gzip bomb?)"},
		"not a WARC":   {gz(make([]byte, 100)), "unreadable WARC record at offset 0: not a WARC record"},
	} {
		out := filepath.Join(t.TempDir(), "july.warc.gz")
		os.WriteFile(out, c.data, 0o644)
		srv, log := server(t, nil)
		_, err := harvest.Run(context.Background(), harvest.Options{Period: july, Sites: []string{srv.URL + "/"}, Output: out, Append: true, Delay: -1})
		if err == nil || !strings.Contains(err.Error(), out+": "+c.want) {
			t.Errorf("%s: err = %v, want %q", name, err, c.want)
		}
		if len(*log) != 0 {
			t.Errorf("%s: requests %v", name, *log)
		}
		if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
			t.Errorf("%s: files %v", name, entries)
		}
	}
}

// records lists the (type, URI) of a WARC's records.
func records(t *testing.T, path string) []string {
	t.Helper()
	rd, err := gowarc.NewWarcFileReader(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	var out []string
	for {
		rec, err := rd.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatalf("%s: %v", path, err)
			}
			return out
		}
		for _, v := range rec.Validation {
			t.Errorf("%s: record %d: %v", path, len(out), v)
		}
		h := rec.WarcRecord.WarcHeader()
		out = append(out, rec.WarcRecord.Type().String()+" "+h.Get(gowarc.WarcTargetURI))
		rec.Close()
	}
}

func TestWARCRecords(t *testing.T) {
	ts := newTestSite(t, small)
	out := filepath.Join(t.TempDir(), "july.warc.gz")
	rep, err := harvest.Run(context.Background(), ts.options(out))
	if err != nil {
		t.Fatal(err)
	}
	recs := records(t, out)
	if recs[0] != "warcinfo " {
		t.Errorf("first record %q, want warcinfo", recs[0])
	}
	var pages, skips int
	for i, r := range recs[1:] {
		switch {
		case strings.HasPrefix(r, "request "):
			if !strings.HasPrefix(recs[i+2], "response "+strings.TrimPrefix(r, "request ")) {
				t.Errorf("request %q not followed by its response: %q", r, recs[i+2])
			}
			pages++
		case strings.HasPrefix(r, "metadata "):
			skips++
		}
	}
	if pages != rep.Kept || skips != len(rep.Wasted) {
		t.Errorf("%d request/response pairs and %d metadata records; kept %d, wasted %d", pages, skips, rep.Kept, len(rep.Wasted))
	}

	// Every response has a payload digest that checks, and the headers
	// point the request to its response and both to the warcinfo.
	rd, _ := gowarc.NewWarcFileReader(out, 0, gowarc.WithStrictValidation())
	defer rd.Close()
	responses := map[string]bool{}
	var concurrent []string
	var info string
	for {
		rec, err := rd.Next()
		if err != nil {
			break
		}
		h := rec.WarcRecord.WarcHeader()
		switch rec.WarcRecord.Type() {
		case gowarc.Warcinfo:
			info = h.Get(gowarc.WarcRecordID)
			if h.Get(gowarc.WarcFilename) != "july.warc.gz" {
				t.Errorf("WARC-Filename %q", h.Get(gowarc.WarcFilename))
			}
		case gowarc.Response:
			responses[h.Get(gowarc.WarcRecordID)] = true
			if !strings.HasPrefix(h.Get(gowarc.WarcPayloadDigest), "sha1:") || h.Get(gowarc.WarcIPAddress) != "127.0.0.1" {
				t.Errorf("response %s: digest %q, IP %q", h.Get(gowarc.WarcTargetURI), h.Get(gowarc.WarcPayloadDigest), h.Get(gowarc.WarcIPAddress))
			}
		case gowarc.Request:
			concurrent = append(concurrent, h.Get(gowarc.WarcConcurrentTo))
		}
		if rec.WarcRecord.Type() != gowarc.Warcinfo && h.Get(gowarc.WarcWarcinfoID) != info {
			t.Errorf("%s: WARC-Warcinfo-ID %q, want %q", h.Get(gowarc.WarcTargetURI), h.Get(gowarc.WarcWarcinfoID), info)
		}
		for _, v := range rec.Validation {
			t.Errorf("%s: %v", h.Get(gowarc.WarcTargetURI), v)
		}
		rec.Close()
	}
	for _, id := range concurrent {
		if !responses[id] {
			t.Errorf("a request is WARC-Concurrent-To %q, no response", id)
		}
	}
	if len(concurrent) != rep.Kept {
		t.Errorf("%d requests, %d pages kept", len(concurrent), rep.Kept)
	}
}

func TestSegmentsRotateBySize(t *testing.T) {
	ts := newTestSite(t, newssite.Config{From: time.Date(2023, 7, 25, 0, 0, 0, 0, newssite.ICT)})
	dir := t.TempDir()
	opts := ts.options(filepath.Join(dir, "july.warc.gz"))
	opts.MaxSize = 40 << 10 // a few pages each
	rep, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Output) < 3 {
		t.Fatalf("%d segments: %v", len(rep.Output), rep.Output)
	}
	var total int64
	for i, p := range rep.Output {
		want := filepath.Join(dir, "july.warc.gz")
		if i > 0 {
			want = filepath.Join(dir, "july-0000"+string(rune('0'+i))+".warc.gz")
		}
		if p != want {
			t.Errorf("segment %d is %s, want %s", i, p, want)
		}
		recs := records(t, p)
		if recs[0] != "warcinfo " {
			t.Errorf("%s starts with %q", p, recs[0])
		}
		fi, _ := os.Stat(p)
		total += fi.Size()
	}
	if total != rep.Bytes {
		t.Errorf("report says %d bytes, the files hold %d", rep.Bytes, total)
	}
	assertNoOpenFiles(t, dir)
}

func TestAppendRepairsASegmentLeftOpen(t *testing.T) {
	ts := newTestSite(t, small)
	dir := t.TempDir()
	opts := ts.options(filepath.Join(dir, "july.warc.gz"))
	rep, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	// A run killed while writing: the segment still has its temporary
	// name, and its last record is cut short.
	whole := records(t, opts.Output)
	data, _ := os.ReadFile(opts.Output)
	os.Remove(opts.Output)
	os.WriteFile(opts.Output+".open", data[:len(data)-100], 0o644)
	lost := whole[len(whole)-1]
	if !strings.HasPrefix(lost, "response ") && !strings.HasPrefix(lost, "metadata ") {
		t.Fatalf("last record %q", lost)
	}

	ts.ResetLog()
	var logs bytes.Buffer
	opts.Append, opts.Logger = true, slog.New(slog.NewTextHandler(&logs, nil))
	rep2, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "repaired a segment left open by an interrupted run") {
		t.Errorf("no warning: %s", logs.String())
	}
	if got := records(t, opts.Output); !slices.Equal(got, whole[:len(whole)-1]) {
		t.Errorf("repaired segment holds %d records, want the %d whole ones", len(got), len(whole)-1)
	}
	// The page whose record was cut is fetched again, and only it.
	var pages []string
	for p := range ts.requested() {
		if isPage(p) {
			pages = append(pages, ts.base+p)
		}
	}
	if lostURL := strings.SplitN(lost, " ", 2)[1]; len(pages) != 1 || pages[0] != lostURL {
		t.Errorf("fetched again %v, want only %s", pages, lostURL)
	}
	if rep2.Kept+len(rep2.Wasted) != 1 || rep.Kept+len(rep.Wasted) < 5 {
		t.Errorf("first run %d pages, second %d", rep.Kept+len(rep.Wasted), rep2.Kept+len(rep2.Wasted))
	}
}

func TestDaySitemapsOfOtherDaysAreNotRead(t *testing.T) {
	ts := newTestSite(t, newssite.Config{DaySitemaps: true})
	rep, err := harvest.Run(context.Background(), ts.options(filepath.Join(t.TempDir(), "july.warc.gz")))
	if err != nil {
		t.Fatal(err)
	}
	got := ts.requested()
	for d := time.Date(2023, 6, 25, 0, 0, 0, 0, newssite.ICT); d.Before(time.Date(2023, 8, 3, 0, 0, 0, 0, newssite.ICT)); d = d.AddDate(0, 0, 1) {
		p := "/sitemaps/" + d.Format("2006/01/02") + ".xml"
		// The day before and after July may hold July's articles in UTC.
		if want := !d.Before(july.Start.AddDate(0, 0, -1)) && d.Before(july.End.AddDate(0, 0, 1)); (got[p] > 0) != want {
			t.Errorf("%s requested %d times; want %v", p, got[p], want)
		}
	}
	for _, a := range ts.Articles {
		if inJuly(a) && allowed(a) && got[a.ListedPath()] == 0 {
			t.Errorf("%s not fetched", a.ListedPath())
		}
	}
	if rep.Listings < 35 {
		t.Errorf("%d listings read", rep.Listings)
	}
}

func TestURLListAndFeedOnly(t *testing.T) {
	ts := newTestSite(t, newssite.Config{})
	pick := func(f func(a *newssite.Article) bool) *newssite.Article {
		for _, a := range ts.Articles {
			if f(a) {
				return a
			}
		}
		t.Fatal("no such article")
		return nil
	}
	july := pick(func(a *newssite.Article) bool {
		return inJuly(a) && a.Section.Shape == newssite.PostID && a.Date == newssite.JSONLD
	})
	june := pick(func(a *newssite.Article) bool {
		return a.Published.Month() == 6 && a.Section.Shape == newssite.DatedPath
	})
	juneNoDate := pick(func(a *newssite.Article) bool { return a.Published.Month() == 6 && a.Section.Shape == newssite.PlainID })
	forbidden := pick(func(a *newssite.Article) bool { return inJuly(a) && !allowed(a) })
	opts := ts.options(filepath.Join(t.TempDir(), "july.warc.gz"))
	opts.Sites = nil
	opts.URLs = []string{ts.base + july.Path() + "?utm_source=zalo", ts.base + june.Path(), ts.base + juneNoDate.Path(), ts.base + forbidden.Path(),
		ts.base + july.Path() + "#binh-luan"}
	opts.Feeds = []string{ts.base + "/rss/the-thao.rss"}
	rep, err := harvest.Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	got := ts.requested()
	if got[july.Path()+"?utm_source=zalo"] != 1 || got[june.Path()] != 0 || got[juneNoDate.Path()] != 1 || got[forbidden.Path()] != 0 {
		t.Errorf("requests: %v", got)
	}
	want := map[string]int{harvest.SkipOutOfPeriod: 1, harvest.SkipRobots: 1}
	for k, n := range want {
		if rep.Skipped[k] < n {
			t.Errorf("skipped %v, want at least %v", rep.Skipped, want)
		}
	}
	if len(rep.Wasted) == 0 || !strings.Contains(rep.Wasted[0].Reason, ": out of period") {
		t.Errorf("wasted %+v", rep.Wasted)
	}
	if got["/"] != 0 || got["/sitemap.xml"] != 0 || got["/rss/the-thao.rss"] != 1 {
		t.Errorf("discovery beyond what was given: %v", got)
	}
}
