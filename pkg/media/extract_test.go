package media_test

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/media"
)

// Extract writes a picture once under a name made from its content, whole
// or not at all, and Href links it.
func TestExtract(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/articles/images/giao-ban.jpg")
	if err != nil {
		t.Fatal(err)
	}
	pic, err := media.Convert(raw, "giao-ban.jpg", media.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "ảnh", "bài")
	name, err := media.Extract(dir, pic)
	if err != nil {
		t.Fatal(err)
	}
	if name != pic.Hash[:20]+".jpg" || name != pic.FileName() {
		t.Errorf("name %q", name)
	}
	got, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("extracted file differs (%v)", err)
	}
	stat, _ := os.Stat(filepath.Join(dir, name))
	if again, err := media.Extract(dir, pic); err != nil || again != name {
		t.Errorf("second extraction: %q, %v", again, err)
	}
	if stat2, _ := os.Stat(filepath.Join(dir, name)); !stat2.ModTime().Equal(stat.ModTime()) {
		t.Error("the file was written again")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the directory holds %v: a temporary file was left", entries)
	}
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o644)
	if _, err := media.Extract(filepath.Join(blocker, "sub"), pic); err == nil {
		t.Error("extracting below a file succeeded")
	}
	if url := pic.DataURL(); !strings.HasPrefix(url, "data:image/jpeg;base64,") {
		t.Errorf("DataURL starts %.40s", url)
	} else if dec, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(url, "data:image/jpeg;base64,")); !bytes.Equal(dec, raw) {
		t.Error("DataURL does not decode to the picture")
	}
	for _, tc := range [][3]string{
		{"", "a.jpg", "a.jpg"}, {".", "a.jpg", "a.jpg"}, {"media/", "a.jpg", "media/a.jpg"},
		{"ảnh bài", "a.jpg", "%E1%BA%A3nh%20b%C3%A0i/a.jpg"}, {"/static/images", "a.jpg", "/static/images/a.jpg"},
		{"c:/media", "a.jpg", "./c:/media/a.jpg"}, {"../x", "a.jpg", "../x/a.jpg"},
	} {
		if got := media.Href(tc[0], tc[1]); got != tc[2] {
			t.Errorf("Href(%q, %q) = %q, want %q", tc[0], tc[1], got, tc[2])
		}
	}
}
