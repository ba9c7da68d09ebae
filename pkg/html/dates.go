package html

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// vnZone is Asia/Ho_Chi_Minh: UTC+7 without daylight saving time. A time
// printed without an offset on a Vietnamese page is in this zone.
var vnZone = time.FixedZone("+07", 7*3600)

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
	return findDate(s)
}

var (
	reDMY   = regexp.MustCompile(`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
	reYMD   = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})`)
	reNgay  = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	reHM    = regexp.MustCompile(`(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(AM|PM|am|pm|SA|CH|sa|ch))?`)
	reGMT   = regexp.MustCompile(`(?i)(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?`)
	reMDY   = regexp.MustCompile(`(?i)\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})`)
	reDMonY = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})`)
)

var monthAbbr = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// findDate finds the first printed date in a line of text, with the time of
// day printed next to it, as Vietnamese (day first) and English sites print
// them. Times without an offset are Vietnam's.
func findDate(s string) (time.Time, bool) {
	var y, m, d int
	var loc []int
	if l := reNgay.FindStringSubmatchIndex(s); l != nil {
		loc = l
		d, m, y = atoi(s[l[2]:l[3]]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
	} else if l := reDMY.FindStringSubmatchIndex(s); l != nil {
		loc = l
		d, m, y = atoi(s[l[2]:l[3]]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
	} else if l := reYMD.FindStringSubmatchIndex(s); l != nil {
		loc = l
		y, m, d = atoi(s[l[2]:l[3]]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
	} else if l := reMDY.FindStringSubmatchIndex(s); l != nil {
		loc = l
		m, d, y = int(monthAbbr[strings.ToLower(s[l[2]:l[2]+3])]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
	} else if l := reDMonY.FindStringSubmatchIndex(s); l != nil {
		loc = l
		d, m, y = atoi(s[l[2]:l[3]]), int(monthAbbr[strings.ToLower(s[l[4]:l[4]+3])]), atoi(s[l[6]:l[7]])
	} else {
		return time.Time{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100 {
		return time.Time{}, false
	}
	hh, mm, ss := 0, 0, 0
	// The time of day is the nearest one before or after the date.
	best := -1
	for _, l := range reHM.FindAllStringSubmatchIndex(s, -1) {
		if l[0] >= loc[0] && l[0] < loc[1] {
			continue // inside the date itself
		}
		dist := loc[0] - l[1]
		if l[0] >= loc[1] {
			dist = l[0] - loc[1]
		}
		if dist > 30 || best >= 0 && dist >= best {
			continue
		}
		h, mi := atoi(s[l[2]:l[3]]), atoi(s[l[4]:l[5]])
		sec := 0
		if l[6] >= 0 {
			sec = atoi(s[l[6]:l[7]])
		}
		if l[8] >= 0 {
			switch strings.ToLower(s[l[8]:l[9]]) {
			case "pm", "ch":
				if h < 12 {
					h += 12
				}
			case "am", "sa":
				if h == 12 {
					h = 0
				}
			}
		}
		if h > 23 || mi > 59 || sec > 59 {
			continue
		}
		best, hh, mm, ss = dist, h, mi, sec
	}
	zone := vnZone
	if l := reGMT.FindStringSubmatchIndex(s); l != nil {
		off := atoi(s[l[4]:l[5]]) * 3600
		if l[6] >= 0 {
			off += atoi(s[l[6]:l[7]]) * 60
		}
		if s[l[2]:l[3]] == "-" {
			off = -off
		}
		if off != 7*3600 {
			zone = time.FixedZone("", off)
		}
	}
	t := time.Date(y, time.Month(m), d, hh, mm, ss, 0, zone)
	if t.Day() != d {
		return time.Time{}, false // 31/02
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
