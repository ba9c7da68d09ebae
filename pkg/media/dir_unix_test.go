//go:build unix

package media

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Item 2 and 8 of issue 10: an image that is a FIFO hung the writer, one
// linked to /dev/zero crashed it, a 3 GB one was read whole before being
// refused, and one linked to a file outside the document's directory was
// embedded byte for byte.
func TestDirRefusesLinksOutSpecialFilesAndHugeFiles(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "id_rsa"), []byte("secret"), 0o600)
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "a.jpg"), []byte("pic"), 0o644)
	must(t, os.Symlink(filepath.Join(outside, "id_rsa"), filepath.Join(root, "leak.jpg")))
	must(t, os.Symlink("../"+filepath.Base(outside)+"/id_rsa", filepath.Join(root, "leak2.jpg")))
	must(t, os.Symlink("a.jpg", filepath.Join(root, "same.jpg")))
	must(t, os.Symlink("/dev/zero", filepath.Join(root, "zero.jpg")))
	must(t, syscall.Mkfifo(filepath.Join(root, "fifo.jpg"), 0o644))
	huge, err := os.Create(filepath.Join(root, "huge.jpg"))
	must(t, err)
	must(t, huge.Truncate(3<<30)) // sparse: 3 GB that take no room
	huge.Close()

	d := Dir(root)
	ctx := context.Background()
	if b, err := d.Resolve(ctx, "same.jpg"); err != nil || string(b) != "pic" {
		t.Errorf("a link that stays inside: %q, %v", b, err)
	}
	for src, want := range map[string]string{
		"leak.jpg":  "image path leaves the document's directory",
		"leak2.jpg": "image path leaves the document's directory",
		"zero.jpg":  "image path leaves the document's directory", // /dev/zero is outside too
		"fifo.jpg":  "not a regular file: a FIFO",
		"huge.jpg":  "image too large: 3221225472 bytes, limit 20971520",
	} {
		done := make(chan error, 1)
		go func() {
			b, err := d.Resolve(ctx, src)
			if b != nil {
				err = fmt.Errorf("read %d bytes (%v)", len(b), err)
			}
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), src+": ") {
				t.Errorf("Resolve(%q) = %v, want %q", src, err, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Resolve(%q) still running after 10 s", src)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
