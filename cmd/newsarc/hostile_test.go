//go:build unix

package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The regression tests of issue 10 (hostile input), one or more per
// numbered item, and of issue 12 §2 (the CLI's habits). Big inputs are kept
// small by lowering the limits.

// article is one canonical article as a JSON Lines record.
func article(id, title, published string) string {
	return fmt.Sprintf(`{"schema":1,"id":%q,"title":%q,"published":%q,"body":[{"kind":"paragraph","text":[{"text":"Nội dung của %s."}]}]}`,
		id, title, published, id)
}

func write(t *testing.T, path, body string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// within runs the CLI and fails the test if it takes longer than d: a
// hang is the defect.
func within(t *testing.T, d time.Duration, stdin string, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code        int
		out, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, out, stderr := newsarc(t, stdin, args...)
		done <- result{code, out, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.stderr
	case <-time.After(d):
		t.Fatalf("newsarc %v still running after %v", args, d)
		return 0, "", ""
	}
}

func wantRun(t *testing.T, code, wantCode int, stderr string, want ...string) {
	t.Helper()
	if code != wantCode {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, wantCode, stderr)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
}

func wantNoFile(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err == nil {
		t.Errorf("%s was written", path)
	}
}

// wantOnly checks that dir holds exactly these names: no output that should
// not be, no temporary file.
func wantOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	slices.Sort(names)
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}

// Item 1: convert read JSON with no size limit (/dev/zero grew to 5.8 GB
// and died with exit 2); every input is capped like a digest's documents,
// and only regular files are read.
func TestInputsAreCapped(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.pdf")
	code, _, stderr := within(t, 10*time.Second, "", "convert", "--from", "json", "/dev/zero", "-o", out)
	wantRun(t, code, 1, stderr, "/dev/zero: not a regular file: a character device")
	wantNoFile(t, out)

	long := write(t, filepath.Join(dir, "long.jsonl"), article("x", strings.Repeat("a", 5000), "2023-07-01T08:00:00+07:00")+"\n")
	code, _, stderr = within(t, 10*time.Second, "", "convert", "--max-doc-size", "4KiB", long, "-o", filepath.Join(dir, "x.txt"))
	wantRun(t, code, 1, stderr, "long.jsonl: document larger than the limit: 5143 bytes, limit 4096")

	code, _, stderr = within(t, 10*time.Second, "{"+strings.Repeat(" ", 5000), "convert", "--max-doc-size", "4KiB", "-", "--to", "text")
	wantRun(t, code, 1, stderr, "-: document larger than the limit: more than 4096 bytes")

	code, _, stderr = within(t, 10*time.Second, "", "digest", "--month", "2023-07", "--max-doc-size", "4KiB", "-o", filepath.Join(dir, "d.txt"), long)
	wantRun(t, code, 1, stderr, "failed: "+long+":1: document larger than the limit")

	// A 200 MB title ran for minutes: one article holds at most 4 MiB of
	// text, whatever the document's size.
	huge := write(t, filepath.Join(dir, "huge.jsonl"), article("x", strings.Repeat("a", 4<<20), "2023-07-01T08:00:00+07:00")+"\n")
	code, _, stderr = within(t, 20*time.Second, "", "convert", huge, "-o", filepath.Join(dir, "x.pdf"))
	wantRun(t, code, 1, stderr, "huge.jsonl: article too long: article 1 has 4194323 bytes of text, the most is 4194304")
	code, _, stderr = within(t, 20*time.Second, "", "digest", "--month", "2023-07", "-o", filepath.Join(dir, "x.pdf"), huge)
	wantRun(t, code, 1, stderr, "failed: "+huge+":1: article too long: article 1 has 4194323 bytes")
}

// Item 2: --profiles and --font-dir files were read whole, following links
// to devices and opening FIFOs, which blocked for ever.
func TestProfilesAndFontsMustBeRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "profiles.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	os.Symlink("/dev/zero", filepath.Join(dir, "Zero-Regular.ttf"))
	code, _, stderr := within(t, 10*time.Second, "", "convert", "--profiles", fifo, seed, "--to", "text")
	wantRun(t, code, 1, stderr, "profiles.json: not a regular file: a FIFO")
	code, _, stderr = within(t, 10*time.Second, "", "convert", "--font-dir", dir, "--font", "Zero", seed, "-o", filepath.Join(dir, "x.pdf"))
	wantRun(t, code, 1, stderr, "Zero-Regular.ttf: not a regular file: a character device")
}

