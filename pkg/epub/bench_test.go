package epub

import (
	"io"
	"testing"

	"github.com/newsarc/newsarc/internal/corpus"
)

func benchmarkDigest(b *testing.B, n int) {
	c := corpus.Generator{}.Collection(n)
	w := New(Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := w.Write(b.Context(), io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkDigest100(b *testing.B)  { benchmarkDigest(b, 100) }
func BenchmarkDigest5000(b *testing.B) { benchmarkDigest(b, 5000) }
