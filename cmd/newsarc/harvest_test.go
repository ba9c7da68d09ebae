package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/internal/newssite"
	"github.com/newsarc/newsarc/pkg/harvest"
)

// site serves newssite's generated news site from 27 July to 2 August, its
// images from a second server.
func site(t *testing.T, faults bool) (*newssite.Site, string) {
	t.Helper()
	s := newssite.New(newssite.Config{
		From: time.Date(2023, 7, 27, 0, 0, 0, 0, newssite.ICT), To: time.Date(2023, 8, 3, 0, 0, 0, 0, newssite.ICT),
		PerDay: 3, Faults: faults,
	})
	if faults { // newssite puts its faults from 10 July on
		s = newssite.New(newssite.Config{From: time.Date(2023, 7, 9, 0, 0, 0, 0, newssite.ICT), To: time.Date(2023, 7, 25, 0, 0, 0, 0, newssite.ICT), Faults: true})
	}
	cdn := httptest.NewServer(s.Images())
	t.Cleanup(cdn.Close)
	s.CDN = cdn.URL
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, srv.URL
}

func julyArticles(s *newssite.Site, base string) []*newssite.Article {
	var as []*newssite.Article
	for _, a := range s.Articles {
		if a.Published.Month() == time.July && (a.Section.Slug != "ban-doc" || strings.HasPrefix(a.Slug, "thu-ngo-")) {
			as = append(as, a)
		}
	}
	return as
}

var summaryLine = regexp.MustCompile(`(?m)^newsarc: harvest: \d+ sitemaps and feeds read, \d+ URLs found; (\d+) pages fetched: (\d+) kept, \d+ not \(out of period or undated\); (\d+) images; \d+ URLs skipped \(.*robots\.txt.*\); (\d+) failed; [\d.]+ MB in (\S+) \([\d.]+ s\)$`)

