// Package docx writes collections as Word documents (Office Open XML,
// .docx), the form Vietnamese newsrooms and offices edit and circulate
// bulletins in: a title, a meta line and a lead, headings in Word's own
// Heading styles (so that the navigation pane and a table of contents
// work), paragraphs, quotes, lists with a numbering part, tables, figures
// with captions, and for a digest a cover and a TOC field. The document
// properties carry the title, the authors and the language (vi-VN), and
// the styles name the Noto fonts with common fallbacks; the fonts
// themselves are embedded only when asked.
//
// The package is written with archive/zip and its own escaping (every text
// goes through one function that escapes markup and replaces what XML
// forbids): WordprocessingML needs a few dozen elements, and no Go library
// for it earns a dependency. The output is deterministic — the same
// collection gives the same bytes — and the writer never touches the
// network: images come from a media.Resolver.
package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// MediaType is the media type of a Word document.
const MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// Options configure the writer. The zero value makes A4 pages, names Noto
// Serif and Noto Sans without embedding them, writes figures as captions
// only (no resolver, no images) and discards warnings.
type Options struct {
	// Resolver finds the bytes of images; nil leaves images out and keeps
	// their captions. data: URLs need no resolver.
	Resolver media.Resolver
	// ImageLimits bound the images accepted; zero values are media's defaults.
	ImageLimits media.Limits
	// ImageWorkers is how many images are prepared at once; 0 means 4.
	ImageWorkers int

	// Paper is "A4" (the default), "A5" or "Letter".
	Paper string

	// Body and Heading are the families the styles name for text and for
	// titles, headings and captions; nil means fonts.Serif() and
	// fonts.Sans().
	Body, Heading *fonts.Family
	// EmbedFonts embeds the styles of the families the document uses, so
	// that it shows the same on machines without them: each subset to the
	// letters the document prints and every Vietnamese letter (about 45 KB
	// a style instead of 0.5 MB), and saved as a subset again by Word.
	EmbedFonts bool

	// Logger receives warnings about bad input (an image left out, a link
	// that is not http(s), an unknown block kind); nil discards them.
	Logger *slog.Logger
}

// Writer renders collections as Word documents. It implements news.Writer
// and is safe for concurrent use.
type Writer struct {
	o     Options
	paper paper
	names func() [2]string // the families' names, read from the fonts once
}

// New returns a Word writer.
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
	w := &Writer{o: o, paper: paperFor(o.Paper)}
	w.names = sync.OnceValue(func() [2]string {
		return [2]string{familyName(o.Body), familyName(o.Heading)}
	})
	return w
}

// paper is a page size and its margins, in twentieths of a point.
type paper struct{ width, height, margin int }

func paperFor(name string) paper {
	switch strings.ToLower(name) {
	case "a5":
		return paper{8391, 11906, 851}
	case "letter":
		return paper{12240, 15840, 1134}
	}
	return paper{11906, 16838, 1134}
}

// familyName reads a family's name from its regular font ("Noto Serif"),
// falling back to the name it was loaded by.
func familyName(f *fonts.Family) string {
	if fnt, err := sfnt.Parse(f.TTF(fonts.Regular)); err == nil {
		if name, err := fnt.Name(nil, sfnt.NameIDFamily); err == nil && strings.TrimSpace(name) != "" {
			return name
		}
	}
	return f.Name
}

// Write renders c as a .docx on w: one article as a document of its own,
// anything else as a digest with a cover and a table of contents. Bad
// input is reported to the logger and worked around; the error is for an
// empty collection, a cancelled context or a failed write.
func (wr *Writer) Write(ctx context.Context, w io.Writer, c *news.Collection) error {
	if len(c.Articles) == 0 {
		return fmt.Errorf("docx: %w", news.ErrNoContent)
	}
	names := wr.names()
	d := &doc{o: &wr.o, c: c, paper: wr.paper, serif: names[0], sans: names[1], art: -1}
	if err := d.prepareImages(ctx); err != nil {
		return err
	}
	if err := d.render(ctx); err != nil {
		return err
	}
	if err := wr.pack(w, d); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("docx: %w", err)
	}
	return nil
}

