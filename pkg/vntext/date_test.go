package vntext

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	at := func(y, mo, d, h, mi, s int) time.Time { return time.Date(y, time.Month(mo), d, h, mi, s, 0, ict) }
	tests := []struct {
		in      string
		want    time.Time
		hasTime bool
	}{
		{"18:26, 28/07/2023", at(2023, 7, 28, 18, 26, 0), true},
		{"Thứ sáu, 28/7/2023, 18:26 (GMT+7)", at(2023, 7, 28, 18, 26, 0), true},
		{"Thứ năm, 12/9/2024, 14:30 (GMT+7)", at(2024, 9, 12, 14, 30, 0), true},
		{"28/07/2023 18:26 GMT+7", at(2023, 7, 28, 18, 26, 0), true},
		{"12/09/2024 14:30 (GMT+07:00)", at(2024, 9, 12, 14, 30, 0), true},
		{"Thứ Sáu, 28/07/2023 - 18:26", at(2023, 7, 28, 18, 26, 0), true},
		{"THỨ SÁU, 28/07/2023 - 18:26", at(2023, 7, 28, 18, 26, 0), true},
		{"28-07-2023 - 06:26 PM", at(2023, 7, 28, 18, 26, 0), true},
		{"12-09-2024 - 02:30 PM", at(2024, 9, 12, 14, 30, 0), true},
		{"28-07-2023 - 12:01 AM", at(2023, 7, 28, 0, 1, 0), true},
		{"28-07-2023 - 00:01 AM", at(2023, 7, 28, 0, 1, 0), true},
		{"28-07-2023 - 12:30 PM", at(2023, 7, 28, 12, 30, 0), true},
		{"28/07/2023 06:26 CH", at(2023, 7, 28, 18, 26, 0), true},
		{"Ngày 28 tháng 7 năm 2023", at(2023, 7, 28, 0, 0, 0), false},
		{"ngày 12 tháng 09 năm 2024", at(2024, 9, 12, 0, 0, 0), false},
		{"Thứ Năm, Ngày 12 tháng 09 năm 2024", at(2024, 9, 12, 0, 0, 0), false},
		{"Tên - 12/09/2024 14:30", at(2024, 9, 12, 14, 30, 0), true},
		{"Đình Anh - 28/07/2023 18:26", at(2023, 7, 28, 18, 26, 0), true},
		{"Thu Hải - 28/07/2023 18:26", at(2023, 7, 28, 18, 26, 0), true}, // a name, not "thứ hai"
		{"Cập nhật: 18:26, 28/07/2023", at(2023, 7, 28, 18, 26, 0), true},
		{"Cập nhật lúc 18:26 ngày 28/07/2023", at(2023, 7, 28, 18, 26, 0), true},
		{"28/07/2023", at(2023, 7, 28, 0, 0, 0), false},
		{"1/2/2024", at(2024, 2, 1, 0, 0, 0), false},
		{"29/02/2024", at(2024, 2, 29, 0, 0, 0), false},
		{"28.07.2023 18:26", at(2023, 7, 28, 18, 26, 0), true},
		{"18h26 28/07/2023", at(2023, 7, 28, 18, 26, 0), true},
		{"T6, 28/07/2023 18:26", at(2023, 7, 28, 18, 26, 0), true},
		{"CN, 30/07/2023", at(2023, 7, 30, 0, 0, 0), false},
		{"Chủ nhật, 30/7/2023 08:00", at(2023, 7, 30, 8, 0, 0), true},
		{"Thứ 2, 31/07/2023", at(2023, 7, 31, 0, 0, 0), false},
		{"Thứ Tư, 26/07/2023", at(2023, 7, 26, 0, 0, 0), false},
		{"Thứ bẩy, 29/07/2023", at(2023, 7, 29, 0, 0, 0), false},
		{"(28/07/2023)", at(2023, 7, 28, 0, 0, 0), false},
		{"  28/07/2023 18:26:59  ", at(2023, 7, 28, 18, 26, 59), true},
		{"2024-09-12", at(2024, 9, 12, 0, 0, 0), false},
		{"2024-09-12 14:30", at(2024, 9, 12, 14, 30, 0), true},
		{"2024-09-12T14:30", at(2024, 9, 12, 14, 30, 0), true},
		{"2024-09-12T14:30:05+07:00", at(2024, 9, 12, 14, 30, 5), true},
		{"2024-09-12 14:30:05+07:00", at(2024, 9, 12, 14, 30, 5), true},
		{"2024-09-12T14:30:05", at(2024, 9, 12, 14, 30, 5), true},
		{"2024-09-12T07:30:05Z", at(2024, 9, 12, 14, 30, 5), true},
		{"2024-09-12T09:30:05+0200", at(2024, 9, 12, 14, 30, 5), true},
		{"2024-09-12T02:30:05-05:00", at(2024, 9, 12, 14, 30, 5), true},
		{"2023-07-28T18:26:00.000 +07:00", at(2023, 7, 28, 18, 26, 0), true},
		{"2023-07-28T18:26:00.5+07:00", at(2023, 7, 28, 18, 26, 0).Add(500 * time.Millisecond), true},
		{"2024/09/12 14:30", at(2024, 9, 12, 14, 30, 0), true},
		{"Fri, 28 Jul 2023 18:26:00 +0700", at(2023, 7, 28, 18, 26, 0), true},
		{"Fri, 28 Jul 2023 11:26:00 GMT", at(2023, 7, 28, 18, 26, 0), true},
		{"28/07/2023 11:26 GMT", at(2023, 7, 28, 18, 26, 0), true},
		{"28/07/2023 18:26 ICT", at(2023, 7, 28, 18, 26, 0), true},
		{"28/07/2023 13:26 UTC+2", at(2023, 7, 28, 18, 26, 0), true},
		{"Thứ sáu, 28/7/2023 | 18:26", at(2023, 7, 28, 18, 26, 0), true},
		{"28/07/2023 – 18:26", at(2023, 7, 28, 18, 26, 0), true},
		{"Thứ\u00a0sáu,\u00a028/7/2023", at(2023, 7, 28, 0, 0, 0), false},
		{"Thu\u031b\u0301 sa\u0301u, 28/7/2023", at(2023, 7, 28, 0, 0, 0), false}, // NFD
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in, nil)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			continue
		}
		if got.Location() != Location() {
			t.Errorf("ParseDate(%q) location %v", tt.in, got.Location())
		}
		info, _ := ParseDateInfo(tt.in, nil)
		if info.HasTime != tt.hasTime {
			t.Errorf("ParseDateInfo(%q).HasTime = %v", tt.in, info.HasTime)
		}
	}
}

