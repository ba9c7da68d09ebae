package html

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/vntext"
)

// vnZone is Asia/Ho_Chi_Minh: UTC+7 without daylight saving time. A time
// printed without an offset on a Vietnamese page is in this zone.
var vnZone = vntext.Location()

// isoLayouts are the machine-readable forms met in JSON-LD, metas and
// <time datetime>, with the offset optional.
var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999 Z07:00",
	"2006-01-02T15:04:05.999999999 Z0700",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 Z07:00",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04Z07:00",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
}

var localLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006-01-02",
}

// parseMachineTime parses the time forms of structured data. A missing
// offset means Vietnam's time. It falls back to the visible forms.
func parseMachineTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	for _, l := range localLayouts {
		if t, err := time.ParseInLocation(l, s, vnZone); err == nil {
			return t, true
		}
	}
	if t, err := vntext.ParseDate(s, vnZone); err == nil {
		return t, true
	}
	return findDate(s)
}

var (
	reDMY  = regexp.MustCompile(`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
	reNgay = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	reHM   = regexp.MustCompile(`(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(AM|PM|am|pm|SA|CH|sa|ch))?`)
	reYMDd = regexp.MustCompile(`(\d{4})[./](\d{1,2})[./](\d{1,2})\.?(?:\s+(\d{1,2}):(\d{2}))?`)
	reMDY  = regexp.MustCompile(`(?i)\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})`)
	reDMon = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})`)
)

var monthAbbr = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// findDate finds the first printed date in a line of text: the forms of
// Vietnamese sites through vntext.FindDate, else an English month name
// ("September 12, 2024", "12 Sept 2024") or a year-first date
// ("2024.10.06 15:20"). A time without an offset is Vietnam's.
func findDate(s string) (time.Time, bool) {
	if t, ok := vntext.FindDate(s, vnZone); ok {
		return t, true
	}
	var y, m, d, hh, mm int
	if l := reMDY.FindStringSubmatchIndex(s); l != nil {
		m, d, y = int(monthAbbr[strings.ToLower(s[l[2]:l[2]+3])]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
	} else if l := reDMon.FindStringSubmatchIndex(s); l != nil {
		d, m, y = atoi(s[l[2]:l[3]]), int(monthAbbr[strings.ToLower(s[l[4]:l[4]+3])]), atoi(s[l[6]:l[7]])
	} else if l := reYMDd.FindStringSubmatchIndex(s); l != nil {
		y, m, d = atoi(s[l[2]:l[3]]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
		if l[8] >= 0 {
			hh, mm = atoi(s[l[8]:l[9]]), atoi(s[l[10]:l[11]])
		}
	} else {
		return time.Time{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100 || hh > 23 || mm > 59 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, hh, mm, 0, 0, vnZone)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
