package archive

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/internal/warcwrite"
)

// walkBytes walks data as a zip or a WARC without touching the disk.
func walkBytes(t testing.TB, kind Kind, data []byte) []Document {
	var docs []Document
	opts := Options{MaxDocBytes: 1 << 20, MaxZipBytes: 4 << 20}.withDefaults()
	w := &walker{ctx: context.Background(), opts: opts, cache: &memberCache{budget: 2 << 20},
		yield: func(d Document) bool { docs = append(docs, d); return true }, seen: map[fileKey]bool{}}
	c := &container{name: "f", cache: w.cache, lim: limits{doc: opts.MaxDocBytes, ratio: opts.MaxZipRatio},
		root: func() (io.ReaderAt, int64, func(), error) {
			return bytes.NewReader(data), int64(len(data)), func() {}, nil
		}}
	if kind == kindZip {
		w.zip(c, "f.zip", 0, false, w.newZipBudget(int64(len(data))))
	} else {
		w.warc(c, bytes.NewReader(data), int64(len(data)))
	}
	for _, d := range docs {
		if (d.Err == nil) == (d.Body == nil) || int64(len(d.Body)) > w.opts.MaxDocBytes {
			t.Fatalf("%s: %d bytes of body and error %v", d.Name, len(d.Body), d.Err)
		}
		if d.Images != nil {
			d.Images.Resolve(context.Background(), "a.jpg")
		}
	}
	return docs
}

func FuzzZip(f *testing.F) {
	f.Add(makeZip(f, member{name: "a.html", body: page}, member{name: "b.jsonl", body: "{}\n{\n"}, member{name: "c.zip", body: string(makeZip(f, member{name: "d.json", body: "{}"}))}))
	f.Add(makeZip(f, member{name: "../x.html", body: page}, member{name: "s.html", body: page, store: true}))
	f.Fuzz(func(t *testing.T, data []byte) { walkBytes(t, kindZip, data) })
}

func FuzzWARC(f *testing.F) {
	for _, gz := range []bool{false, true} {
		var b bytes.Buffer
		if _, err := warcwrite.Write(&b, gz, testRecords()...); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) { walkBytes(t, kindWARC, data) })
}

// BenchmarkWalk reads 1,000 saved pages of 100 KB from a directory tree.
func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	body := []byte("<!DOCTYPE html><html><body>" + strings.Repeat("<p>Tin tức địa phương, thời sự trong ngày.</p>\n", 100<<10/50))[:100<<10]
	for i := range 1000 {
		p := filepath.Join(dir, fmt.Sprintf("%02d", i/100), fmt.Sprintf("page-%04d.html", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(1000 * int64(len(body)))
	b.ResetTimer()
	for range b.N {
		n := 0
		for d := range Walk(context.Background(), []string{dir}, Options{}) {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			n++
		}
		if n != 1000 {
			b.Fatalf("%d documents", n)
		}
	}
}

// FuzzWalkZip walks zip bytes the way a digest does — a file on disk given
// to Walk, nested zips and all — and resolves an image of every document.
func FuzzWalkZip(f *testing.F) {
	inner := makeZip(f, member{name: "d.json", body: `{"title":"x"}`}, member{name: "p.jpg", body: "JPEG", store: true})
	f.Add(makeZip(f, member{name: "a/b.html", body: page}, member{name: "a/p.jpg", body: "JPEG"}, member{name: "in.zip", body: string(inner), store: true},
		member{name: "z.zip", body: string(inner)}, member{name: "c.jsonl", body: "{}\n{\n"}))
	f.Add(makeZip(f, member{name: "w.warc", body: "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 6\r\n\r\n<html>\r\n\r\n", store: true}))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "f.zip")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opts := Options{MaxDocBytes: 1 << 20, MaxZipBytes: 4 << 20}
		for d := range Walk(context.Background(), []string{p}, opts) {
			if (d.Err == nil) == (d.Body == nil) || int64(len(d.Body)) > opts.MaxDocBytes {
				t.Fatalf("%s: %d bytes of body and error %v", d.Name, len(d.Body), d.Err)
			}
			if !strings.HasPrefix(d.Name, p) {
				t.Fatalf("document %q is not named after its file", d.Name)
			}
			if d.Images != nil {
				d.Images.Resolve(context.Background(), "p.jpg")
			}
		}
	})
}
