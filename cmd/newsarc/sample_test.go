package main

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/internal/hostile"
)

const sample = "../../testdata/archive"

// The README's main command on the shipped sample archive: exactly the July
// articles its maker listed, in time order, the same with one worker or
// four, with its duplicates and out-of-period articles reported.
func TestSampleArchiveDigest(t *testing.T) {
	var expected struct {
		Articles []struct{ URL string } `json:"articles"`
	}
	data, err := os.ReadFile(filepath.Join(sample, ".expected-2023-07.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &expected); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, a := range expected.Articles {
		want = append(want, a.URL)
	}

	var outputs [][]byte
	for _, jobs := range []int{1, 4} {
		dir := t.TempDir()
		out, rep := filepath.Join(dir, "july.json"), filepath.Join(dir, "report.json")
		code, _, stderr := newsarc(t, "", "digest", "--month", "2023-07", "--jobs", strconv.Itoa(jobs),
			"-o", out, "-o", filepath.Join(dir, "july.txt"), "--report", rep, sample)
		if code != exitOK {
			t.Fatalf("jobs %d: exit %d: %s", jobs, code, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outputs = append(outputs, b)
		var digest struct {
			Title    string
			Articles []struct{ URL string }
		}
		if err := json.Unmarshal(b, &digest); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range digest.Articles {
			got = append(got, a.URL)
		}
		if !slices.Equal(got, want) {
			t.Errorf("jobs %d: digest has %d articles %q\nwant %d %q", jobs, len(got), got, len(want), want)
		}
		if digest.Title != "Bản tin tháng 7/2023" {
			t.Errorf("title %q", digest.Title)
		}
		var report struct {
			Documents, Kept, Undated int
			OutOfPeriod              int `json:"out_of_period"`
			Duplicates               []struct{ Reason string }
			Failures                 []struct{ Document, Reason string }
		}
		rb, _ := os.ReadFile(rep)
		if err := json.Unmarshal(rb, &report); err != nil {
			t.Fatal(err)
		}
		if report.Kept != len(want) || len(report.Duplicates) != 3 || len(report.Failures) != 0 || report.OutOfPeriod != 6 || report.Undated != 1 {
			t.Errorf("report: %s", rb)
		}
		if !strings.Contains(stderr, "newsarc: 1 article that prints no date was left out; --undated capture keeps it, dated by when it was archived\n") {
			t.Errorf("jobs %d: the summary does not say, in the singular, that one undated article was left out:\n%s", jobs, stderr)
		}
		if txt, _ := os.ReadFile(filepath.Join(dir, "july.txt")); !bytes.HasPrefix(txt, []byte("Bản tin tháng 7/2023\n")) {
			t.Errorf("bulletin starts %.80q", txt)
		}
	}
	if !bytes.Equal(outputs[0], outputs[1]) {
		t.Error("digest differs between --jobs 1 and --jobs 4")
	}
}

// A damaged copy of the sample — a line cut short, a corrupt zip, garbage
// after the last WARC record — still gives the whole digest, reports each
// failure with its location, and exits 3; --strict fails and writes nothing.
func TestDamagedArchiveDigest(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	if err := hostile.DamagedArchive(sample, dir); err != nil {
		t.Fatal(err)
	}

	out, rep := filepath.Join(t.TempDir(), "july.json"), filepath.Join(t.TempDir(), "report.json")
	code, _, stderr := newsarc(t, "", "digest", "--month", "2023-07", "-o", out, "--report", rep, dir)
	if code != exitPartial {
		t.Fatalf("exit %d, want %d: %s", code, exitPartial, stderr)
	}
	var report struct {
		Kept     int
		Failures []struct{ Document, Reason string }
	}
	rb, _ := os.ReadFile(rep)
	json.Unmarshal(rb, &report)
	var where []string
	for _, f := range report.Failures {
		where = append(where, strings.TrimPrefix(filepath.ToSlash(f.Document), filepath.ToSlash(dir)+"/"))
	}
	n := len(where)
	if n < 3 || where[0] != "broken.zip" || !strings.HasPrefix(where[1], "crawl.warc.gz#") || !strings.HasPrefix(where[n-1], "export.jsonl:10:") {
		t.Errorf("failures at %q, want broken.zip, crawl.warc.gz@offset, export.jsonl:10:col\n%s", where, rb)
	}
	if report.Kept != 27 {
		t.Errorf("kept %d articles of 27", report.Kept)
	}
	for _, w := range []string{"broken.zip", "crawl.warc.gz", "export.jsonl:10:"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr does not name %s:\n%s", w, stderr)
		}
	}

	// --strict: the failures fail the run and nothing is written.
	out = filepath.Join(t.TempDir(), "strict.json")
	if code, _, _ := newsarc(t, "", "digest", "--strict", "-q", "--month", "2023-07", "-o", out, dir); code != exitFailure {
		t.Errorf("--strict: exit %d, want %d", code, exitFailure)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("--strict wrote the output")
	}
}

// A digest written inside the archive it is made of is not read back on
// the next run: the rerun finds the same articles, reports the same
// duplicates and writes the same bytes — one file, or one per site.
func TestDigestOutputInsideItsInput(t *testing.T) {
	for _, split := range []bool{false, true} {
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS(sample)); err != nil {
			t.Fatal(err)
		}
		args := []string{"-o", filepath.Join(dir, "july.jsonl"), "-o", filepath.Join(dir, "july.txt")}
		if split {
			args = []string{"--split", "site", "--to", "jsonl,pdf", "-o", filepath.Join(dir, "sites")}
		}
		var summaries []string
		var outputs []map[string]string
		for run := 0; run < 2; run++ {
			code, _, stderr := newsarc(t, "", append(append([]string{"digest", "--month", "2023-07"}, args...), dir)...)
			if code != exitOK {
				t.Fatalf("%q, run %d: exit %d: %s", args, run+1, code, stderr)
			}
			summaries = append(summaries, stderr)
			files := map[string]string{}
			filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && (strings.HasPrefix(p, filepath.Join(dir, "july.")) || strings.HasPrefix(p, filepath.Join(dir, "sites"))) {
					b, _ := os.ReadFile(p)
					files[p] = string(b)
				}
				return nil
			})
			outputs = append(outputs, files)
		}
		if !strings.Contains(summaries[0], "27 kept; 6 out of period, 1 undated, 3 duplicates, 0 failed") {
			t.Errorf("%q: first run: %s", args, summaries[0])
		}
		if summaries[1] != summaries[0] {
			t.Errorf("%q: the rerun read its own output:\nfirst  %s\nsecond %s", args, summaries[0], summaries[1])
		}
		if len(outputs[0]) == 0 || !maps.Equal(outputs[0], outputs[1]) {
			t.Errorf("%q: the rerun wrote other files or bytes (%d files, then %d)", args, len(outputs[0]), len(outputs[1]))
		}
	}
}
