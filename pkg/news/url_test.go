package news_test

import (
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

func TestCanonicalURL(t *testing.T) {
	same := [][]string{
		{
			"https://baomau.vn/thoi-su/giao-ban-12345.html",
			"http://baomau.vn/thoi-su/giao-ban-12345.html",
			"https://WWW.BaoMau.vn/thoi-su/giao-ban-12345.html#binh-luan",
			"https://baomau.vn:443/thoi-su/giao-ban-12345.html",
			"http://www.baomau.vn:80/thoi-su/giao-ban-12345.html",
			"https://baomau.vn/thoi-su/giao-ban-12345.html?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo&zarsrc=31",
			"https://baomau.vn/thoi-su/giao-ban-12345.html?fbclid=IwAR0abc&gclid=x",
			"https://user:secret@baomau.vn/thoi-su/giao-ban-12345.html",
		},
		{"https://baomau.vn/news.asp?id=42&cat=3", "https://baomau.vn/news.asp?cat=3&id=42&utm_term=x"},
		{"https://baomau.vn/2023/07/28/", "https://baomau.vn/2023/07/28"},
		{"http://[::1]:80/a", "https://[::1]/a"},
	}
	for _, group := range same {
		want := news.CanonicalURL(group[0])
		for _, u := range group[1:] {
			if got := news.CanonicalURL(u); got != want {
				t.Errorf("news.CanonicalURL(%q) = %q, want %q as for %q", u, got, want, group[0])
			}
		}
	}
	different := [][2]string{
		{"https://baomau.vn/news.asp?id=42", "https://baomau.vn/news.asp?id=43"},
		{"https://baomau.vn:8080/a", "https://baomau.vn/a"},
		{"https://baomau.vn/a", "https://m.baomau.vn/a"},
		{"https://baomau.vn/A", "https://baomau.vn/a"},
	}
	for _, d := range different {
		if news.CanonicalURL(d[0]) == news.CanonicalURL(d[1]) {
			t.Errorf("%q and %q got the same key %q", d[0], d[1], news.CanonicalURL(d[0]))
		}
	}
	if got := news.CanonicalURL("giao-ban.html"); got != "giao-ban.html" {
		t.Errorf("relative reference changed: %q", got)
	}
	if got := news.CanonicalURL("https://baomau.vn/a?utm_source=x"); got != "https://baomau.vn/a" {
		t.Errorf("got %q", got)
	}
}
