package htmldoc_test

import (
	"io"
	"testing"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/pkg/htmldoc"
)

// BenchmarkDigest writes a digest of 1,000 synthetic articles of ~800 words.
func BenchmarkDigest(b *testing.B) {
	const n = 1000
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
