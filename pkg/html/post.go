package html

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
	"golang.org/x/net/html"
)

// item is a block in post's hands, with its layout hint and plain text.
type item struct {
	b news.Block
	h hint
	t string
}

// post cleans the converted body: chrome lines, the title, date and lead
// repeated at the top, the byline and source credit at the bottom, captions
// under images and bold intertitles.
func (x *extractor) post(blocks []news.Block, hints []hint) []news.Block {
	var items []item
	for i, b := range blocks {
		t := strings.TrimSpace(blockText(&b))
		h := hints[i]
		if b.Kind != news.Figure {
			if t == "" || isChromeLine(t) {
				continue
			}
			k := ""
			if h.linky || atMost(t, 299) {
				k = headKey(t)
			}
			if h.linky && (atMost(t, 199) || hasPrefixAny(k, readMorePrefixes)) {
				continue
			}
			if hasPrefixAny(k, readMorePrefixes) && atMost(t, 199) && strings.Contains(t, ":") {
				continue
			}
			if hasPrefixAny(k, tagPrefixes) && atMost(t, 299) {
				if len(x.a.Tags) == 0 {
					_, rest, _ := strings.Cut(t, ":")
					for _, tag := range strings.Split(rest, ",") {
						x.a.Tags = append(x.a.Tags, strings.TrimSpace(tag))
					}
				}
				continue
			}
		}
		items = append(items, item{b, h, t})
	}

	// The top: the title, date line, byline or lead printed again.
	for i := 0; i < len(items) && i < 4; {
		it := items[i]
		t := it.t
		drop := false
		switch {
		case it.b.Kind == news.Figure:
			// The lead image printed again above the text, uncaptioned.
			drop = i == 0 && it.b.Image.Caption == "" && x.a.Image != nil && it.b.Image.Src == x.a.Image.Src
		case it.b.Kind == news.Table:
		case sameText(t, x.a.Title):
			drop = true
		case atMost(t, 80) && !endsSentence(t) && dateOnly(t):
			drop = true
			if x.a.Published.IsZero() {
				x.a.Published, _ = findDate(t)
			}
		case atMost(t, 80) && len(x.a.Authors) > 0 && samePeople(parseNames(stripDate(t)), x.a.Authors):
			drop = true
			x.a.Authors = parseNames(stripDate(t))
		case atMost(t, 60) && !endsSentence(t) && it.b.Kind == news.Paragraph && roleLine(t):
			drop = true
		}
		if drop {
			items = append(items[:i], items[i+1:]...)
			continue
		}
		i++
	}

	// The lead: an explicit one repeated, else (Vietnamese sapo) the first
	// paragraph when the page's summary is that paragraph or it is bold.
	first := -1
	for i := 0; i < len(items) && i < 3; i++ {
		if k := items[i].b.Kind; k == news.Paragraph || k == news.Heading {
			first = i
			break
		}
	}
	if first >= 0 {
		t := items[first].t
		switch {
		case x.a.Lead != "":
			if sameText(t, x.a.Lead) || runeLen(t) > 40 && hasTextPrefix(x.a.Lead, t) {
				items = append(items[:first], items[first+1:]...)
			}
		case x.isVietnamese() && items[first].b.Kind == news.Paragraph && runeLen(t) >= 60 &&
			(summarizes(x.desc, t) || (items[first].h.bold || items[first].h.italic && plainAfter(items, first)) && runeLen(t) <= 1000):
			// A long-form layout prints its sapo as the first paragraph,
			// wholly bold or italic, with nothing to name it.
			x.a.Lead = t
			items = append(items[:first], items[first+1:]...)
		}
	}

	// The bottom: byline and source credit, in either order.
	for n := 0; n < 3 && len(items) > 0; n++ {
		last := len(items) - 1
		it := items[last]
		if it.b.Kind == news.Figure {
			break
		}
		t := it.t
		if p := theoPerson(t); p != "" && (it.h.bold || it.h.right) && atMost(t, 60) {
			// "Theo Lê Văn", bold and right-aligned where the byline goes:
			// "Theo" a person is its writer (an outlet would be the credit).
			if names := parseNames(p); len(names) > 0 && !x.isOutlet(p) && (len(x.a.Authors) == 0 || generic(x.a.Authors)) {
				x.a.Authors = names
				items = items[:last]
				continue
			}
		}
		if it.h.italic && atMost(t, 250) && it.b.Kind == news.Paragraph && containsAny(strings.ToLower(t), promoPhrases) {
			items = items[:last] // an italic note closing the text that invites to sign up: the newsroom's promotion
			continue
		}
		if creditLine(t) {
			if x.a.Credit == "" {
				x.a.Credit = strings.Trim(t, "() ")
			}
			items = items[:last]
			continue
		}
		if !atMost(t, 80) || it.b.Kind != news.Paragraph {
			break
		}
		if b := vntext.ParseByline(t); strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && len(b.Qualifiers) > 0 && len(b.Authors) == 0 {
			items = items[:last] // "(tổng hợp)" under the byline
			continue
		}
		if !endsSentence(t) && dateOnly(t) {
			items = items[:last] // the date line closing a long-form story
			continue
		}
		line := stripDate(t)
		names := parseNames(line)
		if len(names) == 0 || isOrg(line) {
			break
		}
		// A short line of names, and the layout says byline (bold, right
		// aligned) or the line does not read as a sentence.
		if !(it.h.bold || it.h.right || it.h.italic || !endsSentence(t) || len(names) > 1) {
			break
		}
		if len(x.a.Authors) == 0 || samePeople(names, x.a.Authors) || generic(x.a.Authors) {
			x.a.Authors = names // the printed form of the names, or a name for "PV"
		}
		if c := vntext.ParseByline(line).Credit; c != "" && x.a.Credit == "" {
			x.a.Credit = c // "Minh Anh/VOV"
			if strings.Contains(strings.ToLower(line), "theo ") {
				x.a.Credit = "Theo " + c // "Hồng Nhung (theo Reuters)"
			}
		}
		items = items[:last]
	}

	// A credit closing the last paragraph: "… năm 2023./. (Theo TTXVN)".
	if n := len(items); n > 0 && items[n-1].b.Kind == news.Paragraph && x.a.Credit == "" {
		full := news.PlainText(items[n-1].b.Text)
		tail := 0 // the credit is at most 80 bytes before the end
		if len(full) > 100 {
			tail = len(full) - 100
			for tail > 0 && !utf8.RuneStart(full[tail]) {
				tail--
			}
		}
		if !strings.HasSuffix(strings.TrimSpace(full), ")") {
			tail = len(full)
		}
		if l := reTrailCredit.FindStringSubmatchIndex(full[tail:]); l != nil && strings.TrimSpace(full[:tail+l[0]]) != "" {
			for i := range l {
				l[i] += tail
			}
			x.a.Credit = full[l[2]:l[3]]
			b := items[n-1].b
			b.Text = trimSpansTo(b.Text, l[0])
			items[n-1].b = b
		}
	}

	// A source credit printed on its own line after the text's container.
	if (x.a.Credit == "" || generic(x.a.Authors)) && len(hints) > 0 && hints[len(hints)-1].src != nil {
		x.creditAfter(hints[len(hints)-1].src)
	}

	// A table's title printed as a line of its own above it, bold or
	// centred, is its caption.
	for i := 1; i < len(items); i++ {
		g := items[i].b.Table
		if g == nil || g.Caption != "" {
			continue
		}
		p := items[i-1]
		if p.b.Kind == news.Paragraph && (p.h.bold || p.h.center) && atMost(p.t, 200) && !strings.HasSuffix(p.t, ".") && !strings.HasSuffix(p.t, ":") {
			g.Caption = p.t
			items = append(items[:i-1], items[i:]...)
			i--
		}
	}

	// Captions under images, intertitles, duplicate figures.
	out := make([]news.Block, 0, len(items))
	for i := 0; i < len(items); i++ {
		it := items[i]
		b := it.b
		switch b.Kind {
		case news.Figure:
			if n := len(out); n > 0 && out[n-1].Kind == news.Figure && out[n-1].Image.Src == b.Image.Src {
				continue
			}
			if b.Image.Alt != "" && sameText(b.Image.Alt, x.a.Title) {
				img := *b.Image
				img.Alt = "" // the CMS's default, not a description
				b.Image = &img
			}
			if b.Image.Caption == "" && i+1 < len(items) {
				// The caption under a picture, or under the last of a
				// group of pictures: by its class or style, or because it
				// ends with the photographer's credit.
				next := items[i+1]
				if next.b.Kind == news.Paragraph && runeLen(next.t) <= 300 &&
					(next.h.caption || next.h.italic || next.h.center && runeLen(next.t) <= 200 || creditedCaption(next.t)) {
					img := *b.Image
					img.Caption, img.Credit = splitCredit(next.t)
					b.Image = &img
					i++
				}
			}
			// "Ảnh: Minh Khang" on a line of its own under the picture.
			if b.Image.Credit == "" && i+1 < len(items) && items[i+1].b.Kind == news.Paragraph && atMost(items[i+1].t, 60) {
				if capt, credit := splitCredit(items[i+1].t); credit != "" && capt == "" {
					img := *b.Image
					img.Credit = credit
					b.Image = &img
					i++
				}
			}
		case news.Paragraph:
			if it.h.bold && runeLen(it.t) <= 160 && !strings.HasSuffix(it.t, ".") && !strings.HasSuffix(it.t, ",") {
				b.Kind, b.Level = news.Heading, 2
				b.Text = plain(b.Text)
			}
		case news.Heading:
			b.Text = plain(b.Text)
			if sameText(it.t, x.a.Title) {
				continue
			}
		}
		out = append(out, b)
	}
	// A heading with nothing after it, or only a heading of the same rank,
	// titled a box that is gone.
	kept := out[:0]
	for i, b := range out {
		if b.Kind == news.Heading && (i == len(out)-1 || out[i+1].Kind == news.Heading && out[i+1].Level <= b.Level) {
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// creditAfter looks at the few short lines after the body's last block
// for a source credit ("Theo Tạp chí …", "Nguồn: …"), as pages print it
// under the author's name at the foot of the article, and for that name
// when the byline over the text gave only "PV".
func (x *extractor) creditAfter(last *html.Node) {
	count := 0
	unnamed := generic(x.a.Authors)
	following(last, func(n *html.Node) bool {
		count++
		if count > 8 || textLen(n, 100) > 100 {
			return false // the next part of the page
		}
		if unnamed && blockAtom(n.DataAtom) && (has(n, fAuthor) || allBold(n)) && textLen(n, 60) <= 40 && !x.inChrome(n) {
			if t := textOf(n); !isOrg(t) {
				if names := parseNames(t); len(names) > 0 {
					x.a.Authors, unnamed = names, false
					return true
				}
			}
		}
		if x.a.Credit != "" || !blockAtom(n.DataAtom) || !creditLabel(firstText(n)) {
			return true
		}
		if x.inChrome(n) {
			return false // a teaser's credit
		}
		switch t := textOf(n); {
		case creditLine(t):
			// Not the outlet crediting itself ("Nguồn: Báo X · In bài").
			if t = lineText(n); creditLine(t) && !x.isOutlet(vntext.ParseByline(t).Credit) {
				x.a.Credit = strings.Trim(t, "() ")
			}
			return false
		}
		return true
	})
}

// creditLabels start a credit line.
var creditLabels = []string{"theo", "nguồn", "source"}

// creditLabel reports a line that opens with one of creditLabels, looked
// up without allocating: most lines are not credits.
func creditLabel(s string) bool {
	var buf [2 * maxPhrase]byte
	k := appendKey(buf[:0], s[:min(len(s), 24)])
	for _, p := range creditLabels {
		if len(k) >= len(p) && string(k[:len(p)]) == p {
			return true
		}
	}
	return false
}

// lineText is the text of a short line without its buttons: the children
// that are chrome lines of their own ("In bài viết", "Share").
func lineText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && c != n && (skipAtom(c.DataAtom) || isChromeLine(textOf(c))):
			return false
		}
		return true
	})
	return fold(b.String())
}

