package news

import (
	"strings"
	"testing"
)

// Item 12 of issue 10: C0 and C1 control characters reached the text
// bulletin and the JSON (an escape sequence in a title clears a terminal),
// and a title of only NULs passed "title required".
func TestNormalizeStripsControlCharacters(t *testing.T) {
	a := Article{
		Title:   "\x1b]0;owned\x07Lũ \x1b[2Jquét\u009b",
		Authors: []string{"\x00Đình\x7f Anh"},
		Image:   &Image{Src: "a\x00.jpg", Caption: "ảnh\x08"},
		Body: []Block{
			{Kind: Paragraph, Text: []Span{{Text: "một\x00 "}, {Text: "\x1b", Bold: true}, {Text: "hai", Link: "https://x.vn/\x00a"}}},
			{Kind: Preformatted, Text: []Span{{Text: "cột\tmột\r\n\x1b[31mđỏ\x00\n"}}},
			{Kind: Paragraph, Text: []Span{{Text: "\x00\x01\x02"}}},
		},
	}
	a.Normalize()
	if a.Title != "]0;ownedLũ [2Jquét" {
		t.Errorf("title %q", a.Title)
	}
	for _, s := range []string{a.Title, a.Authors[0], a.Image.Src, a.Image.Caption, a.Body[0].Text[0].Text, a.Body[0].Text[len(a.Body[0].Text)-1].Link, a.Body[1].Text[0].Text} {
		if strings.ContainsFunc(s, func(r rune) bool { return isControl(r) && r != '\t' && r != '\n' }) {
			t.Errorf("control character left in %q", s)
		}
	}
	if got := a.Body[1].Text[0].Text; got != "cột\tmột\n[31mđỏ\n" {
		t.Errorf("preformatted %q: tab and newline stay, the rest goes", got)
	}
	if len(a.Body) != 2 {
		t.Errorf("a paragraph of controls only was kept: %+v", a.Body)
	}
	again := a
	again.Normalize()
	if again.Title != a.Title {
		t.Error("not idempotent")
	}

	nul := Article{Title: "\x00\x00\x00", Body: []Block{{Kind: Paragraph, Text: []Span{{Text: "x"}}}}}
	nul.Normalize()
	if err := nul.Validate(); err == nil || !strings.Contains(err.Error(), "title: empty") {
		t.Errorf("a title of NULs: %v", err)
	}
}
