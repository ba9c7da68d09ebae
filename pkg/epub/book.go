package epub

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// book is the plan of one EPUB: every file name, title and group decided
// before anything is written, so that the package document, the navigation
// and the articles agree.
type book struct {
	o      Options
	c      *news.Collection
	digest bool
	lang   string
	title  string
	id     string
	date   time.Time // dcterms:modified and the archive's file times
	docs   []doc     // one per article, in collection order
	groups []group   // reading order; one unnamed group when not grouped
	images map[string]*picture
	fonts  [4]bool // the styles embedded
	runes  []rune  // what the embedded fonts must draw
}

// doc is one article's XHTML document.
type doc struct {
	file  string // under xhtml/, e.g. "a0001-giao-ban.xhtml"
	title string // never empty
	lang  string
}

// group is a day or section of a digest, or the one unnamed group of an
// ungrouped book. It has no page of its own: a page holding a date and a
// list would be a near-empty stop in the reading order; the navigation
// groups its articles under its label instead.
type group struct {
	label    string
	articles []int
}

// The fixed names of the front matter.
const (
	titleFile    = "title.xhtml"
	contentsFile = "contents.xhtml"
	coverFile    = "cover.xhtml" // go-epub's name for the cover page
)

func plan(c *news.Collection, o Options) *book {
	b := &book{o: o, c: c, digest: c.IsDigest(), date: c.Date().UTC()}
	if b.date.IsZero() {
		// No date anywhere: the oldest time a zip file can hold keeps the
		// output reproducible.
		b.date = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	var ok bool
	if b.lang, ok = langTag(c.Lang(), "vi"); !ok && c.Language != "" {
		o.Logger.Warn("epub: collection language is not a BCP 47 tag; using "+b.lang, "language", c.Language)
	}
	b.id = identifier(c)
	if !o.NoFonts {
		b.fonts = usedStyles(c)
		b.runes = b.textRunes()
	}

	width := max(4, len(strconv.Itoa(len(c.Articles))))
	seen := make(map[string]int, len(c.Articles))
	b.docs = make([]doc, len(c.Articles))
	for i := range c.Articles {
		a := &c.Articles[i]
		d := &b.docs[i]
		d.title = strings.TrimSpace(a.Title)
		if d.title == "" {
			d.title = a.Labels().Untitled
			b.warn(i, "article has no title; printed as "+d.title)
		}
		d.file = fmt.Sprintf("a%0*d-%s.xhtml", width, i+1, vntext.SlugN(d.title, 48))
		if d.lang, ok = langTag(a.Language, b.lang); !ok {
			b.warn(i, "language is not a BCP 47 tag; using "+d.lang, "language", a.Language)
		}
		if a.ID != "" {
			if j, dup := seen[a.ID]; dup {
				b.warn(i, fmt.Sprintf("same id as article %d; both kept", j+1))
			} else {
				seen[a.ID] = i
			}
		}
	}

	if !b.digest {
		b.title = b.docs[0].title
		b.groups = []group{{articles: []int{0}}}
		return b
	}
	b.title = c.DisplayTitle()
	for _, s := range c.Sections() {
		b.groups = append(b.groups, group{label: s.Label, articles: s.Articles})
	}
	return b
}

// warn reports a problem of article i.
func (b *book) warn(i int, msg string, args ...any) {
	a := &b.c.Articles[i]
	args = append([]any{slog.Int("article", i+1), slog.String("id", a.ID), slog.String("title", a.Title)}, args...)
	b.o.Logger.Warn("epub: "+msg, args...)
}

// langTag returns tag in canonical BCP 47 form, or def when it is empty or,
// reporting !ok, not a tag: a bad lang attribute fails epubcheck.
func langTag(tag, def string) (_ string, ok bool) {
	if tag == "" {
		return def, true
	}
	t, err := language.Parse(tag)
	if err != nil {
		return def, false
	}
	return t.String(), true
}

// identifier is the collection's own id, else a hash of what identifies its
// articles: the same collection always gets the same identifier.
func identifier(c *news.Collection) string {
	if c.ID != "" {
		return "urn:newsarc:" + c.ID
	}
	h := sha256.New()
	put := func(ss ...string) {
		for _, s := range ss {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	put(c.Title, c.Subtitle, c.Publisher, c.Language)
	if c.Period != nil {
		put(c.Period.Start.UTC().String(), c.Period.End.UTC().String())
	}
	for i := range c.Articles {
		a := &c.Articles[i]
		put(a.ID, a.URL, a.Title, a.Published.UTC().String(), a.Updated.UTC().String())
	}
	return "urn:newsarc:" + hex.EncodeToString(h.Sum(nil)[:16])
}