// Item 3: one failure record was kept per broken line (5 million lines: 2.4
// GB, 137 s). The report lists the first 1,000 and counts the rest; a run
// of broken lines gives the file up.
func TestFailuresAreCountedNotAllKept(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.jsonl"), article("good", "Tin tháng Bảy", "2023-07-05T08:00:00+07:00")+"\n")
	var b strings.Builder
	for i := range 1500 {
		b.WriteString("{\n" + article(fmt.Sprint("j", i), "Tin tháng Sáu", "2023-06-05T08:00:00+07:00") + "\n")
	}
	write(t, filepath.Join(dir, "b.jsonl"), b.String())
	write(t, filepath.Join(dir, "0.jsonl"), strings.Repeat("{\n", 3000))
	out, rep := filepath.Join(t.TempDir(), "d.txt"), filepath.Join(t.TempDir(), "r.json")
	code, _, stderr := within(t, 30*time.Second, "", "digest", "--month", "2023-07", "-o", out, "--report", rep, dir)
	wantRun(t, code, 3, stderr, "… and 601 more failures, not listed",
		"0.jsonl:101: broken JSON line: 100 broken lines in a row before this one: not JSON Lines? The rest of the file is skipped",
		"1 kept; 1500 out of period, 0 undated, 0 duplicates, 1601 failed")
	if n := strings.Count(stderr, "newsarc: failed: "); n != 1000 {
		t.Errorf("%d failures listed, want 1000", n)
	}
	var report struct {
		Failed   int `json:"failed"`
		Failures []struct{ Document string }
	}
	data, _ := os.ReadFile(rep)
	if err := json.Unmarshal(data, &report); err != nil || report.Failed != 1601 || len(report.Failures) != 1000 ||
		report.Failures[0].Document != filepath.Join(dir, "0.jsonl:1:1") || report.Failures[101].Document != filepath.Join(dir, "b.jsonl:1:1") {
		t.Errorf("report: failed %d, %d listed, first %+v (%v)", report.Failed, len(report.Failures), report.Failures[:1], err)
	}
}

// convert kept and printed a failure for each failed input: 600,000 URLs
// of a --urls list that all failed took the CLI past its memory limit and
// into minutes of garbage collection. The first 1,000 are listed, all
// counted.
func TestFailedInputsAreCountedNotAllKept(t *testing.T) {
	dir := t.TempDir()
	args := []string{"convert", "-o", filepath.Join(dir, "out.txt"), write(t, filepath.Join(dir, "a.json"), article("a", "Tin", "2023-07-05T08:00:00+07:00"))}
	for i := range 1002 {
		args = append(args, filepath.Join(dir, fmt.Sprintf("missing-%d.json", i)))
	}
	code, _, stderr := within(t, 30*time.Second, "", args...)
	wantRun(t, code, 3, stderr, "missing-999.json: no such file or directory\nnewsarc: … and 2 more failures, not listed\nnewsarc: 1002 of 1003 inputs failed and were left out\n")
	if n := strings.Count(stderr, "newsarc: failed: "); n != 1000 {
		t.Errorf("%d failures listed, want 1000", n)
	}
}

// Item 4: a FIFO given as INPUT blocked for ever (and Ctrl-C could not end
// it: see TestSignals). FIFOs are refused.
func TestFIFOInputIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "in.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	code, _, stderr := within(t, 10*time.Second, "", "convert", fifo, "--to", "text")
	wantRun(t, code, 1, stderr, "in.json: not a regular file: a FIFO")
	code, _, stderr = within(t, 10*time.Second, "", "digest", "--month", "2023-07", "-o", filepath.Join(t.TempDir(), "d.txt"), fifo)
	wantRun(t, code, 1, stderr, "failed: "+fifo+": not a regular file: a FIFO")
}

