package epub

import (
	"testing"
	"time"
)

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://baohagiang.vn/thoi-su/bai-1.html", "https://baohagiang.vn/thoi-su/bai-1.html"},
		{" HTTP://example.vn/a b?q=c d#e ", "http://example.vn/a%20b?q=c%20d#e"},
		{"https://example.vn/tin-tức", "https://example.vn/tin-t%E1%BB%A9c"},
		{"mailto:toasoan@example.vn", "mailto:toasoan@example.vn"},
		{"javascript:alert(1)", ""},
		{"/relative", ""},
		{"https://", ""},
		{"https://exa mple.vn/", ""},
		{"ftp://example.vn/file", ""},
	} {
		if got := safeURL(tc.in); got != tc.want {
			t.Errorf("safeURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDosTime(t *testing.T) {
	for _, tc := range []struct {
		in         time.Time
		date, time uint16
	}{
		{time.Date(2023, 8, 1, 1, 0, 0, 0, time.UTC), 43<<9 | 8<<5 | 1, 1 << 11},
		{time.Date(2023, 8, 1, 8, 0, 59, 0, time.FixedZone("ICT", 7*3600)), 43<<9 | 8<<5 | 1, 1<<11 | 29},
		{time.Time{}, 1<<5 | 1, 0},
	} {
		d, c := dosTime(tc.in)
		if d != tc.date || c != tc.time {
			t.Errorf("dosTime(%v) = %#x %#x, want %#x %#x", tc.in, d, c, tc.date, tc.time)
		}
	}
}
