package html

import (
	"bytes"
	"testing"
)

// BenchmarkParseStripped is what Read does before extracting: strip, decode, parse.
func BenchmarkParseStripped(b *testing.B) {
	cases := loadCorpus(b)
	total := 0
	for _, c := range cases {
		total += len(c.Page)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			data := stripRaw(bytes.Clone(c.Page))
			text, _ := decodePage(data, c.ContentType)
			_, release := parseDoc(text, readAttrs)
			release()
		}
	}
	if cpu := (cpuTime() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(b.N)*float64(total)/1e6/cpu, "MB/cpu-s")
	}
}

// BenchmarkBuild is build alone on the pages as they are, next to
// BenchmarkParse's html.Parse.
func BenchmarkBuild(b *testing.B) {
	cases := loadCorpus(b)
	total := 0
	for _, c := range cases {
		total += len(c.Page)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			_, release := buildKeeping(c.Page, readAttrs)
			release()
		}
	}
}
