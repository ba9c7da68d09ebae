package html

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/vntext"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseNames reads a byline into personal names: vntext.ParseByline for
// scripts with capital letters ("Đình Anh- Văn Hương", "NGUYỄN A, TRẦN B",
// "By Jane Doe and John Roe"); for Korean, Chinese and Japanese, which have
// none, names are split at separators and job titles ("기자") dropped. It
// returns nil when the text does not look like names.
func parseNames(s string) []string {
	s = fold(s)
	for _, p := range writtenBy {
		if hasPrefixFold(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	if s == "" || runeLen(s) > 90 {
		return nil
	}
	if b := vntext.ParseByline(s, vntext.WithTitleCase()); len(b.Authors) > 0 {
		return people(b.Authors)
	}
	// "By Maria Gomez, College of Engineering": the names, then the unit
	// or the outlet they write for.
	for i := strings.LastIndexByte(s, ','); i > 0; i = strings.LastIndexByte(s[:i], ',') {
		if b := vntext.ParseByline(s[:i], vntext.WithTitleCase()); len(b.Authors) > 0 {
			return people(b.Authors)
		}
	}
	if !strings.ContainsFunc(s, caseless) {
		return nil
	}
	for _, sep := range []string{",", ";", "·", "/", "|", "、"} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	var names []string
	for _, part := range strings.Split(s, "\x00") {
		part = strings.TrimSpace(part)
		for _, suf := range nameSuffixes {
			part = strings.TrimSpace(strings.TrimSuffix(part, suf))
		}
		if part == "" {
			continue
		}
		w := strings.Fields(part)
		if len(w) > 3 || strings.ContainsAny(part, "0123456789@:=") || !strings.ContainsFunc(part, caseless) {
			return nil
		}
		names = append(names, part)
	}
	return names
}

// people drops what a byline's parts name besides people: a job title
// ("Education Reporter", "Staff") or an organisation ("Associated Press").
func people(names []string) []string {
	keep := func(n string) bool { return !roleNoun(n[strings.LastIndexByte(n, ' ')+1:]) && !isOrg(n) }
	for i, n := range names {
		if !keep(n) {
			out := append([]string(nil), names[:i]...)
			for _, m := range names[i+1:] {
				if keep(m) {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return names
}

// roleNouns end an English job title printed in a byline.
var roleNouns = []string{"reporter", "correspondent", "editor", "writer", "staff", "columnist", "contributor", "journalist",
	"producer", "photographer", "intern"}

func roleNoun(w string) bool {
	for _, r := range roleNouns {
		if strings.EqualFold(w, r) {
			return true
		}
	}
	return false
}

// caseless reports letters of scripts without capitals, where a byline
// cannot be told by its capitals.
func caseless(r rune) bool {
	return unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// nameSuffixes are job titles printed after a name: Korean "기자"
// (reporter), "특파원" (correspondent), Japanese "記者".
var nameSuffixes = []string{" 기자", "기자", " 특파원", " 선임기자", " 記者"}

// orgWords mark an organisation, not a person: such names go to Source or
// Credit, never to Authors. Lower case, matched as whole words.
var orgWords = []string{"báo", "tạp chí", "đài", "truyền hình", "phát thanh", "cổng thông tin", "ban biên tập",
	"bbt", "tòa soạn", "toà soạn", "công ty", "trung tâm", "thông tấn", "ttxvn", "vtv", "vov", "news", "press",
	"agency", "media", "newspaper", "times", "reuters", "afp", "ap", "staff", "editorial", "editors", "admin",
	"administrator", "newsroom", "online", "group", "corporation", "inc", "ltd", "llc", "bbc", "cnn",
	"редакция", "뉴스", "tổng hợp", "tin tức", "ubnd", "sở", "bộ"}

// isOrg reports names of organisations, which structured data often gives
// as the author.
func isOrg(s string) bool {
	low := " " + strings.ToLower(fold(s)) + " "
	for _, w := range orgWords {
		if strings.Contains(low, " "+w+" ") {
			return true
		}
	}
	// One all-capital word that is not a Vietnamese name ("TTXVN", "VNA")
	// is an agency.
	if f := strings.Fields(s); len(f) == 1 && isUpperWord(f[0]) && !strings.ContainsFunc(f[0], isVietLetter) && runeLen(f[0]) > 2 {
		return true
	}
	return false
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// isVietLetter reports letters only Vietnamese uses among Latin scripts.
func isVietLetter(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'â', 'Â', 'đ', 'Đ', 'ê', 'Ê', 'ô', 'Ô', 'ơ', 'Ơ', 'ư', 'Ư':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

// creditLine reports whether s, a short line at the end of an article, is a
// source credit such as "Theo TTXVN" or "Nguồn: Bộ Y tế" rather than a
// byline.
func creditLine(s string) bool {
	if !atMost(s, 100) {
		return false
	}
	b := vntext.ParseByline(s)
	if b.Credit != "" && len(b.Authors) == 0 {
		return true
	}
	low := strings.ToLower(s)
	for _, p := range []string{"source:", "источник:", "출처:"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// dropParens removes parenthesised notes: "Hoàng Lâm (CTV)" → "Hoàng Lâm".
func dropParens(s string) string {
	for {
		i := strings.IndexAny(s, "([")
		if i < 0 {
			return s
		}
		j := strings.IndexAny(s[i:], ")]")
		if j < 0 {
			return strings.TrimSpace(s[:i])
		}
		s = strings.TrimSpace(s[:i] + " " + s[i+j+1:])
	}
}

// writtenBy are the labels of bylines vntext does not read.
var writtenBy = []string{"written by ", "posted by ", "viết bởi ", "đăng bởi "}

// byPrefixes start a byline line.
var byPrefixes = []string{"By ", "BY ", "by ", "Tác giả:", "Bài và ảnh:", "Bài, ảnh:", "Bài:", "Автор:", "Written by "}

// authorWords mark the byline element.
var authorWords = []string{"author", "byline", "tacgia", "tac-gia", "writer", "reporter", "journalist", "creator"}

// authors finds who wrote the article: the people JSON-LD names, else the
// author metas, else microdata, else a profile's byline, else the byline
// printed after the headline (post looks at the end of the body too). The
// outlet itself is never an author, and "Theo X" in structured data is X
// when X is a person and the source credit "Theo X" when X is an outlet.
// When the printed byline names the same people as the structured data,
// the printed form wins: it is the one readers see.
func (x *extractor) authors() {
	// An organisation JSON-LD gives as the author (the outlet, or the
	// company of a press release) is not a person under another key.
	var orgs []string
	for _, p := range x.p.ld.authors {
		if p.org {
			orgs = append(orgs, p.name)
		}
	}
	add := func(names []string) {
		for _, n := range names {
			if n != "" && !isOrg(n) && !x.isOutlet(n) && !strings.Contains(n, "://") && !slices.Contains(x.a.Authors, n) &&
				!slices.ContainsFunc(orgs, func(o string) bool { return sameOutlet(n, o) }) {
				x.a.Authors = append(x.a.Authors, n)
			}
		}
	}
	for _, p := range x.p.ld.authors {
		if !p.org {
			add(x.structuredNames(p.name))
		}
	}
	if len(x.a.Authors) == 0 {
		for _, m := range x.p.metaAuth {
			add(x.structuredNames(m))
		}
	}
	if len(x.a.Authors) == 0 {
		if s := x.p.itemText("author"); s != "" {
			add(x.structuredNames(s))
		}
	}
	if x.prof != nil && !x.prof.byline.Empty() {
		for _, n := range x.prof.byline.All(x.doc) {
			if len(x.a.Authors) == 0 {
				add(x.structuredNames(textOf(n)))
			}
			x.exclude = append(x.exclude, n)
		}
	}
	structured := len(x.a.Authors) > 0
	byline := func(n *html.Node) bool {
		byClass := has(n, fAuthor)
		if !byClass && (n.DataAtom != atom.P && n.DataAtom != atom.Div && n.DataAtom != atom.Span || !hasPrefixAny(firstText(n), byPrefixes)) {
			return true
		}
		t, short := shortText(n, 300)
		if l := runeLen(t); !short || l == 0 || l > 100 || x.inChrome(n) {
			return true
		}
		// Without a telling class, a line that says who: "By Jane Doe",
		// "Tác giả: …".
		if !byClass && !hasPrefixAny(t, byPrefixes) {
			return true
		}
		names := parseNames(stripDate(t))
		if len(names) == 0 && byClass {
			names = authorLinks(n) // "Name · name@site.vn" beside an avatar
		}
		switch {
		case len(names) == 0:
			return true
		case !structured:
			add(names)
			if byClass {
				add(x.otherBylines(n))
			}
		case samePeople(names, x.a.Authors) || generic(x.a.Authors) || includesPeople(names, x.a.Authors):
			x.a.Authors = names // the printed form, or all the people the byline names
		default:
			return false // someone else's line: the structured names stand
		}
		if x.a.Credit != "" || !strings.ContainsAny(t, "-–/") {
			// No desk after the names.
		} else if c := vntext.ParseByline(stripDate(t)).Credit; c != "" && !x.isOutlet(c) {
			x.a.Credit = c // the desk after the names: "Minh Anh - Trung tâm Tin tức VTV24"
		}
		x.exclude = append(x.exclude, n)
		return false
	}
	x.afterHeadline(400, byline)
	if len(x.a.Authors) == 0 {
		x.beforeHeadline(12, byline) // the byline printed above the headline
	}
}

// authorLinks returns the names in the links to authors' pages inside a
// byline element.
func authorLinks(n *html.Node) []string {
	var names []string
	walk(n, func(a *html.Node) bool {
		if !isElem(a, atom.A) {
			return true
		}
		href := strings.ToLower(attr(a, "href"))
		if strings.EqualFold(attr(a, "rel"), "author") || containsAny(href, authorPaths) {
			names = append(names, parseNames(textOf(a))...)
		}
		return false
	})
	return names
}

// authorPaths are the parts of the addresses of authors' pages.
var authorPaths = []string{"/author/", "/authors/", "/tac-gia/", "/tacgia/", "/profile/", "/staff/", "/people/", "/by/"}

// otherBylines returns the names in the elements after n that are marked
// as n is, near it (a byline block with an element per author, each with
// its role or desk after it: "Amina Yusuf / BBC News, Nairobi").
func (x *extractor) otherBylines(n *html.Node) []string {
	block := n
	for i := 0; i < 3 && block.Parent != nil && block.Parent.Type == html.ElementNode; i++ {
		block = block.Parent
	}
	key := string(appendClassID(nil, n))
	var names []string
	seen := false
	walk(block, func(m *html.Node) bool {
		switch {
		case m == n:
			seen = true
			return false
		case !seen || m.Type != html.ElementNode || m.DataAtom != n.DataAtom || string(appendClassID(nil, m)) != key:
			return true
		}
		if t, short := shortText(m, 300); short {
			names = append(names, parseNames(stripDate(t))...)
		}
		return false
	})
	return names
}

// theoPerson returns X of "Theo X" when X reads as a person's name to
// vntext (which knows the outlets), else "".
func theoPerson(s string) string {
	if !hasPrefixFold(s, "theo ") {
		return ""
	}
	rest := strings.TrimSpace(s[5:])
	if b := vntext.ParseByline(rest); len(b.Authors) > 0 && b.Credit == "" {
		return rest
	}
	return ""
}

// genericBylines stand for "a reporter" without naming one: a name printed
// elsewhere on the page is better.
var genericBylines = []string{"pv", "p.v", "phóng viên", "btv", "ctv", "staff", "staff reports", "staff report"}

// generic reports authors that are only generic bylines.
func generic(names []string) bool {
	for _, n := range names {
		n = strings.Trim(n, ". ")
		if !slices.ContainsFunc(genericBylines, func(g string) bool { return strings.EqualFold(g, n) }) {
			return false
		}
	}
	return len(names) > 0
}

// structuredNames reads an author value of structured data. "Theo X" is X
// when X is a person; when X is an outlet it is the article's credit.
func (x *extractor) structuredNames(s string) []string {
	s = fold(s)
	if len(s) > 5 && strings.EqualFold(s[:5], "theo ") {
		rest := strings.TrimSpace(s[5:])
		if p := theoPerson(s); p != "" && !x.isOutlet(p) {
			return splitNames(p)
		}
		if x.a.Credit == "" && rest != "" {
			x.a.Credit = "Theo " + rest
		}
		return nil
	}
	return splitNames(s)
}

// splitNames splits a structured author value; a value that does not parse
// as names is kept whole.
func splitNames(s string) []string {
	s = fold(s)
	if s == "" || strings.Contains(s, "://") {
		return nil
	}
	if names := parseNames(s); len(names) > 0 {
		return names
	}
	// Structured data is trusted with a name the byline parser does not
	// know ("Y Moan Niê", "Nguyễn Văn A (CTV)") when it still looks like one.
	if w := strings.Fields(dropParens(s)); len(w) > 0 && len(w) <= 5 && !isOrg(s) && !strings.ContainsAny(s, "@.:/0123456789") {
		for _, x := range w {
			if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) && !caseless(r) {
				return nil
			}
		}
		return []string{strings.Join(w, " ")}
	}
	return nil
}

// stripDate removes a date or time printed after a name: "Tên - 12/09/2024
// 14:30", "By Jane Doe - 03/02/21 9:15 AM EST".
func stripDate(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	cut := -1
	for _, re := range []*regexp.Regexp{reDateLike, reHM, reMDY, reDMon} {
		if l := re.FindStringIndex(s); l != nil && (cut < 0 || l[0] < cut) {
			cut = l[0]
		}
	}
	if cut > 0 {
		s = strings.TrimRight(s[:cut], " -–|,·•")
		// The words that introduce the date: "Posted Thursday,".
		for {
			i := strings.LastIndexByte(s, ' ')
			if i < 0 || !dateLabels[strings.ToLower(strings.TrimRight(s[i+1:], ",:"))] {
				break
			}
			s = strings.TrimRight(s[:i], " -–|,·•")
		}
	}
	return s
}

// dateLabels are the words printed between a byline and its date.
var dateLabels = map[string]bool{"posted": true, "published": true, "updated": true, "on": true, "at": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true}

// reDateLike is a numeric date with a two- or four-digit year.
var reDateLike = regexp.MustCompile(`\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}`)

// samePeople reports whether two lists name the same people, written
// differently: "Trần Nam" and "Trần Văn Nam", "THU HÀ" and "Thu Hà". Each
// pair must share the first and last words (diacritics and case aside),
// the shorter name's words all in the longer one.
func samePeople(a, b []string) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		wa, wb := strings.Fields(strings.ToLower(vntext.Fold(a[i]))), strings.Fields(strings.ToLower(vntext.Fold(b[i])))
		if len(wa) == 0 || len(wb) == 0 || wa[0] != wb[0] || wa[len(wa)-1] != wb[len(wb)-1] {
			return false
		}
		if len(wa) > len(wb) {
			wa, wb = wb, wa
		}
		for _, w := range wa {
			if !slices.Contains(wb, w) {
				return false
			}
		}
	}
	return true
}

// includesPeople reports whether the printed names hold every structured
// one and more: a meta author naming the first of two writers.
func includesPeople(printed, structured []string) bool {
	if len(printed) <= len(structured) {
		return false
	}
	for _, s := range structured {
		if !slices.ContainsFunc(printed, func(p string) bool { return samePeople([]string{p}, []string{s}) }) {
			return false
		}
	}
	return true
}

// isOutlet reports a name that is the outlet's own: its og:site_name or
// application name, its JSON-LD publisher, the Source or the host name,
// compared folded, without spaces, and also without the words outlets add
// to their names ("Báo", "điện tử", "Online", "News", a domain's ending):
// "Dân Trí", "DANTRI", "dantri.com.vn" and "Báo điện tử Dân trí" are one.
func (x *extractor) isOutlet(name string) bool {
	if x.outlets == nil {
		x.outlets = map[string]bool{}
		names := []string{x.p.first("og:site_name", "application-name", "al:android:app_name", "twitter:site:name"),
			x.p.ld.publisher, x.a.Source, x.siteTitle}
		if x.base != nil {
			names = append(names, x.base.Hostname())
		}
		for _, s := range names {
			for _, k := range outletKeys(s) {
				x.outlets[k] = true
			}
		}
	}
	for _, k := range outletKeys(name) {
		if x.outlets[k] {
			return true
		}
	}
	return false
}

// sameOutlet reports whether two names are one outlet's, compared as
// isOutlet does.
func sameOutlet(a, b string) bool {
	for _, ka := range outletKeys(a) {
		for _, kb := range outletKeys(b) {
			if ka == kb {
				return true
			}
		}
	}
	return false
}

// outletWords are the words outlets add to their names, and companies'
// legal forms, folded.
var outletWords = map[string]bool{"bao": true, "dien": true, "tu": true, "online": true, "news": true, "tap": true, "chi": true,
	"the": true, "www": true, "vn": true, "com": true, "net": true, "org": true, "gov": true, "edu": true, "info": true,
	"co": true, "uk": true, "daily": true, "newspaper": true, "magazine": true, "trang": true, "tin": true, "tuc": true,
	"inc": true, "llc": true, "ltd": true, "corp": true, "plc": true, "gmbh": true}

// outletKeys returns a name folded to lower-case ASCII letters and digits
// without spaces, and the same without outletWords; keys shorter than
// three letters are left out.
func outletKeys(s string) []string {
	if s == "" {
		return nil
	}
	words := strings.FieldsFunc(strings.ToLower(vntext.Fold(s)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	var all, core strings.Builder
	for _, w := range words {
		all.WriteString(w)
		if !outletWords[w] {
			core.WriteString(w)
		}
	}
	var keys []string
	for _, k := range []string{all.String(), core.String()} {
		if len(k) >= 3 {
			keys = append(keys, k)
		}
	}
	return keys
}
