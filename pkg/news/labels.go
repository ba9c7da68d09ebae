package news

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Labels are the words and date forms a writer prints around the articles,
// in one language. Writers take them from LabelsFor(article or collection
// language) so that an English article gets "Photo:" and English dates while
// a Vietnamese one stays as Vietnamese sites print it.
type Labels struct {
	Lang       string // "vi" or "en"
	Contents   string // heading of a table of contents
	Photo      string // before a photo credit: "Ảnh: Minh An"
	Articles   string // after a count: "27 bài viết"
	Source     string // before a source credit or the outlet
	Original   string // before the article's URL
	Updated    string // before the time of an update
	Digest     string // a digest with no other title
	NoDate     string // group of undated articles
	NoSection  string // group of articles without a section
	Page       string
	Month      string // running header: "Tháng 7/2023"
	Issued     string // cover: the collection's date
	Generated  string // colophon
	PeriodFrom string // "Từ 01/07/2023 đến 31/07/2023"
	PeriodTo   string
	Cover      string // the cover image
	TitlePage  string
	Start      string // EPUB landmark: where reading starts
	Untitled   string
	NoImage    string // in the frame of an image that could not be shown
	Undated    string // an article whose time is the capture's, not the page's

	Weekdays [7]string // Sunday first, as time.Weekday
	Months   [12]string
}

// Vietnamese labels, the default.
var Vietnamese = &Labels{
	Lang: "vi", Contents: "Mục lục", Photo: "Ảnh", Articles: "bài viết", Source: "Nguồn",
	Original: "Bài gốc", Updated: "Cập nhật", Digest: "Bản tin", NoDate: "Không rõ ngày",
	NoSection: "Tin khác", Page: "Trang", Month: "Tháng", Issued: "Ngày phát hành",
	Generated: "Tạo bởi newsarc", PeriodFrom: "Từ", PeriodTo: "đến", Cover: "Ảnh bìa",
	TitlePage: "Trang tên", Start: "Bắt đầu đọc", Untitled: "(Không có tiêu đề)",
	NoImage: "Không hiển thị được ảnh", Undated: "ngày thu thập",
	Weekdays: [7]string{"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"},
}

// English labels, for articles in any other language.
var English = &Labels{
	Lang: "en", Contents: "Contents", Photo: "Photo", Articles: "articles", Source: "Source",
	Original: "Original", Updated: "Updated", Digest: "Digest", NoDate: "Undated",
	NoSection: "Other news", Page: "Page", Month: "", Issued: "Issued",
	Generated: "Made with newsarc", PeriodFrom: "From", PeriodTo: "to", Cover: "Cover",
	TitlePage: "Title page", Start: "Start reading", Untitled: "(Untitled)",
	NoImage: "Image not available", Undated: "date of capture",
	Weekdays: [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	Months: [12]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"},
}

// LabelsFor returns the labels for a BCP 47 language: Vietnamese for "vi"
// (and unset), English for any other.
func LabelsFor(lang string) *Labels {
	if lang == "" || lang == "vi" || strings.HasPrefix(lang, "vi-") {
		return Vietnamese
	}
	return English
}

// DateTime prints t in its own zone as the language's news sites do:
// "18:26, 28/07/2023" or "28 July 2023, 18:26". The zero time prints as "".
func (l *Labels) DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if l.Lang == "vi" {
		return t.Format("15:04, 02/01/2006")
	}
	return l.Date(t) + ", " + t.Format("15:04")
}

// Date prints the day of t: "28/07/2023" or "28 July 2023".
func (l *Labels) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if l.Lang == "vi" {
		return t.Format("02/01/2006")
	}
	return strconv.Itoa(t.Day()) + " " + l.Months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Day prints a day heading: "Thứ sáu, 28/07/2023" or "Friday, 28 July 2023".
func (l *Labels) Day(t time.Time) string {
	return l.Weekdays[t.Weekday()] + ", " + l.Date(t)
}

// MonthName prints a month: "Tháng 7/2023" or "July 2023".
func (l *Labels) MonthName(t time.Time) string {
	if l.Lang == "vi" {
		return fmt.Sprintf("%s %d/%d", l.Month, int(t.Month()), t.Year())
	}
	return l.Months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// MonthTitle is a digest's default title: "Bản tin tháng 7/2023" or
// "Digest, July 2023".
func (l *Labels) MonthTitle(t time.Time) string {
	if l.Lang == "vi" {
		return fmt.Sprintf("%s tháng %d/%d", l.Digest, int(t.Month()), t.Year())
	}
	return l.Digest + ", " + l.MonthName(t)
}

// Period prints a period as its days, "01/07/2023 – 31/07/2023" (the end is
// exclusive, so the last day printed is the one before End).
func (l *Labels) Period(p Period) string {
	last := p.End.Add(-time.Nanosecond)
	return l.Date(p.Start) + " – " + l.Date(last)
}

// Count prints a number of articles: "27 bài viết", "1,234 articles".
func (l *Labels) Count(n int) string {
	s := strconv.Itoa(n)
	sep := "."
	if l.Lang != "vi" {
		sep = ","
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s + " " + l.Articles
}

// Labels returns the labels of the collection's language.
func (c *Collection) Labels() *Labels { return LabelsFor(c.Lang()) }

// Labels returns the labels of the article's language.
func (a *Article) Labels() *Labels { return LabelsFor(a.Lang()) }

// DisplayTitle returns the collection's title, else a month title when its period
// is one calendar month, else the title of its only article.
func (c *Collection) DisplayTitle() string {
	switch {
	case c.Title != "":
		return c.Title
	case c.Period != nil && c.Period.IsMonth():
		return c.Labels().MonthTitle(c.Period.Start)
	case len(c.Articles) == 1:
		return c.Articles[0].Title
	}
	return c.Labels().Digest
}
