//go:build unix

package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsarc/newsarc/internal/golden"
	"github.com/newsarc/newsarc/internal/tools"
)

// Issue 12 §2, the items of this branch: one test (or more) per item, each
// asserting the exit code, the message and the files left on disk.

// july is an export of three July articles.
func july(t *testing.T, dir string) string {
	return write(t, filepath.Join(dir, "july.jsonl"), strings.Join([]string{
		article("a", "Đầu tháng", "2023-07-02T08:00:00+07:00"),
		article("b", "Giữa tháng", "2023-07-15T08:00:00+07:00"),
		article("c", "Cuối tháng", "2023-07-30T08:00:00+07:00"),
	}, "\n")+"\n")
}

// --since/--until name the days of a digest; --from/--to DAY still work
// for one release, with a warning; --to is a format.
func TestSinceUntil(t *testing.T) {
	dir := t.TempDir()
	in := july(t, dir)
	out := filepath.Join(dir, "d.txt")
	code, _, stderr := newsarc(t, "", "digest", "--since", "2023-07-10", "--until", "2023-07-15", "-o", out, in)
	wantRun(t, code, 0, stderr, "3 articles found, 1 kept; 2 out of period")
	if strings.Contains(stderr, "deprecated") {
		t.Errorf("--since/--until warned: %s", stderr)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "Giữa tháng") || strings.Contains(string(b), "Đầu tháng") {
		t.Errorf("digest of the 10th to the 15th:\n%s", b)
	}

	os.Remove(out)
	code, _, stderr = newsarc(t, "", "digest", "--from", "2023-07-10", "--to", "2023-07-15", "-o", out, in)
	wantRun(t, code, 0, stderr,
		"newsarc: warning: --from DAY is deprecated and goes away in the next release; write --since DAY",
		"newsarc: warning: --to DAY is deprecated and goes away in the next release; write --until DAY",
		"1 kept")
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "Giữa tháng") {
		t.Errorf("--from/--to digest:\n%s", b)
	}
	// --to FORMAT with a month, and -q silences the deprecation.
	code, stdout, stderr := newsarc(t, "", "digest", "-q", "--month", "2023-07", "--to", "json", "-o", "-", in)
	if code != 0 || stderr != "" || !strings.Contains(stdout, `"title": "Cuối tháng"`) {
		t.Errorf("--to json: exit %d, stderr %q, stdout %.100q", code, stderr, stdout)
	}
	code, _, stderr = newsarc(t, "", "digest", "-q", "--from", "2023-07-10", "--until", "2023-07-15", "-o", out, in)
	wantRun(t, code, 0, stderr)
	if stderr != "" {
		t.Errorf("-q printed %q", stderr)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"digest", "--since", "2023-07-10", "-o", out, in}, "digest: --since and --until go together"},
		{[]string{"digest", "--month", "2023-07", "--until", "2023-07-15", "-o", out, in}, "digest: give --month or --since/--until, not both"},
		{[]string{"digest", "--since", "2023-07-10", "--from", "2023-07-11", "--until", "2023-07-15", "-o", out, in}, "digest: give --since, not --from as well"},
		{[]string{"digest", "--since", "2023-07-15", "--until", "2023-07-10", "-o", out, in}, "period ends (2023-07-10) before it starts (2023-07-15)"},
		{[]string{"digest", "-o", out, in}, "no period; give --month YYYY-MM or --since YYYY-MM-DD --until YYYY-MM-DD"},
		{[]string{"harvest", "--since", "2023-07-01", "--until", "2023-07-02", "--to", "text", "-o", filepath.Join(dir, "h.warc.gz"), "https://example.vn/"}, "harvest: --to \"text\": harvest writes WARC; the last day of the period is --until DAY"},
	} {
		code, _, stderr := newsarc(t, "", tc.args...)
		wantRun(t, code, 2, stderr, tc.want)
	}
	wantOnly(t, dir, "d.txt", "july.jsonl")
	for _, args := range [][]string{{"digest", "--help"}, {"harvest", "--help"}} {
		_, help, _ := newsarc(t, "", args...)
		if !strings.Contains(help, "--since DAY") || !strings.Contains(help, "--until DAY") || strings.Contains(help, "--from") {
			t.Errorf("%v shows:\n%s", args, help)
		}
	}
}