// Item 5 and 9: a gzip bomb in a .warc.gz was read until memory ran out and
// reported as success; a truncated uncompressed WARC gave a truncated
// article with exit 0. Both are failures now.
func TestHostileWARCs(t *testing.T) {
	dir := t.TempDir()
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write([]byte("WARC/1.0"))
	zw.Write(make([]byte, 8<<20))
	zw.Close()
	write(t, filepath.Join(dir, "bomb.warc.gz"), bomb.String())
	page := "<html><head><title>Một bài</title></head><body><article><h1>Một bài trong kho lưu trữ</h1><p>" + strings.Repeat("Nội dung bài báo rất dài. ", 40) + "</p></article></body></html>"
	rec := "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.vn/a.html\r\nContent-Type: text/html\r\nContent-Length: " + strconv.Itoa(len(page)) + "\r\n\r\n" + page + "\r\n\r\n"
	write(t, filepath.Join(dir, "cut.warc"), rec[:len(rec)-40])
	write(t, filepath.Join(dir, "garbage.warc"), "GET / HTTP/1.1\r\n\r\n")
	code, _, stderr := within(t, 30*time.Second, "", "digest", "--month", "2023-07", "-o", filepath.Join(t.TempDir(), "d.txt"), dir)
	wantRun(t, code, 1, stderr,
		"failed: "+filepath.Join(dir, "bomb.warc.gz#1@0")+": gzip data expands beyond the limits (gzip bomb?)",
		"failed: "+filepath.Join(dir, "cut.warc#1@0")+": WARC record truncated: its Content-Length is",
		"failed: "+filepath.Join(dir, "garbage.warc")+`: not a WARC file: it starts with "GET /", not "WARC/"`)
}

func jpegFile(t *testing.T, c color.Gray) []byte {
	img := image.NewGray(image.Rect(0, 0, 24, 24))
	for i := range img.Pix {
		img.Pix[i] = c.Y ^ uint8(i)
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Item 8: an image symlinked to a file outside the document's directory was
// embedded byte for byte, with no warning.
func TestImageLinkedOutsideIsNotEmbedded(t *testing.T) {
	secret := jpegFile(t, color.Gray{Y: 7})
	outside := t.TempDir()
	write(t, filepath.Join(outside, "private.jpg"), string(secret))
	dir := t.TempDir()
	os.Symlink(filepath.Join(outside, "private.jpg"), filepath.Join(dir, "photo.jpg"))
	doc := `{"schema":1,"id":"a","title":"Ảnh","published":"2023-07-05T08:00:00+07:00","image":{"src":"photo.jpg","caption":"Ảnh"},"body":[{"kind":"paragraph","text":[{"text":"Nội dung."}]}]}`
	in := write(t, filepath.Join(dir, "a.json"), doc)
	out := filepath.Join(t.TempDir(), "a.pdf")
	code, _, stderr := within(t, 30*time.Second, "", "convert", in, "-o", out)
	wantRun(t, code, 0, stderr, "photo.jpg: image path leaves the document's directory")
	pdf, _ := os.ReadFile(out)
	if bytes.Contains(pdf, secret[len(secret)-64:]) {
		t.Error("the file outside the directory is in the PDF")
	}
	code, _, stderr = within(t, 30*time.Second, "", "digest", "--month", "2023-07", "-o", out, dir)
	wantRun(t, code, 0, stderr, "photo.jpg: image path leaves the document's directory")
	if pdf, _ := os.ReadFile(out); bytes.Contains(pdf, secret[len(secret)-64:]) {
		t.Error("the file outside the directory is in the digest")
	}
}

// Item 12: zip member names went raw to stderr (an escape sequence cleared
// the screen and set the terminal's title), and control characters reached
// the bulletin.
func TestControlCharactersNeverReachTheTerminal(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("\x1b]0;owned\x07\x1b[2J.json")
	w.Write([]byte("{broken"))
	zw.Close()
	write(t, filepath.Join(dir, "x.zip"), b.String())
	write(t, filepath.Join(dir, "ok.json"), strings.Replace(article("a", "TITLE", "2023-07-05T08:00:00+07:00"), "TITLE", `Tin\u001b[2J \u009bđỏ`, 1))
	code, out, stderr := within(t, 10*time.Second, "", "digest", "--month", "2023-07", "-o", "-", dir)
	wantRun(t, code, 3, stderr, `x.zip!\x1b]0;owned\a\x1b[2J.json`)
	if strings.ContainsAny(stderr, "\x1b\x07") || strings.ContainsAny(out, "\x1b\x07\u009b") {
		t.Errorf("control characters reached the terminal:\n%q\n%q", stderr, out)
	}
	if !strings.Contains(out, "Tin[2J đỏ") {
		t.Errorf("bulletin: %q", out)
	}
}

// Item 13: PNG bytes named .html became an article with exit 0.
func TestBinaryInputIsRefused(t *testing.T) {
	var pic bytes.Buffer
	png.Encode(&pic, image.NewGray(image.Rect(0, 0, 8, 8)))
	in := write(t, filepath.Join(t.TempDir(), "page.html"), pic.String())
	code, _, stderr := within(t, 10*time.Second, "", "convert", in, "--to", "text")
	wantRun(t, code, 1, stderr, "page.html: binary content, not a document (image/png); if it is one, name its format with --from")
	code, _, stderr = within(t, 10*time.Second, "", "convert", "--from", "html", in, "--to", "text")
	if code != 1 || strings.Contains(stderr, "binary") {
		t.Errorf("--from html: exit %d, %s", code, stderr)
	}
}

// Item 14: an output that is a directory failed as "file exists" after all
// the work; -o naming an input overwrote it.
func TestOutputsAreCheckedBeforeReading(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "a.json"), article("a", "Tin", "2023-07-05T08:00:00+07:00"))
	os.Mkdir(filepath.Join(dir, "out.txt"), 0o755)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"convert", in, "-o", filepath.Join(dir, "out.txt")}, "out.txt: cannot write there: it is a directory; give a file name"},
		{[]string{"convert", in, "--to", "json", "-o", in}, "a.json: cannot write there: it is the input " + in + ", which would be overwritten"},
		{[]string{"digest", "--month", "2023-07", "-o", filepath.Join(dir, "out.txt"), in}, "it is a directory"},
		{[]string{"digest", "--month", "2023-07", "-o", in, in}, "which would be overwritten"},
		{[]string{"digest", "--month", "2023-07", "-o", filepath.Join(dir, "d.txt"), "-o", filepath.Join(dir, "d.txt"), in}, "d.txt: cannot write there: named twice"},
		{[]string{"convert", "--each", "-o", in, in}, "a.json: cannot write there: it is a file; --each writes into a directory"},
		{[]string{"convert", in, "--extract-media", in, "-o", filepath.Join(dir, "m.md")}, "a.json: cannot write there: it is a file; --extract-media writes into a directory"},
		{[]string{"digest", "--month", "2023-07", "--extract-media", in, "-o", filepath.Join(dir, "m.html"), in}, "--extract-media writes into a directory"},
	} {
		code, _, stderr := within(t, 10*time.Second, "", tc.args...)
		wantRun(t, code, 2, stderr, tc.want)
	}
	if b, _ := os.ReadFile(in); string(b) != article("a", "Tin", "2023-07-05T08:00:00+07:00") {
		t.Errorf("the input was changed: %q", b)
	}
	wantOnly(t, dir, "a.json", "out.txt")
}

