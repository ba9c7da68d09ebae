//go:build unix

package safefile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

var errBig = errors.New("too big")

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.jpg")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	link := filepath.Join(dir, "zero.jpg")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{fifo: "a FIFO", link: "a character device", dir: "a directory"} {
		done := make(chan error, 1)
		go func() { _, err := ReadFile(name, 1<<20, errBig); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %v, want %s", name, err, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: still reading after 5 s", name)
		}
	}
}

func TestReadFileChecksTheSizeFirst(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "big.ttf")
	if err := os.WriteFile(name, bytes.Repeat([]byte("x"), 101), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(name, 100, errBig); !errors.Is(err, errBig) || !strings.Contains(err.Error(), "101 bytes, limit 100") {
		t.Errorf("error %v", err)
	}
	if b, err := ReadFile(name, 101, errBig); err != nil || len(b) != 101 {
		t.Errorf("at the limit: %d bytes, %v", len(b), err)
	}
}

func TestReadFileInStaysInTheRoot(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.jpg")
	os.WriteFile(secret, []byte("secret"), 0o644)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.jpg"), []byte("pic"), 0o644)
	os.Symlink(secret, filepath.Join(dir, "leak.jpg"))
	os.Symlink("a.jpg", filepath.Join(dir, "alias.jpg"))
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if b, err := ReadFileIn(root, "alias.jpg", 100, errBig); err != nil || string(b) != "pic" {
		t.Errorf("a link inside the root: %q, %v", b, err)
	}
	if b, err := ReadFileIn(root, "leak.jpg", 100, errBig); err == nil {
		t.Errorf("a link out of the root was read: %q", b)
	}
}

func TestLimitReaderFailsInsteadOfCutting(t *testing.T) {
	b, err := io.ReadAll(LimitReader(strings.NewReader("12345"), 4, errBig))
	if !errors.Is(err, errBig) || string(b) != "1234" {
		t.Errorf("%q, %v", b, err)
	}
	b, err = io.ReadAll(LimitReader(strings.NewReader("1234"), 4, errBig))
	if err != nil || string(b) != "1234" {
		t.Errorf("at the limit: %q, %v", b, err)
	}
}
