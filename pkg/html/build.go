package html

import (
	"bytes"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// build parses a page into an x/net/html tree straight from the
// tokenizer, with the parts of HTML's tree construction that decide what
// text sits in which block: the head and body, void elements, the
// elements that close themselves (a paragraph before a block, a list item
// before the next, table rows and cells), end tags matched within their
// scope and stray ones ignored. It leaves out what the reader never looks
// at — comments, doctypes, the re-opening of formatting elements across
// blocks, foster parenting, foreign namespaces, white space at the edges
// of blocks — and so builds the tree at one and a half to two times
// html.Parse's speed with a third of its allocations (BenchmarkBuild,
// BenchmarkParse). It never fails: past maxDepth open elements, start and
// end tags are dropped and their text kept.
func build(text []byte) *html.Node {
	doc, _ := buildKeeping(text, readAttrs)
	return doc
}

// readAttrs are the attributes the reader looks at; build drops the
// others (event handlers, ARIA, tracking data), which are a third of a
// page's attributes.
var readAttrs = setOf([]string{"class", "id", "data-component", "data-testid", "data-module", "data-block", "data-type",
	"style", "hidden", "role", "href", "src", "data-src", "data-original", "data-lazy-src", "data-lazy", "data-original-src",
	"data-url", "data-full-src", "data-hi-res-src", "data-srcset", "data-lazy-srcset", "srcset", "alt", "width", "height",
	"align", "colspan", "rowspan", "datetime", "content", "property", "name", "itemprop", "http-equiv", "charset", "rel",
	"lang", "xml:lang", "type", "face"})

// buildKeeping is build keeping the attributes named in keep. Its nodes
// and attributes are allocated in blocks shared between pages: release
// gives them back, and the tree must not be used after.
func buildKeeping(text []byte, keep map[string]bool) (doc *html.Node, release func()) {
	b := &builder{lx: newLexer(text), keepAttr: keep}
	release = b.release
	b.doc = b.node(html.DocumentNode, 0, "")
	b.html = b.node(html.ElementNode, atom.Html, "html")
	b.head = b.node(html.ElementNode, atom.Head, "head")
	b.body = b.node(html.ElementNode, atom.Body, "body")
	b.doc.AppendChild(b.html)
	b.html.AppendChild(b.head)
	b.html.AppendChild(b.body)
	b.inHead = true
	b.stack = append(b.stack, b.body)
	for {
		switch b.lx.next() {
		case html.ErrorToken:
			return b.doc, release
		case html.TextToken:
			b.text(b.lx.text())
		case html.StartTagToken:
			b.start(false)
		case html.SelfClosingTagToken:
			b.start(true)
		case html.EndTagToken:
			b.end()
		}
	}
}

// maxDepth is how deep build lets elements nest.
const maxDepth = 400

type builder struct {
	lx                    *lexer
	doc, html, head, body *html.Node
	inHead                bool         // before the body's content: metadata goes to <head>
	headOpen              []*html.Node // a title, style, script or noscript open in <head>
	stack                 []*html.Node // the open elements of the body, <body> first
	pre                   int          // open elements whose white space counts
	dropped               int          // start tags dropped past maxDepth
	slab                  []html.Node  // nodes are allocated in blocks
	nameBuf, keyBuf       [64]byte
	attrs, arena          []html.Attribute  // the tag being read; the block its attributes are kept in
	keys                  map[string]string // attribute names HTML does not know, shared
	keepAttr              map[string]bool   // the attributes to keep
	blocks                []*[]html.Node    // the blocks of nodes taken from nodeBlocks
	attrBlocks            []*[]html.Attribute
}

// Nodes and attributes come in blocks recycled between pages: the trees of
// an archive's pages are garbage as soon as their articles are read.
const (
	nodeBlock = 256
	attrBlock = 512
)

var (
	nodeBlocks = sync.Pool{New: func() any { s := make([]html.Node, nodeBlock); return &s }}
	attrBlocks = sync.Pool{New: func() any { s := make([]html.Attribute, attrBlock); return &s }}
)

// release gives the tree's blocks back, cleared so that they hold on to
// nothing of the page.
func (b *builder) release() {
	for _, p := range b.blocks {
		clear(*p)
		nodeBlocks.Put(p)
	}
	for _, p := range b.attrBlocks {
		clear(*p)
		attrBlocks.Put(p)
	}
	b.blocks, b.attrBlocks = nil, nil
}

func (b *builder) node(t html.NodeType, a atom.Atom, data string) *html.Node {
	if len(b.slab) == 0 {
		p := nodeBlocks.Get().(*[]html.Node)
		b.blocks = append(b.blocks, p)
		b.slab = *p
	}
	n := &b.slab[0]
	b.slab = b.slab[1:]
	n.Type, n.DataAtom, n.Data = t, a, data
	return n
}

func (b *builder) current() *html.Node {
	if b.inHead {
		if len(b.headOpen) > 0 {
			return b.headOpen[len(b.headOpen)-1]
		}
		return b.head
	}
	return b.stack[len(b.stack)-1]
}

// text appends text to the current element, merged with text before it.
func (b *builder) text(t []byte) {
	if len(t) == 0 {
		return
	}
	blank := isBlank(t)
	if b.inHead && len(b.headOpen) == 0 {
		if blank {
			return
		}
		b.inHead = false // text starts the body
	}
	parent := b.current()
	if last := parent.LastChild; last != nil && last.Type == html.TextNode {
		last.Data += b.lx.str(t)
		return
	}
	s := " " // white space between tags, the same wherever it is
	switch {
	case !blank || b.pre > 0:
		s = b.lx.str(t)
	case parent.LastChild == nil && blockAtom(parent.DataAtom), parent.LastChild != nil && blockAtom(parent.LastChild.DataAtom):
		return // white space at a block's edge shows nothing
	}
	parent.AppendChild(b.node(html.TextNode, 0, s))
}

func isBlank(t []byte) bool {
	for _, c := range t {
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' {
			return false
		}
	}
	return true
}

