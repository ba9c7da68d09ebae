// Package markdown writes collections as GitHub-flavoured Markdown with a
// YAML front matter block, the form static-site generators (Hugo, Jekyll)
// read as content: one article becomes a post whose title, date, authors,
// section, tags, source and image are in the front matter; a digest becomes
// one file with a linked contents list and its articles grouped by day or
// section.
//
// Tables are GFM tables, figures images with their caption below, and
// everything else the plain Markdown a reader expects. Text is escaped so
// that no character of an article becomes markup, and links are kept only
// when they are http(s) or mailto. Images are linked where they are (a
// remote URL or a relative path) or, with Options.MediaDir, written beside
// the document; the writer itself never touches the network.
package markdown

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// MediaType is the media type of the documents the writer makes.
const MediaType = "text/markdown; charset=utf-8; variant=GFM"

// Options configure the writer. The zero value writes front matter, links
// images where they are and discards warnings.
type Options struct {
	// MediaDir, when set, writes each image into this directory (created if
	// need be, named by its content) and links the copy, as pandoc's
	// --extract-media does. Images come from Resolver.
	MediaDir string
	// MediaHref is the path the document links extracted images by: the
	// MediaDir as seen from the document ("/images" for a Hugo site's
	// static/images). Empty means MediaDir itself, with forward slashes.
	MediaHref string
	// Resolver finds the bytes of images to extract; only used with
	// MediaDir.
	Resolver media.Resolver
	// ImageLimits bound the images accepted; zero values are media's defaults.
	ImageLimits media.Limits
	// ImageWorkers is how many images are prepared at once; 0 means 4.
	ImageWorkers int

	// NoFrontMatter leaves the YAML block out and starts the document with
	// the title as a heading and the meta line, for readers that are not
	// site generators.
	NoFrontMatter bool

	// Logger receives warnings about bad input (an image left out, a link
	// that is not http(s)); nil discards them.
	Logger *slog.Logger
}

// Writer renders collections as Markdown. It implements news.Writer and is
// safe for concurrent use.
type Writer struct {
	o Options
}

// New returns a Markdown writer.
func New(o Options) *Writer {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MediaDir != "" && o.MediaHref == "" {
		o.MediaHref = filepath.ToSlash(o.MediaDir)
	}
	return &Writer{o: o}
}

// Write renders c on w. Bad input is reported to the logger and worked
// around; the error is for an empty collection, a cancelled context, an
// image that could not be extracted to MediaDir, or a failed write.
func (wr *Writer) Write(ctx context.Context, w io.Writer, c *news.Collection) error {
	if len(c.Articles) == 0 {
		return fmt.Errorf("markdown: %w", news.ErrNoContent)
	}
	d := &doc{o: &wr.o, c: c, w: bufio.NewWriterSize(w, 64<<10), art: -1}
	if err := d.prepareImages(ctx); err != nil {
		return err
	}
	if err := d.document(ctx); err != nil {
		return err
	}
	if err := d.w.Flush(); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// prepareImages decides the link of every image: the extracted copy with
// MediaDir, else the source itself when it is a URL or a relative path.
func (d *doc) prepareImages(ctx context.Context) error {
	srcs := d.c.ImageSources()
	d.links = make(map[string]string, len(srcs))
	d.missing = make(map[string]string)
	use := func(src string, pic *media.Picture, err error) error {
		if pic != nil {
			name, err := media.Extract(d.o.MediaDir, pic)
			if err != nil {
				return fmt.Errorf("markdown: extracting images: %w", err)
			}
			d.links[src] = media.Href(d.o.MediaHref, name)
			return nil
		}
		// A local image that could not be extracted (missing, too large,
		// a symlink out of its directory) is left out, not linked where
		// the copy should have been: the link would be broken.
		if link := sourceLink(src); link != "" && (err == nil || media.IsRemote(src)) {
			d.links[src] = link
		} else if err != nil {
			d.missing[src] = err.Error()
		} else {
			d.missing[src] = "not a URL or a relative path; extract images to link it"
		}
		return nil
	}
	if d.o.MediaDir != "" {
		return media.PrepareInOrder(ctx, d.o.Resolver, srcs, d.o.ImageLimits, d.o.ImageWorkers, use)
	}
	for _, src := range srcs {
		use(src, nil, nil)
	}
	return nil
}

// sourceLink returns an image's Src as a link the document can carry: an
// http(s) URL, or a relative path that stays below the document's
// directory; "" for anything else (data: URLs, absolute paths, schemes).
func sourceLink(src string) string {
	if href := news.SafeURL(src); href != "" && !strings.HasPrefix(href, "mailto:") {
		return href
	}
	u, err := url.Parse(src)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") ||
		strings.Contains(u.Path, "\\") {
		return ""
	}
	for _, elem := range strings.Split(u.Path, "/") {
		if elem == ".." {
			return ""
		}
	}
	return media.Href(path.Dir(u.Path), path.Base(u.Path))
}
