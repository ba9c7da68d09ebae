package htmldoc_test

import (
	"io"
	"testing"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/pkg/htmldoc"
)

// BenchmarkDigest writes a digest of 200 synthetic articles of ~800 words
// (scripts/bench-writers.sh times 1,000 through the CLI).
func BenchmarkDigest(b *testing.B) {
	const n = 200
	c := corpus.Generator{}.Collection(n)
	w := htmldoc.New(htmldoc.Options{})
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(b.Context(), io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