func TestParseDateLocation(t *testing.T) {
	utc := time.UTC
	got, err := ParseDate("28/07/2023 18:26", utc)
	if err != nil || !got.Equal(time.Date(2023, 7, 28, 18, 26, 0, 0, utc)) || got.Location() != utc {
		t.Errorf("ParseDate in UTC = %v, %v", got, err)
	}
	got, err = ParseDate("28/07/2023 18:26 GMT+7", utc)
	if err != nil || !got.Equal(time.Date(2023, 7, 28, 11, 26, 0, 0, utc)) {
		t.Errorf("explicit offset = %v, %v", got, err)
	}
	if _, off := time.Now().In(Location()).Zone(); off != 7*3600 {
		t.Errorf("Location offset %d", off)
	}
	info, _ := ParseDateInfo("Thứ sáu, 28/7/2023, 18:26 (GMT+7)", nil)
	if !info.HasTime || !info.HasOffset || !info.HasWeekday {
		t.Errorf("info = %+v", info)
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrNoDate},
		{"hello", ErrNoDate},
		{"Thứ bảy, 28/07/2023", ErrWeekdayMismatch},
		{"Thứ hai, 28/7/2023, 18:26 (GMT+7)", ErrWeekdayMismatch},
		{"Chủ nhật, 28/07/2023", ErrWeekdayMismatch},
		{"T2, 28/07/2023", ErrWeekdayMismatch},
		{"Sat, 28 Jul 2023 18:26:00 +0700", ErrWeekdayMismatch},
		{"31/02/2023", ErrInvalidDate},
		{"29/02/2023", ErrInvalidDate},
		{"00/01/2023", ErrInvalidDate},
		{"12/13/2023", ErrInvalidDate},
		{"28/07/2023 24:00", ErrInvalidDate},
		{"28/07/2023 18:60", ErrInvalidDate},
		{"28/07/2023 13:00 AM", ErrInvalidDate},
		{"Ngày 30 tháng 2 năm 2024", ErrInvalidDate},
		{"28/07/0000", ErrInvalidDate},
		{"07/28/2023", ErrInvalidDate}, // day first, always
		{"28/07/23", ErrNoDate},
		{"28/07", ErrNoDate},
		{"1.2.2023", ErrNoDate},
		{"18:26", ErrNoDate},
		{"28/07/2023 18:26 | Chia sẻ", ErrNoDate},
		{"Bài viết có 28/07/2023", ErrNoDate},
		{"5.000 đồng", ErrNoDate},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in, nil)
		var de *DateError
		if !errors.Is(err, tt.want) || !errors.As(err, &de) || de.Input != tt.in {
			t.Errorf("ParseDate(%q) err = %v, want %v", tt.in, err, tt.want)
		}
	}
	_, err := ParseDate("x 31/02/2023", nil)
	if err == nil || err.Error() != `vntext: date "x 31/02/2023": no date found` {
		t.Errorf("error message: %v", err)
	}
}

func TestFindDate(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"Cập nhật lúc 18:26, 28/07/2023", time.Date(2023, 7, 28, 18, 26, 0, 0, ict), true},
		{"Đài PT-TH Hà Giang | 28/07/2023 18:26 | Chia sẻ", time.Date(2023, 7, 28, 18, 26, 0, 0, ict), true},
		{"Thứ sáu, 28/7/2023, 18:26 (GMT+7) — Thời sự", time.Date(2023, 7, 28, 18, 26, 0, 0, ict), true},
		{"Ngày 28/7/2023, Thường trực Ban Bí thư Trung ương", time.Date(2023, 7, 28, 0, 0, 0, 0, ict), true},
		{"Xuất bản: Thứ Năm, Ngày 12 tháng 09 năm 2024 (chrome)", time.Date(2024, 9, 12, 0, 0, 0, 0, ict), true},
		{"Chỉ thị số 24 ngày 13/7/2023 của Bộ Chính trị", time.Date(2023, 7, 13, 0, 0, 0, 0, ict), true},
		{"Không có ngày tháng nào", time.Time{}, false},
		{"Thứ bảy, 28/07/2023", time.Time{}, false},
		{"Hạn chót 31/02/2023", time.Time{}, false},
		{"giá 5.000 đồng, lúc 9 giờ", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := FindDate(tt.in, nil)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("FindDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
