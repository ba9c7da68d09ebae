// Package htmldoc writes collections as self-contained HTML5 documents: one
// file that reads offline and prints well. A single article becomes a page
// of its own; a digest gets a cover, a linked table of contents and its
// articles grouped by day or section, each starting a new page in print.
// The stylesheet is in the file, images are embedded as data: URLs (or
// written beside the document with Options.MediaDir), and the Noto fonts
// are embedded as a fallback to the reader's system fonts only when asked.
//
// The package is named for what it writes, a whole HTML document, and to
// keep it apart from package html, which reads news pages.
//
// Everything is escaped and every link checked, so that hostile input gives
// a valid document (the Nu Html Checker finds no error); the same
// collection gives the same bytes, and the writer never touches the
// network: images come from a media.Resolver.
package htmldoc

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// MediaType is the media type of the documents the writer makes.
const MediaType = "text/html; charset=utf-8"

// Options configure the writer. The zero value writes figures as captions
// only (no resolver, no images), embeds no font and discards warnings.
type Options struct {
	// Resolver finds the bytes of images; nil leaves images out and keeps
	// their captions. data: URLs need no resolver.
	Resolver media.Resolver
	// ImageLimits bound the images accepted; zero values are media's defaults.
	ImageLimits media.Limits
	// ImageWorkers is how many images are prepared at once; 0 means 4.
	ImageWorkers int

	// MediaDir, when set, writes each image into this directory (created if
	// need be, named by its content) instead of embedding it, as pandoc's
	// --extract-media does.
	MediaDir string
	// MediaHref is the path the document links extracted images by: the
	// MediaDir as seen from where the document is written. Empty means
	// MediaDir itself, with forward slashes.
	MediaHref string

	// EmbedFonts embeds the fonts as a fallback to the system fonts the
	// stylesheet names, for readers whose machines lack Vietnamese letters.
	// Only the styles the document uses are embedded, each subset to the
	// letters the document prints (about 40 KB a style).
	EmbedFonts bool
	// Body and Heading are the families embedded for text and for titles,
	// captions and page furniture; nil means fonts.Serif() and fonts.Sans().
	Body, Heading *fonts.Family

	// Logger receives warnings about bad input (an image left out, a link
	// that is not http(s), an unknown block kind); nil discards them.
	Logger *slog.Logger
}

// Writer renders collections as HTML. It implements news.Writer and is safe
// for concurrent use.
type Writer struct {
	o Options
}

// New returns an HTML writer.
func New(o Options) *Writer {
	if o.Body == nil {
		o.Body = fonts.Serif()
	}
	if o.Heading == nil {
		o.Heading = fonts.Sans()
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MediaDir != "" && o.MediaHref == "" {
		o.MediaHref = filepath.ToSlash(o.MediaDir)
	}
	return &Writer{o: o}
}

// Write renders c on w: one article as a page, anything else as a digest.
// Bad input is reported to the logger and worked around; the error is for
// an empty collection, a cancelled context, an image that could not be
// extracted to MediaDir, or a failed write.
func (wr *Writer) Write(ctx context.Context, w io.Writer, c *news.Collection) error {
	if len(c.Articles) == 0 {
		return fmt.Errorf("html: %w", news.ErrNoContent)
	}
	p := &page{o: &wr.o, c: c, w: bufio.NewWriterSize(w, 64<<10), art: -1}
	if err := p.prepareImages(ctx); err != nil {
		return err
	}
	if err := p.document(ctx); err != nil {
		return err
	}
	if err := p.w.Flush(); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	return nil
}

// picture is an image ready to place: its src attribute and size.
type picture struct {
	src           string
	width, height int
}

// prepareImages resolves every image once, in parallel, and embeds it as a
// data: URL or extracts it to MediaDir. Images that cannot be had are
// reported when they are placed.
func (p *page) prepareImages(ctx context.Context) error {
	srcs := p.c.ImageSources()
	p.pics = make(map[string]*picture, len(srcs))
	p.missing = make(map[string]error)
	return media.PrepareInOrder(ctx, p.o.Resolver, srcs, p.o.ImageLimits, p.o.ImageWorkers, func(src string, pic *media.Picture, err error) error {
		if err != nil {
			p.missing[src] = err
			return nil
		}
		placed := &picture{width: pic.Width, height: pic.Height}
		if p.o.MediaDir == "" {
			placed.src = pic.DataURL()
		} else {
			name, err := media.Extract(p.o.MediaDir, pic)
			if err != nil {
				return fmt.Errorf("html: extracting images: %w", err)
			}
			placed.src = media.Href(p.o.MediaHref, name)
		}
		p.pics[src] = placed
		return nil
	})
}
