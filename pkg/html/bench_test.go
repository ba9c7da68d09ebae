package html

import (
	"bytes"
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
	"golang.org/x/net/html"
)

// BenchmarkRead measures HTML to canonical JSON over the whole corpus, one
// page after another on one goroutine: MB/s of HTML and pages/s.
func BenchmarkRead(b *testing.B) {
	benchRead(b, loadCorpus(b))
}

// BenchmarkReadHeavy is BenchmarkRead on the corpus's articles in pages as
// heavy as real news sites serve (internal/heavy: 170 KB a page, most of
// it scripts, JSON, styles and SVG).
func BenchmarkReadHeavy(b *testing.B) {
	pages, cases := heavyPages(b)
	for i := range cases {
		cases[i].Page, cases[i].URL, cases[i].ContentType = pages[i], cases[i].Want.URL, ""
	}
	benchRead(b, cases)
}

func benchRead(b *testing.B, cases []corpusCase) {
	total := 0
	for _, c := range cases {
		total += len(c.Page)
	}
	r := New(Options{})
	var out bytes.Buffer
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			col, err := r.Read(context.Background(), news.Input{Name: c.Name, URL: c.URL, ContentType: c.ContentType, Body: bytes.NewReader(c.Page)})
			if err != nil {
				b.Fatal(err)
			}
			out.Reset()
			if err := news.EncodeJSON(&out, col); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(cases))/b.Elapsed().Seconds(), "pages/s")
	// On a shared machine wall time overstates the cost: report the
	// throughput per second of CPU the process used as well.
	if cpu := (cpuTime() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(b.N)*float64(total)/1e6/cpu, "MB/cpu-s")
	}
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParse is the floor: x/net/html parsing the same pages, nothing
// else. BenchmarkRead's MB/s over this one's is the share of the time that
// is parsing.
func BenchmarkParse(b *testing.B) {
	cases := loadCorpus(b)
	total := 0
	for _, c := range cases {
		total += len(c.Page)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			if _, err := html.Parse(bytes.NewReader(c.Page)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