// headAtoms are the elements that stay in <head> before the body starts.
func headAtom(a atom.Atom) bool {
	switch a {
	case atom.Meta, atom.Link, atom.Title, atom.Style, atom.Script, atom.Base, atom.Noscript, atom.Template, atom.Basefont, atom.Bgsound:
		return true
	}
	return false
}

func (b *builder) start(selfClosing bool) {
	name := b.tagName()
	attrs := b.keptAttrs(string(name) == "abbr")
	a := atom.Lookup(name)
	data := a.String()
	if a == 0 {
		data = b.key(name) // custom elements repeat: amp-img, gu-island
	}
	switch a {
	case atom.Html:
		b.html.Attr = mergeAttrs(b.html.Attr, attrs)
		return
	case atom.Head:
		return
	case atom.Body:
		b.body.Attr = mergeAttrs(b.body.Attr, attrs)
		b.inHead = false
		return
	case atom.Noscript:
		b.lx.nextIsNotRawText() // scripting is off: its content is markup
	case atom.Image:
		a, data = atom.Img, "img"
	case atom.Frameset, atom.Frame:
		return
	}
	if b.inHead && headAtom(a) {
		n := b.node(html.ElementNode, a, data)
		n.Attr = attrs
		b.current().AppendChild(n)
		if !voidAtom(a) && !selfClosing {
			b.headOpen = append(b.headOpen, n)
		}
		return
	}
	b.inHead, b.headOpen = false, nil
	b.closeImplied(a)
	if len(b.stack) >= maxDepth && !voidAtom(a) && !closedByNext(a) {
		b.dropped++ // the paragraphs, which close each other, are kept
		return
	}
	n := b.node(html.ElementNode, a, data)
	n.Attr = attrs
	parent := b.current()
	if last := parent.LastChild; last != nil && last.Type == html.TextNode && last.Data == " " && blockAtom(a) && b.pre == 0 {
		parent.RemoveChild(last) // nor does white space before a block
	}
	parent.AppendChild(n)
	if voidAtom(a) || selfClosing && a == 0 {
		return // no content; an unknown element written <x/> neither
	}
	b.stack = append(b.stack, n)
	if whiteSpaceKept(a) {
		b.pre++
	}
}

