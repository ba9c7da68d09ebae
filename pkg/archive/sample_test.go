package archive

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/internal/golden"
)

// TestSampleArchive walks testdata/archive, the sample every kind of input
// is in, and compares what it yields with testdata/sample-walk.txt: names,
// kinds, URLs and sizes of the documents, and the broken JSONL line.
func TestSampleArchive(t *testing.T) {
	const root = "../../testdata/archive"
	got := walk(t, Options{}, root)
	var b strings.Builder
	for _, d := range got.docs {
		name := strings.TrimPrefix(d.Name, root+"/")
		if d.Err != nil {
			fmt.Fprintf(&b, "%s\tERROR\t%s\n", name, strings.ReplaceAll(d.Err.Error(), root+"/", ""))
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%d bytes\t%s\t%s\n", name, d.Kind, len(d.Body), d.URL, d.ContentType)
	}
	fmt.Fprintf(&b, "%+v\n", got.stats)
	golden.Assert(t, "testdata/sample-walk.txt", []byte(b.String()))
	if got.stats.Errors != 0 {
		t.Errorf("the sample has %d unreadable documents; it must read cleanly", got.stats.Errors)
	}
}
