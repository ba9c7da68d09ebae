package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/convert"
)

const seed = "../../testdata/articles/seed-giao-ban.json"

// newsarc runs the CLI in-process and returns the exit code and outputs.
func newsarc(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"newsarc"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestConvertSeedToText(t *testing.T) {
	code, out, stderr := newsarc(t, "", "convert", seed, "--to", "text")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want, err := os.ReadFile("../../testdata/golden/text/seed-giao-ban.txt")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Fatalf("bulletin differs from the golden file:\n%s", out)
	}
}

func TestConvertSeedToJSONIsIdentical(t *testing.T) {
	want, _ := os.ReadFile(seed)
	code, out, stderr := newsarc(t, "", "convert", seed, "--to", "json")
	if code != 0 || out != string(want) {
		t.Fatalf("exit %d, stderr %q; JSON differs from the input", code, stderr)
	}
	// The same through stdin, and into a file named by -o (format from its extension).
	dir := t.TempDir()
	outFile := filepath.Join(dir, "seed.json")
	if code, _, stderr := newsarc(t, string(want), "convert", "-", "-o", outFile); code != 0 {
		t.Fatalf("stdin → file: exit %d: %s", code, stderr)
	}
	if got, _ := os.ReadFile(outFile); !bytes.Equal(got, want) {
		t.Fatal("file output differs from the input")
	}
}