// Item 15: --width 1000000000 wrote a 27 GB file. Numeric flags are checked.
func TestNumericFlagsAreChecked(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.txt")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"convert", seed, "--width", "1000000000", "-o", out}, "--width 1000000000: want 20 to 500"},
		{[]string{"convert", seed, "--width", "19", "-o", out}, "--width 19: want 20 to 500"},
		{[]string{"digest", "--month", "2023-07", "--jobs", "0", "-o", out, seed}, "--jobs 0: want 1 to 256"},
		{[]string{"digest", "--month", "2023-07", "--jobs", "257", "-o", out, seed}, "--jobs 257: want 1 to 256"},
		{[]string{"convert", seed, "--max-doc-size", "0", "-o", out}, `--max-doc-size "0": want a size from 1KiB to 1GiB`},
		{[]string{"convert", seed, "--max-doc-size", "2TB", "-o", out}, "want a size from 1KiB to 1GiB"},
		{[]string{"digest", "--month", "2023-07", "--max-zip-size", "12 parsecs", "-o", out, seed}, "--max-zip-size"},
		{[]string{"digest", "--month", "2023-07", "--max-zip-ratio", "1", "-o", out, seed}, "--max-zip-ratio 1: want 2 to 100000"},
	} {
		code, _, stderr := within(t, 10*time.Second, "", tc.args...)
		wantRun(t, code, 2, stderr, tc.want)
	}
	wantOnly(t, dir)
	if code, _, stderr := newsarc(t, "", "convert", seed, "--width", "40", "--max-doc-size", "1MiB", "-o", out); code != 0 {
		t.Errorf("good values refused: %s", stderr)
	}
}

