package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// docxText returns the document part of a .docx file.
func docxText(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			r.Close()
			return string(b)
		}
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}

// The new formats by name, alias and extension: each writes its file and
// exits 0.
func TestConvertToHTMLMarkdownWord(t *testing.T) {
	dir := t.TempDir()
	starts := map[string]string{".html": "<!DOCTYPE html>\n<html lang=\"vi\">", ".md": "---\ntitle: \"Thường trực", ".docx": "PK\x03\x04", ".txt": "Đài Phát thanh"}
	for _, tc := range []struct{ to, file string }{
		{"html", "a.html"}, {"htm", "b.html"}, {"xhtml", "c.html"}, {"", "d.htm"},
		{"md", "e.md"}, {"markdown", "f.md"}, {"gfm", "g.md"}, {"", "h.markdown"},
		{"docx", "i.docx"}, {"word", "j.docx"}, {"", "k.docx"}, {"txt", "l.txt"},
	} {
		out := filepath.Join(dir, tc.file)
		args := []string{"convert", seed, "-o", out}
		if tc.to != "" {
			args = append(args, "--to", tc.to)
		}
		code, stdout, stderr := newsarc(t, "", args...)
		if code != 0 || stderr != "" || stdout != "" {
			t.Errorf("--to %q -o %s: exit %d, stdout %.80q, stderr %q", tc.to, tc.file, code, stdout, stderr)
			continue
		}
		data, err := os.ReadFile(out)
		ext := filepath.Ext(tc.file)
		if ext == ".htm" {
			ext = ".html"
		} else if ext == ".markdown" {
			ext = ".md"
		}
		if err != nil || !bytes.HasPrefix(data, []byte(starts[ext])) {
			t.Errorf("%s starts %.40q (%v), want %q", tc.file, data, err, starts[ext])
		}
	}
	if strings.Contains(docxText(t, filepath.Join(dir, "i.docx")), "Trong 6 tháng đầu năm 2023") == false {
		t.Error("the Word document lacks the seed's first paragraph")
	}
	code, stdout, _ := newsarc(t, "", "convert", seed, "--to", "md")
	if code != 0 || !strings.HasPrefix(stdout, "---\n") {
		t.Errorf("Markdown to standard output: exit %d, %.40q", code, stdout)
	}
}

// One read of the sample archive gives July's digest as HTML, Markdown and
// Word at once.
func TestDigestToHTMLMarkdownWord(t *testing.T) {
	dir := t.TempDir()
	outs := []string{filepath.Join(dir, "d.html"), filepath.Join(dir, "d.md"), filepath.Join(dir, "d.docx")}
	code, _, stderr := newsarc(t, "", "digest", "--month", "2023-07", "-q", "-o", outs[0], "-o", outs[1], "-o", outs[2], "../../testdata/archive")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	const title = "Hoàng Su Phì: Mưa lớn gây sạt lở, chia cắt nhiều thôn"
	html, _ := os.ReadFile(outs[0])
	md, _ := os.ReadFile(outs[1])
	for name, doc := range map[string]string{"html": string(html), "md": string(md), "docx": docxText(t, outs[2])} {
		if !strings.Contains(doc, title) || !strings.Contains(doc, "Bản tin tháng 7/2023") {
			t.Errorf("%s digest lacks its title or %q", name, title)
		}
	}
	if n := strings.Count(string(html), "<article id="); n != 27 {
		t.Errorf("the HTML digest has %d articles, want the 27 of July", n)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("the output directory holds %v", entries)
	}
}

// A site's saved pages become a static-site generator's content: one
// Markdown file per page with front matter, the pages' own images
// extracted and linked from where the posts are.
func TestEachPageToMarkdownPosts(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/archive/pages/2023/07/*.html")
	site := t.TempDir()
	posts, images := filepath.Join(site, "content", "posts"), filepath.Join(site, "static", "images")
	code, _, stderr := newsarc(t, "", append([]string{"convert", "--each", "--to", "md", "-o", posts + "/", "--extract-media", images}, pages...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(posts, "*.md"))
	if len(files) != len(pages) {
		t.Fatalf("%d posts for %d pages", len(files), len(pages))
	}
	front := regexp.MustCompile(`(?s)^---\ntitle: "[^"]+"\ndate: 2023-0[67]-\d\dT[\d:]+\+07:00\n.*\n---\n`)
	linked := 0
	for _, f := range files {
		doc, _ := os.ReadFile(f)
		if !front.Match(doc) {
			t.Errorf("%s has no front matter with a title and a date:\n%.300s", filepath.Base(f), doc)
		}
		for _, m := range regexp.MustCompile(`!\[[^\]]*\]\(([^)]+)\)`).FindAllSubmatch(doc, -1) {
			if _, err := os.Stat(filepath.Join(posts, string(m[1]))); err != nil {
				t.Errorf("%s links %s, which is not there", filepath.Base(f), m[1])
			}
			if !strings.HasPrefix(string(m[1]), "../../static/images/") {
				t.Errorf("%s links %s, not the extracted copy", filepath.Base(f), m[1])
			}
			linked++
		}
	}
	extracted, _ := os.ReadDir(images)
	if linked == 0 || len(extracted) == 0 {
		t.Errorf("%d images linked, %d extracted: the saved pages' images are lost", linked, len(extracted))
	}
}

// --embed-fonts puts the fonts in an HTML page; without it there are none.
func TestEmbedFontsFlag(t *testing.T) {
	dir := t.TempDir()
	for _, embed := range []bool{false, true} {
		out := filepath.Join(dir, "seed.html")
		args := []string{"convert", seed, "-o", out}
		if embed {
			args = append(args, "--embed-fonts")
		}
		if code, _, stderr := newsarc(t, "", args...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		doc, _ := os.ReadFile(out)
		if got := bytes.Contains(doc, []byte("@font-face")); got != embed {
			t.Errorf("--embed-fonts %v: @font-face present %v", embed, got)
		}
	}
}

func TestFormatsListAliases(t *testing.T) {
	_, out, _ := newsarc(t, "", "formats")
	for _, want := range []string{`(?m)^html +htm xhtml +yes +yes `, `(?m)^md +markdown gfm +- +yes +\.md \.markdown`, `(?m)^docx +word +- +yes +\.docx`, `(?m)^text +txt +- +yes`} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("formats does not match %s:\n%s", want, out)
		}
	}
}