// Piped standard input with no INPUT is read, as pandoc reads it.
func TestPipedStandardInput(t *testing.T) {
	page, err := os.ReadFile("../../testdata/vntext/seed-utf8.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	code, stdout, stderr := newsarc(t, string(page), "convert", "--to", "text")
	if code != 0 || stderr != "" || !strings.Contains(stdout, "\nThường trực Ban Bí thư giao ban trực tuyến") {
		t.Errorf("cat page.html | newsarc convert --to text: exit %d, stderr %q, stdout %.120q", code, stderr, stdout)
	}
	out := filepath.Join(dir, "seed.md")
	code, _, stderr = newsarc(t, string(page), "convert", "-o", out)
	wantRun(t, code, 0, stderr)
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("---\ntitle: \"Thường trực")) {
		t.Errorf("stdin to Markdown: %.80q", b)
	}
	wantOnly(t, dir, "seed.md")
}

// An image left out because downloads are off is one warning for the run,
// naming --fetch-images; --verbose shows each image, --quiet none.
func TestRemoteImagesLeftOutWarnOnce(t *testing.T) {
	dir := t.TempDir()
	fig := func(n int) string {
		return fmt.Sprintf(`{"kind":"figure","image":{"src":"https://example.vn/anh-%d.jpg","caption":"Ảnh %d"}}`, n, n)
	}
	var figs []string
	for n := range 12 {
		figs = append(figs, fig(n))
	}
	in := write(t, filepath.Join(dir, "a.json"), `{"schema":1,"title":"Nhiều ảnh","image":{"src":"https://example.vn/anh-0.jpg"},"body":[`+
		`{"kind":"paragraph","text":[{"text":"Nội dung."}]},`+strings.Join(figs, ",")+`]}`)
	for _, ext := range []string{"pdf", "epub", "html", "docx"} {
		out := filepath.Join(dir, "a."+ext)
		code, _, stderr := newsarc(t, "", "convert", in, "-o", out)
		wantRun(t, code, 0, stderr, "newsarc: warning: 12 remote images left out, as downloads are off: give --fetch-images to download them example=\"https://example.vn/anh-0.jpg\"")
		if n := strings.Count(stderr, "\n"); n != 1 {
			t.Errorf("%s: %d lines on stderr, want 1:\n%s", ext, n, stderr)
		}
		if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
			t.Errorf("%s not written: %v", ext, err)
		}
	}
	code, _, stderr := newsarc(t, "", "convert", in, "-o", filepath.Join(dir, "a.html"), "--verbose")
	wantRun(t, code, 0, stderr, "newsarc: debug: html: image left out: https://example.vn/anh-5.jpg: remote image not downloaded: downloads are off", "12 remote images left out")
	code, _, stderr = newsarc(t, "", "convert", in, "-o", filepath.Join(dir, "a.html"), "-q")
	if code != 0 || stderr != "" {
		t.Errorf("-q: exit %d, stderr %q", code, stderr)
	}
	// A digest of two documents: one warning for the run and all its outputs.
	arch := filepath.Join(dir, "archive")
	for _, name := range []string{"x", "y"} {
		write(t, filepath.Join(arch, name+".json"), `{"schema":1,"title":"Bài `+name+`","published":"2023-07-05T08:00:00+07:00","body":[`+
			`{"kind":"paragraph","text":[{"text":"Nội dung."}]},`+fig(1)+`,{"kind":"figure","image":{"src":"https://example.vn/`+name+`.jpg"}}]}`)
	}
	code, _, stderr = newsarc(t, "", "digest", "--month", "2023-07", "-o", filepath.Join(dir, "d.pdf"), "-o", filepath.Join(dir, "d.epub"), arch)
	wantRun(t, code, 0, stderr, "newsarc: warning: 3 remote images left out, as downloads are off: give --fetch-images")
	if n := strings.Count(stderr, "remote images"); n != 1 {
		t.Errorf("%d warnings about remote images:\n%s", n, stderr)
	}
	wantOnly(t, dir, "a.json", "a.pdf", "a.epub", "a.html", "a.docx", "archive", "d.pdf", "d.epub")
}

