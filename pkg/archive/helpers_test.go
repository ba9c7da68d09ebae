package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// walked is what a Walk gave, in a form tests compare easily.
type walked struct {
	docs  []Document
	stats Stats
}

func walk(t testing.TB, opts Options, paths ...string) walked {
	t.Helper()
	var got walked
	opts.Stats = &got.stats
	for d := range Walk(context.Background(), paths, opts) {
		if d.Err == nil && d.Body == nil {
			t.Errorf("%s: neither Body nor Err", d.Name)
		}
		if d.Err != nil && d.Body != nil {
			t.Errorf("%s: both Body and Err", d.Name)
		}
		got.docs = append(got.docs, d)
	}
	return got
}

// names lists the documents read, relative to dir, with "ERR " before
// those that failed.
func (w walked) names(dir string) []string {
	var out []string
	for _, d := range w.docs {
		n := strings.TrimPrefix(filepath.ToSlash(d.Name), filepath.ToSlash(dir)+"/")
		if d.Err != nil {
			n = "ERR " + n
		}
		out = append(out, n)
	}
	return out
}

// find returns the document named name (relative to dir).
func (w walked) find(t testing.TB, dir, name string) Document {
	t.Helper()
	for i, n := range w.names(dir) {
		if n == name {
			return w.docs[i]
		}
	}
	t.Fatalf("no document %q in %q", name, w.names(dir))
	return Document{}
}

func (w walked) errs() []error {
	var out []error
	for _, d := range w.docs {
		if d.Err != nil {
			out = append(out, d.Err)
		}
	}
	return out
}

// writeFiles creates files under dir from a map of slash paths to contents.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func wantNames(t testing.TB, got walked, dir string, want ...string) {
	t.Helper()
	if g := got.names(dir); !slices.Equal(g, want) {
		t.Errorf("documents:\n got %q\nwant %q", g, want)
	}
}

func wantErr(t testing.TB, d Document, target error, inMsg string) {
	t.Helper()
	if d.Err == nil {
		t.Fatalf("%s: no error, want %v", d.Name, target)
	}
	if target != nil && !errors.Is(d.Err, target) {
		t.Errorf("%s: error %v, want %v", d.Name, d.Err, target)
	}
	if !strings.Contains(d.Err.Error(), inMsg) {
		t.Errorf("%s: error %q does not mention %q", d.Name, d.Err, inMsg)
	}
}
