package archive

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/media"
)

// Listing the files and reading each through an io.ReaderAt gives what
// Walk gives, document for document — names, kinds, bodies, URLs — and the
// same images: a distributed run reads an archive as the CLI does.
func TestFilesThenWalkFileIsWalk(t *testing.T) {
	const root = "../../testdata/archive"
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(root)); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"notes.txt": "ghi chú", "odd.dat": `{"title":"Không đuôi"}`})
	opts := Options{Exclude: []string{"pages.zip/thong-bao/**"}}
	paths := []string{dir, filepath.Join(dir, "odd.dat"), filepath.Join(dir, "missing.html")}
	want := walk(t, opts, paths...)

	var got walked
	var files []string
	ctx := context.Background()
	for f, err := range Files(ctx, paths, opts) {
		if err != nil {
			got.docs = append(got.docs, Document{Name: f.Name, Err: err})
			continue
		}
		files = append(files, strings.TrimPrefix(f.Name, dir+"/")+" "+f.Rel)
		data, err := os.ReadFile(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Size != int64(len(data)) {
			t.Errorf("%s: size %d, want %d", f.Name, f.Size, len(data))
		}
		o := opts
		o.Stats = new(Stats)
		for d := range WalkFile(ctx, f, bytes.NewReader(data), o) {
			got.docs = append(got.docs, d)
		}
	}
	wantFiles := []string{"crawl.warc.gz crawl.warc.gz", "export.json export.json", "export.jsonl export.jsonl",
		"pages/2023/06/ky-thi-tot-nghiep-thpt-2023-dien-ra-an-toan.html pages/2023/06/ky-thi-tot-nghiep-thpt-2023-dien-ra-an-toan.html"}
	if len(files) < 10 || !slices.Equal(files[:4], wantFiles) || files[len(files)-2] != "pages.zip pages.zip" || files[len(files)-1] != "odd.dat odd.dat" {
		t.Errorf("files %q", files)
	}
	if g, w := got.names(dir), want.names(dir); !slices.Equal(g, w) {
		t.Fatalf("documents:\n got %q\nwant %q", g, w)
	}
	for i, w := range want.docs {
		g := got.docs[i]
		if g.Kind != w.Kind || !bytes.Equal(g.Body, w.Body) || g.URL != w.URL || g.ContentType != w.ContentType || (g.Err == nil) != (w.Err == nil) {
			t.Errorf("%s differs: kind %q/%q, %d/%d bytes, url %q/%q", w.Name, g.Kind, w.Kind, len(g.Body), len(w.Body), g.URL, w.URL)
		}
		if w.Err != nil && g.Err.Error() != w.Err.Error() {
			t.Errorf("error %q, want %q", g.Err, w.Err)
		}
	}
	if !errors.Is(got.docs[len(got.docs)-1].Err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", got.docs[len(got.docs)-1].Err)
	}

	// The images of a WARC page and of a zip member come from the ReaderAt.
	for _, c := range []struct{ doc, src string }{
		{"crawl.warc.gz#", "https://hagiangtv.vn/file/89cbffaeb0fce29c25144189b4947480/072023/duoc-lieu_20230717152000.jpg"},
		{"pages.zip!", "images/sat-lo.jpg"},
	} {
		var found bool
		for i, d := range got.docs {
			if !strings.HasPrefix(d.Name, filepath.Join(dir, c.doc)) || d.Err != nil {
				continue
			}
			g, gerr := d.Images.Resolve(ctx, c.src)
			w, werr := want.docs[i].Images.Resolve(ctx, c.src)
			if gerr == nil && bytes.Equal(g, w) && len(g) > 100 {
				found = true
				break
			}
			if !errors.Is(gerr, media.ErrNotFound) || (werr == nil) != (gerr == nil) {
				t.Errorf("%s: Resolve(%q) = %d bytes, %v; Walk's: %d bytes, %v", d.Name, c.src, len(g), gerr, len(w), werr)
			}
		}
		if !found {
			t.Errorf("no document of %s resolves %s", c.doc, c.src)
		}
	}
}

// A file in an object store finds the images beside it through DirImages.
func TestWalkFileDirImages(t *testing.T) {
	page := `<html><body><article><h1>Tin</h1><p>Xin chào</p><img src="a.jpg"></article></body></html>`
	var asked string
	opts := Options{DirImages: func(dir string) media.Resolver {
		asked = dir
		return media.Map{"a.jpg": []byte("JPEG")}
	}}
	f := File{Name: "gs://bucket/july/pages/tin.html", Rel: "tin.html", Size: int64(len(page))}
	var docs []Document
	for d := range WalkFile(context.Background(), f, strings.NewReader(page), opts) {
		docs = append(docs, d)
	}
	if len(docs) != 1 || docs[0].Err != nil || docs[0].Kind != KindHTML || docs[0].Name != f.Name {
		t.Fatalf("documents %+v", docs)
	}
	if asked != "gs://bucket/july/pages" {
		t.Errorf("images asked of %q", asked)
	}
	if b, err := docs[0].Images.Resolve(context.Background(), "a.jpg"); err != nil || string(b) != "JPEG" {
		t.Errorf("image: %q, %v", b, err)
	}
}
