package html

import (
	"strings"
	"unicode"

	"github.com/newsarc/newsarc/pkg/vntext"
)

// parseNames reads a byline into personal names: vntext.ParseByline for
// scripts with capital letters ("Đình Anh- Văn Hương", "NGUYỄN A, TRẦN B",
// "By Jane Doe and John Roe"); for Korean, Chinese and Japanese, which have
// none, names are split at separators and job titles ("기자") dropped. It
// returns nil when the text does not look like names.
func parseNames(s string) []string {
	s = fold(s)
	if s == "" || runeLen(s) > 90 {
		return nil
	}
	if b := vntext.ParseByline(s, vntext.WithTitleCase()); len(b.Authors) > 0 {
		return b.Authors
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
