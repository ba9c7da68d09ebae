//go:build unix

package fonts

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Item 2 of issue 10: --font-dir files were read whole, following links to
// devices and opening FIFOs (which blocks for ever).
func TestLoadRefusesSpecialAndHugeFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "Fifo-Regular.ttf"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "Zero-Regular.ttf")); err != nil {
		t.Fatal(err)
	}
	huge, err := os.Create(filepath.Join(dir, "Huge-Regular.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	huge.Truncate(3 << 30) // sparse
	huge.Close()
	for name, want := range map[string]string{
		"Fifo": "Fifo-Regular.ttf: not a regular file: a FIFO",
		"Zero": "Zero-Regular.ttf: not a regular file: a character device",
		"Huge": "Huge-Regular.ttf: font file too large: 3221225472 bytes, limit 33554432",
	} {
		done := make(chan error, 1)
		go func() { _, err := Load(dir, name); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("Load(%s) = %v, want %q", name, err, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Load(%s) still running after 10 s", name)
		}
	}
}
