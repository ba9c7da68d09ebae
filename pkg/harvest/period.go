package harvest

import (
	"regexp"
	"strconv"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

const day = 24 * time.Hour

// draftMargin is how long before publication a CMS may have created the
// article whose creation time its URL carries.
const draftMargin = 7 * day

// window is the period with the margins that imprecise dates need: a day
// given without its time or zone, a date peeked without the time the page
// prints.
type window struct{ news.Period }

// nearly reports whether t may fall in the period: it is within a day of it.
func (w window) nearly(t time.Time) bool {
	return !t.Before(w.Start.Add(-day)) && t.Before(w.End.Add(day))
}

// surely reports whether t falls in the period by more than a day.
func (w window) surely(t time.Time) bool {
	return !t.Before(w.Start.Add(day)) && t.Before(w.End.Add(-day))
}

// excludes reports whether a page published at s is surely outside the
// period.
func (w window) excludes(s stamp) bool {
	if s.approx {
		return !w.nearly(s.Time)
	}
	return !w.Contains(s.Time)
}

// urlDate is what a URL says about when its page was published.
type urlDate struct {
	from, to time.Time // [from, to): a day or a month of publication
	created  bool      // from is a CMS's creation time: publication follows, soon
}

// outside reports whether a page (or a sitemap) with this URL date cannot
// hold articles of the period.
func (d urlDate) outside(w window) bool {
	if d.created {
		return !d.from.Before(w.End.Add(day)) || d.from.Before(w.Start.Add(-draftMargin))
	}
	return !d.to.After(w.Start.Add(-day)) || !d.from.Before(w.End.Add(day))
}

// inside reports whether the URL date puts the page in the period.
func (d urlDate) inside(w window) bool {
	return !d.created && !d.from.Before(w.Start) && !d.to.After(w.End)
}

var (
	// /2023/07/28/ or /2023/7/28.xml: a day; /2023/07/ a month.
	pathDay   = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:[/.]|$)`)
	pathMonth = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?:[/.]|$)`)
	// /20230728/ or /2023-07-28/: a day as a whole path segment.
	segmentDay = regexp.MustCompile(`/((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:/|$)`)
	// In a sitemap's name: sitemap-2023-07-28.xml, post-sitemap_2023_07.xml,
	// sitemap-202307.xml. In an article's slug "2023-10" may be anything.
	nameDay   = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?:\D|$)`)
	nameMonth = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)[-_]?(0[1-9]|1[0-2])(?:\D|$)`)
	// slug-20230728152600123.htm: a creation time of 12 to 17 digits.
	creation = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)\d{0,5}(?:\D|$)`)
)

// dateInPath reads a publication day or month, or a creation time, from a
// URL's path, in loc. A sitemap's name is read loosely; in a page's path
// only whole segments and long timestamps count, since a slug's numbers
// may be anything.
func dateInPath(path string, loc *time.Location, sitemap bool) (urlDate, bool) {
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	date := func(m []string) time.Time {
		return time.Date(num(m[1]), time.Month(num(m[2])), num(m[3]), 0, 0, 0, 0, loc)
	}
	valid := func(t time.Time, m []string) bool { return t.Day() == num(m[3]) } // not 31 June
	days, months := []*regexp.Regexp{pathDay, segmentDay}, []*regexp.Regexp{pathMonth}
	if sitemap {
		days, months = append(days, nameDay), append(months, nameMonth)
	}
	for _, re := range days {
		if m := re.FindStringSubmatch(path); m != nil {
			if t := date(m); valid(t, m) {
				return urlDate{from: t, to: t.AddDate(0, 0, 1)}, true
			}
		}
	}
	for _, re := range months {
		if m := re.FindStringSubmatch(path); m != nil {
			t := time.Date(num(m[1]), time.Month(num(m[2])), 1, 0, 0, 0, 0, loc)
			return urlDate{from: t, to: t.AddDate(0, 1, 0)}, true
		}
	}
	if m := creation.FindStringSubmatch(path); m != nil && !sitemap {
		if t := date(m); valid(t, m) {
			t = t.Add(time.Duration(num(m[4]))*time.Hour + time.Duration(num(m[5]))*time.Minute)
			return urlDate{from: t, to: t, created: true}, true
		}
	}
	return urlDate{}, false
}
