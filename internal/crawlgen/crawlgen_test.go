package crawlgen

import (
	"context"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/archive"
)

// The crawl holds the pages it says, every one readable, and the images of
// the pages with a figure.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	exp, err := Write(dir, Options{Pages: 60, Sites: 3, Files: 4, Months: 2, PageKB: 4, ImageEvery: 10, DupEvery: 20})
	if err != nil {
		t.Fatal(err)
	}
	var stats archive.Stats
	pages, images := 0, 0
	for d := range archive.Walk(context.Background(), []string{dir}, archive.Options{Stats: &stats}) {
		if d.Err != nil {
			t.Fatalf("%s: %v", d.Name, d.Err)
		}
		pages++
		if strings.HasSuffix(d.URL, "/corpus-00010.html") {
			if b, err := d.Images.Resolve(context.Background(), "/images/corpus-00010.jpg"); err == nil && len(b) > 500 {
				images++
			}
		}
	}
	if pages != exp.Records || exp.Records != 60+3 || exp.Duplicates != 3 || exp.Images != 6 {
		t.Errorf("%d pages read; expected %+v", pages, exp)
	}
	if images != 1 {
		t.Errorf("the image of page 10 is found from %d of its copies, want 1", images)
	}
	kept := 0
	for _, months := range exp.Kept {
		for _, n := range months {
			kept += n
		}
	}
	if len(exp.Kept) != 3 || kept != 60 {
		t.Errorf("kept %v", exp.Kept)
	}
}
