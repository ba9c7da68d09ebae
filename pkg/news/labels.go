package news

import (
	"fmt"
	"strings"
	"time"
)

// User-facing Vietnamese strings shared by the writers, in one place.
const (
	LabelContents   = "Mục lục"
	LabelPhoto      = "Ảnh"
	LabelArticles   = "bài viết"
	LabelSource     = "Nguồn"
	LabelDigest     = "Bản tin"
	LabelNoDate     = "Không rõ ngày"
	LabelNoSection  = "Tin khác"
	LabelPage       = "Trang"
	LabelGenerated  = "Tạo bởi newsarc"
	LabelPeriodFrom = "Từ"
	LabelPeriodTo   = "đến"
)

// PhotoLabel is the word for "photo" in an article of language lang:
// "Ảnh" for Vietnamese (and unset), "Photo" otherwise.
func PhotoLabel(lang string) string {
	if lang == "" || lang == "vi" || strings.HasPrefix(lang, "vi-") {
		return LabelPhoto
	}
	return "Photo"
}

// FormatDateTime prints t the way Vietnamese news sites do, in t's own zone:
// "18:26, 28/07/2023". The zero time prints as "".
func FormatDateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("15:04, 02/01/2006")
}

// FormatDate prints the day of t: "28/07/2023".
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02/01/2006")
}

// Weekdays are the Vietnamese day names, Sunday first as in time.Weekday.
var Weekdays = [7]string{"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"}

// FormatDay prints a day heading: "Thứ sáu, 28/07/2023".
func FormatDay(t time.Time) string {
	return Weekdays[t.Weekday()] + ", " + FormatDate(t)
}

// MonthTitle is a digest's default title: "Bản tin tháng 7/2023".
func MonthTitle(t time.Time) string {
	return fmt.Sprintf("%s tháng %d/%d", LabelDigest, int(t.Month()), t.Year())
}

// PeriodLabel prints a period as its days, "01/07/2023 – 31/07/2023" (the
// end is exclusive, so the last day printed is the one before End).
func PeriodLabel(p Period) string {
	last := p.End.Add(-time.Nanosecond)
	return FormatDate(p.Start) + " – " + FormatDate(last)
}

// DisplayTitle returns the collection's title, else a month title when its period
// is one calendar month, else the title of its only article.
func (c *Collection) DisplayTitle() string {
	switch {
	case c.Title != "":
		return c.Title
	case c.Period != nil && c.Period.IsMonth():
		return MonthTitle(c.Period.Start)
	case len(c.Articles) == 1:
		return c.Articles[0].Title
	}
	return LabelDigest
}
