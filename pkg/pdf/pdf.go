// Package pdf writes news as PDF: one article as a clean printed page, a
// collection as a newspaper supplement with a cover, a table of contents
// with page numbers and links, an outline, running headers and "N / total"
// footers. Data tables are ruled, sized to their content and continued
// over pages under their header row. Fonts are embedded (Noto by default,
// see package fonts), every string is NFC, runes no font has are drawn from
// a fallback font or replaced visibly, a document mostly in a script no
// font has is refused, images are normalised in a worker pool, and the same
// input gives the same bytes. It is the only package of newsarc that
// imports fpdf.
package pdf

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/newsarc/newsarc/fonts"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// PageSize names a paper size.
type PageSize string

// The paper sizes the writer lays out for.
const (
	A4     PageSize = "A4" // the default
	A5     PageSize = "A5"
	Letter PageSize = "Letter"
)

// Options configures a Writer. The zero value is the default: A4, the
// embedded Noto Serif and Noto Sans, grouped as the collection says (by day
// when it does not), each article of a digest on a new page, no images.
type Options struct {
	// PageSize is A4, A5 or Letter (case-insensitive); "" means A4.
	PageSize PageSize
	// Body is the family of body text, Heading the family of titles,
	// headings, captions and page furniture; nil means the embedded Noto
	// Serif and Noto Sans. Load your own with fonts.Load, which checks
	// Vietnamese coverage.
	Body, Heading *fonts.Family
	// Group overrides the collection's grouping of a digest's table of
	// contents and outline: news.GroupByDay, GroupBySection or GroupNone.
	Group news.GroupBy
	// Continuous lets the articles of a digest follow each other on the
	// same page, separated by a rule, instead of each starting a new page.
	Continuous bool
	// Resolver finds images by their Src; nil means no images: figures are
	// printed as their captions in a frame. data: URLs need no resolver.
	Resolver media.Resolver
	// ImageLimits bound the images accepted (see media.Limits).
	ImageLimits media.Limits
	// ImageWorkers is the number of images prepared at once; 0 means 4.
	ImageWorkers int
	// Logger receives a warning for every problem that did not stop the
	// document (a missing image, a rune no font has, an empty article),
	// with the article's id and title; nil discards them.
	Logger *slog.Logger
}

// Writer renders collections as PDF. It implements news.Writer and is safe
// for concurrent use: each Write has its own state.
type Writer struct {
	opts Options
}

// New returns a Writer with opts.
func New(opts Options) *Writer { return &Writer{opts: opts} }

var _ news.Writer = (*Writer)(nil)

// Write renders c to w: a single article, or a digest when c.IsDigest().
// Problems with one article or image are logged and drawn around; the error
// is for what leaves no document: no articles, a bad option, a cancelled
// context or a failing w.
//
// fpdf builds the whole document in memory before writing it: about 7 KB
// per page of text, then the finished file. A 5,000-article digest
// (10,000 pages) peaks near 180 MB live; a program writing digests that
// large should set a soft memory limit (debug.SetMemoryLimit, ~220 MiB)
// rather than let the garbage collector double the heap.
func (wr *Writer) Write(ctx context.Context, w io.Writer, c *news.Collection) (err error) {
	if c == nil || len(c.Articles) == 0 {
		return fmt.Errorf("pdf: %w", news.ErrNoContent)
	}
	g, err := layoutFor(wr.opts.PageSize)
	if err != nil {
		return err
	}
	if err := checkFamily(wr.opts.Body); err != nil {
		return fmt.Errorf("pdf: body font: %w", err)
	}
	if err := checkFamily(wr.opts.Heading); err != nil {
		return fmt.Errorf("pdf: heading font: %w", err)
	}
	defer func() {
		// fpdf panics on some malformed fonts and images instead of
		// returning an error; a library must not take the program down.
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: rendering failed: %v", r)
		}
	}()
	d := newDoc(ctx, wr.opts, g, c)
	if err := d.checkScripts(c); err != nil {
		return err
	}
	d.prepareImages(c)
	if c.IsDigest() {
		err = d.digest(c)
	} else {
		err = d.single(c)
	}
	if err != nil {
		return err
	}
	d.finishPage()
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