func TestSeveralInputsMakeOneCollection(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/articles/*.json")
	code, out, stderr := newsarc(t, "", append([]string{"convert", "--to", "json"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(out, `"title": `); n != len(files) || !strings.Contains(out, `"articles": [`) {
		t.Fatalf("want one collection of %d articles, got:\n%.300s", len(files), out)
	}
}

func TestEachWritesOneFilePerInput(t *testing.T) {
	dir := t.TempDir()
	files := []string{seed, "../../testdata/articles/english-flood.json"}
	code, _, stderr := newsarc(t, "", append([]string{"convert", "--each", "-o", dir, "--to", "text"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"thuong-truc-ban-bi-thu-giao-ban-truc-tuyen-voi-bi-thu-cac-tinh-uy-thanh-uy.txt", "flash-floods-hit-northern-ha-giang-province.txt"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			entries, _ := os.ReadDir(dir)
			t.Errorf("missing %s (have %v)", name, entries)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	truncated := write("truncated.json", `{"schema": 1, "title": "Một`)
	wrongType := write("wrong.json", "{\n  \"title\": \"x\",\n  \"authors\": \"Đình Anh\"\n}\n")
	empty := write("empty.json", "")
	noTitle := write("notitle.json", `{"body":[{"kind":"paragraph","text":[{"text":"x"}]}]}`)
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"truncated JSON", []string{"convert", truncated}, 1, truncated + ":1:28: truncated JSON"},
		{"wrong type", []string{"convert", wrongType}, 1, wrongType + `:3:3: field "authors": want an array, got JSON string`},
		{"empty file", []string{"convert", empty}, 1, empty + ": empty input"},
		{"no title", []string{"convert", noTitle}, 1, noTitle + ": invalid article: article 1: title: empty"},
		{"missing file", []string{"convert", filepath.Join(dir, "nope.json")}, 1, "nope.json: no such file or directory"},
		{"directory", []string{"convert", dir}, 1, dir + ": is a directory"},
		{"unknown output format", []string{"convert", seed, "--to", "odt"}, 2, `unknown format "odt"`},
		{"unknown extension", []string{"convert", seed, "-o", filepath.Join(dir, "x.odt")}, 2, "no format for the extension"},
		{"unknown input format", []string{"convert", "--from", "rtf", seed}, 2, `unknown format "rtf"`},
		{"no input, empty standard input", []string{"convert"}, 1, "-: empty input"},
		{"bad flag", []string{"convert", "--frobnicate", seed}, 2, "frobnicate"},
		{"unknown command", []string{"frobnicate"}, 2, "frobnicate"},
		{"cannot read text", []string{"convert", "--from", "text", seed}, 1, "cannot read text"},
		{"archive given to convert", []string{"convert", "../../testdata/archive/pages.zip"}, 1, "pages.zip: not supported: a zip or WARC archive holds many documents; read it with the digest command"},
		{"other URL scheme", []string{"convert", "ftp://example.vn/a.html"}, 1, "ftp://example.vn/a.html: not supported: only http and https"},
		{"digest output directory missing", []string{"digest", "--month", "2023-07", "-o", filepath.Join(dir, "no", "x.pdf"), dir}, 2, "the output's directory does not exist"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := newsarc(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if !strings.HasPrefix(stderr, "newsarc: ") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Errorf("stderr is not one 'newsarc:' line: %q", stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q lacks %q", stderr, tc.want)
			}
			if out != "" && code != 0 {
				t.Errorf("failed run printed to stdout: %.200q", out)
			}
		})
	}
}

// A failed conversion leaves an existing output file as it was and no
// temporary file behind.
func TestFailureKeepsExistingOutput(t *testing.T) {
	dir := t.TempDir()
	outFile := filepath.Join(dir, "out.txt")
	os.WriteFile(outFile, []byte("old"), 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	if code, _, _ := newsarc(t, "", "convert", bad, "-o", outFile); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if got, _ := os.ReadFile(outFile); string(got) != "old" {
		t.Fatalf("output was changed to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("stray files: %v", entries)
	}
}

func TestFormatsAndHelp(t *testing.T) {
	code, out, _ := newsarc(t, "", "formats")
	if code != 0 {
		t.Fatal("formats failed")
	}
	for _, name := range []string{"json", "text", "jsonl"} {
		if !strings.Contains(out, "\n"+name+" ") {
			t.Errorf("formats lacks %s:\n%s", name, out)
		}
	}
	for _, args := range [][]string{{"--help"}, {"convert", "--help"}, {"formats", "--help"}} {
		code, out, _ := newsarc(t, "", args...)
		if code != 0 || !strings.Contains(out, "newsarc") || !strings.Contains(strings.ToLower(out), "example") {
			t.Errorf("%v: exit %d, help without an example:\n%s", args, code, out)
		}
	}
	if code, out, _ := newsarc(t, "", "--version"); code != 0 || !strings.Contains(out, "newsarc version") {
		t.Errorf("--version: %d %q", code, out)
	}
}

func TestDigestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := `{"schema":1,"id":"x","title":"Tin tháng Bảy","published":"2023-07-05T08:00:00+07:00","body":[{"kind":"paragraph","text":[{"text":"Nội dung."}]}]}`
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(good+"\n{broken\n"), 0o644)
	out := filepath.Join(t.TempDir(), "d.json")
	report := filepath.Join(t.TempDir(), "r.json")

	code, _, stderr := newsarc(t, "", "digest", "--month", "2023-07", "-o", out, "--report", report, dir)
	if code != 3 {
		t.Fatalf("a digest with a failed document: exit %d, want 3 (%s)", code, stderr)
	}
	if !strings.Contains(stderr, "a.jsonl:2") || !strings.Contains(stderr, "1 kept") {
		t.Errorf("stderr does not report the broken line and the count: %s", stderr)
	}
	if b, err := os.ReadFile(report); err != nil || !strings.Contains(string(b), `"failures": [`) || !strings.Contains(string(b), "a.jsonl:2") {
		t.Errorf("report: %s %v", b, err)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "Tin tháng Bảy") {
		t.Errorf("digest lacks the good article: %.200s", b)
	}

	os.Remove(out)
	if code, _, _ := newsarc(t, "", "digest", "--strict", "--month", "2023-07", "-o", out, dir); code != 1 {
		t.Errorf("--strict: exit %d, want 1", code)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("--strict failure wrote the output")
	}
	for _, args := range [][]string{
		{"digest", "-o", out, dir},                       // no period
		{"digest", "--month", "2023-13", "-o", out, dir}, // bad month
		{"digest", "--month", "2023-07", dir},            // no output
		{"digest", "--month", "2023-07", "--group", "week", "-o", out, dir},
		{"digest", "--from", "2023-07-10", "--to", "2023-07-01", "-o", out, dir},
	} {
		if code, _, stderr := newsarc(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, stderr)
		}
	}
	// --from/--to days, and --to naming the format.
	if code, _, stderr := newsarc(t, "", "digest", "--from", "2023-07-01", "--to", "2023-07-05", "-q", "-o", out, dir); code != 3 {
		t.Errorf("--from/--to: exit %d (%s)", code, stderr)
	}
	txt := filepath.Join(t.TempDir(), "d.out")
	if code, _, stderr := newsarc(t, "", "digest", "--month", "2023-07", "--to", "text", "-q", "-o", txt, dir); code != 3 {
		t.Errorf("--to text: exit %d (%s)", code, stderr)
	}
	if b, _ := os.ReadFile(txt); !strings.HasPrefix(string(b), "Bản tin tháng 7/2023\n") {
		t.Errorf("--to text wrote %.100q", b)
	}
}

// The seed page saved in windows-1258, TCVN3 and VNI converts to exactly the
// JSON of the UTF-8 page: same NFC text, byte for byte.
func TestLegacyEncodingsGiveTheSameArticle(t *testing.T) {
	convert := func(name string) string {
		code, out, stderr := newsarc(t, "", "convert", "../../testdata/vntext/"+name, "--to", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		return out
	}
	want := convert("seed-utf8.html")
	if !strings.Contains(want, `"title": "Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy"`) {
		t.Fatalf("UTF-8 page read wrong:\n%.400s", want)
	}
	for _, name := range []string{"seed-windows1258.html", "seed-tcvn3.html", "seed-vni.html"} {
		if got := convert(name); got != want {
			t.Errorf("%s differs from the UTF-8 page:\n%.400s", name, got)
		}
	}
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := newProgressBar(&buf, 1000)
	p.start = p.start.Add(-10 * time.Second)
	p.update(convert.Report{Documents: 40, Articles: 40, OutOfPeriod: 10, Kept: 30, Bytes: 250})
	got := buf.String()
	for _, want := range []string{"40 documents", "30 kept", "docs/s", "ETA 30s"} {
		if !strings.Contains(got, want) {
			t.Errorf("progress line %q lacks %q", got, want)
		}
	}
	p.done()
	if !strings.HasSuffix(buf.String(), "\r\033[K") {
		t.Error("done does not clear the line")
	}
}
