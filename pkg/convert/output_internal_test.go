package convert

import (
	"os"
	"path/filepath"
	"testing"
)

// Item 11 of issue 10: a second signal ends the process at once; it removes
// the temporary files of its outputs first (in a directory for --each),
// and no one else's.
func TestRemoveTempFiles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "a [1].pdf") // glob characters in the name
	each := filepath.Join(dir, "each")
	os.Mkdir(each, 0o755)
	var mine []string
	for _, p := range []string{out, filepath.Join(each, "bai-viet.txt")} {
		f, err := createTemp(p)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		mine = append(mine, f.Name())
	}
	other := filepath.Join(dir, ".a [1].pdf.1-2.tmp")
	os.WriteFile(other, nil, 0o644)
	RemoveTempFiles(out, each, "-")
	for _, p := range mine {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is left", p)
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another process's temporary file was removed")
	}
}
