package html

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

const fetchPage = `<html><head><title>Giá lúa tăng - Báo Ấp</title></head><body>
<h1>Giá lúa tăng mạnh ở miền Tây</h1>
<div class="noidung"><p>Giá lúa tươi tại nhiều tỉnh đồng bằng sông Cửu Long đã tăng thêm 500 đồng mỗi kg so với đầu tháng, nông dân phấn khởi.</p>
<p>Các doanh nghiệp xuất khẩu gạo cho biết đơn hàng tăng mạnh từ đầu quý III, giá gạo xuất khẩu cao hơn tháng trước.</p></div>
</body></html>`

func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/1258", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.UserAgent(), "Mozilla/5.0") {
			http.Error(w, "bots not welcome", http.StatusForbidden)
			return
		}
		b, err := vntext.Encode(fetchPage, vntext.Windows1258)
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "text/html; charset=windows-1258")
		w.Write(b)
	})
	mux.HandleFunc("/utf8", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, fetchPage)
	})
	mux.HandleFunc("/r/", func(w http.ResponseWriter, r *http.Request) {
		n := len(r.URL.Path) - len("/r/")
		if n >= 3 {
			http.Redirect(w, r, "/utf8", http.StatusFound)
			return
		}
		http.Redirect(w, r, r.URL.Path+"x", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>chữ chữ chữ chữ</p>\n", 1024))
		for sent := 0; sent < 50<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return // the client stopped reading at its cap
			}
		}
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestFetchCharsetFromHeader(t *testing.T) {
	s := newSite(t)
	in, err := Fetch(context.Background(), s.URL+"/1258", FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if in.ContentType != "text/html; charset=windows-1258" {
		t.Errorf("content type %q", in.ContentType)
	}
	col, err := New(Options{}).Read(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	a := col.Articles[0]
	if a.Title != "Giá lúa tăng mạnh ở miền Tây" {
		t.Errorf("title %q: the header's charset was not used", a.Title)
	}
	if a.URL != s.URL+"/1258" {
		t.Errorf("url %q", a.URL)
	}
}

func TestFetchRedirects(t *testing.T) {
	s := newSite(t)
	in, err := Fetch(context.Background(), s.URL+"/r/", FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if in.URL != s.URL+"/utf8" || in.Name != s.URL+"/r/" {
		t.Errorf("final URL %q, name %q", in.URL, in.Name)
	}
	if _, err := Fetch(context.Background(), s.URL+"/r/", FetchOptions{MaxRedirects: 2}); err == nil {
		t.Error("four redirects followed with a limit of two")
	}
	if _, err := Fetch(context.Background(), s.URL+"/loop", FetchOptions{}); err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Errorf("redirect loop: %v", err)
	}
	if _, err := Fetch(context.Background(), s.URL+"/to-file", FetchOptions{}); !errors.Is(err, news.ErrUnsupported) {
		t.Errorf("redirect to file: %v", err)
	}
}

func TestFetchErrors(t *testing.T) {
	s := newSite(t)
	_, err := Fetch(context.Background(), s.URL+"/missing", FetchOptions{})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != http.StatusNotFound {
		t.Errorf("404: %v", err)
	}
	start := time.Now()
	_, err = Fetch(context.Background(), s.URL+"/slow", FetchOptions{Timeout: 200 * time.Millisecond})
	if err == nil || time.Since(start) > 3*time.Second {
		t.Errorf("timeout: %v after %v", err, time.Since(start))
	}
	_, err = Fetch(context.Background(), s.URL+"/huge", FetchOptions{})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("50 MB page: %v", err)
	}
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/a.html", "javascript:alert(1)", "/relative/path"} {
		if _, err := Fetch(context.Background(), u, FetchOptions{}); !errors.Is(err, news.ErrUnsupported) {
			t.Errorf("%s: %v", u, err)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{"https://vnexpress.net/a.html": true, "http://x.vn": true, "page.html": false, "-": false, "file:///a.html": false, "C:\\a.html": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}
