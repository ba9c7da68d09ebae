package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/internal/crawlgen"
	nbeam "github.com/newsarc/newsarc/pkg/beam"
)

// The commands, built once: newsarc-beam, the newsarc CLI it must agree
// with, Beam's Prism job server and Beam's Go worker boot binary (the
// worker pool of Flink and Spark clusters).
var bin = map[string]string{}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsarc-beam-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for name, pkg := range map[string]string{
		"newsarc-beam": ".",
		"newsarc":      "./cmd/newsarc", // in its own module, at the root
		"prism":        "github.com/apache/beam/sdks/v2/go/cmd/prism",
		"boot":         "github.com/apache/beam/sdks/v2/go/container",
	} {
		bin[name] = filepath.Join(dir, name)
		build := exec.Command("go", "build", "-o", bin[name], pkg)
		if name == "newsarc" {
			build.Dir = "../../../.."
		}
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building %s: %v\n%s", pkg, err, out)
			os.RemoveAll(dir)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const sample = "../../../../testdata/archive"

// command runs one of the built commands and returns its exit code and
// standard error.
func command(t *testing.T, name string, args ...string) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin[name], args...)
	cmd.Stderr = &stderr
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), stderr.String()
}

// sameFiles checks that every file the CLI wrote for a site is the
// pipeline's DIR/site/month.ext, byte for byte.
func sameFiles(t *testing.T, cliDir, out, month string) int {
	t.Helper()
	entries, err := os.ReadDir(cliDir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("the CLI wrote nothing in %s: %v", cliDir, err)
	}
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		site := strings.TrimSuffix(e.Name(), ext)
		want, _ := os.ReadFile(filepath.Join(cliDir, e.Name()))
		got, err := os.ReadFile(filepath.Join(out, site, month+ext))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s/%s%s differs from newsarc digest --split site's %s (%d and %d bytes, %v)", site, month, ext, e.Name(), len(got), len(want), err)
		}
	}
	return len(entries)
}

func summaryOf(t *testing.T, out string) nbeam.Summary {
	t.Helper()
	var sum nbeam.Summary
	b, err := os.ReadFile(filepath.Join(out, nbeam.SummaryFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &sum); err != nil {
		t.Fatal(err)
	}
	return sum
}

// The two commands of the README on the sample archive and on a crawl of
// four sites in .warc.gz files: the same JSON Lines and PDFs, images
// included, for every site.
func TestSameAsTheCLI(t *testing.T) {
	crawl := t.TempDir()
	exp, err := crawlgen.Write(crawl, crawlgen.Options{Pages: 1000, Sites: 4, Files: 8, Months: 4, PageKB: 20, ImageEvery: 10, DupEvery: 40})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{sample, crawl} {
		out, cliDir := t.TempDir(), t.TempDir()
		code, stderr := command(t, "newsarc-beam", "--input", in, "--output", out, "--month", "2023-07", "--formats", "jsonl,pdf")
		if code != exitOK || !strings.Contains(stderr, "kept in") {
			t.Fatalf("newsarc-beam: exit %d\n%s", code, stderr)
		}
		if code, stderr := command(t, "newsarc", "digest", "-q", "--month", "2023-07", "--split", "site", "--to", "jsonl,pdf", "-o", cliDir, in); code != 0 {
			t.Fatalf("newsarc digest: exit %d\n%s", code, stderr)
		}
		n := sameFiles(t, cliDir, out, "2023-07")
		if in == crawl {
			sum := summaryOf(t, out)
			if n != 8 || len(sum.Digests) != 4 {
				t.Errorf("%d files from the CLI, %d digests, want 8 and 4", n, len(sum.Digests))
			}
			for _, d := range sum.Digests {
				if d.Articles != exp.Kept[d.Site]["2023-07"] {
					t.Errorf("%s: %d articles in July, want %d", d.Site, d.Articles, exp.Kept[d.Site]["2023-07"])
				}
			}
		}
	}
}

// The job translates for Dataflow offline: the transforms, the project and
// the Go SDK's container are in the job it would submit.
func TestDataflowDryRun(t *testing.T) {
	code, stderr := command(t, "newsarc-beam", "--input", "gs://newsarc-test/crawl/*.warc.gz", "--output", "gs://newsarc-test/digests/",
		"--month", "2023-07", "--formats", "jsonl,pdf", "--runner=dataflow", "--dry_run", "--project=newsarc-test",
		"--region=europe-west1", "--staging_location=gs://newsarc-test/staging", "--temp_location=gs://newsarc-test/tmp",
		"--worker_binary="+bin["newsarc-beam"])
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"Dry-run: not submitting job!", "newsarc.ReadArticles", "newsarc.WriteDigests", `\"projectId\": \"newsarc-test\"`,
		"beam_go_sdk:2.78.0", "JOB_TYPE_BATCH", "the job was translated, not submitted"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the dry run does not say %s", want)
		}
	}
}

// Bad flags are usage errors, found before anything runs.
func TestUsage(t *testing.T) {
	out := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--output", out}, "no input"},
		{[]string{"--input", sample}, "no output"},
		{[]string{"--input", sample, "--output", out, "--month", "July"}, "want YYYY-MM"},
		{[]string{"--input", sample, "--output", out, "--month", "2023-07", "--since", "2023-07-01"}, "not both"},
		{[]string{"--input", sample, "--output", out, "--formats", "jsonl,nope"}, "nope"},
		{[]string{"--input", sample, "--output", out, "--tz", "Mars/Olympus"}, "Mars/Olympus"},
		{[]string{"--input", "no/such/dir", "--output", out}, "no/such/dir: no such file"},
		{[]string{"--input", sample, "--output", out, "extra"}, "unexpected argument"},
	} {
		code, stderr := command(t, "newsarc-beam", c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit %d, want %d and %q:\n%s", c.args, code, exitUsage, c.want, stderr)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("usage errors wrote %d files", len(entries))
	}
	// A month without articles writes no digest and fails.
	code, stderr := command(t, "newsarc-beam", "--input", sample, "--output", out, "--month", "2020-01")
	if code != exitFailure || !strings.Contains(stderr, "no article in the period") {
		t.Errorf("an empty month: exit %d\n%s", code, stderr)
	}
}
