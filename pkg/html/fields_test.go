package html

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

// TestCorpusJSON compares the whole article with the truth, field by field
// beyond what TestQuality scores: figures, captions, credits, section, tags,
// URL, source and ID.
func TestCorpusJSON(t *testing.T) {
	for _, noProfiles := range []bool{false, true} {
		r := New(Options{NoBuiltinProfiles: noProfiles})
		for _, c := range loadCorpus(t) {
			col, err := r.Read(context.Background(), news.Input{Name: c.Name, URL: c.URL, ContentType: c.ContentType, Body: bytes.NewReader(c.Page)})
			if err != nil {
				t.Errorf("%s: %v", c.Name, err)
				continue
			}
			var got, want bytes.Buffer
			news.EncodeJSON(&got, col)
			news.EncodeJSON(&want, &news.Collection{Articles: []news.Article{c.Want}})
			if dir := os.Getenv("QUALITY_DUMP"); dir != "" {
				// For tuning: diff -r this directory with testdata/html.
				name := "expected.json"
				if noProfiles {
					name = "expected-no-profiles.json"
				}
				os.MkdirAll(filepath.Join(dir, c.Name), 0o755)
				os.WriteFile(filepath.Join(dir, c.Name, name), got.Bytes(), 0o644)
			}
			if got.String() != want.String() {
				msg := "differs"
				if os.Getenv("QUALITY_DIFF") != "" {
					msg = jsonDiff(got.String(), want.String())
				}
				t.Errorf("%s (no profiles: %v): %s", c.Name, noProfiles, msg)
			}
		}
	}
}

func jsonDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			b.WriteString("\n  line " + itoa(i+1) + "\n   got:  " + gl + "\n   want: " + wl)
			if b.Len() > 1500 {
				break
			}
		}
	}
	return b.String()
}

func itoa(i int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i/1000%10)) + string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10)))
}
