package html

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylinePrefixes are the labels before names in a byline, lower case.
var bylinePrefixes = []string{"bài và ảnh:", "bài, ảnh:", "bài & ảnh:", "bài và ảnh", "bài:", "tin, ảnh:", "tin và ảnh:",
	"tin:", "tác giả:", "phóng viên:", "pv:", "nhóm phóng viên:", "thực hiện:", "nhóm thực hiện:", "ghi chép:",
	"by ", "by:", "written by ", "reporting by ", "автор:", "автор ", "기자:"}

// nameSuffixes are job titles printed after a name: Korean "기자"
// (reporter), "특파원" (correspondent).
var nameSuffixes = []string{" 기자", " 특파원", " 선임기자", " 記者"}

// orgWords mark an organisation, not a person: such names go to Source or
// Credit, never to Authors. Lower case, matched as whole words.
var orgWords = []string{"báo", "tạp chí", "đài", "truyền hình", "phát thanh", "cổng thông tin", "ban biên tập",
	"bbt", "tòa soạn", "toà soạn", "công ty", "trung tâm", "thông tấn", "ttxvn", "vtv", "vov", "vnexpress", "vietnamnet",
	"news", "press", "agency", "media", "newspaper", "times", "reuters", "afp", "ap", "staff", "editorial", "editors",
	"admin", "administrator", "newsroom", "online", "group", "corporation", "inc", "ltd", "llc", "bbc", "cnn",
	"редакция", "新闻", "뉴스", "tổng hợp", "tin tức", "ubnd", "sở", "bộ", "hội đồng", "nhân dân"}

// parseNames splits a byline into personal names: "Đình Anh- Văn Hương",
// "NGUYỄN A, TRẦN B và LÊ C (tổng hợp)", "By Jane Doe and John Roe". It
// returns nil when the text does not look like names.
func parseNames(s string) []string {
	s = fold(s)
	low := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(low, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	s = dropParens(s)
	s = strings.Trim(s, " .:;,-–—/|*")
	if s == "" || runeLen(s) > 90 {
		return nil
	}
	for _, sep := range []string{" và ", " and ", " & ", " и ", ";", ",", " – ", " — ", "-", "/", "|", "·", "•"} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	var names []string
	for _, part := range strings.Split(s, "\x00") {
		part = strings.Trim(part, " .:*")
		for _, suf := range nameSuffixes {
			part = strings.TrimSpace(strings.TrimSuffix(part, suf))
		}
		if part == "" {
			continue
		}
		if !looksLikeName(part) {
			return nil
		}
		names = append(names, nameCase(part))
	}
	return names
}

// dropParens removes parenthesised qualifiers: "(tổng hợp)", "(theo Reuters)".
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

// looksLikeName accepts one to six words that each start with a capital
// letter (or are a short abbreviation such as "PV"), with no digits.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	hangul := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) {
			hangul = true
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) || c == '@' || c == ':' {
				return false
			}
		}
	}
	if hangul && len(words) > 3 {
		return false
	}
	return !isOrg(s)
}

// isOrg reports names of organisations.
func isOrg(s string) bool {
	low := " " + strings.ToLower(fold(s)) + " "
	for _, w := range orgWords {
		if strings.Contains(low, " "+w+" ") {
			return true
		}
	}
	// All-capital words of one token longer than three letters that are not
	// Vietnamese names ("TTXVN", "VNA") are agencies.
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

// nameCase turns "NGUYỄN VĂN AN" into "Nguyễn Văn An"; mixed-case names and
// short abbreviations ("PV", "CTV") are kept.
func nameCase(s string) string {
	words := strings.Fields(s)
	allUpper := true
	for _, w := range words {
		if !isUpperWord(w) {
			allUpper = false
		}
	}
	if !allUpper || len(words) == 1 && runeLen(words[0]) <= 3 {
		return strings.Join(words, " ")
	}
	for i, w := range words {
		if runeLen(w) <= 1 {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(r) + strings.ToLower(w[n:])
	}
	return strings.Join(words, " ")
}

// isVietLetter reports letters only Vietnamese uses among Latin scripts.
func isVietLetter(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'â', 'Â', 'đ', 'Đ', 'ê', 'Ê', 'ô', 'Ô', 'ơ', 'Ơ', 'ư', 'Ư':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

// creditPrefixes start a source credit line at the end of an article.
var creditPrefixes = []string{"theo ", "nguồn:", "nguồn ", "source:", "источник:", "출처:", "(theo ", "(nguồn:"}

// creditLine reports whether s is a source credit such as "Theo TTXVN" or
// "Nguồn: Bộ Y tế".
func creditLine(s string) bool {
	if runeLen(s) > 100 {
		return false
	}
	low := strings.ToLower(s)
	for _, p := range creditPrefixes {
		if strings.HasPrefix(low, p) {
			return !strings.ContainsAny(s[len(p):], ".!?") || strings.HasSuffix(s, ".") && strings.Count(s, ".") <= 2
		}
	}
	return false
}
