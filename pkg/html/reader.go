// Package html reads news articles from HTML pages: saved files, standard
// input or live URLs (see Fetch), from Vietnamese outlets and anywhere else.
//
// It finds the article as an editor would: metadata from JSON-LD, OpenGraph
// and article metas, microdata and the visible page (headline, date line,
// byline, breadcrumb, tags), and the body by scoring the DOM for text
// density, in the spirit of Readability, tuned for news: related-news boxes,
// share bars, comments and widgets are dropped, intertitles, quotes, lists
// and figures with captions and credits are kept in order, and the trailing
// byline and source credit move to Authors and Credit. Site profiles (CSS
// selectors per CMS family, see Profile) help on known sites; the general
// algorithm works on the rest.
//
// Every string passes through pkg/vntext: the page is decoded from its
// charset (legacy Vietnamese encodings included) and normalised to NFC.
package html

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// DefaultMaxBytes is the largest page Read accepts when Options.MaxBytes is
// zero.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is returned for a page over the size limit.
var ErrTooLarge = errors.New("page too large")

// Options configure a Reader. The zero value is ready to use.
type Options struct {
	// Profiles are tried before the built-in ones (see BuiltinProfiles), so a
	// user's profile for a host overrides ours.
	Profiles []Profile
	// NoBuiltinProfiles leaves the built-in profiles out.
	NoBuiltinProfiles bool
	// Logger receives warnings about pages: what was missing or dropped. Nil
	// discards them.
	Logger *slog.Logger
	// MaxBytes caps the size of a page; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Reader reads one article from an HTML page. It implements news.Reader and
// is safe for concurrent use.
type Reader struct {
	profiles []*compiled
	attrs    map[string]bool // the attributes pages are read with: readAttrs and the profiles'
	log      *slog.Logger
	max      int64
}

// New returns a Reader. Profiles whose selectors do not compile are logged
// and skipped.
func New(opts Options) *Reader {
	r := &Reader{log: opts.Logger, max: opts.MaxBytes}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	if r.max <= 0 {
		r.max = DefaultMaxBytes
	}
	ps := opts.Profiles
	if !opts.NoBuiltinProfiles {
		ps = append(ps[:len(ps):len(ps)], BuiltinProfiles()...)
	}
	for i := range ps {
		c, err := ps[i].compile()
		if err != nil {
			r.log.Warn("html: profile skipped", "err", err)
			continue
		}
		r.profiles = append(r.profiles, c)
	}
	r.attrs = readAttrs
	if extra := profileAttrs(r.profiles); len(extra) > 0 {
		r.attrs = maps.Clone(readAttrs)
		for _, k := range extra {
			r.attrs[k] = true
		}
	}
	return r
}

// Read reads the page in in.Body. in.URL is the page's address, used to
// resolve links and images and as the article's URL when the page names no
// canonical one; in.ContentType's charset is trusted over the page's own
// declaration. A page without an article gives an error matching
// news.ErrNoContent.
//
// The article's URL is the page's canonical link, else og:url, else
// JSON-LD's url, else in.URL; a link to the site's home page is never it.
// Its ID is the last meaningful segment of that URL's path as an ASCII slug
// ("…/giao-ban-truc-tuyen-123.html" → "giao-ban-truc-tuyen-123"); the
// host's name is put before an ID that is only a number and before an id
// from the query ("news.asp?id=42" → "example-vn-42"); without a URL it is
// "h" and 12 hex digits of a SHA-1 of the title and body text. Source is
// og:site_name, else JSON-LD's publisher, else the site's name when the page
// gives it only as its title, else the host. The outlet is never an author
// nor the title. Language is <html lang> (or og:locale) unless the text's
// script says otherwise (Vietnamese templates often keep lang="en"), else
// detected, else "vi". The result is normalised and valid.
func (r *Reader) Read(ctx context.Context, in news.Input) (*news.Collection, error) {
	name := in.Name
	if name == "" {
		name = in.URL
	}
	if in.Body == nil {
		return nil, news.NameError(name, news.ErrEmptyInput)
	}
	data, release, err := readAll(in.Body, r.max+1)
	defer release()
	if err != nil {
		return nil, news.NameError(name, err)
	}
	if int64(len(data)) > r.max {
		return nil, news.NameError(name, fmt.Errorf("html: %w (over %d bytes)", ErrTooLarge, r.max))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, news.NameError(name, news.ErrEmptyInput)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a, err := r.readPage(data, in.URL, in.ContentType)
	if err != nil {
		return nil, news.NameError(name, err)
	}
	c := &news.Collection{Articles: []news.Article{*a}}
	if err := c.Validate(); err != nil {
		return nil, news.NameError(name, fmt.Errorf("html: %w", err))
	}
	return c, nil
}

// readPage extracts the article of one page held in memory. pageURL and
// contentType play the roles of news.Input's URL and ContentType. It
// rewrites data.
func (r *Reader) readPage(data []byte, pageURL, contentType string) (*news.Article, error) {
	utf16 := bytes.HasPrefix(data, []byte("\xfe\xff")) || bytes.HasPrefix(data, []byte("\xff\xfe"))
	if !utf16 {
		data = stripRaw(data) // UTF-16 aside, every page's tags are ASCII
	}
	text, enc := decodePage(data, contentType)
	// The fonts' names are ASCII: look for them in the bytes as they are.
	legacy := utf16 && mayHaveLegacyFonts(text) || !utf16 && mayHaveLegacyFonts(data)
	if legacy && enc == vntext.UTF8 && utf8.Valid(data) {
		// Decode's clean-up drops U+00AD, which is TCVN3's "ư" in a pasted
		// .VnTime paragraph read as Latin-1: parse the bytes as they are and
		// let legacyFonts convert such text first (Normalize cleans every
		// string of the article afterwards).
		text = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	}
	doc, release := parseDoc(text, r.attrs)
	defer release() // the article holds none of the tree's nodes, nor its strings (detach)
	if legacy {
		legacyFonts(doc, enc)
	}
	x := &extractor{r: r, doc: doc, pageURL: strings.TrimSpace(pageURL)}
	a, err := x.run()
	if a != nil {
		detach(a)
	}
	return a, err
}

// bufs recycles the buffers pages are read into: a page's bytes are dead
// once decoded, and reading an archive reads thousands of pages.
var bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readAll reads at most limit bytes into a pooled buffer; release returns
// it to the pool.
func readAll(rd io.Reader, limit int64) (data []byte, release func(), err error) {
	buf := bufs.Get().(*bytes.Buffer)
	buf.Reset()
	release = func() {
		if buf.Cap() <= 16<<20 {
			bufs.Put(buf)
		}
	}
	switch v := rd.(type) {
	case interface{ Len() int }:
		buf.Grow(int(min(int64(v.Len()), limit)) + bytes.MinRead)
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			buf.Grow(int(min(fi.Size(), limit)) + bytes.MinRead)
		}
	}
	_, err = buf.ReadFrom(io.LimitReader(rd, limit))
	return buf.Bytes(), release, err
}
