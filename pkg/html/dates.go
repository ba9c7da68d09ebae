package html

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/vntext"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateMetas name the publication time, best first.
var dateMetas = []string{"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "publish_date", "article.published", "dc.date.issued", "dcterms.created", "dc.date", "date",
	"sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "og:article:published_time"}

// dates sets Published and Updated: structured data first (JSON-LD, the
// date metas, microdata), else a profile's date element, else the date
// line printed after the headline. A structured value that gives the day
// only (or midnight) is refined by a date line of the same day that prints
// the time, wherever the page prints it.
func (x *extractor) dates() {
	var pub time.Time
	ok := false
	for _, s := range []string{x.p.ld.published, x.p.first(dateMetas...), x.p.itemText("datepublished")} {
		if pub, ok = parseMachineTime(s); ok {
			break
		}
	}
	if t, n := x.profileText(x.prof.sel(func(c *compiled) Selector { return c.date })); n != nil {
		if !ok {
			pub, ok = findDate(t)
			if !ok {
				pub, ok = parseMachineTime(attr(n, "datetime"))
			}
		}
		x.exclude = append(x.exclude, n)
	}
	switch {
	case !ok:
		d, n := x.visibleDate(func(vntext.DateInfo) bool { return true })
		if n == nil {
			// A date line with the time printed just above the headline
			// (a date alone there is more likely the header's today).
			x.beforeHeadline(12, func(e *html.Node) bool {
				if dd, ok := x.dateElement(e); ok && dd.HasTime {
					d, n = dd, e
					return false
				}
				return true
			})
		}
		if n != nil {
			pub, ok = d.Time, true
			x.exclude = append(x.exclude, n)
		}
	case midnight(pub) || midnight(pub.In(vnZone)):
		sameDay := func(d vntext.DateInfo) bool {
			return d.HasTime && (sameDate(d.Time, pub) || sameDate(d.Time, pub.In(vnZone)))
		}
		d, n := x.visibleDate(sameDay)
		if n == nil {
			d, n = x.anyDateLine(sameDay)
		}
		if n != nil {
			pub = d.Time
			x.exclude = append(x.exclude, n)
		}
	}
	if ok {
		x.a.Published = pub
	}
	for _, s := range []string{x.p.ld.modified, x.p.first("article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified"), x.p.itemText("datemodified")} {
		if t, ok := parseMachineTime(s); ok {
			x.a.Updated = t
			break
		}
	}
	if !x.a.Updated.IsZero() && x.a.Updated.Before(x.a.Published) {
		// A change before publication: a draft's time, or only the day
		// ("2025-03-13") of a story printed at 09:40 that day.
		x.a.Updated = x.a.Published
	}
}

func midnight(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 }

func sameDate(a, b time.Time) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}

// dateWords mark an element that prints the article's time.
var dateWords = []string{"date", "time", "publish", "posted", "ngay", "thoigian", "thoi-gian", "dateline", "created", "pubdate"}

// visibleDate looks after the headline for a <time> or a date line that
// accept takes, and returns it with its element. A date printed before the
// headline is the header's "today", not the article's.
func (x *extractor) visibleDate(accept func(vntext.DateInfo) bool) (vntext.DateInfo, *html.Node) {
	var d vntext.DateInfo
	var found *html.Node
	x.afterHeadline(300, func(n *html.Node) bool {
		if dd, ok := x.dateElement(n); ok && accept(dd) {
			d, found = dd, n
			return false
		}
		return true
	})
	return d, found
}

// anyDateLine looks through the whole page, chrome aside, for a date line
// that accept takes: some templates print the date above the headline.
func (x *extractor) anyDateLine(accept func(vntext.DateInfo) bool) (vntext.DateInfo, *html.Node) {
	var d vntext.DateInfo
	var found *html.Node
	following(x.doc, func(n *html.Node) bool {
		if dd, ok := x.dateElement(n); ok && accept(dd) {
			d, found = dd, n
			return false
		}
		return true
	})
	return d, found
}

// holdsTime reports an element with a <time> inside.
func (x *extractor) holdsTime(n *html.Node) bool {
	if x.timeHolders == nil {
		x.timeHolders = make(map[*html.Node]bool)
		for _, t := range x.p.times {
			for p := t.Parent; p != nil && !x.timeHolders[p]; p = p.Parent {
				x.timeHolders[p] = true
			}
		}
	}
	return x.timeHolders[n]
}