// Item 16: --each printed an error twice; failure lines repeated the path;
// outputs ignored the umask; --fetch-images fetched from loopback.
func TestSmallerItems(t *testing.T) {
	t.Run("each reports a failure once", func(t *testing.T) {
		dir := t.TempDir()
		bad := write(t, filepath.Join(dir, "bad.json"), "{")
		out := filepath.Join(dir, "out")
		code, _, stderr := within(t, 10*time.Second, "", "convert", "--each", "-o", out, "--to", "text", seed, bad)
		wantRun(t, code, 3, stderr, "newsarc: failed: "+bad+":1:2: truncated JSON", "newsarc: 1 of 2 inputs failed and were left out")
		if n := strings.Count(stderr, "truncated JSON"); n != 1 {
			t.Errorf("the failure is reported %d times:\n%s", n, stderr)
		}
	})
	t.Run("failure lines name the document once", func(t *testing.T) {
		dir := t.TempDir()
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create("a.json")
		w.Write([]byte(`{"title": 5}`))
		zw.Close()
		write(t, filepath.Join(dir, "x.zip"), b.String())
		write(t, filepath.Join(dir, "y.jsonl"), "{\n")
		code, _, stderr := within(t, 10*time.Second, "", "digest", "--month", "2023-07", "-o", filepath.Join(t.TempDir(), "d.txt"), dir)
		wantRun(t, code, 1, stderr, "x.zip!a.json", "y.jsonl:1")
		for _, line := range strings.Split(stderr, "\n") {
			if strings.HasPrefix(line, "newsarc: failed: ") && (strings.Count(line, "x.zip") > 1 || strings.Count(line, "y.jsonl") > 1) {
				t.Errorf("the path is repeated: %s", line)
			}
		}
	})
	t.Run("outputs follow the umask and keep the mode they replace", func(t *testing.T) {
		dir := t.TempDir()
		old := syscall.Umask(0o077)
		defer syscall.Umask(old)
		fresh, kept := filepath.Join(dir, "fresh.txt"), filepath.Join(dir, "kept.txt")
		write(t, kept, "old")
		os.Chmod(kept, 0o640)
		for _, out := range []string{fresh, kept} {
			if code, _, stderr := newsarc(t, "", "convert", seed, "-o", out); code != 0 {
				t.Fatal(stderr)
			}
		}
		for path, want := range map[string]os.FileMode{fresh: 0o600, kept: 0o640} {
			if fi, _ := os.Stat(path); fi.Mode().Perm() != want {
				t.Errorf("%s: mode %v, want %v", filepath.Base(path), fi.Mode().Perm(), want)
			}
		}
	})
	t.Run("fetch-images refuses loopback", func(t *testing.T) {
		pic := jpegFile(t, color.Gray{Y: 90})
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(pic) }))
		defer srv.Close()
		doc := `{"schema":1,"title":"Ảnh từ xa","body":[{"kind":"figure","image":{"src":"` + srv.URL + `/a.jpg","caption":"Ảnh"}}]}`
		in := write(t, filepath.Join(t.TempDir(), "a.json"), doc)
		out := filepath.Join(t.TempDir(), "a.pdf")
		code, _, stderr := within(t, 30*time.Second, "", "convert", "--fetch-images", in, "-o", out)
		wantRun(t, code, 0, stderr, "address is not public")
		if pdf, _ := os.ReadFile(out); bytes.Contains(pdf, pic[len(pic)-64:]) {
			t.Error("the image on loopback was fetched")
		}
	})
}

// Item 11: temporary files of crashed runs (SIGKILL) stayed for ever; the
// next run of the same output removes them, and only those.
func TestStaleTempFilesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.txt")
	dead := 1 << 22 // above Linux's pid_max: no such process
	stale := write(t, filepath.Join(dir, fmt.Sprintf(".out.txt.%d-123.tmp", dead)), "partial")
	live := write(t, filepath.Join(dir, fmt.Sprintf(".out.txt.%d-456.tmp", os.Getpid())), "being written")
	other := write(t, filepath.Join(dir, ".out.txt.notours.tmp"), "someone else's")
	past := time.Now().Add(-time.Hour)
	for _, p := range []string{stale, live, other} {
		os.Chtimes(p, past, past)
	}
	if code, _, stderr := newsarc(t, "", "convert", seed, "-o", out); code != 0 {
		t.Fatal(stderr)
	}
	wantOnly(t, dir, filepath.Base(other), filepath.Base(live), "out.txt")
}

