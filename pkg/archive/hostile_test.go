//go:build unix

package archive

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Item 3 of issue 10: 5 million broken lines were 5 million failures kept
// in memory (2.4 GB). After MaxBrokenLines in a row the file is given up,
// with one failure that says so; a good line starts the count again.
func TestBrokenLinesInARowGiveUp(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("{\n", 3) + `{"title":"tốt"}` + "\n" + strings.Repeat("{\n", 5000)
	writeFiles(t, dir, map[string]string{"x.jsonl": body})
	got := walk(t, Options{MaxBrokenLines: 4}, dir)
	wantNames(t, got, dir, "ERR x.jsonl:1", "ERR x.jsonl:2", "ERR x.jsonl:3", "x.jsonl:4",
		"ERR x.jsonl:5", "ERR x.jsonl:6", "ERR x.jsonl:7", "ERR x.jsonl:8", "ERR x.jsonl:9")
	wantErr(t, got.docs[8], ErrBrokenLine, "x.jsonl:9: broken JSON line: 4 broken lines in a row before this one: not JSON Lines? The rest of the file is skipped")
}

// Item 4: a FIFO given as INPUT blocked the walk for ever, /dev/zero never
// ended. Only regular files and directories are read.
func TestSpecialFilesAsInputAreRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	done := make(chan walked, 1)
	go func() { done <- walk(t, Options{}, fifo, "/dev/zero") }()
	select {
	case got := <-done:
		if len(got.docs) != 2 {
			t.Fatalf("got %q", got.names(""))
		}
		wantErr(t, got.docs[0], nil, "pipe.jsonl: not a regular file: a FIFO")
		wantErr(t, got.docs[1], nil, "/dev/zero: not a regular file: a character device")
	case <-time.After(10 * time.Second):
		t.Fatal("still walking after 10 s")
	}
}

// Item 13: PNG bytes named .html became an article. Content that sniffs as
// binary is a failure, in directories and zips alike.
func TestBinaryDocumentsAreRefused(t *testing.T) {
	var pic bytes.Buffer
	png.Encode(&pic, image.NewGray(image.Rect(0, 0, 4, 4)))
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.html": pic.String(), "b.json": "{\"title\": \"x\x00\x01\x02\"}", "c.html": "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00"})
	writeZip(t, dir, "d.zip", member{name: "e.htm", body: pic.String()})
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "ERR a.html", "ERR b.json", "c.html", "ERR d.zip!e.htm")
	for i, typ := range map[int]string{0: "image/png", 1: "unknown binary data", 3: "image/png"} {
		wantErr(t, got.docs[i], ErrBinary, fmt.Sprintf("binary content, not a document (%s)", typ))
	}
}
