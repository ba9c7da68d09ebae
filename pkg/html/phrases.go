package html

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The words of chrome, in one place. Keys are lower case with final
// punctuation removed (see phraseKey).

// boxTitles head boxes that are not the article: related news, comments,
// most-read lists. An element whose first words are one of these, and that
// is short or mostly links, is dropped whole.
var boxTitles = []string{
	"tin liên quan", "bài liên quan", "tin bài liên quan", "các tin liên quan", "tham khảo thêm", "đọc thêm",
	"xem thêm", "tin mới", "tin mới nhất", "tin mới hơn", "tin cũ hơn", "tin khác", "các tin khác", "tin bài khác",
	"cùng chuyên mục", "tin cùng chuyên mục", "cùng chủ đề", "tin cùng chủ đề", "đọc nhiều", "đọc nhiều nhất", "xem nhiều", "xem nhiều nhất",
	"tin nóng", "tin nổi bật", "tin tiêu điểm", "có thể bạn quan tâm", "bạn có thể quan tâm", "bình luận",
	"gửi bình luận", "ý kiến bạn đọc", "ý kiến của bạn", "gửi ý kiến", "viết bình luận", "tin đã đưa",
	"related", "related articles", "related stories", "related news", "read more", "more from", "more stories", "more news",
	"you may also like", "you might also like", "most read", "most popular", "comments", "leave a comment",
	"recommended", "trending", "sponsored", "читайте также", "похожие новости",
	"комментарии", "관련 기사", "관련기사", "많이 본 뉴스", "댓글", "tags", "từ khóa", "từ khoá", "chủ đề",
}

// chromeLines are whole lines of chrome: share bars, print buttons,
// weather widgets.
var chromeLines = []string{
	"chia sẻ", "in bài viết", "in bài", "copy link", "sao chép liên kết", "gửi bài viết", "gửi email",
	"bình luận", "ý kiến bạn đọc", "gửi bình luận", "đọc tiếp", "xem tiếp", "quay lại", "về đầu trang",
	"trở về", "lên đầu trang", "quảng cáo", "theo dõi", "theo dõi chúng tôi", "zalo", "facebook", "twitter",
	"tweet", "share", "share this", "print", "email", "advertisement", "continue reading", "back to top",
	"oc", "°c", "℃", "nhập chú thích ảnh", "tin liên quan", "xem thêm", "đọc thêm", "bài viết liên quan",
	"tags", "từ khóa", "từ khoá", "trực tiếp", "live", "поделиться", "реклама", "공유", "광고",
}

// readMorePrefixes start a line that only points elsewhere.
var readMorePrefixes = []string{"xem thêm", "đọc thêm", "tin liên quan", "tham khảo thêm", "xem tiếp", "read more",
	"see also", "related:", "читайте также", "관련 기사"}

// tagPrefixes start a tag line at the foot of an article.
var tagPrefixes = []string{"tags:", "tag:", "từ khóa:", "từ khoá:", "chủ đề:", "keywords:", "теги:", "태그:"}

// captionPlaceholders are captions CMS editors never filled in.
var captionPlaceholders = []string{"nhập chú thích ảnh", "chú thích ảnh", "caption", "image caption", "ảnh minh họa"}

// creditMarks introduce a photo credit at the end of a caption.
var creditMarks = []string{"ảnh:", "ảnh :", "photo:", "photo by ", "photos by ", "photograph by ", "photograph:", "image:", "picture:", "credit:", "credit...", "credit…", "nguồn ảnh:",
	"ảnh minh họa:", "фото:", "사진=", "사진:"}

// adLabels name an advertising slot. Unlike a box title, a label makes
// its element chrome only when nothing but the slot is in it: a label can
// open the story's own container.
var adLabels = []string{"quảng cáo", "advertisement", "advertising", "ad", "ads", "реклама", "광고", "tài trợ"}

// promoPhrases open the newsroom's own promotions inside an article: its
// publications, app, newsletter, channels.
var promoPhrases = []string{"đón đọc", "mời bạn đọc", "mời độc giả", "mời quý độc giả", "mời quý vị", "tải ứng dụng",
	"tải app", "đặt mua", "đặt báo", "đăng ký nhận", "đăng ký theo dõi", "theo dõi kênh", "theo dõi fanpage",
	"sign up for", "sign up to", "subscribe to", "subscribe now", "download the app", "download our app",
	"get the app", "get our newsletter", "support our journalism", "support independent journalism", "follow us on"}

var (
	boxTitleSet   = setOf(boxTitles)
	chromeLineSet = setOf(chromeLines)
	adLabelSet    = setOf(adLabels)
	promoStarts   = firstWords(promoPhrases)
)

// firstWords is the set of the first words of phrases.
func firstWords(phrases []string) map[string]bool {
	m := map[string]bool{}
	for _, p := range phrases {
		w, _, _ := strings.Cut(p, " ")
		m[w] = true
	}
	return m
}