// dateElement reads the date of an element that prints one: a <time>, or
// a short line (a span, paragraph or div, or an element whose class says
// date) holding a date. An element with a <time> inside leaves it to that.
func (x *extractor) dateElement(n *html.Node) (vntext.DateInfo, bool) {
	if n.DataAtom != atom.Time && x.holdsTime(n) || x.inChrome(n) {
		return vntext.DateInfo{}, false
	}
	if n.DataAtom == atom.Time {
		if s := attr(n, "datetime"); s != "" {
			if t, ok := parseMachineTime(s); ok {
				return vntext.DateInfo{Time: t, HasTime: !midnight(t) || strings.Contains(s, ":"), HasOffset: true}, true
			}
		}
		if txt, short := shortText(n, 200); short {
			return findDateInfo(txt)
		}
		return vntext.DateInfo{}, false
	}
	if n.DataAtom == atom.Span || n.DataAtom == atom.P || n.DataAtom == atom.Div || has(n, fDate) {
		txt, short := shortText(n, 270)
		if l := runeLen(txt); short && l > 0 && l <= 90 {
			return findDateInfo(txt)
		}
	}
	return vntext.DateInfo{}, false
}

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
	if t, ok := parseUSTime(s); ok {
		return t, true
	}
	if t, err := vntext.ParseDate(s, vnZone); err == nil {
		return t, true
	}
	return findDate(s)
}