// --verbose prints what the HTML reader decided; --quiet nothing; both
// are a usage error.
func TestVerboseAndQuiet(t *testing.T) {
	page := "../../testdata/vntext/seed-utf8.html"
	code, _, stderr := newsarc(t, "", "convert", "--verbose", page, "--to", "json")
	wantRun(t, code, 0, stderr,
		`newsarc: debug: html: title from the page's headline <h1.title> title="Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy"`,
		"newsarc: debug: html: body from <div.content> blocks=\"3\"")
	dir := t.TempDir()
	write(t, filepath.Join(dir, "pages", "seed.html"), mustRead(t, page))
	out := filepath.Join(dir, "d.txt")
	code, _, stderr = newsarc(t, "", "digest", "--verbose", "--month", "2023-07", "-o", out, filepath.Join(dir, "pages"))
	wantRun(t, code, 0, stderr, "newsarc: debug: html: title from the page's headline", "1 kept")
	code, _, stderr = newsarc(t, "", "digest", "--quiet", "--month", "2023-07", "-o", out, filepath.Join(dir, "pages"))
	if code != 0 || stderr != "" {
		t.Errorf("digest --quiet: exit %d, stderr %q", code, stderr)
	}
	for _, cmd := range [][]string{
		{"convert", page},
		{"digest", "--month", "2023-07", "-o", filepath.Join(dir, "e.txt"), dir},
		{"harvest", "--month", "2023-07", "-o", filepath.Join(dir, "h.warc.gz"), "https://example.vn/"},
	} {
		code, stdout, stderr := newsarc(t, "", append(cmd, "--quiet", "--verbose")...)
		wantRun(t, code, 2, stderr, "newsarc: "+cmd[0]+": --quiet and --verbose: give one or the other")
		if stdout != "" {
			t.Errorf("%s printed %q", cmd[0], stdout)
		}
	}
	wantOnly(t, dir, "d.txt", "pages")
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The completion scripts and the manual page come from the CLI's own
// definitions; the man page in the repository is kept equal to them.
func TestCompletionAndManPage(t *testing.T) {
	for shell, want := range map[string]string{
		"bash": "complete -o bashdefault -o default -F _newsarc_complete newsarc",
		"zsh":  "compdef _newsarc_zsh_autocomplete newsarc",
		"fish": "complete -c newsarc -n '__fish_newsarc_no_subcommand' -f -l help",
	} {
		code, stdout, stderr := newsarc(t, "", "completion", shell)
		if code != 0 || stderr != "" || !strings.Contains(stdout, want) {
			t.Errorf("completion %s: exit %d, stderr %q, script lacks %q:\n%s", shell, code, stderr, want, stdout)
		}
	}
	code, stdout, stderr := newsarc(t, "", "completion", "tcsh")
	wantRun(t, code, 2, stderr, `completion: unknown shell "tcsh": want bash, zsh or fish`)
	if stdout != "" {
		t.Errorf("printed %q", stdout)
	}
	code, _, stderr = newsarc(t, "", "completion")
	wantRun(t, code, 2, stderr, "completion: name one shell: bash, zsh or fish")

	code, page, stderr := newsarc(t, "", "man")
	if code != 0 || stderr != "" {
		t.Fatalf("man: exit %d: %s", code, stderr)
	}
	for _, want := range []string{".TH newsarc 1", "--since", "--undated", "--urls", "--verbose", "completion"} {
		if !strings.Contains(page, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	golden.Assert(t, "newsarc.1", []byte(page))
}

// --version prints the module version and the VCS revision of the build.
func TestVersion(t *testing.T) {
	code, stdout, _ := newsarc(t, "", "--version")
	if code != 0 || !strings.HasPrefix(stdout, "newsarc version ") {
		t.Errorf("--version: exit %d, %q", code, stdout)
	}
	bi := &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "aba1b2a3ce510b010e17a98f228bc0ef20faf83c"}, {Key: "vcs.time", Value: "2024-05-02T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := versionOf(bi), "v0.3.0, revision aba1b2a3ce510b010e17a98f228bc0ef20faf83c of 2024-05-02T10:00:00Z, modified"; got != want {
		t.Errorf("versionOf = %q, want %q", got, want)
	}
	bi.Settings[2].Value = "false"
	if got := versionOf(bi); strings.Contains(got, "modified") {
		t.Errorf("unmodified build: %q", got)
	}
	if got := versionOf(&debug.BuildInfo{}); got != "(devel), no VCS revision recorded (built outside a git checkout, or with -buildvcs=false)" {
		t.Errorf("no build info: %q", got)
	}
}

// convert takes --title, --publisher and --group for a multi-article
// document, like digest.
func TestConvertTitlePublisherGroup(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.json"), `{"schema":1,"id":"a","title":"Bài một","section":"Kinh tế","published":"2023-07-05T08:00:00+07:00","body":[{"kind":"paragraph","text":[{"text":"Một."}]}]}`)
	b := write(t, filepath.Join(dir, "b.json"), `{"schema":1,"id":"b","title":"Bài hai","section":"Thời sự","published":"2023-07-06T08:00:00+07:00","body":[{"kind":"paragraph","text":[{"text":"Hai."}]}]}`)
	code, stdout, stderr := newsarc(t, "", "convert", "--to", "json", "--title", "Điểm báo sáng", "--publisher", "Báo Hà Giang", "--group", "section", a, b)
	wantRun(t, code, 0, stderr)
	for _, want := range []string{`"title": "Điểm báo sáng"`, `"publisher": "Báo Hà Giang"`, `"group": "section"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("collection lacks %s:\n%.300s", want, stdout)
		}
	}
	out := filepath.Join(dir, "sang.txt")
	code, _, stderr = newsarc(t, "", "convert", "--title", "Điểm báo sáng", "--publisher", "Báo Hà Giang", a, b, "-o", out)
	wantRun(t, code, 0, stderr)
	if txt := mustRead(t, out); !strings.HasPrefix(txt, "Điểm báo sáng\n") || !strings.Contains(txt, "Báo Hà Giang") {
		t.Errorf("bulletin:\n%.300s", txt)
	}
	code, _, stderr = newsarc(t, "", "convert", "--group", "week", a, b)
	wantRun(t, code, 2, stderr, `--group "week": want day, section or none`)
	wantOnly(t, dir, "a.json", "b.json", "sang.txt")
}

// --urls FILE: the listed pages fetched a few at a time, the document in
// the list's order; a page that fails is reported and left out (exit 3).
func TestConvertURLList(t *testing.T) {
	var inFlight, most atomic.Int32
	var mu sync.Mutex
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		mu.Lock()
		asked = append(asked, r.URL.Path)
		mu.Unlock()
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/bai-%d.html", &i); err != nil {
			http.NotFound(w, r)
			return
		}
		time.Sleep(time.Duration(10-i) * 15 * time.Millisecond) // the first pages come last
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="vi"><head><title>Bài số %d</title></head><body><article><h1>Bài số %d</h1>
<p>Đây là nội dung của bài số %d, đủ dài để là một bài báo thật sự với nhiều chữ hơn bốn mươi chữ cái.</p></article></body></html>`, i, i, i)
	}))
	defer srv.Close()
	dir := t.TempDir()
	var list strings.Builder
	list.WriteString("# sáng nay\n\n")
	for i := range 9 {
		fmt.Fprintf(&list, "%s/bai-%d.html\n", srv.URL, i)
		if i == 4 {
			fmt.Fprintf(&list, "  %s/mat-roi.html  \n", srv.URL)
		}
	}
	links := write(t, filepath.Join(dir, "links.txt"), list.String())
	out := filepath.Join(dir, "sang.json")
	code, _, stderr := within(t, 30*time.Second, "", "convert", "--urls", links, "-o", out)
	wantRun(t, code, 3, stderr, "newsarc: failed: "+srv.URL+"/mat-roi.html: html: fetch "+srv.URL+"/mat-roi.html: HTTP 404 Not Found", "newsarc: 1 of 10 inputs failed and were left out")
	doc := mustRead(t, out)
	last := -1
	for i := range 9 {
		at := strings.Index(doc, fmt.Sprintf(`"title": "Bài số %d"`, i))
		if at < last {
			t.Errorf("article %d out of order (or missing)", i)
		}
		last = at
	}
	if m := most.Load(); m < 2 || m > 4 {
		t.Errorf("%d pages fetched at once, want 2 to 4", m)
	}
	// From standard input, after the INPUTs given.
	code, stdout, stderr := within(t, 30*time.Second, srv.URL+"/bai-1.html\n", "convert", "--to", "text", "--urls", "-", filepath.Join("../../testdata/articles/seed-giao-ban.json"))
	wantRun(t, code, 0, stderr)
	if i, j := strings.Index(stdout, "Thường trực Ban Bí thư"), strings.Index(stdout, "Bài số 1"); i < 0 || j < i {
		t.Errorf("seed then the URL, want both in order:\n%.500s", stdout)
	}
	for _, tc := range []struct {
		list, want string
	}{
		{"/etc/passwd\n", `convert: ` + filepath.Join(dir, "bad.txt") + `:1: "/etc/passwd" is not an http(s) URL`},
		{"# nothing\n\n", "convert: --urls " + filepath.Join(dir, "bad.txt") + " lists no URL"},
	} {
		bad := write(t, filepath.Join(dir, "bad.txt"), tc.list)
		code, _, stderr := newsarc(t, "", "convert", "--urls", bad, "-o", filepath.Join(dir, "x.txt"))
		wantRun(t, code, 2, stderr, tc.want)
	}
	code, _, stderr = newsarc(t, "", "convert", "--urls", "-", "-", "-o", filepath.Join(dir, "x.txt"))
	wantRun(t, code, 2, stderr, "convert: standard input cannot be both an INPUT and the --urls list")
	code, _, stderr = newsarc(t, "", "convert", "--urls", filepath.Join(dir, "nope.txt"), "-o", filepath.Join(dir, "x.txt"))
	wantRun(t, code, 2, stderr, "convert: --urls "+filepath.Join(dir, "nope.txt")+": ")
	wantOnly(t, dir, "bad.txt", "links.txt", "sang.json")
}

