package html

import (
	"strings"
	"unicode"
)

// normLang reduces a language declaration ("vi-VN", "vi_VN", "en-us") to
// its primary subtag, the form Article.Language uses.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return s
}

// detectLang guesses the language of text by its script; Latin text with
// Vietnamese letters is Vietnamese.
func detectLang(text string) string {
	var viet, latin, cyr, hangul, kana, han, thai, arabic int
	for _, r := range text {
		switch {
		case r < 0x80:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				latin++
			}
		case isVietLetter(r):
			viet++
			latin++
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		}
	}
	best, lang := 0, ""
	for _, c := range []struct {
		n    int
		lang string
	}{{cyr, "ru"}, {hangul, "ko"}, {kana * 4, "ja"}, {han, "zh"}, {thai, "th"}, {arabic, "ar"}} {
		if c.n > best {
			best, lang = c.n, c.lang
		}
	}
	switch {
	case best > latin/2 && best > 0:
		return lang
	case latin == 0:
		return ""
	case viet*30 >= latin:
		return "vi"
	default:
		return "en"
	}
}

// chooseLang trusts the page's declaration unless its text says otherwise:
// Vietnamese templates often keep lang="en".
func chooseLang(declared, text string) string {
	detected := detectLang(text)
	switch {
	case declared == "":
		if detected == "" {
			return "vi"
		}
		return detected
	case detected == "" || detected == declared:
		return declared
	case detected == "vi" || declared == "vi":
		return detected
	case detected != "en":
		return detected // a non-Latin script beats a template's default
	}
	return declared
}
