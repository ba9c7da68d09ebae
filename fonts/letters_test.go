package fonts_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/pkg/news"
)

func TestLetters(t *testing.T) {
	var l fonts.Letters
	if got := l.Runes(); len(got) != 0 {
		t.Errorf("the zero set holds %q", got)
	}
	l.Add("Đà Nẵng", "ba\xffc")
	l.Put('😀')
	l.Put('ờ')
	var o fonts.Letters
	o.Add("𝔸z")
	l.Union(&o)
	want := []rune(" Nabcgnz\u00e0\u0110\u1eb5\u1edd\ufffd𝔸😀")
	if got := l.Runes(); !slices.Equal(got, want) {
		t.Errorf("runes %q, want %q", got, want)
	}
	for _, r := range want {
		if !l.Has(r) {
			t.Errorf("lacks %q", r)
		}
	}
	for _, r := range "dđG😁\x00" {
		if l.Has(r) {
			t.Errorf("has %q", r)
		}
	}
}

// LettersOf gathers what writers print around and in the articles: the
// collection's titles, the labels of each language used, each article's
// text and URL, in NFC, in both cases.
func TestLettersOf(t *testing.T) {
	c := &news.Collection{
		Title: "Bản tin Ωmega", Publisher: "Báo Hà Giang",
		Articles: []news.Article{
			{Title: "Thủy điện", URL: "https://example.vn/tin?q=1#đ", Body: []news.Block{
				{Kind: news.Paragraph, Text: []news.Span{{Text: "Mưa lớn "}, {Text: "kéo dài", Italic: true}}},
				{Kind: news.Table, Table: &news.Grid{Caption: "Lượng mưa", Rows: [][]news.Cell{{{Text: []news.Span{{Text: "ж"}}}}}}},
			}},
			{Title: "Pen\u0303a in Hue\u0302\u0301", Language: "en", Image: &news.Image{Caption: "Ảnh minh họa"}},
		},
	}
	letters, gaps := fonts.LettersOf(c, nil)
	if gaps != nil {
		t.Errorf("gaps %v without a font", gaps)
	}
	for _, want := range []string{
		"Bản tin Ωmega", "ωBẢN", "BÁO HÀ GIANG", // the collection, both cases
		"Thủy điện", "THỦY ĐIỆN", "Mưa lớn kéo dài", "Lượng mưa", "жЖ", "Ảnh minh họa", "#đ", // the articles
		"Peña in Huế", "PEÑA IN HUẾ", // NFC and as given
		"\u0301\u0302",
		news.Vietnamese.Contents, news.Vietnamese.Weekdays[0], news.English.Months[8], news.English.NoImage, // labels of both languages
		"~{|}^`—–“”‘’…•·\u00a0\ufffd", // punctuation
	} {
		for _, r := range want {
			if !letters.Has(r) {
				t.Errorf("lacks %q of %q", r, want)
			}
		}
	}
	for _, r := range "ỹΣ€" {
		if letters.Has(r) {
			t.Errorf("has %q, which nothing prints", r)
		}
	}

	c = &news.Collection{Title: "Tin Hàn Quốc"}
	for _, title := range []string{"한국 뉴스 기사 제목입니다", "Tin trong nước", "서울 날씨"} {
		c.Articles = append(c.Articles, news.Article{Title: title})
	}
	_, gaps = fonts.LettersOf(c, fonts.Serif().TTF(fonts.Regular))
	if len(gaps) != 3 || !gaps[0].Most() || gaps[0].Script() != "Hangul" || gaps[1].Most() || gaps[1].Letters != 12 || !gaps[2].Most() {
		t.Errorf("gaps %+v: want the Korean articles, and only them, mostly missing", gaps)
	}
	if _, gaps = fonts.LettersOf(c, []byte("not a font")); gaps != nil {
		t.Errorf("gaps %v with a bad font", gaps)
	}
}

// A digest's letters from every article, whichever core read it: the
// same set as one article at a time gives.
func TestLettersOfDigest(t *testing.T) {
	c := corpus.Generator{}.Collection(300)
	all, _ := fonts.LettersOf(c, nil)
	var each fonts.Letters
	for i := range c.Articles {
		one, _ := fonts.LettersOf(&news.Collection{Title: c.Title, Publisher: c.Publisher, Articles: c.Articles[i : i+1]}, nil)
		each.Union(one)
	}
	if got, want := all.Runes(), each.Runes(); !slices.Equal(got, want) {
		t.Errorf("the digest gives %d runes, its articles %d", len(got), len(want))
	}
	if !strings.ContainsFunc(string(all.Runes()), func(r rune) bool { return r == 'ệ' }) {
		t.Error("a Vietnamese digest without ệ")
	}
}

// BenchmarkLettersOf gathers the letters of a digest of 5,000 synthetic
// articles and tallies what Noto Serif lacks, as the EPUB writer does.
func BenchmarkLettersOf(b *testing.B) {
	c := corpus.Generator{}.Collection(5000)
	ttf := fonts.Serif().TTF(fonts.Regular)
	b.ReportAllocs()
	for b.Loop() {
		fonts.LettersOf(c, ttf)
	}
}
