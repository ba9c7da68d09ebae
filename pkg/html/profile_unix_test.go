//go:build unix

package html

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Item 2 of issue 10: a --profiles file was read whole, following links to
// devices and opening FIFOs.
func TestLoadProfilesRefusesSpecialAndHugeFiles(t *testing.T) {
	dir := t.TempDir()
	fifo, zero, huge := filepath.Join(dir, "fifo.json"), filepath.Join(dir, "zero.json"), filepath.Join(dir, "huge.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Truncate(huge, 1<<30) // sparse
	for path, want := range map[string]string{
		fifo: "fifo.json: not a regular file: a FIFO",
		zero: "zero.json: not a regular file: a character device",
		huge: "huge.json: file too large: 1073741824 bytes, limit 4194304",
	} {
		done := make(chan error, 1)
		go func() { _, err := LoadProfiles(path); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("LoadProfiles(%s) = %v, want %q", filepath.Base(path), err, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("LoadProfiles(%s) still running after 10 s", filepath.Base(path))
		}
	}
}