// Issue 12 §2: digest -o - writes to standard output.
func TestDigestToStandardOutput(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "a.jsonl"), article("a", "Tin tháng Bảy", "2023-07-05T08:00:00+07:00")+"\n")
	for _, tc := range []struct{ args, want string }{
		{"-o -", "Bản tin tháng 7/2023\n"},
		{"--to json -o -", `"title": "Tin tháng Bảy"`},
		{"--to jsonl -o -", `"title":"Tin tháng Bảy"`},
	} {
		args := append([]string{"digest", "--month", "2023-07", "-q"}, strings.Fields(tc.args)...)
		code, out, stderr := newsarc(t, "", append(args, in)...)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("%s: exit %d, stdout %.200q, stderr %s", tc.args, code, out, stderr)
		}
	}
	wantOnly(t, dir, "a.jsonl")
	wantNoFile(t, "-") // in the working directory, as digest once did
}

// Issue 12 §2: a mistyped INPUT is a usage error before anything is read;
// a period without articles is an error that says where the articles are.
func TestDigestInputsAndEmptyPeriod(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "a.jsonl"), strings.Join([]string{
		article("a", "Tháng Sáu", "2023-06-28T08:00:00+07:00"),
		article("b", "Tháng Tám", "2023-08-02T08:00:00+07:00"),
		article("c", "Tháng Chín", "2023-09-02T08:00:00+07:00"),
		`{"schema":1,"id":"d","title":"Không ngày","body":[{"kind":"paragraph","text":[{"text":"x"}]}]}`,
	}, "\n")+"\n")
	out := filepath.Join(t.TempDir(), "d.txt")
	code, _, stderr := newsarc(t, "", "digest", "--month", "2023-07", "-o", out, in, filepath.Join(dir, "nope"))
	wantRun(t, code, 2, stderr, "digest: INPUT "+filepath.Join(dir, "nope")+": no such file or directory")
	if strings.Contains(stderr, "documents read") {
		t.Errorf("inputs were read: %s", stderr)
	}
	code, _, stderr = newsarc(t, "", "digest", "--month", "2023-07", "-o", out, in)
	wantRun(t, code, 1, stderr, "no article in the period from 2023-07-01 to 2023-07-31: 3 published outside it (the latest before it 2023-06-28, the earliest after it 2023-08-02), 1 without a date; nothing was written")
	wantNoFile(t, out)
}

// Issue 12 §2: with several inputs, a broken one or two articles with the
// same id never sink the batch.
func TestConvertSeveralInputs(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.json"), article("x", "Bài một", "2023-07-05T08:00:00+07:00"))
	b := write(t, filepath.Join(dir, "b.json"), article("x", "Bài khác, cùng id", "2023-07-06T08:00:00+07:00"))
	c := write(t, filepath.Join(dir, "c.json"), article("x", "Bài một", "2023-07-05T08:00:00+07:00")) // a copy of a
	bad := write(t, filepath.Join(dir, "bad.json"), "{")
	code, out, stderr := newsarc(t, "", "convert", "--to", "json", a, b, c, bad)
	wantRun(t, code, 3, stderr,
		`two different articles have the same id: the second gets another id="x" first="`+a+`" second="`+b+`" new_id="x-2"`,
		`the same article given twice: the copy is left out title="Bài một" kept="`+a+`" dropped="`+c+`"`,
		"newsarc: failed: "+bad+":1:2: truncated JSON",
		"newsarc: 1 of 4 inputs failed and were left out")
	if !strings.Contains(out, `"id": "x-2"`) || strings.Count(out, `"title": "Bài một"`) != 1 || !strings.Contains(out, "Bài khác, cùng id") {
		t.Errorf("collection:\n%s", out)
	}
	target := filepath.Join(dir, "all.txt")
	write(t, target, "old")
	code, _, stderr = newsarc(t, "", "convert", bad, filepath.Join(dir, "nope.json"), "-o", target)
	wantRun(t, code, 1, stderr, "newsarc: all 2 inputs failed; nothing was written")
	if b, _ := os.ReadFile(target); string(b) != "old" {
		t.Errorf("the output was replaced: %q", b)
	}
}

// Issue 12 §2: an unknown -o extension is a usage error that lists the
// known ones, as the README says.
func TestUnknownExtensionListsTheKnownOnes(t *testing.T) {
	code, _, stderr := newsarc(t, "", "convert", seed, "-o", filepath.Join(t.TempDir(), "x.rtf"))
	wantRun(t, code, 2, stderr, "known: .json .jsonl")
	readme, _ := os.ReadFile("../../README.md")
	if regexp.MustCompile(`(?i)falls? back to (the )?text`).Match(readme) {
		t.Error("the README still says an unknown extension falls back to text")
	}
}
