package harvest

import (
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

var ict = time.FixedZone("ICT", 7*3600)

var julyWindow = window{news.Period{Start: time.Date(2023, 7, 1, 0, 0, 0, 0, ict), End: time.Date(2023, 8, 1, 0, 0, 0, 0, ict)}}

func TestDateInPath(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, ict) }
	for _, c := range []struct {
		path    string
		sitemap bool
		from    time.Time
		created bool
		ok      bool
	}{
		{"/2023/07/28/giao-ban-12345.html", false, day(2023, 7, 28), false, true},
		{"/2023/7/3/giao-ban/", false, day(2023, 7, 3), false, true},
		{"/tin-tuc/2023/07/giao-ban.html", false, day(2023, 7, 1), false, true},
		{"/20230728/giao-ban.html", false, day(2023, 7, 28), false, true},
		{"/2023-07-28/giao-ban.html", false, day(2023, 7, 28), false, true},
		{"/van-hoa/le-hoi-20230728152600123.htm", false, day(2023, 7, 28).Add(15*time.Hour + 26*time.Minute), true, true},
		{"/thoi-su/giao-ban-post123456.html", false, time.Time{}, false, false},
		{"/thoi-su/ke-hoach-2023-10-diem-moi.html", false, time.Time{}, false, false}, // a slug's numbers
		{"/thoi-su/giai-doan-2021-2025-12345.html", false, time.Time{}, false, false},
		{"/thoi-su/so-20231234-x.html", false, time.Time{}, false, false}, // no 34 December
		{"/2023/06/31/x.html", false, day(2023, 6, 1), false, true},       // no 31 June: the month only
		{"/sitemaps/sitemap-2023-07.xml.gz", true, day(2023, 7, 1), false, true},
		{"/sitemaps/2023/07/28.xml", true, day(2023, 7, 28), false, true},
		{"/post-sitemap_2023_07_28.xml", true, day(2023, 7, 28), false, true},
		{"/sitemap-202307.xml", true, day(2023, 7, 1), false, true},
		{"/sitemap-news.xml", true, time.Time{}, false, false},
		{"/post-sitemap12.xml", true, time.Time{}, false, false},
	} {
		d, ok := dateInPath(c.path, ict, c.sitemap)
		if ok != c.ok || ok && (!d.from.Equal(c.from) || d.created != c.created) {
			t.Errorf("dateInPath(%q) = %+v, %v; want from %v created %v, %v", c.path, d, ok, c.from, c.created, c.ok)
		}
	}
}

func TestURLDateAgainstPeriod(t *testing.T) {
	for _, c := range []struct {
		path            string
		outside, inside bool
	}{
		{"/2023/07/15/x.html", false, true},
		{"/2023/06/30/x.html", false, false}, // a day off: a zone away
		{"/2023/06/29/x.html", true, false},
		{"/2023/08/01/x.html", false, false},
		{"/2023/08/02/x.html", true, false},
		{"/2023/06/x.html", false, false}, // June ends within a day of July
		{"/2023/05/x.html", true, false},
		{"/x-20230731211000152.htm", false, false}, // created the evening before an August article
		{"/x-20230802001000152.htm", true, false},  // created after July: published after
		{"/x-20230626120000001.htm", false, false}, // a draft of five days
		{"/x-20230610120000001.htm", true, false},  // three weeks: not July's
	} {
		d, ok := dateInPath(c.path, ict, false)
		if !ok {
			t.Fatalf("%s: no date", c.path)
		}
		if d.outside(julyWindow) != c.outside || d.inside(julyWindow) != c.inside {
			t.Errorf("%s: outside %v inside %v, want %v %v", c.path, d.outside(julyWindow), d.inside(julyWindow), c.outside, c.inside)
		}
	}
}

func TestWindowExcludes(t *testing.T) {
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	for _, c := range []struct {
		s    stamp
		want bool
	}{
		{stamp{Time: at("2023-06-30T17:10:00Z")}, false}, // 1 July 00:10 in Vietnam
		{stamp{Time: at("2023-06-30T16:50:00Z")}, true},  // 30 June 23:50
		{stamp{Time: at("2023-07-31T16:50:00Z")}, false},
		{stamp{Time: at("2023-07-31T17:10:00Z")}, true},
		{stamp{Time: at("2023-06-30T00:00:00+07:00"), approx: true}, false}, // "2023-06-30" may be a day off
		{stamp{Time: at("2023-06-29T00:00:00+07:00"), approx: true}, true},
	} {
		if got := julyWindow.excludes(c.s); got != c.want {
			t.Errorf("excludes(%v, approx %v) = %v, want %v", c.s.Time, c.s.approx, got, c.want)
		}
	}
}