// checkFamily refuses a family the writer cannot draw Vietnamese with,
// before a page is drawn; fonts.Load has checked the families it returns.
func checkFamily(fam *fonts.Family) error {
	if fam == nil {
		return nil
	}
	for _, st := range fonts.Styles {
		if err := fonts.CheckVietnamese(fam.TTF(st)); err != nil {
			return fmt.Errorf("%s %s: %w", fam.Name, st.Suffix(), err)
		}
	}
	return nil
}

// epoch stamps documents whose input has no date at all, instead of now.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// geometry is the page and type scale for one paper size, in pt.
type geometry struct {
	w, h                  float64
	left, right           float64 // the text column's edges
	top, bottom           float64 // the text block's limits
	header, footer        float64 // baselines of the page furniture
	indent                float64 // quotes and list items
	body, lead, title, h2 float64 // font sizes
	h3, meta, caption     float64
	toc, small, cover     float64
	leading               float64 // body line height
}

func layoutFor(ps PageSize) (geometry, error) {
	g := geometry{body: 10.5, lead: 11, title: 21, h2: 13.5, h3: 11.5, meta: 8.5,
		caption: 8.5, toc: 9.5, small: 7.5, cover: 30, indent: 18}
	side, top := 64.0, 62.0
	switch strings.ToLower(string(ps)) {
	case "", "a4":
		g.w, g.h = 595.28, 841.89
	case "letter":
		g.w, g.h = 612, 792
	case "a5":
		g.w, g.h = 419.53, 595.28
		side, top = 42, 48
		for _, p := range []*float64{&g.body, &g.lead, &g.title, &g.h2, &g.h3, &g.meta, &g.caption, &g.toc, &g.small, &g.cover, &g.indent} {
			*p *= 0.88
		}
	default:
		return g, fmt.Errorf("pdf: page size %q: %w (A4, A5 or Letter)", ps, news.ErrUnsupported)
	}
	g.leading = g.body * 1.42
	g.left, g.right = side, g.w-side
	g.top, g.bottom = top, g.h-top
	g.header, g.footer = top*0.6, g.h-top*0.5
	return g, nil
}

// doc is the state of one Write.
type doc struct {
	ctx   context.Context
	opts  Options
	log   *slog.Logger
	pdf   *fpdf.Fpdf
	fonts *fontSet
	g     geometry

	y       float64    // the cursor: top of the next line
	pages   []pageInfo // what each page's furniture shows
	section string     // running header of pages started now

	out        []byte    // content of the current page not yet given to fpdf
	inText     bool      // out has an open text object (BT)
	tx, ty     int       // its line position, in hundredths of a point
	streamFont fontState // the font set in the current page's content
	fpdfFont   fontState // fpdf's current font
	header     string    // left of the running header; "" for none

	pics   map[string]media.Result
	images []registered // in registration order; see orderImage

	labels  *news.Labels  // the collection's
	art     *news.Article // being drawn, for warnings and its labels
	missing []rune        // runes of art that no font has

	runBuf []run // reused buffers
	lines  []line
	para   []frag
	piece  []byte
	adj    []byte
}

// pageInfo is what the furniture of a page shows.
type pageInfo struct {
	furniture bool   // the cover has none
	finished  bool   // the furniture is drawn
	section   string // right of the running header
}

func newDoc(ctx context.Context, opts Options, g geometry, c *news.Collection) *doc {
	// Sizes are given, not named: fpdf's A5 is 1.4 pt wider than ISO's.
	p := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: g.w, Ht: g.h}})
	p.SetMargins(g.left, g.top, g.w-g.right)
	p.SetAutoPageBreak(false, 0)
	p.SetCellMargin(0)
	p.SetCompression(true)
	// Same input, same bytes: fixed dates and sorted catalogs.
	p.SetCatalogSort(true)
	date := c.Date()
	if date.IsZero() {
		date = epoch
	}
	p.SetCreationDate(date.UTC())
	p.SetModificationDate(date.UTC())
	p.SetCreator(creator, true)
	p.SetLang(langTag(c.Lang()))
	p.AliasNbPages(totalAlias)
	body, head := opts.Body, opts.Heading
	if body == nil {
		body = fonts.Serif()
	}
	if head == nil {
		head = fonts.Sans()
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &doc{ctx: ctx, opts: opts, log: log, pdf: p, fonts: newFontSet(p, body, head), g: g, labels: c.Labels()}
}