// plainAfter reports whether a paragraph that is not italic follows item
// i among the next few: an italic first paragraph is a sapo only when the
// text after it is not italic too.
func plainAfter(items []item, i int) bool {
	for _, it := range items[i+1 : min(len(items), i+4)] {
		if it.b.Kind == news.Paragraph {
			return !it.h.italic
		}
	}
	return false
}

// creditedCaption reports a short line that ends with a photo credit:
// "Du khách trải nghiệm nhảy sạp. Ảnh: Minh An".
func creditedCaption(t string) bool {
	capt, credit := splitCredit(t)
	return credit != "" && capt != "" && runeLen(credit) <= 40
}

// reTrailCredit matches a source credit in parentheses at the very end of
// a paragraph.
var reTrailCredit = regexp.MustCompile(`\s*\(((?i:theo|nguồn:?|source:)\s+[^()]{2,60})\)\s*$`)

// trimSpansTo cuts spans to the first n bytes of their joined text.
func trimSpansTo(spans []news.Span, n int) []news.Span {
	out := make([]news.Span, 0, len(spans))
	for _, s := range spans {
		if n <= 0 {
			break
		}
		if len(s.Text) > n {
			s.Text = s.Text[:n]
		}
		n -= len(s.Text)
		out = append(out, s)
	}
	return out
}

