package news

import (
	"iter"
	"net/url"
	"strings"

	"golang.org/x/text/language"
)

// The page furniture every writer prints around an article — meta line,
// byline, credits, links — decided once here so that the formats agree.

// DisplayTitle returns the article's title, else the language's word for
// an untitled article: what a heading, a contents entry or a document
// title shows.
func (a *Article) DisplayTitle() string {
	if strings.TrimSpace(a.Title) != "" {
		return a.Title
	}
	return a.Labels().Untitled
}

// Meta returns the parts of the article's meta line, in the order writers
// print them: outlet, time of publication, section, and the time of an
// update when there is one ("Cập nhật 09:15, 29/07/2023").
func (a *Article) Meta() []string {
	l := a.Labels()
	var parts []string
	for _, s := range []string{a.Source, a.When(), a.Section} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if a.Updated.After(a.Published) {
		parts = append(parts, l.Updated+" "+l.DateTime(a.Updated))
	}
	return parts
}

// When prints the time of publication as the meta line shows it:
// "18:26, 28/07/2023", or "10:00, 10/07/2023 (ngày thu thập)" when it is
// the time the page was archived, not one it printed. "" when unknown.
func (a *Article) When() string {
	l := a.Labels()
	when := l.DateTime(a.Published)
	if a.DateSource == DateCaptured && when != "" {
		when += " (" + l.Undated + ")"
	}
	return when
}

// Byline joins the authors as Vietnamese papers print them: "Đình Anh -
// Văn Hương".
func (a *Article) Byline() string { return strings.Join(a.Authors, " - ") }

// Images yields the article's images: the lead image, then the body's in
// order (figures': only they have one in a valid article).
func (a *Article) Images() iter.Seq[*Image] {
	return func(yield func(*Image) bool) {
		if a.Image != nil && !yield(a.Image) {
			return
		}
		for i := range a.Body {
			if img := a.Body[i].Image; img != nil && !yield(img) {
				return
			}
		}
	}
}

// LeadImage returns the lead image, or nil when there is none or the body
// shows the same picture as a figure: a picture is printed once.
func (a *Article) LeadImage() *Image {
	if a.Image == nil {
		return nil
	}
	for i := range a.Body {
		if b := &a.Body[i]; b.Kind == Figure && b.Image != nil && b.Image.Src == a.Image.Src {
			return nil
		}
	}
	return a.Image
}

// PhotoCredit prints an image credit with its label, "Ảnh: Minh An"; a
// credit labelled already ("Đồ họa: Minh Đức") is kept as it is.
func (l *Labels) PhotoCredit(credit string) string {
	if credit == "" || strings.Contains(credit, ":") {
		return credit
	}
	return l.Photo + ": " + credit
}

// DisplayPublisher returns the collection's publisher, else the outlet all
// its articles share, else "".
func (c *Collection) DisplayPublisher() string {
	if c.Publisher != "" || len(c.Articles) == 0 {
		return c.Publisher
	}
	src := c.Articles[0].Source
	for i := range c.Articles {
		if c.Articles[i].Source != src {
			return ""
		}
	}
	return src
}

// SafeURL returns raw as an absolute http, https or mailto URL that any
// format accepts as a link, or "" for anything else: a relative, script or
// malformed link is to be dropped and its text kept. What a URL may not
// hold (spaces, quotes, brackets, non-ASCII bytes) is percent-encoded.
func SafeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	switch u.Scheme { // lower-cased by Parse
	case "http", "https":
		if u.Host == "" {
			return ""
		}
	case "mailto":
		if u.Opaque == "" {
			return ""
		}
	default:
		return ""
	}
	s := u.String()
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7F || strings.IndexByte("\"'<>\\^`{|}()", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// LangTag returns tag in canonical BCP 47 form ("vi_VN" gives "vi-VN"), or
// "" and false when it is not a language tag.
func LangTag(tag string) (string, bool) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", false
	}
	return t.String(), true
}

// ImageSources lists the Src of every picture the collection shows — lead
// images (see LeadImage) and figures — once each, in document order: what
// a writer prepares before it writes.
func (c *Collection) ImageSources() []string {
	var out []string
	seen := make(map[string]bool)
	add := func(img *Image) {
		if img != nil && img.Src != "" && !seen[img.Src] {
			seen[img.Src] = true
			out = append(out, img.Src)
		}
	}
	for i := range c.Articles {
		a := &c.Articles[i]
		add(a.LeadImage())
		for j := range a.Body {
			if a.Body[j].Kind == Figure {
				add(a.Body[j].Image)
			}
		}
	}
	return out
}

// HeadingDepths returns, for each block of the body, how deep a heading
// sits below the article's title — 1 for the topmost level the body uses,
// never more than one deeper than the heading before it — and 0 for other
// blocks. Writers add it to the title's level, so that a page whose first
// heading is an h3 gives a document that skips no level.
func (a *Article) HeadingDepths() []int {
	var used [7]bool
	any := false
	for i := range a.Body {
		if a.Body[i].Kind == Heading {
			used[min(max(a.Body[i].Level, 1), 6)] = true
			any = true
		}
	}
	if !any {
		return nil
	}
	var rank [7]int
	n := 0
	for l := 1; l <= 6; l++ {
		if used[l] {
			n++
			rank[l] = n
		}
	}
	depths := make([]int, len(a.Body))
	prev := 0
	for i := range a.Body {
		if a.Body[i].Kind == Heading {
			d := min(rank[min(max(a.Body[i].Level, 1), 6)], prev+1)
			depths[i], prev = d, d
		}
	}
	return depths
}