func TestHarvestThenDigest(t *testing.T) {
	s, base := site(t, false)
	dir := t.TempDir()
	out, report := filepath.Join(dir, "july.warc.gz"), filepath.Join(dir, "report.json")
	code, stdout, stderr := newsarc(t, "", "harvest", "--month", "2023-07", "-o", out, "--delay", "0", "--images", "--report", report, base+"/")
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	m := summaryLine.FindStringSubmatch(stderr)
	if m == nil || m[5] != out || m[4] != "0" || m[2] != m[3] {
		t.Fatalf("summary:\n%s", stderr)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left: %v; want the WARC and the report", entries)
	}
	var rep harvest.Report
	data, _ := os.ReadFile(report)
	if err := json.Unmarshal(data, &rep); err != nil || rep.Kept == 0 || rep.Output[0] != out {
		t.Fatalf("report: %v\n%s", err, data)
	}

	// The WARC makes July's digest: every dated July article, none other.
	txt := filepath.Join(dir, "july.txt")
	code, _, stderr = newsarc(t, "", "digest", "--month", "2023-07", "-o", txt, out)
	if code != 0 {
		t.Fatalf("digest: exit %d: %s", code, stderr)
	}
	bulletin, _ := os.ReadFile(txt)
	for _, a := range s.Articles {
		in := bytes.Contains(bulletin, []byte(a.Title))
		want := a.Published.Month() == time.July && a.Date != newssite.Undated && (a.Section.Slug != "ban-doc" || strings.HasPrefix(a.Slug, "thu-ngo-"))
		if in != want {
			t.Errorf("%s (%v, %s): in the digest %v, want %v", a.Path(), a.Published, a.Section.Slug, in, want)
		}
	}

	// A second run with --append fetches no page again and writes nothing.
	s.ResetLog()
	code, _, stderr = newsarc(t, "", "harvest", "-m", "2023-07", "-o", out, "--delay", "0", "--append", "--images", base+"/")
	if code != 0 || !strings.Contains(stderr, "already harvested") || !strings.Contains(stderr, "nothing written") {
		t.Fatalf("--append: exit %d:\n%s", code, stderr)
	}
	for _, r := range s.Requests() {
		if strings.HasSuffix(r.Path, ".html") || strings.HasSuffix(r.Path, ".htm") || strings.HasSuffix(r.Path, ".png") {
			t.Errorf("--append fetched %s again", r.Path)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("files after --append: %v", entries)
	}
}

func TestHarvestFailuresExitThree(t *testing.T) {
	s, base := site(t, true)
	dir := t.TempDir()
	out := filepath.Join(dir, "july.warc.gz")
	code, _, stderr := newsarc(t, "", "harvest", "--from", "2023-07-09", "--to", "2023-07-24", "-o", out, "--delay", "0", "--timeout", "2", "--retries", "1", base+"/")
	if code != exitPartial {
		t.Fatalf("exit %d, want 3:\n%s", code, stderr)
	}
	// One retry: the 429 page is answered the second time, the page that
	// answers 503 twice is not.
	for f, reason := range map[newssite.Fault]string{newssite.Down: "HTTP 503 Service Unavailable (after 1 retry)", newssite.Busy: "HTTP 503 Service Unavailable (after 1 retry)",
		newssite.Gone: "HTTP 404 Not Found", newssite.TooMany: "",
		newssite.Slow: "timed out after 2s", newssite.Huge: ""} {
		a := s.WithFault(f)
		if a == nil {
			t.Fatalf("no %s page", f)
		}
		if reason != "" && !strings.Contains(stderr, "newsarc: failed: "+base+a.ListedPath()+": "+reason+"\n") {
			t.Errorf("%s not reported as %q:\n%s", f, reason, stderr)
		}
	}
	// The 3 MB page is under the 10 MB cap: kept.
	if strings.Contains(stderr, s.WithFault(newssite.Huge).ListedPath()) {
		t.Errorf("the 3 MB page failed:\n%s", stderr)
	}
	if m := summaryLine.FindStringSubmatch(stderr); m == nil || m[3] != "0" || m[4] != "4" {
		t.Errorf("summary:\n%s", stderr)
	}
	if strings.Contains(stderr, s.WithFault(newssite.TooMany).ListedPath()) {
		t.Errorf("the 429 page failed:\n%s", stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
}

func TestHarvestNothingFetched(t *testing.T) {
	srv := httptest.NewServer(nil)
	base := srv.URL
	srv.Close() // nothing listens there any more
	dir := t.TempDir()
	code, _, stderr := newsarc(t, "", "harvest", "-m", "2023-07", "-o", filepath.Join(dir, "july.warc.gz"), "--delay", "0", "--retries", "0", base+"/")
	if code != exitFailure || !strings.Contains(stderr, "newsarc: failed: "+base+"/robots.txt: ") ||
		!strings.HasSuffix(stderr, "newsarc: harvest: nothing could be fetched\n") {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files left: %v", entries)
	}
}

func TestHarvestUsage(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "july.warc.gz")
	list := filepath.Join(dir, "links.txt")
	os.WriteFile(list, []byte("# July\nhttps://baomau.vn/a.html\n\nbaomau.vn/b.html\n"), 0o644)
	long := filepath.Join(dir, "long.txt") // was "bufio.Scanner: token too long", exit 1
	os.WriteFile(long, []byte("https://baomau.vn/a.html\nhttps://baomau.vn/"+strings.Repeat("a", 2<<20)+"\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-o", out, "https://baomau.vn/"}, "harvest: no period; give --month YYYY-MM"},
		{[]string{"-m", "2023-7x", "-o", out, "https://baomau.vn/"}, `month "2023-7x": want YYYY-MM`},
		{[]string{"-m", "2023-07", "https://baomau.vn/"}, "harvest: no output; give -o FILE.warc.gz"},
		{[]string{"-m", "2023-07", "-o", out}, "harvest: nothing to harvest; give a SITE URL, --feed URL or --urls FILE"},
		{[]string{"-m", "2023-07", "-o", filepath.Join(dir, "july.zip"), "https://baomau.vn/"}, "july.zip: the output must be a .warc.gz file"},
		{[]string{"-m", "2023-07", "-o", out, "baomau.vn"}, `"baomau.vn": not an http(s) URL`},
		{[]string{"-m", "2023-07", "-o", out, "--delay", "soon", "https://baomau.vn/"}, `--delay "soon": want a duration`},
		{[]string{"-m", "2023-07", "-o", out, "--max-size", "big", "https://baomau.vn/"}, `--max-size "big": want a size`},
		{[]string{"-m", "2023-07", "-o", out, "--concurrency", "0", "https://baomau.vn/"}, "--concurrency 0: want 1 or more"},
		{[]string{"-m", "2023-07", "-o", out, "--urls", list}, list + `:4: "baomau.vn/b.html" is not an http(s) URL`},
		{[]string{"-m", "2023-07", "-o", out, "--urls", long}, long + ":2: a line longer than 1 MiB, not a URL"},
		{[]string{"-m", "2023-07", "-o", out, "--tz", "Mars/Olympus", "https://baomau.vn/"}, `--tz "Mars/Olympus": unknown time zone`},
	} {
		code, _, stderr := newsarc(t, "", append([]string{"harvest"}, c.args...)...)
		if code != exitUsage || !strings.HasPrefix(stderr, "newsarc: ") || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files written: %v", entries)
	}
}

func TestHarvestRefusesAnExistingOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "july.warc.gz")
	os.WriteFile(out, []byte("June's"), 0o644)
	code, _, stderr := newsarc(t, "", "harvest", "-m", "2023-07", "-o", out, "https://baomau.vn/")
	if code != exitFailure || stderr != "newsarc: "+out+": the output exists; give --append to add to it, or another -o\n" {
		t.Errorf("exit %d: %q", code, stderr)
	}
	if b, _ := os.ReadFile(out); string(b) != "June's" {
		t.Error("the output changed")
	}
}

