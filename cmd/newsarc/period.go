package main

import (
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// periodFlags choose the period of digest and harvest: a month, or days.
// --from DAY (and --to DAY, which digest also reads as its output format)
// are the spellings of the release before, kept hidden for one more.
func periodFlags(cmd string) []cli.Flag {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "month", Aliases: []string{"m"}, Usage: "the calendar `YYYY-MM` to " + cmd},
		&cli.StringFlag{Name: "since", Usage: "first `DAY` (YYYY-MM-DD) of the period"},
		&cli.StringFlag{Name: "until", Usage: "last `DAY` (YYYY-MM-DD) of the period, included"},
		&cli.StringFlag{Name: "tz", Value: "Asia/Ho_Chi_Minh", Usage: "time `ZONE` that decides which day and month an article belongs to"},
		&cli.StringFlag{Name: "from", Hidden: true, Usage: "deprecated: --since"},
	}
	if cmd == "harvest" {
		flags = append(flags, &cli.StringFlag{Name: "to", Hidden: true, Usage: "deprecated: --until"})
	}
	return flags
}

// period reads --month or --since/--until in --tz. A date given to the
// old --from or --to is taken with a warning; to is what --to said when
// it named no date (digest's output format).
func period(c *cli.Context, cmd string) (p news.Period, to string, err error) {
	loc, err := time.LoadLocation(c.String("tz"))
	if err != nil {
		if c.String("tz") != "Asia/Ho_Chi_Minh" {
			return p, "", usagef("%s: --tz %q: unknown time zone", cmd, c.String("tz"))
		}
		loc = vntext.Location() // a system without the zone database
	}
	month, since, until := c.String("month"), c.String("since"), c.String("until")
	if old := c.String("from"); old != "" {
		if since != "" {
			return p, "", usagef("%s: give --since, not --from as well", cmd)
		}
		deprecated(c, "--from DAY", "--since DAY")
		since = old
	}
	if to = c.String("to"); to != "" && looksLikeDate(to) {
		if until != "" {
			return p, "", usagef("%s: give --until, not --to DAY as well", cmd)
		}
		deprecated(c, "--to DAY", "--until DAY")
		until, to = to, ""
	}
	switch {
	case month != "" && (since != "" || until != ""):
		return p, "", usagef("%s: give --month or --since/--until, not both", cmd)
	case month != "":
		p, err = convert.MonthPeriod(month, loc)
	case since != "" && until != "":
		p, err = convert.DaysPeriod(since, until, loc)
	case since != "" || until != "":
		return p, "", usagef("%s: --since and --until go together: give both days (YYYY-MM-DD)", cmd)
	default:
		return p, "", usagef("%s: no period; give --month YYYY-MM or --since YYYY-MM-DD --until YYYY-MM-DD", cmd)
	}
	if err != nil {
		return p, "", usagef("%s: %v", cmd, err)
	}
	return p, to, nil
}

// deprecated warns of a spelling that goes away in the next release.
func deprecated(c *cli.Context, old, now string) {
	if !c.Bool("quiet") {
		say(c.App.ErrWriter, "newsarc: warning: "+old+" is deprecated and goes away in the next release; write "+now)
	}
}

func looksLikeDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
