// Package writertest holds what the tests of every writer share: the
// documents they render and the checks of what any news.Writer owes its
// callers — clear errors for an empty collection, a cancelled context and
// a failed write, and the same bytes from concurrent writes.
package writertest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

// Fixture is a document the writers' tests render, with the directory its
// images are in. Paths are relative to a package under pkg/.
type Fixture struct{ Name, Path, Images string }

// The fixtures: the seed article, a digest of five articles with every
// common block kind, and a price report with tables.
var (
	Seed     = Fixture{"seed", "../../testdata/articles/seed-giao-ban.json", "../../testdata/articles"}
	Digest   = Fixture{"digest", "../../testdata/pdf/digest.json", "../../testdata/pdf"}
	Tables   = Fixture{"bang-gia", "../../testdata/writers/bang-gia.json", "../../testdata/writers"}
	Fixtures = []Fixture{Seed, Digest, Tables}
)

// Load decodes the fixture.
func (f Fixture) Load(t testing.TB) *news.Collection {
	t.Helper()
	raw, err := os.ReadFile(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := news.DecodeJSON(f.Path, raw)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Errors checks that w refuses an empty collection with ErrNoContent,
// stops with the context's error when cancelled, and returns the error of
// a failed write.
func Errors(t *testing.T, w news.Writer) {
	t.Helper()
	if err := w.Write(t.Context(), io.Discard, &news.Collection{}); !errors.Is(err, news.ErrNoContent) {
		t.Errorf("empty collection: %v, want ErrNoContent", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := w.Write(ctx, io.Discard, Digest.Load(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if err := w.Write(t.Context(), failingWriter{}, Digest.Load(t)); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("failing writer: %v", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// Deterministic checks that w gives c the same bytes every time, from
// several goroutines at once.
func Deterministic(t *testing.T, w news.Writer, c *news.Collection) {
	t.Helper()
	var first bytes.Buffer
	if err := w.Write(t.Context(), &first, c); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var b bytes.Buffer
			if err := w.Write(t.Context(), &b, c); err != nil || !bytes.Equal(b.Bytes(), first.Bytes()) {
				t.Errorf("a concurrent Write gave other bytes (err %v)", err)
			}
		})
	}
	wg.Wait()
}

// Render writes c with the writer newWriter makes around a logger, and
// returns the document and the warnings logged.
func Render(t testing.TB, newWriter func(*slog.Logger) news.Writer, c *news.Collection) ([]byte, string) {
	t.Helper()
	var logs, out bytes.Buffer
	if err := newWriter(slog.New(slog.NewTextHandler(&logs, nil))).Write(context.Background(), &out, c); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), logs.String()
}
