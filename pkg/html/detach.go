package html

import (
	"unsafe"

	"github.com/newsarc/newsarc/pkg/news"
)

// detach copies every string of a into one block of its own. The tree's
// text and attribute values are pieces of a copy of the whole page (see
// lexer): an article that kept one would keep the page, and a digest keeps
// thousands of articles.
func detach(a *news.Article) {
	n := 0
	eachString(a, func(s *string) { n += len(*s) })
	buf := make([]byte, 0, n)
	eachString(a, func(s *string) {
		if *s == "" {
			return
		}
		at := len(buf)
		buf = append(buf, *s...)
		*s = unsafe.String(&buf[at], len(*s)) // buf is never written again
	})
}

// eachString calls f with every string of a.
func eachString(a *news.Article, f func(*string)) {
	for _, s := range []*string{&a.ID, &a.URL, &a.Source, &a.Section, &a.Title, &a.Lead, &a.Credit, &a.Language, &a.DateSource} {
		f(s)
	}
	for i := range a.Authors {
		f(&a.Authors[i])
	}
	for i := range a.Tags {
		f(&a.Tags[i])
	}
	image := func(im *news.Image) {
		if im != nil {
			f(&im.Src)
			f(&im.Alt)
			f(&im.Caption)
			f(&im.Credit)
		}
	}
	spans := func(ss []news.Span) {
		for i := range ss {
			f(&ss[i].Text)
			f(&ss[i].Link)
		}
	}
	image(a.Image)
	for i := range a.Body {
		b := &a.Body[i]
		spans(b.Text)
		for _, it := range b.Items {
			spans(it)
		}
		image(b.Image)
		if t := b.Table; t != nil {
			f(&t.Caption)
			for _, row := range t.Rows {
				for _, c := range row {
					spans(c.Text)
				}
			}
		}
	}
}
