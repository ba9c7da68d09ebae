package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// digest --split site writes one digest per site into the directory -o, in
// each format --to lists; the sample is one site's, so its file is the
// whole digest.
func TestDigestSplitSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sites")
	code, _, stderr := newsarc(t, "", "digest", "-q", "--month", "2023-07", "--split", "site", "--to", "jsonl,pdf", "-o", dir, sample)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"hagiangtv.vn.jsonl", "hagiangtv.vn.pdf"}; !slices.Equal(names, want) {
		t.Fatalf("files %q, want %q", names, want)
	}
	whole := filepath.Join(t.TempDir(), "july.jsonl")
	if code, _, stderr := newsarc(t, "", "digest", "-q", "--month", "2023-07", "-o", whole, sample); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "hagiangtv.vn.jsonl"))
	want, _ := os.ReadFile(whole)
	if len(want) == 0 || !bytes.Equal(got, want) {
		t.Errorf("the site's JSON Lines differ from the whole digest's (%d and %d bytes)", len(got), len(want))
	}
	if pdf, _ := os.ReadFile(filepath.Join(dir, "hagiangtv.vn.pdf")); !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Error("the site's PDF is not a PDF")
	}

	for _, args := range [][]string{
		{"--split", "sites", "-o", dir},
		{"--split", "site", "-o", dir, "-o", dir + "2"},
		{"--split", "site", "-o", "-"},
		{"--split", "site", "--to", "pdf,nope", "-o", dir},
	} {
		args = append([]string{"digest", "--month", "2023-07"}, append(args, sample)...)
		if code, _, stderr := newsarc(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d: %s", args, code, exitUsage, stderr)
		}
	}
}
