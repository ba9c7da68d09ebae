package html

import (
	"strings"
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	at := func(y, m, d, h, mi int) time.Time { return time.Date(y, time.Month(m), d, h, mi, 0, 0, vnZone) }
	for s, want := range map[string]time.Time{
		"Thứ năm, 12/9/2024, 14:30 (GMT+7)": at(2024, 9, 12, 14, 30),
		"12/09/2024 14:30 GMT+7":            at(2024, 9, 12, 14, 30),
		"Thứ năm, 12/09/2024 - 14:30":       at(2024, 9, 12, 14, 30),
		"18:26, 28/07/2023":                 at(2023, 7, 28, 18, 26),
		"Ngày 12 tháng 09 năm 2024":         at(2024, 9, 12, 0, 0),
		"12-09-2024 - 02:30 PM":             at(2024, 9, 12, 14, 30),
		"12-09-2024 - 12:01 AM":             at(2024, 9, 12, 0, 1),
		"Minh Anh - 12/09/2024 14:30":       at(2024, 9, 12, 14, 30),
		"September 12, 2024":                at(2024, 9, 12, 0, 0),
	} {
		got, ok := findDate(s)
		if !ok || !got.Equal(want) {
			t.Errorf("%q: %v %v, want %v", s, got, ok, want)
		}
	}
	// English date lines with the time and zone around the date.
	for s, want := range map[string]string{
		"Posted Thursday, September 12, 2024 at 4:30 p.m. EDT":                  "2024-09-12T16:30:00-04:00",
		"Updated 3:45 PM EDT, September 12, 2024":                               "2024-09-12T15:45:00-04:00",
		"Thu 12 Sep 2024 06.00 BST":                                             "2024-09-12T06:00:00+01:00",
		"Published 6:00 a.m. ET Sept. 12, 2024 | Updated 4:15 p.m. ET Sept. 12": "2024-09-12T06:00:00-04:00",
		"Dec. 3, 2024, 12:15 a.m. ET":                                           "2024-12-03T00:15:00-05:00",
		"September 12, 2024 3.6m views":                                         "2024-09-12T00:00:00+07:00",
	} {
		got, ok := findDate(s)
		if !ok || got.Format(time.RFC3339) != want {
			t.Errorf("%q: %v %v, want %s", s, got, ok, want)
		}
	}
	for _, s := range []string{"31/02/2024", "không có ngày", "12/13/2024"} {
		if _, ok := findDate(s); ok {
			t.Errorf("%q parsed", s)
		}
	}
	for s, want := range map[string]string{
		"2024-09-12T14:30:05.000 +07:00": "2024-09-12T14:30:05+07:00",
		"2024-09-12 14:30":               "2024-09-12T14:30:00+07:00",
		"2024-09-12T07:30:00Z":           "2024-09-12T07:30:00Z",
	} {
		got, ok := parseMachineTime(s)
		if !ok || got.Format(time.RFC3339) != want {
			t.Errorf("%q: %v", s, got)
		}
	}
}

func TestParseNames(t *testing.T) {
	for s, want := range map[string]string{
		"Đình Anh- Văn Hương":             "Đình Anh|Văn Hương",
		"NGUYỄN A, TRẦN BÌNH và LÊ CƯỜNG": "Nguyễn A|Trần Bình|Lê Cường",
		"Bài và ảnh: Lan Phương":          "Lan Phương",
		"Hoàng Lâm (tổng hợp)":            "Hoàng Lâm",
		"By Jane Doe and John Roe":        "Jane Doe|John Roe",
		"김민준 기자":                          "김민준",
		"Báo Hà Giang":                    "",
		"TTXVN":                           "",
		"Cuộc họp kết thúc lúc 17 giờ":    "",
		"the end of the article":          "",
	} {
		if got := strings.Join(parseNames(s), "|"); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

func TestLanguage(t *testing.T) {
	for _, tc := range []struct{ declared, text, want string }{
		{"", "Thường trực Ban Bí thư giao ban trực tuyến", "vi"},
		{"en", "Thường trực Ban Bí thư giao ban trực tuyến với các tỉnh", "vi"},
		{"", "В городе открыли три новые станции метро", "ru"},
		{"", "전통시장 가을 축제", "ko"},
		{"", "Floods force thousands from their homes", "en"},
		{"fr", "Les inondations forcent des milliers de personnes", "fr"},
		{"", "", "vi"},
	} {
		if got := chooseLang(tc.declared, tc.text); got != tc.want {
			t.Errorf("%q %q: %q", tc.declared, tc.text, got)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	for _, tc := range []struct{ in, site, want string }{
		{"Giá lúa tăng mạnh - Báo Hà Giang", "Báo Hà Giang", "Giá lúa tăng mạnh"},
		{"Báo Hà Giang | Giá lúa tăng mạnh ở miền Tây", "Báo Hà Giang", "Giá lúa tăng mạnh ở miền Tây"},
		{"Khoa học - Công nghệ: robot phẫu thuật", "", "Khoa học - Công nghệ: robot phẫu thuật"},
		{"Floods force thousands from homes | The Daily Ledger", "The Daily Ledger", "Floods force thousands from homes"},
	} {
		if got := cleanTitle(tc.in, tc.site); got != tc.want {
			t.Errorf("%q: %q", tc.in, got)
		}
	}
}
