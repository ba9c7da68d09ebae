package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const sample = "../../testdata/archive"

// The README's main command on the shipped sample archive: exactly the July
// articles its maker listed, in time order, the same with one worker or
// four, with its duplicates, out-of-period articles and broken line reported.
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
		if code != exitPartial {
			t.Fatalf("jobs %d: exit %d, want %d (one broken line): %s", jobs, code, exitPartial, stderr)
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
		if report.Kept != len(want) || len(report.Duplicates) != 3 || len(report.Failures) != 1 || report.OutOfPeriod == 0 || report.Undated == 0 {
			t.Errorf("report: %s", rb)
		}
		if len(report.Failures) == 1 && !strings.HasSuffix(filepath.ToSlash(report.Failures[0].Document), "export.jsonl:6:515") {
			t.Errorf("failure at %q, want export.jsonl:6 with its column", report.Failures[0].Document)
		}
		if txt, _ := os.ReadFile(filepath.Join(dir, "july.txt")); !bytes.HasPrefix(txt, []byte("Bản tin tháng 7/2023\n")) {
			t.Errorf("bulletin starts %.80q", txt)
		}
	}
	if !bytes.Equal(outputs[0], outputs[1]) {
		t.Error("digest differs between --jobs 1 and --jobs 4")
	}
	// --strict: the broken line fails the run and nothing is written.
	out := filepath.Join(t.TempDir(), "strict.json")
	if code, _, _ := newsarc(t, "", "digest", "--strict", "-q", "--month", "2023-07", "-o", out, sample); code != exitFailure {
		t.Errorf("--strict: exit %d, want %d", code, exitFailure)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("--strict wrote the output")
	}
}
