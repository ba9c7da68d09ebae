package convert_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
)

// A URL input is fetched (here from a loopback server), its charset taken
// from the Content-Type header, and relative links resolved against the
// final URL after a redirect.
func TestConvertURL(t *testing.T) {
	page := "<html><head><title>x</title></head><body><article><h1>Lũ quét ở Hà Giang</h1>" +
		"<p class=\"date\">18:26, 28/07/2023</p>" +
		strings.Repeat("<p>Mưa lớn kéo dài gây lũ quét và sạt lở đất tại nhiều xã vùng cao của tỉnh Hà Giang trong đêm qua.</p>", 5) +
		"<p><a href=\"/tin/khac.html\">Xem chi tiết</a> về tình hình khắc phục hậu quả.</p></article></body></html>"
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/bai/lu-quet.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/bai/lu-quet.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	conv := convert.New(convert.Options{})
	col, err := conv.ReadFile(context.Background(), srv.URL+"/old", convert.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := col.Articles[0]
	if a.Title != "Lũ quét ở Hà Giang" || a.Published.Format("15:04 02/01/2006 -07:00") != "18:26 28/07/2023 +07:00" {
		t.Errorf("title %q published %v", a.Title, a.Published)
	}
	var link string
	for _, b := range a.Body {
		for _, s := range b.Text {
			if s.Link != "" {
				link = s.Link
			}
		}
	}
	if link != srv.URL+"/tin/khac.html" {
		t.Errorf("relative link resolved to %q", link)
	}
	if _, err := conv.ReadFile(context.Background(), srv.URL+"/missing", convert.ReadOptions{}); err == nil || !strings.Contains(err.Error(), "404") || !strings.Contains(err.Error(), "/missing") {
		t.Errorf("404: err = %v", err)
	}
}

// A writer interrupted half-way (Ctrl-C cancels the context) leaves neither a
// partial output nor a temporary file, and an existing output survives.
func TestInterruptedWriteLeavesNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	conv := convert.New(convert.Options{})
	conv.Formats = append(conv.Formats, news.Format{Name: "slow", Extensions: []string{".slow"},
		Writer: news.WriterFunc(func(ctx context.Context, w io.Writer, c *news.Collection) error {
			io.WriteString(w, strings.Repeat("partial ", 100000))
			cancel() // the user presses Ctrl-C
			return ctx.Err()
		})})
	dir := t.TempDir()
	out := filepath.Join(dir, "digest.slow")
	os.WriteFile(out, []byte("last month's"), 0o644)
	err := conv.ConvertFiles(ctx, convert.FileOptions{Inputs: []string{"../../testdata/articles/seed-giao-ban.json"}, Output: out, Stdout: io.Discard})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "last month's" {
		t.Errorf("existing output became %.30q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}