func TestHarvestURLsFromStdin(t *testing.T) {
	s, base := site(t, false)
	as := julyArticles(s, base)
	var list strings.Builder
	for _, a := range as[:3] {
		list.WriteString(base + a.Path() + "\n")
	}
	out := filepath.Join(t.TempDir(), "july.warc.gz")
	code, _, stderr := newsarc(t, list.String(), "harvest", "-m", "2023-07", "-o", out, "--delay", "0", "--urls", "-")
	if code != 0 || !strings.Contains(stderr, " 3 pages fetched: 3 kept") {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, r := range s.Requests() {
		if r.Path != "/robots.txt" && !strings.Contains(list.String(), r.Path) {
			t.Errorf("asked for %s", r.Path)
		}
	}
}

func TestHarvestInterruptedKeepsWhatWasWritten(t *testing.T) {
	s, base := site(t, false)
	dir := t.TempDir()
	out := filepath.Join(dir, "july.warc.gz")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // Ctrl-C once a few pages are in
		for {
			n := 0
			for _, r := range s.Requests() {
				if strings.HasSuffix(r.Path, ".html") || strings.HasSuffix(r.Path, ".htm") {
					n++
				}
			}
			if n >= 4 {
				cancel()
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"newsarc", "harvest", "-m", "2023-07", "-o", out, "--delay", "0.05", base + "/"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitFailure || !strings.HasSuffix(stderr.String(), "newsarc: interrupted; "+out+" kept; run again with --append to go on\n") {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 || entries[0].Name() != "july.warc.gz" {
		t.Fatalf("files left: %v", entries)
	}
	txt := filepath.Join(dir, "july.txt")
	code, _, errs := newsarc(t, "", "digest", "-m", "2023-07", "-o", txt, out)
	if code != 0 {
		t.Fatalf("digest of the interrupted harvest: exit %d: %s", code, errs)
	}
	// --append goes on.
	code, _, errs = newsarc(t, "", "harvest", "-m", "2023-07", "-o", out, "--delay", "0", "--append", base+"/")
	if code != 0 || !strings.Contains(errs, filepath.Join(dir, "july-00001.warc.gz")) {
		t.Fatalf("--append: exit %d: %s", code, errs)
	}
}

func TestHarvestProgressLine(t *testing.T) {
	var b bytes.Buffer
	l := &harvestLine{w: &b}
	l.update(harvest.Progress{Discovering: true, Listings: 12, Listed: 3400, Elapsed: 9 * time.Second})
	l.last = time.Time{}
	l.update(harvest.Progress{Found: 1200, Fetched: 300, Kept: 290, Wasted: 10, Skipped: 40, Failed: 2, Queued: 900, Elapsed: 300 * time.Second})
	l.clear()
	want := "\r\033[Kreading sitemaps and feeds: 12 read · 3400 URLs found · 9s" +
		"\r\033[K1200 found · 300 fetched · 290 kept · 50 skipped · 2 failed · 1.0 pages/s · ETA 14m54s" + "\r\033[K"
	if b.String() != want {
		t.Errorf("progress:\n%q\nwant\n%q", b.String(), want)
	}
}
