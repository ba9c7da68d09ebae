package news

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Validate reports every problem of every article, or nil. The error is a
// *ValidationError.
func (c *Collection) Validate() error {
	var v validator
	seen := make(map[string]int, len(c.Articles))
	for i := range c.Articles {
		a := &c.Articles[i]
		v.article(i, a)
		if a.ID != "" {
			if j, dup := seen[a.ID]; dup {
				v.add(i, a.ID, "id", fmt.Sprintf("duplicate of article %d", j+1))
			} else {
				seen[a.ID] = i
			}
		}
	}
	if c.Language != "" {
		if _, err := language.Parse(c.Language); err != nil {
			v.problems = append(v.problems, Problem{Article: -1, Path: "collection.language", Message: fmt.Sprintf("%q is not a BCP 47 tag", c.Language)})
		}
	}
	if c.Period != nil && !c.Period.End.After(c.Period.Start) {
		v.problems = append(v.problems, Problem{Article: -1, Path: "collection.period", Message: "end is not after start"})
	}
	return v.err()
}

// Validate reports every problem of the article, or nil. The error is a
// *ValidationError.
func (a *Article) Validate() error {
	var v validator
	v.article(0, a)
	return v.err()
}

type validator struct {
	problems []Problem
	index    int
	id       string
}

func (v *validator) add(i int, id, path, msg string) {
	v.problems = append(v.problems, Problem{Article: i, ID: id, Path: path, Message: msg})
}

func (v *validator) addf(path, format string, args ...any) {
	v.add(v.index, v.id, path, fmt.Sprintf(format, args...))
}

func (v *validator) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: v.problems}
}

func (v *validator) article(i int, a *Article) {
	v.index, v.id = i, a.ID
	if strings.TrimSpace(a.Title) == "" {
		v.addf("title", "empty")
	}
	for _, f := range [...]struct{ name, s string }{{"url", a.URL}, {"title", a.Title}, {"lead", a.Lead}} {
		if !utf8.ValidString(f.s) {
			v.addf(f.name, "not valid UTF-8")
		}
	}
	if a.URL != "" {
		if u, err := url.Parse(a.URL); err != nil || !u.IsAbs() {
			v.addf("url", "%q is not an absolute URL", a.URL)
		}
	}
	if a.Language != "" {
		if _, err := language.Parse(a.Language); err != nil {
			v.addf("language", "%q is not a BCP 47 tag", a.Language)
		}
	}
	for j, s := range a.Authors {
		if strings.TrimSpace(s) == "" {
			v.addf(fmt.Sprintf("authors[%d]", j), "empty")
		}
	}
	for j, s := range a.Tags {
		if strings.TrimSpace(s) == "" {
			v.addf(fmt.Sprintf("tags[%d]", j), "empty")
		}
	}
	switch {
	case a.DateSource != "" && a.DateSource != DateCaptured:
		v.addf("date_source", "%q: want %q or nothing", a.DateSource, DateCaptured)
	case a.DateSource != "" && a.Published.IsZero():
		v.addf("date_source", "set without a published time")
	}
	if a.Image != nil {
		v.image("image", a.Image)
	}
	for j := range a.Body {
		v.block(fmt.Sprintf("body[%d]", j), &a.Body[j])
	}
}

func (v *validator) image(path string, img *Image) {
	if strings.TrimSpace(img.Src) == "" {
		v.addf(path+".src", "empty")
	}
}

func (v *validator) block(path string, b *Block) {
	hasText, hasItems, hasImage := len(b.Text) > 0, len(b.Items) > 0, b.Image != nil
	if b.Kind != Table && b.Table != nil {
		v.addf(path+".table", "%s block must not have a table", b.Kind)
	}
	want := func(text, items, image bool) {
		if hasText != text {
			v.addf(path+".text", "%s block %s text", b.Kind, must(text))
		}
		if hasItems != items {
			v.addf(path+".items", "%s block %s items", b.Kind, must(items))
		}
		if hasImage != image {
			v.addf(path+".image", "%s block %s an image", b.Kind, must(image))
		}
	}
	switch b.Kind {
	case Paragraph, Quote, Preformatted:
		want(true, false, false)
	case Heading:
		want(true, false, false)
		if b.Level < 1 || b.Level > 6 {
			v.addf(path+".level", "heading level %d out of range 1–6", b.Level)
		}
	case List:
		want(false, true, false)
	case Figure:
		want(false, false, true)
		if hasImage {
			v.image(path+".image", b.Image)
		}
	case Table:
		want(false, false, false)
		v.table(path+".table", b.Table)
	default:
		v.addf(path+".kind", "unknown block kind %q", b.Kind)
		return
	}
	if b.Kind != Heading && b.Level != 0 {
		v.addf(path+".level", "level is only for headings")
	}
	if b.Kind != List && b.Ordered {
		v.addf(path+".ordered", "ordered is only for lists")
	}
	v.spans(path+".text", b.Text)
	for k, item := range b.Items {
		if len(item) == 0 {
			v.addf(fmt.Sprintf("%s.items[%d]", path, k), "empty list item")
		}
		v.spans(fmt.Sprintf("%s.items[%d]", path, k), item)
	}
}

func (v *validator) table(path string, t *Grid) {
	if t == nil {
		v.addf(path, "table block needs a table")
		return
	}
	if len(t.Rows) == 0 {
		v.addf(path+".rows", "table has no rows")
	}
	for r, row := range t.Rows {
		if len(row) == 0 {
			v.addf(fmt.Sprintf("%s.rows[%d]", path, r), "empty row")
		}
		for c, cell := range row {
			v.spans(fmt.Sprintf("%s.rows[%d][%d].text", path, r, c), cell.Text)
		}
	}
	if !utf8.ValidString(t.Caption) {
		v.addf(path+".caption", "not valid UTF-8")
	}
}

func (v *validator) spans(path string, spans []Span) {
	for k, s := range spans {
		if s.Text == "" {
			v.addf(fmt.Sprintf("%s[%d]", path, k), "empty span")
		} else if !utf8.ValidString(s.Text) {
			v.addf(fmt.Sprintf("%s[%d]", path, k), "not valid UTF-8")
		}
		if s.Link != "" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(s.Link)), "javascript:") {
			v.addf(fmt.Sprintf("%s[%d].link", path, k), "script links are not allowed")
		}
	}
}

func must(yes bool) string {
	if yes {
		return "needs"
	}
	return "must not have"
}
