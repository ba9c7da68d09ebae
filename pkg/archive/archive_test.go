package archive

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

const page = "<!DOCTYPE html><html><head><title>Tin</title></head><body><p>Xin chào</p></body></html>"

func TestWalkDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.html":            page,
		"b.HTM":             page,
		"c.json":            `{"title":"Một"}`,
		"d.jsonl":           "{\"title\":\"Hai\"}\n\n{\"title\":\"Ba\"}\n",
		"notes.txt":         "ghi chú",
		"sub/e.xhtml":       page,
		"sub/style.css":     "p{}",
		"sub/pic.jpg":       "JPEG",
		"sub/f.shtml":       page,
		".git/index.html":   page,
		"z/deeper/g.ndjson": `{"title":"Bốn"}`,
	})
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "a.html", "b.HTM", "c.json", "d.jsonl:1", "d.jsonl:3",
		"sub/e.xhtml", "sub/f.shtml", "z/deeper/g.ndjson:1")
	kinds := map[string]Kind{"a.html": KindHTML, "c.json": KindJSON, "d.jsonl:3": KindJSON, "sub/e.xhtml": KindHTML}
	for name, k := range kinds {
		if d := got.find(t, dir, name); d.Kind != k {
			t.Errorf("%s: kind %q, want %q", name, d.Kind, k)
		}
	}
	if b := string(got.find(t, dir, "d.jsonl:3").Body); b != `{"title":"Ba"}` {
		t.Errorf("d.jsonl:3 body = %q", b)
	}
	want := Stats{Documents: 8, Skipped: 4, Bytes: int64(4*len(page) + len(`{"title":"Một"}`) + len(`{"title":"Hai"}{"title":"Ba"}{"title":"Bốn"}`))}
	if got.stats != want {
		t.Errorf("stats %+v, want %+v", got.stats, want)
	}
	// Images are found next to the page.
	images := got.find(t, dir, "sub/e.xhtml").Images
	for _, src := range []string{"pic.jpg", "./pic.jpg", "https://example.vn/news/sub/pic.jpg"} {
		if img, err := images.Resolve(context.Background(), src); err != nil || string(img) != "JPEG" {
			t.Errorf("image next to the page: Resolve(%q) = %q, %v", src, img, err)
		}
	}
	for src, want := range map[string]error{"../a.html": media.ErrOutOfRoot, "https://example.vn/other.jpg": media.ErrRemote, "none.jpg": media.ErrNotFound} {
		if _, err := images.Resolve(context.Background(), src); !errors.Is(err, want) {
			t.Errorf("Resolve(%q): %v, want %v", src, err, want)
		}
	}
}

func TestWalkPaths(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"saved-page":  "\n  <!doctype html><html><body>Trang lưu</body></html>",
		"export.dump": "\uFEFF[{\"title\":\"Một\"}]",
		"photo.bin":   "\x89PNG\r\n\x1a\n....",
		"a.html":      page,
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	got := walk(t, Options{}, p("a.html"), p("missing.html"), p("saved-page"), p("export.dump"), p("photo.bin"), p("a.html"))
	wantNames(t, got, dir, "a.html", "ERR missing.html", "saved-page", "export.dump", "ERR photo.bin", "a.html")
	if d := got.find(t, dir, "saved-page"); d.Kind != KindHTML {
		t.Errorf("saved-page sniffed as %q", d.Kind)
	}
	if d := got.find(t, dir, "export.dump"); d.Kind != KindJSON {
		t.Errorf("export.dump sniffed as %q", d.Kind)
	}
	wantErr(t, got.find(t, dir, "ERR missing.html"), fs.ErrNotExist, "missing.html")
	wantErr(t, got.find(t, dir, "ERR photo.bin"), ErrUnknownType, "photo.bin")
	if err := got.find(t, dir, "ERR photo.bin").Err; !errors.Is(err, news.ErrUnsupported) {
		t.Errorf("unknown type is not news.ErrUnsupported: %v", err)
	}
	if got.stats.Errors != 2 || got.stats.Documents != 4 {
		t.Errorf("stats %+v", got.stats)
	}
}

func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"x.jsonl": "\uFEFF{\"title\":\"Một\"}\r\n" + // BOM and CRLF
			"   \n" + // blank: skipped, but counted
			"{\"title\":\"Hai\", \"body\": [\n" + // truncated
			strings.Repeat(" ", 300) + "{\"title\":\"Dài\"}\n" + // longer than MaxDocBytes
			"{\"title\":\"Năm\"}", // no final newline
	})
	got := walk(t, Options{MaxDocBytes: 200}, filepath.Join(dir, "x.jsonl"))
	wantNames(t, got, dir, "x.jsonl:1", "ERR x.jsonl:3", "ERR x.jsonl:4", "x.jsonl:5")
	if b := string(got.docs[0].Body); b != `{"title":"Một"}` {
		t.Errorf("line 1 = %q", b)
	}
	wantErr(t, got.docs[1], ErrBrokenLine, "x.jsonl:3:")
	var ie *news.InputError
	if !errors.As(got.docs[1].Err, &ie) || ie.Line != 3 {
		t.Errorf("broken line error %#v, want an InputError for line 3", got.docs[1].Err)
	}
	wantErr(t, got.docs[2], ErrTooLarge, "x.jsonl:4: ")
	if b := string(got.docs[3].Body); b != `{"title":"Năm"}` {
		t.Errorf("line 5 = %q", b)
	}
}

func TestIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.html":               page,
		"b.json":               "{}",
		"2023/07/c.html":       page,
		"2023/07/draft-d.html": page,
		"2023/08/e.html":       page,
		"drafts/f.html":        page,
		"drafts/g.json":        "{}",
	})
	all := []string{"2023/07/c.html", "2023/07/draft-d.html", "2023/08/e.html", "a.html", "b.json", "drafts/f.html", "drafts/g.json"}
	for _, tc := range []struct {
		name             string
		include, exclude []string
		want             []string
	}{
		{"everything", nil, nil, all},
		{"by base name", []string{"*.json"}, nil, []string{"b.json", "drafts/g.json"}},
		{"by path", []string{"2023/07/*"}, nil, []string{"2023/07/c.html", "2023/07/draft-d.html"}},
		{"a directory includes its contents", []string{"2023"}, nil, []string{"2023/07/c.html", "2023/07/draft-d.html", "2023/08/e.html"}},
		{"any depth", []string{"**/07/*.html"}, nil, []string{"2023/07/c.html", "2023/07/draft-d.html"}},
		{"exclude a directory", nil, []string{"drafts"}, all[:5]},
		{"exclude everything below", nil, []string{"2023/**"}, all[3:]},
		{"exclude by base name", nil, []string{"draft-*"}, []string{"2023/07/c.html", "2023/08/e.html", "a.html", "b.json", "drafts/f.html", "drafts/g.json"}},
		{"exclude beats include", []string{"*.html"}, []string{"**/draft*"}, []string{"2023/07/c.html", "2023/08/e.html", "a.html"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := walk(t, Options{Include: tc.include, Exclude: tc.exclude}, dir)
			wantNames(t, got, dir, tc.want...)
			if got.stats.Excluded == 0 && len(tc.want) < len(all) {
				t.Errorf("nothing counted as excluded: %+v", got.stats)
			}
		})
	}
	got := walk(t, Options{Include: []string{"[a-"}}, dir)
	if len(got.docs) != 1 || got.docs[0].Err == nil || !strings.Contains(got.docs[0].Err.Error(), "[a-") {
		t.Errorf("bad pattern: got %q, want one error naming it", got.names(dir))
	}
}

func TestSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a/page.html": page, "c/other.html": page})
	for _, link := range [][2]string{
		{"..", "a/loop"},                // a/loop → dir: a loop
		{"a", "b"},                      // b → a: the same directory again
		{"c/other.html", "d.html"},      // a file
		{"missing.html", "dangle.html"}, // nowhere
	} {
		if err := os.Symlink(link[0], filepath.Join(dir, link[1])); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "a/page.html", "c/other.html")
	if got.stats.Skipped != 4 {
		t.Errorf("skipped %d symlinks, want 4", got.stats.Skipped)
	}

	got = walk(t, Options{FollowSymlinks: true}, dir)
	wantNames(t, got, dir, "ERR a/loop", "a/page.html", "c/other.html", "d.html", "ERR dangle.html")
	wantErr(t, got.find(t, dir, "ERR a/loop"), ErrSymlinkLoop, "a/loop")

	// A named symlink is followed even when FollowSymlinks is off.
	got = walk(t, Options{}, filepath.Join(dir, "b"))
	if len(got.docs) != 1 || got.docs[0].Err != nil {
		t.Errorf("walking a named symlink: %q", got.names(dir))
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"big.html": strings.Repeat("x", 1000), "small.html": "<p>x</p>"})
	got := walk(t, Options{MaxDocBytes: 999}, dir)
	wantNames(t, got, dir, "ERR big.html", "small.html")
	wantErr(t, got.docs[0], ErrTooLarge, "big.html")
}

func TestStopEarly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.html": page, "b.html": page, "c.jsonl": "{}\n{}\n"})
	n := 0
	for range Walk(context.Background(), []string{dir, dir}, Options{}) {
		n++
		break
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for range Walk(ctx, []string{dir, dir}, Options{}) {
		n++
		cancel()
	}
	if n != 2 {
		t.Errorf("got %d documents after stopping, want 2", n)
	}
}

func TestDocumentInput(t *testing.T) {
	d := Document{Name: "crawl.warc.gz#3@100", URL: "https://example.vn/a", ContentType: "text/html; charset=windows-1258", Body: []byte("abc"), Images: media.Map{}}
	in := d.Input()
	b := make([]byte, 4)
	n, _ := in.Body.Read(b)
	if in.Name != d.Name || in.URL != d.URL || in.ContentType != d.ContentType || string(b[:n]) != "abc" {
		t.Errorf("Input() = %+v", in)
	}
}