// atMost reports whether s has at most n runes, without counting long
// strings to the end.
func atMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > 4*n {
		return false
	}
	return runeLen(s) <= n
}

// plain drops bold from a heading's spans: it is implied.
func plain(spans []news.Span) []news.Span {
	out := make([]news.Span, len(spans))
	for i, s := range spans {
		s.Bold = false
		out[i] = s
	}
	return out
}

// blockText is the text of a block: its spans, its list items or its
// table's cells, joined by spaces.
func blockText(b *news.Block) string {
	if b.Kind != news.List && b.Kind != news.Table {
		return news.PlainText(b.Text)
	}
	var parts []string
	for run := range b.Runs() {
		if t := news.PlainText(run); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// dateOnly reports a line that holds a date and little else.
func dateOnly(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	l := reDMY.FindStringIndex(s)
	if l == nil {
		l = reNgay.FindStringIndex(s)
	}
	for _, re := range []*regexp.Regexp{reMDY, reDMon, reDThang, reYMDd} {
		if l == nil {
			l = re.FindStringIndex(s)
		}
	}
	if l == nil || runeLen(s) > 60 {
		return false
	}
	// Little else: at most two words that are not a date's ("Nguồn: Website
	// các ngân hàng, ngày 13/3/2025" is a source line with a date in it).
	rest := s
	for _, re := range []*regexp.Regexp{reDMY, reNgay, reMDY, reDMon, reDThang, reYMDd, reHM} {
		rest = re.ReplaceAllString(rest, " ")
	}
	other := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[w] && !dateLabels[w] {
			other++
		}
	}
	return other <= 2
}

// dateLineWords are the words of date lines besides dateLabels: weekdays,
// "cập nhật", "đăng lúc", zones.
var dateLineWords = map[string]bool{"thứ": true, "hai": true, "ba": true, "tư": true, "năm": true, "sáu": true, "bảy": true,
	"chủ": true, "nhật": true, "ngày": true, "tháng": true, "cập": true, "đăng": true, "lúc": true, "giờ": true, "gmt": true,
	"utc": true, "am": true, "pm": true, "a": true, "p": true, "m": true, "sa": true, "ch": true, "et": true, "edt": true,
	"est": true, "bst": true, "ist": true, "update": true, "ago": true}

// roleLine reports the job title printed under a byline ("South East Asia
// correspondent", "Phóng viên thường trú"), which is not article text.
func roleLine(s string) bool {
	k := strings.ToLower(s)
	for _, w := range roleWords {
		if strings.HasSuffix(k, w) || strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

var roleWords = []string{"correspondent", "reporter", "editor", "staff writer", "journalist", "columnist",
	"contributor", "phóng viên", "biên tập viên", "cộng tác viên", "thường trú"}

// summarizes reports whether desc (a meta description) is paragraph p, or
// its beginning cut short.
func summarizes(desc, p string) bool {
	if desc == "" {
		return false
	}
	if sameText(desc, p) {
		return true
	}
	// A cut description ends in "..." and maybe half a word: drop both.
	d := strings.TrimRight(desc, ".… ")
	if i := strings.LastIndexByte(d, ' '); i > 0 {
		d = d[:i]
	}
	return len(d) >= 60 && hasTextPrefix(p, d)
}

func (x *extractor) isVietnamese() bool { return x.a.Language == "vi" }
