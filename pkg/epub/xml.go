package epub

import (
	"bytes"
	"encoding/xml"
)

// Namespaces of the documents the writer makes.
const (
	nsXHTML = "http://www.w3.org/1999/xhtml"
	nsOPS   = "http://www.idpf.org/2007/ops"
	nsNCX   = "http://www.daisy.org/z3986/2005/ncx/"
	nsOPF   = "http://www.idpf.org/2007/opf"
	nsDC    = "http://purl.org/dc/elements/1.1/"
)

// xw writes XML through encoding/xml's Encoder, so that every text and
// attribute is escaped (HTML-only entities, '&' and '<' come out as text,
// characters XML forbids as U+FFFD) and every element is closed in order.
// The first error sticks and is returned by bytes.
type xw struct {
	buf bytes.Buffer
	enc *xml.Encoder
	err error
}

func newXW() *xw {
	w := &xw{}
	w.enc = xml.NewEncoder(&w.buf)
	return w
}

func (w *xw) token(t xml.Token) {
	if w.err == nil {
		w.err = w.enc.EncodeToken(t)
	}
}

// start opens an element with attributes given as name, value pairs.
// Prefixed names such as "xml:lang" and "epub:type" are written as given.
func (w *xw) start(name string, attrs ...string) {
	var as []xml.Attr
	if len(attrs) > 0 {
		as = make([]xml.Attr, 0, len(attrs)/2)
		for i := 0; i+1 < len(attrs); i += 2 {
			as = append(as, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
	}
	w.token(xml.StartElement{Name: xml.Name{Local: name}, Attr: as})
}

func (w *xw) end(name string) { w.token(xml.EndElement{Name: xml.Name{Local: name}}) }

func (w *xw) text(s string) { w.token(xml.CharData(s)) }

// elem writes a whole element holding text.
func (w *xw) elem(name, text string, attrs ...string) {
	w.start(name, attrs...)
	w.text(text)
	w.end(name)
}

// line writes a whole element holding text on a line of its own, or
// nothing when text is empty.
func (w *xw) line(name, text string, attrs ...string) {
	if text != "" {
		w.elem(name, text, attrs...)
		w.nl()
	}
}

// empty writes an element without content, such as img or link.
func (w *xw) empty(name string, attrs ...string) {
	w.start(name, attrs...)
	w.end(name)
}

// nl ends a line between block elements, so that the files read well in a
// diff; never inside inline content.
func (w *xw) nl() { w.text("\n") }

// declaration starts a document with the XML declaration.
func (w *xw) declaration() {
	w.token(xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0" encoding="UTF-8"`)})
	w.nl()
}

// bytes flushes the encoder and returns the document.
func (w *xw) bytes() ([]byte, error) {
	if w.err == nil {
		w.err = w.enc.Flush()
	}
	return w.buf.Bytes(), w.err
}

// head starts an XHTML content document up to the opening of its body.
func (w *xw) head(lang, title, css string) {
	w.declaration()
	w.token(xml.Directive("DOCTYPE html"))
	w.nl()
	w.start("html", "xmlns", nsXHTML, "xmlns:epub", nsOPS, "lang", lang, "xml:lang", lang)
	w.nl()
	w.start("head")
	w.elem("title", title)
	if css != "" {
		w.empty("link", "rel", "stylesheet", "type", "text/css", "href", css)
	}
	w.end("head")
	w.nl()
	w.start("body")
	w.nl()
}

// foot closes what head opened.
func (w *xw) foot() {
	w.end("body")
	w.nl()
	w.end("html")
	w.nl()
}
