package vntext

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Location returns Asia/Ho_Chi_Minh from the system's time zone database,
// or a fixed UTC+07:00 zone named "ICT" where there is none: Vietnam has
// kept that offset, without daylight saving time, since 1975.
func Location() *time.Location { return vnLocation() }

var vnLocation = sync.OnceValue(func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return loc
	}
	return time.FixedZone("ICT", 7*3600)
})

// Errors wrapped by DateError.
var (
	ErrNoDate          = errors.New("no date found")
	ErrInvalidDate     = errors.New("impossible date or time")
	ErrWeekdayMismatch = errors.New("weekday does not match the date")
)

// DateError reports a date that could not be parsed. Err wraps one of
// ErrNoDate, ErrInvalidDate or ErrWeekdayMismatch.
type DateError struct {
	Input string
	Err   error
}

// Error quotes the input and says what is wrong with it.
func (e *DateError) Error() string { return fmt.Sprintf("vntext: date %q: %v", e.Input, e.Err) }

// Unwrap returns the underlying error, for errors.Is.
func (e *DateError) Unwrap() error { return e.Err }

// DateInfo is a parsed date and what the text said about it.
type DateInfo struct {
	Time       time.Time
	HasTime    bool // a time of day was given; otherwise Time is midnight
	HasOffset  bool // a UTC offset or zone was given; otherwise loc was assumed
	HasWeekday bool // a weekday was given (and matched)
}

// ParseDate parses a date as Vietnamese sites print it, day first always:
//
//	18:26, 28/07/2023
//	Thứ sáu, 28/7/2023, 18:26 (GMT+7)
//	28/07/2023 18:26 GMT+7
//	12/09/2024 14:30 (GMT+07:00)
//	Thứ Sáu, 28/07/2023 - 18:26
//	28-07-2023 - 06:26 PM
//	Ngày 28 tháng 7 năm 2023
//	Tên - 12/09/2024 14:30
//	2024-09-12, 2024-09-12 14:30, 2023-07-28T18:26:00.000 +07:00
//	Fri, 28 Jul 2023 18:26:00 +0700 (RFC 1123)
//
// Weekdays (Thứ hai … Thứ bảy, Chủ nhật, T2 … T7, CN, any case) must match
// the date. A label before the date is allowed when it has no digits and
// ends with a separator ("Cập nhật: ", "Tên - ") or "lúc"/"ngày"; nothing
// but closing punctuation may follow. Without an offset in s the time is in
// loc (nil means Location()); the result is always expressed in loc. A date
// without a time is midnight; use ParseDateInfo to tell.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	d, err := ParseDateInfo(s, loc)
	return d.Time, err
}

// ParseDateInfo is ParseDate that also reports whether a time of day, an
// offset and a weekday were present.
func ParseDateInfo(s string, loc *time.Location) (DateInfo, error) {
	if loc == nil {
		loc = Location()
	}
	fail := func(err error) (DateInfo, error) { return DateInfo{}, &DateError{Input: s, Err: err} }
	if len(s) > 256 {
		return fail(fmt.Errorf("%w: input too long", ErrNoDate))
	}
	if t, ok, err := parseRFC1123(strings.TrimSpace(s)); ok {
		if err != nil {
			return fail(err)
		}
		return DateInfo{Time: t.In(loc), HasTime: true, HasOffset: true, HasWeekday: true}, nil
	}
	f := dateNormalize(s)
	p, end, err := parseExpr(f, skipSeps(f, 0))
	if err == nil && trailingOK(f, end) {
		return p.info(loc), nil
	}
	if err != nil && !errors.Is(err, ErrNoDate) {
		return fail(err)
	}
	// A label before the date.
	for k := 1; k < len(f) && k <= 96; k++ {
		if !tokenStart(f, k) || !labelOK(f[:k]) {
			continue
		}
		p, end, err := parseExpr(f, k)
		if err == nil && trailingOK(f, end) {
			return p.info(loc), nil
		}
		if err != nil && !errors.Is(err, ErrNoDate) {
			return fail(err)
		}
	}
	return fail(ErrNoDate)
}

// FindDate finds the first date in a longer line ("Cập nhật lúc 18:26,
// 28/07/2023 | Chia sẻ") and parses it as ParseDate does, with the time of
// day and weekday around it. A line whose first date is impossible or
// contradicts its weekday has no reliable date: ok is false.
func FindDate(line string, loc *time.Location) (time.Time, bool) {
	d, ok := FindDateInfo(line, loc)
	return d.Time, ok
}

