// Package news is the canonical article model of newsarc: one Collection of
// Articles made of Blocks of Spans, filled by readers (HTML, JSON) and
// rendered by writers (PDF, EPUB, text, JSON). It also holds the format table
// and the versioned canonical JSON form of the model.
package news

import (
	"iter"
	"time"
)

// BlockKind names the kind of a body block.
type BlockKind string

// The block kinds. Validate enforces which Block fields go with which kind.
const (
	Paragraph    BlockKind = "paragraph"    // Text
	Heading      BlockKind = "heading"      // Text, Level 1–6
	Quote        BlockKind = "quote"        // Text
	List         BlockKind = "list"         // Items, Ordered
	Figure       BlockKind = "figure"       // Image
	Preformatted BlockKind = "preformatted" // Text, whitespace kept
	Table        BlockKind = "table"        // Table (a Grid)
)

// Span is a run of text with one style. Link, when set, is an absolute URL.
type Span struct {
	Text   string `json:"text"`
	Bold   bool   `json:"bold,omitempty"`
	Italic bool   `json:"italic,omitempty"`
	Link   string `json:"link,omitempty"`
}

// Image is a picture with what a reader needs to credit it. Src is a URL or a
// path that an image resolver understands.
type Image struct {
	Src     string `json:"src"`
	Alt     string `json:"alt,omitempty"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}

// Block is one body element. It is a single tagged struct rather than an
// interface so that the JSON form is flat and writers can switch on Kind.
type Block struct {
	Kind    BlockKind `json:"kind"`
	Level   int       `json:"level,omitempty"`   // heading: 1–6
	Ordered bool      `json:"ordered,omitempty"` // list
	Text    []Span    `json:"text,omitempty"`    // paragraph, heading, quote, preformatted
	Items   [][]Span  `json:"items,omitempty"`   // list
	Image   *Image    `json:"image,omitempty"`   // figure
	Table   *Grid     `json:"table,omitempty"`   // table
}

// Grid is a data table (prices, results, schedules): rows of cells, the
// first of them a header row when Header is set. Merged cells are spread
// over the grid by readers (the text goes to the first cell, the others stay
// empty), and Normalize pads every row to the widest one, so writers always
// get a rectangle.
type Grid struct {
	Caption string   `json:"caption,omitempty"`
	Header  bool     `json:"header,omitempty"` // the first row names the columns
	Rows    [][]Cell `json:"rows"`
}

// Cell is one cell of a table. An empty cell has no text.
type Cell struct {
	Text []Span `json:"text,omitempty"`
}

// Columns returns the number of columns: the length of the longest row.
func (t *Grid) Columns() int {
	n := 0
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	return n
}

// HeaderRow returns the header row, or nil.
func (t *Grid) HeaderRow() []Cell {
	if t.Header && len(t.Rows) > 0 {
		return t.Rows[0]
	}
	return nil
}

// BodyRows returns the rows that are not the header.
func (t *Grid) BodyRows() [][]Cell {
	if t.Header && len(t.Rows) > 0 {
		return t.Rows[1:]
	}
	return t.Rows
}

// Runs yields every run of spans the block holds: its text, each list item,
// each table cell (empty cells included). Figures hold none.
func (b *Block) Runs() iter.Seq[[]Span] {
	return func(yield func([]Span) bool) {
		if len(b.Text) > 0 && !yield(b.Text) {
			return
		}
		for _, it := range b.Items {
			if !yield(it) {
				return
			}
		}
		if b.Table != nil {
			for _, row := range b.Table.Rows {
				for _, c := range row {
					if !yield(c.Text) {
						return
					}
				}
			}
		}
	}
}

// Article is one news story.
type Article struct {
	ID        string    `json:"id,omitempty"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`  // outlet, e.g. "Báo Hà Giang"
	Section   string    `json:"section,omitempty"` // e.g. "Thời sự"
	Title     string    `json:"title"`
	Lead      string    `json:"lead,omitempty"` // sapo, kept out of Body
	Authors   []string  `json:"authors,omitempty"`
	Credit    string    `json:"credit,omitempty"` // "Theo TTXVN", "Nguồn: …"
	Tags      []string  `json:"tags,omitempty"`
	Language  string    `json:"language,omitempty"` // BCP 47; empty means "vi"
	Published time.Time `json:"published,omitzero"`
	Updated   time.Time `json:"updated,omitzero"`
	// DateSource says where Published came from when the article itself
	// prints no date: DateCaptured. Empty: from the article.
	DateSource string  `json:"date_source,omitempty"`
	Image      *Image  `json:"image,omitempty"` // lead image
	Body       []Block `json:"body,omitempty"`
}

// DateCaptured is the DateSource of an article dated by when it was
// archived (a WARC record's date, a file's modification time) because it
// prints no date of its own.
const DateCaptured = "capture"

// Lang returns the article's language, "vi" when unset.
func (a *Article) Lang() string {
	if a.Language == "" {
		return "vi"
	}
	return a.Language
}

// Period is a half-open time range [Start, End).
type Period struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// IsMonth reports whether the period is one calendar month in its zone.
func (p Period) IsMonth() bool {
	return p.Start.Day() == 1 && p.Start.Hour() == 0 && p.Start.Minute() == 0 && p.Start.AddDate(0, 1, 0).Equal(p.End)
}

// Contains reports whether t falls in the period.
func (p Period) Contains(t time.Time) bool {
	return !t.Before(p.Start) && t.Before(p.End)
}

// Collection is the one document type: a single article is a Collection of
// one, a monthly digest a Collection of thousands.
type Collection struct {
	ID        string    `json:"id,omitempty"` // stable identifier, e.g. of a digest
	Title     string    `json:"title,omitempty"`
	Subtitle  string    `json:"subtitle,omitempty"`
	Publisher string    `json:"publisher,omitempty"`
	Language  string    `json:"language,omitempty"`
	Period    *Period   `json:"period,omitempty"`
	Group     GroupBy   `json:"group,omitempty"`    // how writers group a digest
	Generated time.Time `json:"generated,omitzero"` // writers print this; they never call time.Now
	Articles  []Article `json:"articles"`
}

// GroupBy says how a digest's table of contents is grouped.
type GroupBy string

// The grouping modes; the zero value means by day.
const (
	GroupByDay     GroupBy = "day"
	GroupBySection GroupBy = "section"
	GroupNone      GroupBy = "none"
)

// Lang returns the collection's language: its own, else the one most of its
// articles share (the first to reach that count on a tie), else "vi".
func (c *Collection) Lang() string {
	if c.Language != "" {
		return c.Language
	}
	if len(c.Articles) == 0 {
		return "vi"
	}
	counts := make(map[string]int)
	best, most := c.Articles[0].Lang(), 0
	for i := range c.Articles {
		l := c.Articles[i].Lang()
		counts[l]++
		if counts[l] > most {
			best, most = l, counts[l]
		}
	}
	return best
}

// IsDigest reports whether writers should treat c as a digest (cover, table of
// contents, running headers) rather than a single article.
func (c *Collection) IsDigest() bool {
	return len(c.Articles) > 1 || c.Period != nil
}

// Date returns the time writers should stamp on the document: Generated, else
// the newest article time, else the zero time. Writers use it for creation
// dates so that the same input gives the same bytes.
func (c *Collection) Date() time.Time {
	if !c.Generated.IsZero() {
		return c.Generated
	}
	var newest time.Time
	for i := range c.Articles {
		a := &c.Articles[i]
		for _, t := range []time.Time{a.Published, a.Updated} {
			if t.After(newest) {
				newest = t
			}
		}
	}
	return newest
}

// PlainText joins the text of spans without styling.
func PlainText(spans []Span) string {
	if len(spans) == 1 {
		return spans[0].Text
	}
	n := 0
	for _, s := range spans {
		n += len(s.Text)
	}
	b := make([]byte, 0, n)
	for _, s := range spans {
		b = append(b, s.Text...)
	}
	return string(b)
}
