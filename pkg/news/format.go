package news

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one document for a Reader.
type Input struct {
	Name        string    // path, URL, "-" or archive member; used in errors
	URL         string    // the page's URL, the base for relative links
	ContentType string    // the transport's Content-Type, if known (charset hint)
	Body        io.Reader // the bytes
}

// Reader turns a document into a Collection.
type Reader interface {
	Read(ctx context.Context, in Input) (*Collection, error)
}

// Writer renders a Collection. Writers never close w, never call time.Now
// and never touch the network.
type Writer interface {
	Write(ctx context.Context, w io.Writer, c *Collection) error
}

// ReaderFunc adapts a function to Reader.
type ReaderFunc func(ctx context.Context, in Input) (*Collection, error)

// Read calls f.
func (f ReaderFunc) Read(ctx context.Context, in Input) (*Collection, error) { return f(ctx, in) }

// WriterFunc adapts a function to Writer.
type WriterFunc func(ctx context.Context, w io.Writer, c *Collection) error

// Write calls f.
func (f WriterFunc) Write(ctx context.Context, w io.Writer, c *Collection) error { return f(ctx, w, c) }

// Format is one row of the format table. Reader or Writer is nil when the
// format cannot be read or written.
type Format struct {
	Name        string
	Aliases     []string // other names Lookup accepts: "txt" for text, "markdown" for md
	Description string
	Extensions  []string // lower case with the dot; the first is the default
	MediaType   string
	Reader      Reader
	Writer      Writer
	Sniff       func(head []byte) bool // recognises the first bytes; may be nil
}

// Binary reports whether the format's output is not text (and so should not
// go to a terminal).
func (f *Format) Binary() bool {
	return !strings.HasPrefix(f.MediaType, "text/") && !strings.HasSuffix(f.MediaType, "json") &&
		!strings.HasSuffix(f.MediaType, "jsonl")
}

// Formats is the format table: a plain value that callers may extend.
type Formats []Format

// Lookup finds a format by name or alias, case-insensitively.
func (fs Formats) Lookup(name string) (*Format, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for i := range fs {
		if fs[i].Name == n {
			return &fs[i], nil
		}
	}
	for i := range fs {
		for _, a := range fs[i].Aliases {
			if a == n {
				return &fs[i], nil
			}
		}
	}
	return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownFormat, name, strings.Join(fs.Names(), ", "))
}

// ForPath finds a format by the extension of path.
func (fs Formats) ForPath(path string) (*Format, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != "" {
		for i := range fs {
			for _, e := range fs[i].Extensions {
				if e == ext {
					return &fs[i], nil
				}
			}
		}
	}
	return nil, fmt.Errorf("%w: no format for the extension of %q", ErrUnknownFormat, path)
}

// Sniff finds a format by the first bytes of a document (512 are plenty).
func (fs Formats) Sniff(head []byte) (*Format, error) {
	for i := range fs {
		if fs[i].Sniff != nil && fs[i].Sniff(head) {
			return &fs[i], nil
		}
	}
	return nil, fmt.Errorf("%w: cannot tell the format from the content", ErrUnknownFormat)
}

// Names lists the format names, sorted.
func (fs Formats) Names() []string {
	names := make([]string, len(fs))
	for i := range fs {
		names[i] = fs[i].Name
	}
	sort.Strings(names)
	return names
}

// skipPreamble drops a UTF-8 BOM and leading whitespace.
func skipPreamble(head []byte) []byte {
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	return bytes.TrimLeft(head, " \t\r\n")
}

// SniffJSON recognises a JSON object or array, or JSON Lines.
func SniffJSON(head []byte) bool {
	h := skipPreamble(head)
	return len(h) > 0 && (h[0] == '{' || h[0] == '[')
}

// SniffHTML recognises an HTML page in any ASCII-compatible or UTF-16
// encoding: a doctype, a comment or a common element first.
func SniffHTML(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return true // UTF-16 with a BOM is not used for JSON here
	}
	h := skipPreamble(head)
	if len(h) == 0 || h[0] != '<' {
		return false
	}
	lower := bytes.ToLower(h[:min(len(h), 64)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title", "<div", "<article", "<p", "<h1", "<?xml"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// SniffPDF recognises a PDF file.
func SniffPDF(head []byte) bool { return bytes.HasPrefix(head, []byte("%PDF-")) }

// SniffEPUB recognises an EPUB: a zip whose first entry is the stored
// mimetype.
func SniffEPUB(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) && bytes.Contains(head[:min(len(head), 100)], []byte("application/epub+zip"))
}
