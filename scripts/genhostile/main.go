// Command genhostile writes the hostile inputs that scripts/bench-hostile.sh
// times newsarc on: each was once a crash, a hang or a slow path (issue 10).
//
//	go run ./scripts/genhostile -o /tmp/newsarc-hostile
//
// It writes, in the output directory:
//
//	long-title.jsonl  one JSON Lines record whose title is 200 MB
//	broken.jsonl      5 million broken JSON lines (10 MB)
//	broken.zip        a zip holding a million broken lines (3.5 MB)
//	bomb.warc.gz      a 1 MB gzip member that inflates to a 1 GiB WARC version line
//	images.zip        200,000 members: 1,000 July articles with an image each, and filler
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("o", "hostile", "output directory")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genhostile:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"long-title.jsonl", longTitle},
		{"broken.jsonl", func(w io.Writer) error { return repeat(w, "{\n", 5_000_000) }},
		{"broken.zip", brokenZip},
		{"bomb.warc.gz", warcBomb},
		{"images.zip", imagesZip},
	} {
		if err := writeFile(filepath.Join(dir, f.name), f.write); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := write(bw); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// repeat writes s n times.
func repeat(w io.Writer, s string, n int) error {
	chunk := strings.Repeat(s, 1<<16/len(s))
	per := len(chunk) / len(s)
	for ; n >= per; n -= per {
		if _, err := io.WriteString(w, chunk); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, strings.Repeat(s, n))
	return err
}

func longTitle(w io.Writer) error {
	io.WriteString(w, `{"title":"`)
	if err := repeat(w, "a", 200<<20); err != nil {
		return err
	}
	_, err := io.WriteString(w, `","published":"2023-07-01T08:00:00+07:00"}`+"\n")
	return err
}

func brokenZip(w io.Writer) error {
	zw := zip.NewWriter(w)
	m, err := zw.CreateHeader(&zip.FileHeader{Name: "export.jsonl", Method: zip.Deflate})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(m)
	for i := range 1_000_000 {
		fmt.Fprintf(bw, "{\"n\":%d\n", i*7919%1_000_003)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// warcBomb is one gzip member: "WARC/1.0" and a version line that never ends.
func warcBomb(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	io.WriteString(zw, "WARC/1.0")
	if err := repeat(zw, "\x00", 1<<30); err != nil {
		return err
	}
	return zw.Close()
}

// imagesZip holds 1,000 articles of July 2023, each with its own image, among
// 199,000 other members (stylesheets) that a digest skips.
func imagesZip(w io.Writer) error {
	zw := zip.NewWriter(w)
	var pic bytes.Buffer
	img := image.NewGray(image.Rect(0, 0, 16, 16))
	for i := range img.Pix {
		img.Pix[i] = uint8(i)
	}
	img.Set(0, 0, color.White)
	if err := jpeg.Encode(&pic, img, nil); err != nil {
		return err
	}
	for i := range 1000 {
		doc := fmt.Sprintf(`{"id":"a%d","title":"Tin số %d","published":"2023-07-%02dT08:00:00+07:00","image":{"src":"img/%d.jpg"},"body":[{"kind":"paragraph","text":[{"text":"Nội dung bài %d."}]}]}`,
			i, i, i%31+1, i, i)
		if err := add(zw, fmt.Sprintf("news/%04d.json", i), []byte(doc)); err != nil {
			return err
		}
		if err := add(zw, fmt.Sprintf("news/img/%d.jpg", i), pic.Bytes()); err != nil {
			return err
		}
	}
	for i := range 198_000 {
		if err := add(zw, fmt.Sprintf("static/%06d.css", i), []byte("p{margin:0}")); err != nil {
			return err
		}
	}
	return zw.Close()
}

func add(zw *zip.Writer, name string, body []byte) error {
	m, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
	if err != nil {
		return err
	}
	_, err = m.Write(body)
	return err
}