// FindDateInfo is FindDate that also reports what the line said.
func FindDateInfo(line string, loc *time.Location) (DateInfo, bool) {
	if loc == nil {
		loc = Location()
	}
	if t, ok, err := parseRFC1123(strings.TrimSpace(line)); ok {
		return DateInfo{Time: t.In(loc), HasTime: true, HasOffset: true, HasWeekday: true}, err == nil
	}
	f := dateNormalize(line)
	for k := 0; k < len(f); k++ {
		if !tokenStart(f, k) {
			continue
		}
		p, _, err := parseExpr(f, k)
		if err == nil {
			return p.info(loc), true
		}
		if !errors.Is(err, ErrNoDate) {
			return DateInfo{}, false
		}
	}
	return DateInfo{}, false
}

// parseRFC1123 parses the e-mail/HTTP date form. ok reports that s has
// that form; err that its weekday is wrong (time.Parse does not check).
func parseRFC1123(s string) (t time.Time, ok bool, err error) {
	if len(s) < 20 || !isLetterByte(s[0]) {
		return time.Time{}, false, nil
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if strings.HasSuffix(layout, "MST") {
			// Go invents a zero offset for unknown abbreviations.
			switch name, _ := t.Zone(); name {
			case "GMT", "UTC", "UT":
			default:
				continue
			}
		}
		if wd := t.Weekday().String()[:3]; !strings.EqualFold(s[:3], wd) {
			return t, true, fmt.Errorf("%w: %s is a %s, not %s", ErrWeekdayMismatch, t.Format("02/01/2006"), t.Weekday(), s[:3])
		}
		return t, true, nil
	}
	return time.Time{}, false, nil
}