// langTag keeps a BCP 47 tag to the characters fpdf may write unescaped.
func langTag(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '-' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			return r
		}
		return -1
	}, s)
	if s == "" {
		return "vi"
	}
	return s
}

func (d *doc) atTop() bool { return d.y <= d.g.top+eps }

// space adds vertical space, except at the top of a page.
func (d *doc) space(h float64) {
	if !d.atTop() {
		d.y += h
	}
}

// bookmark adds an outline entry at the cursor.
func (d *doc) bookmark(s string, level int) {
	if s = plain(s, 120); s != "" {
		d.pdf.Bookmark(s, level, d.y)
	}
}

// warn logs a problem of the current article.
func (d *doc) warn(msg string, args ...any) {
	if d.art != nil {
		args = append([]any{"article", d.art.ID, "title", plain(d.art.Title, 80)}, args...)
	}
	d.log.Warn("pdf: "+msg, args...)
}

// missingRune records a rune that no font has.
func (d *doc) missingRune(r rune) {
	for _, m := range d.missing {
		if m == r {
			return
		}
	}
	d.missing = append(d.missing, r)
}

// artLabels are the labels of the article being drawn.
func (d *doc) artLabels() *news.Labels {
	if d.art != nil {
		return d.art.Labels()
	}
	return d.labels
}

// beginArticle sets the article warnings are about.
func (d *doc) beginArticle(a *news.Article) {
	d.endArticle()
	d.art = a
}

// endArticle reports what the article lost.
func (d *doc) endArticle() {
	if len(d.missing) > 0 {
		var b strings.Builder
		for i, r := range d.missing {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q U+%04X", r, r)
		}
		d.warn("characters no font has were replaced by "+d.fonts.replacement(bodyFace), "runes", b.String())
	}
	d.missing = d.missing[:0]
	d.art = nil
}

// errCancelled wraps the context's error.
func (d *doc) cancelled() error {
	if err := d.ctx.Err(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

// metadata fills the document information dictionary.
func (d *doc) metadata(title, author, subject string, keywords []string) {
	d.pdf.SetTitle(plain(title, 300), true)
	if author = plain(author, 300); author != "" {
		d.pdf.SetAuthor(author, true)
	}
	if subject = plain(subject, 300); subject != "" {
		d.pdf.SetSubject(subject, true)
	}
	if kw := plain(strings.Join(keywords, ", "), 300); kw != "" {
		d.pdf.SetKeywords(kw, true)
	}
}

// totalAlias stands for the page count in footers until fpdf replaces it
// when writing the document. It is longer than any count, so that the page
// content never grows in the replacement.
const totalAlias = "{pagecount}"

// drawFurniture draws the running header (digests) and the "N / total"
// footer of page n.
func (d *doc) drawFurniture(n int, p pageInfo) {
	small := style{face: headFace, size: d.g.small, color: grey}
	var fr []frag
	if d.header != "" {
		fr = d.text(fr[:0], d.header, small)
		d.textAt(d.fit(fr, d.col()*0.6), d.g.left, d.g.header, d.col(), alignLeft)
		fr = d.text(fr[:0], p.section, small)
		d.textAt(d.fit(fr, d.col()*0.38), d.g.left, d.g.header, d.col(), alignRight)
		d.rule(grey, 0.4, d.g.left, d.g.header+4, d.g.right, d.g.header+4)
	}
	num := strconv.Itoa(n)
	// Centred as if the total had as many digits as n.
	w := d.width(d.text(fr[:0], num+" / "+num, small))
	fr = d.text(fr[:0], num+" / "+totalAlias, small)
	d.textAt(fr, d.g.left+(d.col()-w)/2, d.g.footer, w, alignLeft)
}

func (d *doc) col() float64 { return d.g.right - d.g.left }