// reUSTime is the form .NET's en-US culture writes times in, which many
// portals put in their metadata: "5/14/2024 9:05:10 AM", month first.
var reUSTime = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])$`)

// parseUSTime reads reUSTime's form, day first if the first number cannot
// be a month; it has no offset, so it is Vietnam's time.
func parseUSTime(s string) (time.Time, bool) {
	m := reUSTime.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	mo, d, y, h, mi, sec := atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6])
	if mo > 12 {
		mo, d = d, mo
	}
	if h < 1 || h > 12 || mo < 1 || mo > 12 || mi > 59 || sec > 59 {
		return time.Time{}, false
	}
	if h == 12 {
		h = 0
	}
	if m[7][0] == 'P' || m[7][0] == 'p' {
		h += 12
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, vnZone)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

var (
	reDMY    = regexp.MustCompile(`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
	reNgay   = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	reHM     = regexp.MustCompile(`(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(AM|PM|am|pm|SA|CH|sa|ch))?`)
	reYMDd   = regexp.MustCompile(`(\d{4})[./](\d{1,2})[./](\d{1,2})\.?(?:\s+(\d{1,2}):(\d{2}))?`)
	reMDY    = regexp.MustCompile(`(?i)\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{1,2})(?:,?\s+|/)(\d{4})`)
	reDThang = regexp.MustCompile(`(?i)\b(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})`)
	reDMon   = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})`)
)

var monthAbbr = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// findDateInfo is findDate that also tells whether the line gave the time
// of day and an offset.
func findDateInfo(s string) (vntext.DateInfo, bool) {
	if d, ok := vntext.FindDateInfo(s, vnZone); ok {
		return d, true
	}
	return otherDate(s)
}

// findDate finds the first printed date in a line of text: the forms of
// Vietnamese sites through vntext.FindDate, else an English month name
// ("September 12, 2024", "12 Sept 2024") or a year-first date
// ("2024.10.06 15:20"). A time without an offset is Vietnam's.
func findDate(s string) (time.Time, bool) {
	if t, ok := vntext.FindDate(s, vnZone); ok {
		return t, true
	}
	d, ok := otherDate(s)
	return d.Time, ok
}

// otherDate reads the dates vntext does not: an English month name with
// the clock time and zone printed around it ("Posted Thursday, September
// 12, 2024 at 4:30 p.m. EDT", "3:45 PM EDT, September 12, 2024", "Thu 12
// Sep 2024 06.00 BST", "June, 12/2023 - 14:05"), Joomla's Vietnamese
// "Thứ hai, 12 Tháng 6 2023 14:05", or a year-first date ("2024.10.06
// 15:20").
func otherDate(s string) (vntext.DateInfo, bool) {
	var y, m, d, hh, mm int
	loc, hasTime, hasZone := vnZone, false, false
	if l := reMDY.FindStringSubmatchIndex(s); l != nil {
		m, d, y = int(monthAbbr[strings.ToLower(s[l[2]:l[2]+3])]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
	} else if l := reDMon.FindStringSubmatchIndex(s); l != nil {
		d, m, y = atoi(s[l[2]:l[3]]), int(monthAbbr[strings.ToLower(s[l[4]:l[4]+3])]), atoi(s[l[6]:l[7]])
	} else if l := reDThang.FindStringSubmatchIndex(s); l != nil {
		d, m, y = atoi(s[l[2]:l[3]]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
	} else if l := reYMDd.FindStringSubmatchIndex(s); l != nil {
		y, m, d = atoi(s[l[2]:l[3]]), atoi(s[l[4]:l[5]]), atoi(s[l[6]:l[7]])
		if l[8] >= 0 {
			hh, mm, hasTime = atoi(s[l[8]:l[9]]), atoi(s[l[10]:l[11]]), true
		}
	} else {
		return vntext.DateInfo{}, false
	}
	if !hasTime {
		hh, mm, loc, hasTime, hasZone = clockTime(s, y, m, d)
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100 || hh > 23 || mm > 59 {
		return vntext.DateInfo{}, false
	}
	t := time.Date(y, time.Month(m), d, hh, mm, 0, 0, loc)
	if t.Day() != d {
		return vntext.DateInfo{}, false
	}
	return vntext.DateInfo{Time: t, HasTime: hasTime, HasOffset: hasZone}, true
}

// reClock is a time of day as English pages print it: "4:30 p.m.", "3:45
// PM", "16:30", "06.00 BST" (with a dot, clockTime wants am/pm or a zone
// after it), with a zone abbreviation after it or not.
var reClock = regexp.MustCompile(`(?i)\b(\d{1,2})([:.])(\d{2})(?::\d{2})?\s*(?:([ap])\.?m\b\.?)?\s*\(?((?:UTC|GMT|[ECMP][SD]?T|BST|CES?T|AK[SD]T|HST)\b)?`)

// zoneHours are the offsets of the zone abbreviations of reClock; the US
// zones without S or D ("ET") follow the date's daylight saving time.
var zoneHours = map[string]int{"UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
	"MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "ET": -5, "CT": -6, "MT": -7, "PT": -8}

// clockTime finds the time of day printed in s with the date y-m-d: its
// hour and minute, and its zone when one is printed (else Vietnam's).
func clockTime(s string, y, m, d int) (hh, mm int, loc *time.Location, hasTime, hasZone bool) {
	loc = vnZone
	var l []string
	for _, c := range reClock.FindAllStringSubmatch(s, 3) {
		if c[2] == ":" || c[4] != "" || c[5] != "" {
			l = c // "3.6m" is not a time
			break
		}
	}
	if l == nil {
		return 0, 0, loc, false, false
	}
	hh, mm = atoi(l[1]), atoi(l[3])
	switch ampm := strings.ToLower(l[4]); {
	case ampm == "" && hh > 23, ampm != "" && (hh < 1 || hh > 12):
		return 0, 0, loc, false, false
	case ampm == "p" && hh < 12:
		hh += 12
	case ampm == "a" && hh == 12:
		hh = 0
	}
	if z := strings.ToUpper(l[5]); z != "" {
		off := zoneHours[z]
		if len(z) == 2 && usDaylight(y, m, d) {
			off++
		}
		loc, hasZone = time.FixedZone(z, off*3600), true
	}
	return hh, mm, loc, true, hasZone
}

// usDaylight reports whether daylight saving time is in force in the US on
// y-m-d: from the second Sunday of March to the first Sunday of November.
func usDaylight(y, m, d int) bool {
	sunday := func(month time.Month, nth int) int {
		first := time.Date(y, month, 1, 0, 0, 0, 0, time.UTC)
		return 1 + (7-int(first.Weekday()))%7 + 7*(nth-1)
	}
	switch {
	case m > 3 && m < 11:
		return true
	case m == 3:
		return d >= sunday(time.March, 2)
	case m == 11:
		return d < sunday(time.November, 1)
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// bareTime reports a line that is a time of day and nothing else
// ("21:00", "9h15", "2:05 PM").
func bareTime(s string) bool {
	s = strings.TrimSpace(s)
	l := reHM.FindStringIndex(s)
	return l != nil && l[0] == 0 && l[1] == len(s)
}