// dateNormalize cleans s, lower-cases it and turns every kind of space into
// an ASCII space. Keywords are then compared with diacritics folded, except
// "thứ", whose diacritic tells the weekday from the name "Thu".
func dateNormalize(s string) string {
	s = strings.ToLower(Clean(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

// tokenStart reports whether f[k] starts a word or number.
func tokenStart(f string, k int) bool {
	c := f[k]
	if !(isAlnumByte(c) || c >= utf8.RuneSelf || c == '(') {
		return false
	}
	if k == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(f[:k])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ':'
}

// labelOK accepts the text before a date: no digits, at most a few words,
// ending with a separator or one of the words that introduce a date.
func labelOK(pre string) bool {
	for i := 0; i < len(pre); i++ {
		if '0' <= pre[i] && pre[i] <= '9' {
			return false
		}
	}
	pre = strings.TrimRight(pre, " ")
	if pre == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(pre)
	switch r {
	case '-', '–', '—', '|', ':', ',', '·', '•':
		return true
	}
	last := pre[strings.LastIndexByte(pre, ' ')+1:]
	switch Fold(last) {
	case "luc", "vao", "ngay", "dang", "nhat", "on", "at":
		return true
	}
	return false
}

// trailingOK accepts only spaces and closing punctuation after the date.
func trailingOK(f string, end int) bool {
	for _, c := range []byte(f[end:]) {
		switch c {
		case ' ', '.', ')', ']':
		default:
			return false
		}
	}
	return true
}

// dateParse collects the components of one date expression.
type dateParse struct {
	y, mo, d                        int
	h, mi, sec, nsec                int
	ampm                            byte // 0, 'a' or 'p'
	off                             int  // seconds east of UTC
	wd                              time.Weekday
	hasDate, hasTime, hasOff, hasWd bool
}

func (p *dateParse) info(loc *time.Location) DateInfo {
	zone := loc
	if p.hasOff {
		zone = time.FixedZone("", p.off)
	}
	t := time.Date(p.y, time.Month(p.mo), p.d, p.h, p.mi, p.sec, p.nsec, zone).In(loc)
	return DateInfo{Time: t, HasTime: p.hasTime, HasOffset: p.hasOff, HasWeekday: p.hasWd}
}

// parseExpr reads date components — weekday, date, time, zone, in any
// order, each once — separated by spaces and punctuation from f[i:].
func parseExpr(f string, i int) (dateParse, int, error) {
	var p dateParse
	end := i
	for {
		if (p.hasTime || p.hasDate) && !p.hasOff {
			j := skipSpaces(f, end)
			if off, k, ok := matchZone(f, j, j == end && p.hasTime, p.hasTime); ok {
				p.off, p.hasOff, end = off, true, k
				continue
			}
		}
		j := skipSeps(f, end)
		if !p.hasWd {
			if wd, k, ok := matchWeekday(f, j); ok {
				p.wd, p.hasWd, end = wd, true, k
				continue
			}
		}
		if !p.hasDate {
			if k, ok := matchDate(f, j, &p); ok {
				p.hasDate, end = true, k
				continue
			}
		}
		if !p.hasTime {
			if k, ok := matchTime(f, j, &p); ok {
				p.hasTime, end = true, k
				continue
			}
		}
		break
	}
	if !p.hasDate {
		return p, end, ErrNoDate
	}
	if err := p.validate(); err != nil {
		return p, end, err
	}
	return p, end, nil
}

func (p *dateParse) validate() error {
	if p.y < 1 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 {
		return fmt.Errorf("%w: %02d/%02d/%04d", ErrInvalidDate, p.d, p.mo, p.y)
	}
	civil := time.Date(p.y, time.Month(p.mo), p.d, 0, 0, 0, 0, time.UTC)
	if civil.Day() != p.d {
		return fmt.Errorf("%w: %02d/%02d/%04d", ErrInvalidDate, p.d, p.mo, p.y)
	}
	if p.hasTime {
		switch p.ampm {
		case 'a':
			if p.h > 12 {
				return fmt.Errorf("%w: %d:%02d AM", ErrInvalidDate, p.h, p.mi)
			}
			if p.h == 12 {
				p.h = 0
			}
		case 'p':
			if p.h < 12 {
				p.h += 12
			}
		}
		if p.h > 23 || p.mi > 59 || p.sec > 59 {
			return fmt.Errorf("%w: %02d:%02d:%02d", ErrInvalidDate, p.h, p.mi, p.sec)
		}
	}
	if p.hasWd && civil.Weekday() != p.wd {
		return fmt.Errorf("%w: %s is a %s, not a %s", ErrWeekdayMismatch,
			civil.Format("02/01/2006"), civil.Weekday(), p.wd)
	}
	return nil
}

func skipSpaces(f string, i int) int {
	for i < len(f) && f[i] == ' ' {
		i++
	}
	return i
}

// skipSeps skips spaces, separator punctuation and the words that join the
// parts of a date ("lúc", "vào", "ngày" before a number).
func skipSeps(f string, i int) int {
	for i < len(f) {
		switch c := f[i]; c {
		case ' ', ',', '-', '|', '/', '(', '[':
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		switch r {
		case '–', '—', '·', '•':
			i += size
			continue
		}
		if k, ok := matchWords(f, i, "luc"); ok {
			i = k
			continue
		}
		if k, ok := matchWords(f, i, "vao"); ok {
			i = k
			continue
		}
		if k, ok := matchWords(f, i, "ngay"); ok {
			if j := skipSpaces(f, k); j < len(f) && isDigit(f[j]) {
				i = k
				continue
			}
		}
		break
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// matchWords matches kw (ASCII, words separated by single spaces) at f[i:]
// comparing folded letters, with one or more spaces in f for each space in
// kw and a word boundary at the end.
func matchWords(f string, i int, kw string) (int, bool) {
	j := i
	for k := 0; k < len(kw); k++ {
		if kw[k] == ' ' {
			if j >= len(f) || f[j] != ' ' {
				return i, false
			}
			j = skipSpaces(f, j)
			continue
		}
		if j >= len(f) {
			return i, false
		}
		r, size := utf8.DecodeRuneInString(f[j:])
		if foldRune(r) != rune(kw[k]) {
			return i, false
		}
		j += size
	}
	if j < len(f) {
		if r, _ := utf8.DecodeRuneInString(f[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i, false
		}
	}
	return j, true
}

// number reads 1..maxDigits digits at f[i:]; the run must not be longer.
func number(f string, i, minDigits, maxDigits int) (int, int, bool) {
	j, v := i, 0
	for j < len(f) && isDigit(f[j]) {
		if j-i == maxDigits {
			return 0, i, false
		}
		v = v*10 + int(f[j]-'0')
		j++
	}
	if j-i < minDigits {
		return 0, i, false
	}
	return v, j, true
}

var weekdayWords = []struct {
	w  string
	wd time.Weekday
}{
	{"hai", time.Monday}, {"ba", time.Tuesday}, {"tu", time.Wednesday}, {"nam", time.Thursday},
	{"sau", time.Friday}, {"bay", time.Saturday}, // "bảy" and "bẩy" both fold to "bay"
	{"2", time.Monday}, {"3", time.Tuesday}, {"4", time.Wednesday}, {"5", time.Thursday},
	{"6", time.Friday}, {"7", time.Saturday},
}

// matchWeekday reads "thứ hai" … "thứ bảy" (also "thứ 2" … "thứ 7",
// "thứ bẩy"), "chủ nhật", "t2" … "t7" and "cn".
func matchWeekday(f string, i int) (time.Weekday, int, bool) {
	if strings.HasPrefix(f[i:], "thứ ") {
		j := skipSpaces(f, i+len("thứ "))
		for _, w := range weekdayWords {
			if k, ok := matchWords(f, j, w.w); ok {
				return w.wd, k, true
			}
		}
		return 0, i, false
	}
	if k, ok := matchWords(f, i, "chu nhat"); ok {
		return time.Sunday, k, true
	}
	if k, ok := matchWords(f, i, "cn"); ok {
		return time.Sunday, k, true
	}
	if i+2 <= len(f) && f[i] == 't' && '2' <= f[i+1] && f[i+1] <= '7' {
		if k, ok := matchWords(f, i, f[i:i+2]); ok {
			return time.Weekday(f[i+1] - '1'), k, true
		}
	}
	return 0, i, false
}

// matchDate reads dd/mm/yyyy (also with - or ., and one-digit day and
// month), yyyy-mm-dd[Thh:mm…] and "ngày dd tháng mm năm yyyy".
func matchDate(f string, i int, p *dateParse) (int, bool) {
	if k, ok := matchNumericDate(f, i, p); ok {
		return k, true
	}
	return matchLongDate(f, i, p)
}

// matchNumericDate reads dd/mm/yyyy and yyyy-mm-dd[Thh:mm…].
func matchNumericDate(f string, i int, p *dateParse) (int, bool) {
	if a, j, ok := number(f, i, 1, 4); ok && j < len(f) {
		sep := f[j]
		if sep != '/' && sep != '-' && sep != '.' {
			return i, false
		}
		if j-i == 4 { // year first
			mo, k, ok := number(f, j+1, 1, 2)
			if !ok || k >= len(f) || f[k] != sep || sep == '.' {
				return i, false
			}
			d, k, ok := number(f, k+1, 1, 2)
			if !ok {
				return i, false
			}
			p.y, p.mo, p.d = a, mo, d
			if k+1 < len(f) && f[k] == 't' && isDigit(f[k+1]) {
				if k2, ok := matchTime(f, k+1, p); ok {
					p.hasTime = true
					k = k2
				}
			}
			return k, true
		}
		if j-i > 2 {
			return i, false
		}
		mo, k, ok := number(f, j+1, 1, 2)
		if !ok || k >= len(f) || f[k] != sep {
			return i, false
		}
		if sep == '.' && (j-i != 2 || k-j-1 != 2) {
			return i, false // "1.2.2023" is more likely a version number
		}
		y, k, ok := number(f, k+1, 4, 4)
		if !ok {
			return i, false
		}
		p.y, p.mo, p.d = y, mo, a
		return k, true
	}
	return i, false
}

// matchLongDate reads "ngày dd tháng mm năm yyyy"; "ngày" may already have
// been skipped.
func matchLongDate(f string, i int, p *dateParse) (int, bool) {
	j := i
	if k, ok := matchWords(f, j, "ngay"); ok {
		j = skipSpaces(f, k)
	}
	d, j, ok := number(f, j, 1, 2)
	if !ok {
		return i, false
	}
	j, ok = matchWords(f, skipSpaces(f, j), "thang")
	if !ok {
		return i, false
	}
	mo, j, ok := number(f, skipSpaces(f, j), 1, 2)
	if !ok {
		return i, false
	}
	j = skipSpaces(f, j)
	if j < len(f) && f[j] == ',' {
		j = skipSpaces(f, j+1)
	}
	j, ok = matchWords(f, j, "nam")
	if !ok {
		return i, false
	}
	y, j, ok := number(f, skipSpaces(f, j), 4, 4)
	if !ok {
		return i, false
	}
	p.y, p.mo, p.d = y, mo, d
	return j, true
}

// matchTime reads hh:mm[:ss[.fff]] or 18h26, then an optional AM/PM (also
// Vietnamese SA/CH).
func matchTime(f string, i int, p *dateParse) (int, bool) {
	h, j, ok := number(f, i, 1, 2)
	if !ok || j >= len(f) || f[j] != ':' && f[j] != 'h' {
		return i, false
	}
	mi, k, ok := number(f, j+1, 2, 2)
	if !ok {
		return i, false
	}
	sec, nsec := 0, 0
	if f[j] == ':' && k+2 < len(f) && f[k] == ':' && isDigit(f[k+1]) {
		if sec, k, ok = number(f, k+1, 2, 2); !ok {
			return i, false
		}
		if k+1 < len(f) && (f[k] == '.' || f[k] == ',') && isDigit(f[k+1]) {
			start := k + 1
			frac, e, ok := number(f, start, 1, 9)
			if !ok {
				return i, false
			}
			for n := e - start; n < 9; n++ {
				frac *= 10
			}
			nsec, k = frac, e
		}
	}
	ampm := byte(0)
	m := skipSpaces(f, k)
	for _, w := range []struct {
		s string
		v byte
	}{{"am", 'a'}, {"a.m.", 'a'}, {"sa", 'a'}, {"pm", 'p'}, {"p.m.", 'p'}, {"ch", 'p'}} {
		if strings.HasPrefix(f[m:], w.s) {
			e := m + len(w.s)
			if e < len(f) && isAlnumByte(f[e]) {
				continue
			}
			ampm, k = w.v, e
			break
		}
	}
	if ampm == 0 && k < len(f) && isLetterByte(f[k]) && f[k] != 'z' {
		return i, false // "18h26abc"
	}
	p.h, p.mi, p.sec, p.nsec, p.ampm = h, mi, sec, nsec, ampm
	return k, true
}

// matchZone reads "GMT+7", "(GMT+07:00)", "UTC+7", "ICT", a bare offset
// "+07:00"/"+0700" (only after a time) and "Z" (only right after a time).
func matchZone(f string, i int, adjacent, afterTime bool) (int, int, bool) {
	j := i
	paren := j < len(f) && f[j] == '('
	if paren {
		j = skipSpaces(f, j+1)
	}
	closeParen := func(k int) int {
		if paren {
			if m := skipSpaces(f, k); m < len(f) && f[m] == ')' {
				return m + 1
			}
		}
		return k
	}
	switch {
	case strings.HasPrefix(f[j:], "gmt") || strings.HasPrefix(f[j:], "utc"):
		k := skipSpaces(f, j+3)
		if k < len(f) && (f[k] == '+' || f[k] == '-') {
			off, e, ok := offset(f, skipSpaces(f, k+1), f[k] == '-', true)
			if !ok {
				return 0, i, false
			}
			return off, closeParen(e), true
		}
		if k < len(f) && isAlnumByte(f[j+3]) {
			return 0, i, false
		}
		return 0, closeParen(j + 3), true
	case strings.HasPrefix(f[j:], "ict"):
		if k := j + 3; k < len(f) && isAlnumByte(f[k]) {
			return 0, i, false
		}
		return 7 * 3600, closeParen(j + 3), true
	case !paren && afterTime && j < len(f) && (f[j] == '+' || f[j] == '-'):
		off, e, ok := offset(f, j+1, f[j] == '-', false)
		if !ok {
			return 0, i, false
		}
		return off, e, true
	case !paren && adjacent && j < len(f) && f[j] == 'z':
		if k := j + 1; k < len(f) && isAlnumByte(f[k]) {
			return 0, i, false
		}
		return 0, j + 1, true
	}
	return 0, i, false
}

// offset reads hh[:mm], hhmm, or (after GMT/UTC) a one-digit hour.
func offset(f string, i int, neg, short bool) (int, int, bool) {
	minDigits := 2
	if short {
		minDigits = 1
	}
	h, j, ok := number(f, i, minDigits, 4)
	if !ok {
		return 0, i, false
	}
	m := 0
	switch j - i {
	case 3:
		return 0, i, false
	case 4:
		h, m = h/100, h%100
	default:
		if j < len(f) && f[j] == ':' {
			if m, j, ok = number(f, j+1, 2, 2); !ok {
				return 0, i, false
			}
		}
	}
	if h > 14 || m > 59 {
		return 0, i, false
	}
	off := h*3600 + m*60
	if neg {
		off = -off
	}
	return off, j, true
}