// warcResponse is one WARC response record of an HTML page.
func warcResponse(uri, date, page string) string {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		uri, date, strings.Repeat("0", 8)+"-0000-4000-8000-"+fmt.Sprintf("%012d", len(uri)), len(block), block)
}

// undatedPage prints no date anywhere.
func undatedPage(title string) string {
	return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>` + title + `</title></head><body><article><h1>` + title + `</h1>
<p>Bài này không ghi ngày đăng ở đâu cả, như nhiều trang cũ trong các bản lưu của những trình thu thập khác.</p>
<p>Đoạn thứ hai của bài cũng không có ngày tháng, nhưng đủ dài để là nội dung thật.</p></article></body></html>`
}

// Pages that print no date: dropped by default, and the summary says how
// many and how to keep them; --undated capture dates them by the WARC
// record, the zip member or the file, marked as such.
func TestUndatedCapture(t *testing.T) {
	dir := t.TempDir()
	arch := filepath.Join(dir, "archive")
	write(t, filepath.Join(arch, "crawl.warc"), warcResponse("https://baomau.vn/khong-ngay-1.html", "2023-07-10T03:00:00Z", undatedPage("Trang trong bản lưu"))+
		warcResponse("https://baomau.vn/khong-ngay-2.html", "2023-08-10T03:00:00Z", undatedPage("Trang lưu tháng Tám")))
	file := write(t, filepath.Join(arch, "saved", "trang.html"), undatedPage("Trang lưu trên đĩa"))
	mtime := time.Date(2023, 7, 20, 9, 30, 0, 0, time.UTC)
	os.Chtimes(file, mtime, mtime)
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "cu/trang.html", Method: zip.Deflate, Modified: time.Date(2023, 7, 25, 8, 0, 0, 0, time.UTC)})
	w.Write([]byte(undatedPage("Trang trong tệp zip")))
	zw.Close()
	write(t, filepath.Join(arch, "cu.zip"), zb.String())

	out := filepath.Join(dir, "july.json")
	code, _, stderr := newsarc(t, "", "digest", "--month", "2023-07", "-o", out, arch)
	wantRun(t, code, 1, stderr,
		"newsarc: 4 articles that print no date were left out; --undated capture keeps them, dated by when they were archived",
		"no article in the period from 2023-07-01 to 2023-07-31: 4 without a date; nothing was written")
	wantNoFile(t, out)

	code, _, stderr = newsarc(t, "", "digest", "--month", "2023-07", "--undated", "capture", "-o", out, "-o", filepath.Join(dir, "july.txt"), arch)
	wantRun(t, code, 0, stderr, "4 articles found, 3 kept; 1 out of period, 0 undated",
		"newsarc: 4 articles that print no date are dated by when they were archived")
	doc := mustRead(t, out)
	for _, want := range []string{
		`"title": "Trang trong bản lưu",` + "\n" + `      "language": "vi",` + "\n" + `      "published": "2023-07-10T10:00:00+07:00",` + "\n" + `      "date_source": "capture"`,
		`"published": "2023-07-20T16:30:00+07:00",` + "\n" + `      "date_source": "capture"`,
		`"published": "2023-07-25T15:00:00+07:00",` + "\n" + `      "date_source": "capture"`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("digest lacks\n%s\nin\n%s", want, doc)
		}
	}
	if strings.Contains(doc, "Trang lưu tháng Tám") {
		t.Error("the page captured in August is in July's digest")
	}
	if txt := mustRead(t, filepath.Join(dir, "july.txt")); !strings.Contains(txt, "10:00, 10/07/2023 (ngày thu thập)") {
		t.Errorf("the bulletin does not say the date is the capture's:\n%s", txt)
	}
	code, _, stderr = newsarc(t, "", "digest", "--month", "2023-07", "--undated", "guess", "-o", out, arch)
	wantRun(t, code, 2, stderr, `digest: --undated "guess": want drop or capture`)
	wantOnly(t, dir, "archive", "july.json", "july.txt")
}

// A page in a script no embedded font has (Korean) makes no PDF of
// replacement marks: it fails, naming the script and --font-dir. With
// other outputs, the set fails as one: an existing file is left as it was.
func TestKoreanPageRefusedAndOutputsAreOneSet(t *testing.T) {
	dir := t.TempDir()
	ko := write(t, filepath.Join(dir, "in", "ko.json"), `{"schema":1,"id":"ko","title":"서울 시장 선거 결과 발표","language":"ko","published":"2023-07-05T08:00:00+07:00",`+
		`"body":[{"kind":"paragraph","text":[{"text":"서울특별시 선거관리위원회는 오늘 시장 선거의 최종 결과를 발표했다. 투표율은 지난 선거보다 높았다."}]}]}`)
	write(t, filepath.Join(dir, "in", "vi.json"), article("vi", "Tin tháng Bảy", "2023-07-06T08:00:00+07:00"))
	pdf := filepath.Join(dir, "ko.pdf")
	code, _, stderr := newsarc(t, "", "convert", ko, "-o", pdf)
	wantRun(t, code, 1, stderr, "100% of the letters of the article are Hangul, which no font has; use a TrueType family that has them with --font-dir DIR --font NAME")
	wantNoFile(t, pdf)

	txt, pdfOut := filepath.Join(dir, "july.txt"), filepath.Join(dir, "july.pdf")
	write(t, txt, "last month's")
	code, _, stderr = newsarc(t, "", "digest", "--month", "2023-07", "-o", txt, "-o", pdfOut, filepath.Join(dir, "in"))
	wantRun(t, code, 1, stderr, "are Hangul", "--font-dir")
	if b := mustRead(t, txt); b != "last month's" {
		t.Errorf("the text output was replaced although the PDF failed: %.80q", b)
	}
	wantOnly(t, dir, "in", "july.txt")
	// The text bulletin alone is fine: it draws no glyph.
	code, _, stderr = newsarc(t, "", "digest", "-q", "--month", "2023-07", "-o", txt, filepath.Join(dir, "in"))
	wantRun(t, code, 0, stderr)
	if b := mustRead(t, txt); !strings.Contains(b, "서울 시장 선거 결과 발표") {
		t.Errorf("bulletin: %.200q", b)
	}
}

// Labels follow the article's language: an English article gets English
// dates; a Vietnamese one stays as Vietnamese sites print it. In the PDF
// the section shows at most twice at the top of an article.
func TestLabelsFollowTheLanguage(t *testing.T) {
	pdftotext := tools.Need(t, "pdftotext")
	dir := t.TempDir()
	for _, tc := range []struct {
		in, want, not string
	}{
		{"../../testdata/articles/english-flood.json", "5 August 2023, 10:30", "05/08/2023"},
		{seed, "18:26, 28/07/2023", "July"},
	} {
		code, stdout, stderr := newsarc(t, "", "convert", tc.in, "--to", "text")
		if code != 0 || !strings.Contains(stdout, tc.want) || strings.Contains(stdout, tc.not) {
			t.Errorf("%s: exit %d (%s), bulletin without %q or with %q:\n%.300s", tc.in, code, stderr, tc.want, tc.not, stdout)
		}
		out := filepath.Join(dir, filepath.Base(tc.in)+".pdf")
		code, _, stderr = newsarc(t, "", "convert", tc.in, "-o", out)
		wantRun(t, code, 0, stderr)
		text := string(tools.Run(t, pdftotext, "-l", "1", out, "-"))
		if !strings.Contains(text, tc.want) {
			t.Errorf("%s: page 1 of the PDF lacks %q:\n%.400s", tc.in, tc.want, text)
		}
		if tc.in == seed {
			if n := strings.Count(strings.ToLower(text), "thời sự"); n < 1 || n > 2 {
				t.Errorf("the section shows %d times on the first page, want once or twice:\n%.400s", n, text)
			}
		}
	}
	wantOnly(t, dir, "english-flood.json.pdf", "seed-giao-ban.json.pdf")
}