// zipTime is the time every entry carries: the archive depends on nothing
// but the collection.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// pack writes the parts in a fixed order, [Content_Types].xml first as
// Office expects.
func (wr *Writer) pack(w io.Writer, d *doc) error {
	z := zip.NewWriter(w)
	add := func(name string, data []byte, compress bool) error {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime}
		if !compress {
			h.Method = zip.Store
		}
		f, err := z.CreateHeader(h)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	fontParts := d.fontParts(wr.o.EmbedFonts)
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", d.contentTypes(fontParts)},
		{"_rels/.rels", []byte(packageRels)},
		{"docProps/core.xml", d.coreProps()},
		{"docProps/app.xml", []byte(appProps)},
		{"word/document.xml", d.document()},
		{"word/_rels/document.xml.rels", d.documentRels()},
		{"word/styles.xml", d.styles()},
		{"word/settings.xml", d.settings(len(fontParts) > 0)},
		{"word/fontTable.xml", d.fontTable(fontParts)},
		{"word/numbering.xml", d.numbering()},
		{"word/footer1.xml", []byte(footerXML)},
	}
	for _, p := range parts {
		if err := add(p.name, p.data, true); err != nil {
			return err
		}
	}
	if len(fontParts) > 0 {
		if err := add("word/_rels/fontTable.xml.rels", fontRels(fontParts), true); err != nil {
			return err
		}
	}
	for _, m := range d.media {
		if err := add("word/media/"+m.name, m.data, false); err != nil { // JPEG and PNG are compressed already
			return err
		}
	}
	for _, f := range fontParts {
		if err := add("word/fonts/"+f.file, f.obfuscated(), true); err != nil {
			return err
		}
	}
	return z.Close()
}

// image is a picture placed in the document: its relationship, file and
// size in pixels.
type image struct {
	rel           string
	width, height int
}

// mediaFile is a file under word/media/.
type mediaFile struct {
	name string
	data []byte
}

// prepareImages resolves every image once, in parallel, and names the
// files in document order; the same picture under two sources is stored
// once.
func (d *doc) prepareImages(ctx context.Context) error {
	srcs := d.c.ImageSources()
	d.images = make(map[string]*image, len(srcs))
	d.missing = make(map[string]error)
	byHash := make(map[string]*image)
	return media.PrepareInOrder(ctx, d.o.Resolver, srcs, d.o.ImageLimits, d.o.ImageWorkers, func(src string, pic *media.Picture, err error) error {
		if err != nil {
			d.missing[src] = err
			return nil
		}
		img, ok := byHash[pic.Hash]
		if !ok {
			name := fmt.Sprintf("image%d%s", len(d.media)+1, pic.Ext())
			d.media = append(d.media, mediaFile{name, pic.Data})
			img = &image{rel: d.rel(relImage, "media/"+name, false), width: pic.Width, height: pic.Height}
			byHash[pic.Hash] = img
		}
		d.images[src] = img
		return nil
	})
}

// escape returns s as XML character data or attribute value: in NFC,
// markup escaped, and what XML 1.0 forbids (control characters, U+FFFE, U+FFFF,
// bytes that are not UTF-8) and C1 controls replaced by U+FFFD.
func escape(s string) string {
	var b bytes.Buffer
	writeEscaped(&b, s)
	return b.String()
}

func writeEscaped(b *bytes.Buffer, s string) {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var repl string
		switch {
		case r == '&':
			repl = "&amp;"
		case r == '<':
			repl = "&lt;"
		case r == '>':
			repl = "&gt;"
		case r == '"':
			repl = "&quot;"
		case r == utf8.RuneError && size == 1,
			r < ' ' && r != '\t' && r != '\n' && r != '\r', r >= 0x7F && r <= 0x9F, r == 0xFFFE, r == 0xFFFF:
			repl = "\uFFFD"
		default:
			i += size
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(repl)
		i += size
		last = i
	}
	b.WriteString(s[last:])
}