// whiteSpaceKept reports the elements whose white space is content.
func whiteSpaceKept(a atom.Atom) bool {
	return a == atom.Pre || a == atom.Textarea || a == atom.Listing || a == atom.Plaintext
}

// closeImplied closes the open elements that a start tag a ends: a
// paragraph before a block, a list item before the next, a cell or row
// before the next, a heading before a heading, a link before a link.
func (b *builder) closeImplied(a atom.Atom) {
	if closesP(a) {
		b.closeInScope(atom.P, buttonScope)
	}
	switch a {
	case atom.Li:
		b.closeInScope(atom.Li, listScope)
	case atom.Dd, atom.Dt:
		b.closeInScope(atom.Dd, listScope)
		b.closeInScope(atom.Dt, listScope)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if heading(b.current().DataAtom) {
			b.pop(1)
		}
	case atom.Option:
		if b.current().DataAtom == atom.Option {
			b.pop(1)
		}
	case atom.Optgroup:
		for cur := b.current().DataAtom; cur == atom.Option || cur == atom.Optgroup; cur = b.current().DataAtom {
			b.pop(1)
		}
	case atom.A:
		b.closeInScope(atom.A, tableScope)
	case atom.Button:
		b.closeInScope(atom.Button, tableScope)
	case atom.Td, atom.Th:
		b.closeInScope(atom.Td, rowScope)
		b.closeInScope(atom.Th, rowScope)
	case atom.Tr:
		b.closeInScope(atom.Td, rowScope)
		b.closeInScope(atom.Th, rowScope)
		b.closeInScope(atom.Tr, sectionScope)
	case atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Colgroup:
		b.closeToTable()
	}
}

// Scopes: the elements at which a search for an open element stops.
const (
	buttonScope = iota
	listScope
	tableScope
	rowScope     // a cell is closed within its row
	sectionScope // a row is closed within its table section
)

func boundary(a atom.Atom, scope int) bool {
	switch a {
	case atom.Html, atom.Body, atom.Table, atom.Td, atom.Th, atom.Caption, atom.Marquee, atom.Object, atom.Applet, atom.Template:
		if scope == rowScope && (a == atom.Td || a == atom.Th) {
			return false
		}
		return true
	case atom.Button:
		return scope == buttonScope
	case atom.Ul, atom.Ol:
		return scope == listScope
	case atom.Tr:
		return scope == rowScope
	case atom.Tbody, atom.Thead, atom.Tfoot:
		return scope == rowScope || scope == sectionScope
	}
	return false
}

// closeInScope pops up to and including the nearest open a, if one is
// open within scope.
func (b *builder) closeInScope(a atom.Atom, scope int) {
	for i := len(b.stack) - 1; i > 0; i-- {
		n := b.stack[i]
		if n.DataAtom == a {
			b.pop(len(b.stack) - i)
			return
		}
		if boundary(n.DataAtom, scope) {
			return
		}
	}
}

// closeToTable pops the open elements inside the nearest open table.
func (b *builder) closeToTable() {
	for i := len(b.stack) - 1; i > 0; i-- {
		if b.stack[i].DataAtom == atom.Table {
			b.pop(len(b.stack) - 1 - i)
			return
		}
	}
}

func (b *builder) pop(k int) {
	for _, n := range b.stack[len(b.stack)-k:] {
		if whiteSpaceKept(n.DataAtom) {
			b.pre--
		}
	}
	b.stack = b.stack[:len(b.stack)-k]
}

func (b *builder) end() {
	name := b.tagName()
	a := atom.Lookup(name)
	if b.inHead {
		if k := len(b.headOpen); k > 0 && b.headOpen[k-1].DataAtom == a {
			b.headOpen = b.headOpen[:k-1]
		} else if a == atom.Head {
			b.inHead, b.headOpen = false, nil
		}
		return
	}
	switch a {
	case atom.Html, atom.Body:
		return
	case atom.Head:
		b.inHead = false
		return
	case atom.Br:
		b.current().AppendChild(b.node(html.ElementNode, atom.Br, "br")) // "</br>" is read as "<br>"
		return
	}
	if b.dropped > 0 {
		b.dropped-- // the end of an element dropped past maxDepth
		return
	}
	scope := tableScope
	if a == atom.Td || a == atom.Th || a == atom.Tr || a == atom.Tbody || a == atom.Thead || a == atom.Tfoot || a == atom.Table || a == atom.Caption {
		scope = -1 // table parts close within the table they are in
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		n := b.stack[i]
		if n.DataAtom == a && (a != 0 || n.Data == string(name)) {
			b.pop(len(b.stack) - i)
			return
		}
		if scope >= 0 && boundary(n.DataAtom, scope) {
			return // a stray end tag
		}
		if scope < 0 && n.DataAtom == atom.Table && a != atom.Table {
			return
		}
	}
}