func setOf(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// phraseKey is s lower case, white space folded, without edge punctuation.
func phraseKey(s string) string {
	var buf [2 * maxPhrase]byte
	if len(s) <= maxPhrase {
		return string(appendKey(buf[:0], s))
	}
	return string(appendKey(nil, s))
}

const edgePunct = " :：.»›>«‹<|-–—•·*!?()[]▼▶►"

// appendKey appends phraseKey(s) to dst: the phrase lists are looked up
// with a stack buffer, without allocating.
func appendKey(dst []byte, s string) []byte {
	s = strings.Trim(s, edgePunct+"\t\n\r\u00a0")
	space := false
	for _, r := range s {
		if isSpaceRune(r) {
			space = true
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	for len(dst) > 0 && strings.ContainsRune(edgePunct, rune(dst[len(dst)-1])) {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// maxPhrase is longer than any phrase of the lists above, in bytes: longer
// text is never chrome by its words alone.
const maxPhrase = 64

// headKey is phraseKey of the start of s only, enough for prefix tests.
func headKey(s string) string {
	if len(s) > maxPhrase {
		cut := maxPhrase
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return phraseKey(s)
}

// isChromeLine reports a paragraph that is chrome on its own.
func isChromeLine(s string) bool {
	if len(s) > maxPhrase {
		return false
	}
	k := phraseKey(s)
	if k == "" {
		return true
	}
	if chromeLineSet[k] || boxTitleSet[k] {
		return true
	}
	// "Copyright 2023 WXYZ. All rights reserved.": the station's notice
	// under every story.
	if (strings.HasPrefix(k, "copyright") || strings.HasPrefix(k, "©")) && strings.Contains(k, "rights reserved") {
		return true
	}
	// "28oC", "28 °C": a weather widget's reading.
	if t := strings.TrimLeft(k, "0123456789 ,.-~"); t != k && (t == "oc" || t == "°c" || t == "℃") {
		return true
	}
	// "1 of 12", "2/5": a gallery's counter; "___", "* * *": a rule.
	if a, b, ok := strings.Cut(k, " of "); ok && allDigits(a) && allDigits(b) {
		return true
	}
	if a, b, ok := strings.Cut(k, "/"); ok && allDigits(strings.TrimSpace(a)) && allDigits(strings.TrimSpace(b)) && len(k) <= 7 {
		return true
	}
	return !strings.ContainsFunc(k, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// boxHeading reports whether n opens with a box title: its first content
// is the title's text, or an element (a heading) holding only that text. A
// title inside a nested element that has more (a whole box in a sidebar
// cell) makes that element the box, not n. ad is set when the title is an
// advertisement's label. It runs in measure, after n's children are
// measured.
func (an *analysis) boxHeading(n *html.Node) (box, ad bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := strings.TrimSpace(c.Data); t != "" {
				return boxTitleKind(t)
			}
		case html.ElementNode:
			ci := an.of(c)
			if ci == nil || ci.text == 0 {
				continue
			}
			if ci.text > maxPhrase {
				return false, false
			}
			t := firstText(c)
			n, _ := countText(t)
			if n < ci.text {
				return false, false
			}
			return boxTitleKind(t)
		}
	}
	return false, false
}

// boxTitleKind tells a box title from an advertisement's label.
func boxTitleKind(t string) (box, ad bool) {
	if len(t) > maxPhrase {
		return false, false
	}
	var buf [2 * maxPhrase]byte
	k := string(appendKey(buf[:0], t))
	return boxTitleSet[k] || adLabelSet[k], adLabelSet[k]
}

// promo reports a short element that is the newsroom's promotion: its
// first words are one of promoPhrases.
func promo(n *html.Node) bool {
	first := firstText(n)
	if first == "" {
		return false
	}
	// The first word, looked up without allocating: most elements are not
	// promotions.
	var buf [2 * maxPhrase]byte
	k := appendKey(buf[:0], first[:min(len(first), 24)])
	if i := bytes.IndexByte(k, ' '); i >= 0 {
		k = k[:i]
	}
	if !promoStarts[string(k)] {
		return false
	}
	t, _ := shortText(n, maxPhrase)
	if t == "" {
		t = first
	}
	return hasPrefixAny(headKey(t), promoPhrases)
}

// actionLink reports a link to a sign-up page, or one that only runs a
// script (href="#", javascript:).
func actionLink(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	return href == "#" || hasPrefixFold(href, "javascript:") || containsAny(href, signupPaths)
}

// signupPaths are the parts of the addresses of sign-up pages.
var signupPaths = []string{"signup", "sign-up", "subscribe", "newsletter", "#/portal", "/membership", "/donate"}

// firstText returns the first non-blank text under n, trimmed.
func firstText(n *html.Node) string {
	var first string
	walk(n, func(c *html.Node) bool {
		if first != "" || c.Type == html.ElementNode && skipAtom(c.DataAtom) {
			return false
		}
		if c.Type == html.TextNode {
			first = strings.TrimSpace(c.Data)
		}
		return first == ""
	})
	return first
}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasPrefixFold is strings.HasPrefix ignoring case, without allocating.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
