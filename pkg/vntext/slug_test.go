package vntext

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestSlug(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{seedTitle, 0, "thuong-truc-ban-bi-thu-giao-ban-truc-tuyen-voi-bi-thu-cac-tinh-uy-thanh-uy"},
		{"Đà Nẵng: Đường phố ĐẸP", 0, "da-nang-duong-pho-dep"},
		{norm.NFD.String("Tiếng Việt"), 0, "tieng-viet"},
		{"Tô\u0309 hơ\u0323p", 0, "to-hop"},
		{"  --Hello,   World!--  ", 0, "hello-world"},
		{"COVID-19: 5.000 ca mắc/ngày", 0, "covid-19-5-000-ca-mac-ngay"},
		{"../../etc/passwd", 0, "etc-passwd"},
		{"..", 0, "article"},
		{"", 0, "article"},
		{"日本語", 0, "article"},
		{"Café naïve façade Ærø", 0, "cafe-naive-facade-aero"},
		{seedTitle, 30, "thuong-truc-ban-bi-thu-giao"},
		{seedTitle, 31, "thuong-truc-ban-bi-thu-giao-ban"},
		{seedTitle, 32, "thuong-truc-ban-bi-thu-giao-ban"},
		{"Supercalifragilisticexpialidocious", 10, "supercalif"},
		{"ab cd", 2, "ab"},
		{"ab cd", 3, "ab"},
	}
	for _, tt := range tests {
		var got string
		if tt.max == 0 {
			got = Slug(tt.in)
		} else {
			got = SlugN(tt.in, tt.max)
		}
		if got != tt.want {
			t.Errorf("SlugN(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
	long := Slug(strings.Repeat(seedTitle+" ", 5))
	if len(long) > DefaultSlugLen || strings.HasSuffix(long, "-") {
		t.Errorf("long slug %q (%d bytes)", long, len(long))
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thường trực Đảng", "thuong truc dang"},
		{"ĐẠI HỌC", "dai hoc"},
		{"plain", "plain"},
		{norm.NFD.String("Việt"), "viet"},
		{"Ơn Ưu ăn ÂN", "on uu an an"},
		{"Œuvre ß Ωmega 日本", "œuvre ß ωmega 日本"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	lower, upper := vnLetters(t)
	for _, l := range append(lower, upper...) {
		if f := Fold(l); len(f) != 1 || f[0] < 'a' || f[0] > 'z' {
			t.Errorf("Fold(%q) = %q", l, f)
		}
	}
	if n := testing.AllocsPerRun(10, func() { _ = Fold("already folded ascii") }); n != 0 {
		t.Errorf("Fold allocates %v on ASCII", n)
	}
}