// closesP reports the start tags that close an open paragraph.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog, atom.Dir,
		atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Ul, atom.Li, atom.Dd, atom.Dt, atom.Listing, atom.Xmp, atom.Plaintext:
		return true
	}
	return false
}

// tagName returns the current tag's name in lower case, NUL replaced.
func (b *builder) tagName() []byte {
	name := b.lx.bytes(b.lx.data)
	if bytes.IndexByte(name, 0) >= 0 {
		name = bytes.ReplaceAll(name, []byte{0}, []byte("\uFFFD"))
	}
	return b.lower(name, b.nameBuf[:0])
}

// keptAttrs returns the current start tag's attributes that build keeps,
// the first of each name (as html.Parse does), their values unescaped; an
// <abbr> keeps its title too, where hAtom and Blogger put the full date of
// "2:05 PM" (a title anywhere else is not worth its cost).
func (b *builder) keptAttrs(abbr bool) []html.Attribute {
	b.attrs = b.attrs[:0]
next:
	for _, a := range b.lx.attrs {
		key := b.lower(b.lx.bytes(a.key), b.keyBuf[:0])
		if !b.keepAttr[string(key)] && !(abbr && string(key) == "title") {
			continue
		}
		for _, k := range b.attrs {
			if k.Key == string(key) {
				continue next
			}
		}
		b.attrs = append(b.attrs, html.Attribute{Key: b.key(key), Val: b.lx.value(a.val)})
	}
	return b.keep(b.attrs)
}

// keep copies a tag's attributes into a block shared by the page's
// elements, capped so that appending to one never writes over another.
func (b *builder) keep(attrs []html.Attribute) []html.Attribute {
	if len(attrs) == 0 {
		return nil
	}
	if cap(b.arena)-len(b.arena) < len(attrs) {
		if len(attrs) > attrBlock {
			return append([]html.Attribute(nil), attrs...)
		}
		p := attrBlocks.Get().(*[]html.Attribute)
		b.attrBlocks = append(b.attrBlocks, p)
		b.arena = (*p)[:0]
	}
	k := len(b.arena)
	b.arena = append(b.arena, attrs...)
	return b.arena[k:len(b.arena):len(b.arena)]
}

// key returns an attribute's or element's name as a string: the atom's
// for the names HTML knows, else one string per distinct name
// ("data-src", "amp-img" repeat).
func (b *builder) key(k []byte) string {
	if s := atom.Lookup(k).String(); s != "" {
		return s
	}
	if s, ok := b.keys[string(k)]; ok {
		return s
	}
	if b.keys == nil {
		b.keys = make(map[string]string)
	}
	s := string(k)
	b.keys[s] = s
	return s
}

// lower returns s in lower case, in buf when it has capitals.
func (b *builder) lower(s, buf []byte) []byte {
	for _, c := range s {
		if 'A' <= c && c <= 'Z' {
			for _, c := range s {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			return buf
		}
	}
	return s
}

// closedByNext reports the elements that the next of their kind closes:
// they do not nest, so build keeps them at any depth.
func closedByNext(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th, atom.Option, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// voidAtom reports the elements that have no content and no end tag.
func voidAtom(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Keygen, atom.Link,
		atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Basefont, atom.Bgsound:
		return true
	}
	return false
}

// mergeAttrs adds to an element the attributes a repeated tag gives that
// it does not have yet, as <html lang> and <body class> repeated do.
func mergeAttrs(have, add []html.Attribute) []html.Attribute {
	for _, a := range add {
		found := false
		for _, h := range have {
			found = found || h.Key == a.Key
		}
		if !found {
			have = append(have, a)
		}
	}
	return have
}
