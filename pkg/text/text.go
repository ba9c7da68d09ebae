// Package text writes plain-text news bulletins: what a radio newsroom reads
// on air or pastes into a mail. Lines are wrapped at a fixed width counted in
// runes, never inside a word; data tables are set in aligned columns, or as
// one "Header: value" item per row when they are too wide.
package text

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/news"
)

// DefaultWidth is the line width when Options.Width is zero.
const DefaultWidth = 72

// Options configure the writer. The zero value is the default.
type Options struct {
	Width int // wrap width in runes; 0 means DefaultWidth
	// Logger receives a warning for what the bulletin cannot show as it
	// is (a block of a kind it does not know); nil discards them.
	Logger *slog.Logger
}

// Writer renders collections as text bulletins. It implements news.Writer.
type Writer struct {
	width int
	log   *slog.Logger
}

// New returns a bulletin writer.
func New(o Options) *Writer {
	w := o.Width
	if w <= 0 {
		w = DefaultWidth
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Writer{width: w, log: log}
}

// Write renders c: one article as a bulletin item; several as a numbered
// headline list followed by each article, separated by rules.
func (w *Writer) Write(ctx context.Context, out io.Writer, c *news.Collection) error {
	p := &printer{w: bufio.NewWriter(out), width: w.width, log: w.log}
	if c.IsDigest() {
		p.headlines(c)
	}
	for i := range c.Articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		if c.IsDigest() {
			p.rule('-')
			p.line(strconv.Itoa(i+1) + "/" + strconv.Itoa(len(c.Articles)))
		}
		p.article(&c.Articles[i])
	}
	return p.w.Flush()
}

type printer struct {
	w     *bufio.Writer
	width int
	log   *slog.Logger
	blank bool // the last line written was blank (or nothing was written)
	any   bool
	art   *news.Article // being printed, for warnings and its labels
}

func (p *printer) line(s string) {
	p.w.WriteString(s)
	p.w.WriteByte('\n')
	p.blank, p.any = s == "", true
}

// gap separates blocks with one blank line, never two.
func (p *printer) gap() {
	if p.any && !p.blank {
		p.line("")
	}
}

func (p *printer) rule(r rune) {
	p.gap()
	p.line(strings.Repeat(string(r), p.width))
}

// wrapped prints text wrapped to the width, the first line after first and
// the following ones after rest (a hanging indent).
func (p *printer) wrapped(text, first, rest string) {
	for i, l := range Wrap(text, p.width-utf8.RuneCountInString(first)) {
		if i == 0 {
			p.line(first + l)
		} else {
			p.line(rest + l)
		}
	}
}

func (p *printer) headlines(c *news.Collection) {
	p.wrapped(c.DisplayTitle(), "", "")
	p.line(strings.Repeat("=", min(p.width, utf8.RuneCountInString(c.DisplayTitle()))))
	var meta []string
	if c.Publisher != "" {
		meta = append(meta, c.Publisher)
	}
	if c.Period != nil {
		meta = append(meta, c.Labels().Period(*c.Period))
	}
	meta = append(meta, strconv.Itoa(len(c.Articles))+" "+c.Labels().Articles)
	p.wrapped(strings.Join(meta, " · "), "", "")
	p.gap()
	digits := len(strconv.Itoa(len(c.Articles)))
	for _, sec := range c.Sections() {
		if sec.Label != "" {
			p.gap()
			p.wrapped(sec.Label, "", "")
		}
		for _, i := range sec.Articles {
			n := strconv.Itoa(i + 1)
			num := strings.Repeat(" ", digits-len(n)) + n + ". "
			p.wrapped(c.Articles[i].Title, num, strings.Repeat(" ", len(num)))
		}
	}
}

func (p *printer) article(a *news.Article) {
	p.gap()
	var meta []string
	for _, s := range []string{a.Source, a.When(), a.Section} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	if len(meta) > 0 {
		p.wrapped(strings.Join(meta, " · "), "", "")
		p.gap()
	}
	p.wrapped(a.Title, "", "")
	if a.Lead != "" {
		p.gap()
		p.wrapped(a.Lead, "", "")
	}
	p.art = a
	if img := a.LeadImage(); img != nil {
		p.gap()
		p.figure(img)
	}
	for i := range a.Body {
		p.gap()
		p.block(&a.Body[i])
	}
	if by := byline(a); by != "" {
		p.gap()
		p.wrapped(by, "", "")
	}
	if a.Credit != "" {
		p.wrapped(a.Credit, "", "")
	}
	if a.URL != "" {
		p.gap()
		p.line(a.URL) // never wrapped: a URL must stay clickable
	}
}

func (p *printer) block(b *news.Block) {
	switch b.Kind {
	case news.Heading:
		p.wrapped(strings.ToUpper(news.PlainText(b.Text)), "", "")
	case news.Quote:
		p.wrapped(news.PlainText(b.Text), "> ", "> ")
	case news.List:
		for i, item := range b.Items {
			mark := "- "
			if b.Ordered {
				mark = strconv.Itoa(i+1) + ". "
			}
			p.wrapped(news.PlainText(item), "  "+mark, strings.Repeat(" ", 2+len(mark)))
		}
	case news.Figure:
		p.figure(b.Image)
	case news.Preformatted:
		for _, l := range strings.Split(news.PlainText(b.Text), "\n") {
			p.line(strings.TrimRight(l, " \t"))
		}
	case news.Paragraph:
		p.wrapped(news.PlainText(b.Text), "", "")
	case news.Table:
		if b.Table != nil {
			p.table(b.Table)
			break
		}
		fallthrough
	default:
		p.warn("block printed as paragraphs: its kind is unknown or its table missing", "kind", string(b.Kind))
		first := true
		for run := range b.Runs() {
			if !first {
				p.gap()
			}
			p.wrapped(news.PlainText(run), "", "")
			first = false
		}
	}
}

// warn reports a problem of the article being printed.
func (p *printer) warn(msg string, args ...any) {
	p.log.Warn("text: "+msg, append([]any{"article", p.art.ID, "title", p.art.Title}, args...)...)
}

// figure prints an image as "[Ảnh: caption (credit)]" ("[Photo: …]" in
// other languages); a picture without
// words is not worth a line.
func (p *printer) figure(img *news.Image) {
	text := img.Caption
	if text == "" {
		text = img.Alt
	}
	if img.Credit != "" {
		if text != "" {
			text += " "
		}
		text += "(" + img.Credit + ")"
	}
	if text == "" {
		return
	}
	p.wrapped("["+p.art.Labels().Photo+": "+text+"]", "", " ")
}

// byline joins authors the way Vietnamese papers print them: "A - B".
func byline(a *news.Article) string {
	return strings.Join(a.Authors, " - ")
}

// Wrap breaks s into lines of at most width runes at spaces. A word longer
// than width gets a line of its own, unbroken.
func Wrap(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	var cur strings.Builder
	n := 0
	for _, w := range words {
		wn := utf8.RuneCountInString(w)
		if n > 0 && n+1+wn > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += wn
	}
	return append(lines, cur.String())
}
