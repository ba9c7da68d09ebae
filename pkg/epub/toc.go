package epub

import (
	"strconv"
)

// The package's own documents, relative to the package directory.
const (
	navFile  = "nav.xhtml"
	ncxFile  = "toc.ncx"
	xhtmlDir = "xhtml/"
	imageDir = "images/"
	fontDir  = "fonts/"
)

// tocItem is one entry of the navigation: an article, or a group with its
// articles and no document of its own (href is empty).
type tocItem struct {
	label, href string
	children    []tocItem
}

// outline is the table of contents of both the navigation document and the
// NCX: groups → articles, or just articles.
func (b *book) outline() []tocItem {
	var out []tocItem
	for _, g := range b.groups {
		items := make([]tocItem, len(g.articles))
		for k, i := range g.articles {
			items[k] = tocItem{label: b.docs[i].title, href: xhtmlDir + b.docs[i].file}
		}
		if g.label == "" {
			out = append(out, items...)
		} else {
			out = append(out, tocItem{label: g.label, children: items})
		}
	}
	return out
}

// nav renders the EPUB 3 navigation document: the table of contents and the
// landmarks readers use for "go to cover / contents / start".
func (b *book) nav(outline []tocItem) ([]byte, error) {
	w := newXW()
	w.head(b.lang, b.title, "")
	w.start("nav", "epub:type", "toc", "id", "toc")
	w.nl()
	w.line("h1", b.c.Labels().Contents)
	navList(w, outline)
	w.end("nav")
	w.nl()

	w.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden")
	w.nl()
	w.start("ol")
	w.nl()
	landmark := func(typ, file, label string) {
		w.start("li")
		w.elem("a", label, "epub:type", typ, "href", xhtmlDir+file)
		w.end("li")
		w.nl()
	}
	if b.digest {
		landmark("cover", coverFile, b.c.Labels().Cover)
		landmark("titlepage", titleFile, b.c.Labels().TitlePage)
		landmark("toc", contentsFile, b.c.Labels().Contents)
	}
	landmark("bodymatter", b.docs[b.groups[0].articles[0]].file, b.c.Labels().Start)
	w.end("ol")
	w.nl()
	w.end("nav")
	w.nl()
	w.foot()
	return w.bytes()
}

func navList(w *xw, items []tocItem) {
	w.start("ol")
	w.nl()
	for _, it := range items {
		w.start("li")
		if it.href == "" {
			w.elem("span", it.label) // a heading over its children
		} else {
			w.elem("a", it.label, "href", it.href)
		}
		if len(it.children) > 0 {
			w.nl()
			navList(w, it.children)
		}
		w.end("li")
		w.nl()
	}
	w.end("ol")
	w.nl()
}

// ncx renders the EPUB 2 table of contents, for readers that predate the
// navigation document.
func (b *book) ncx(outline []tocItem) ([]byte, error) {
	depth := 1
	for _, it := range outline {
		if len(it.children) > 0 {
			depth = 2
		}
	}
	w := newXW()
	w.declaration()
	w.start("ncx", "xmlns", nsNCX, "version", "2005-1", "xml:lang", b.lang)
	w.nl()
	w.start("head")
	w.nl()
	for _, m := range [][2]string{{"dtb:uid", b.id}, {"dtb:depth", strconv.Itoa(depth)}, {"dtb:totalPageCount", "0"}, {"dtb:maxPageNumber", "0"}} {
		w.empty("meta", "name", m[0], "content", m[1])
		w.nl()
	}
	w.end("head")
	w.nl()
	w.start("docTitle")
	w.elem("text", b.title)
	w.end("docTitle")
	w.nl()
	w.start("navMap")
	w.nl()
	// The NCX has no heading without a target: a group points at its first
	// article and shares its place in the play order, as EPUB 2 asks of
	// entries with one target.
	order, id := 0, 0
	var points func(items []tocItem)
	points = func(items []tocItem) {
		for _, it := range items {
			id++
			href, place := it.href, order+1
			if href == "" {
				href = first(it)
			} else {
				order++
			}
			w.start("navPoint", "id", "np"+strconv.Itoa(id), "playOrder", strconv.Itoa(place))
			w.start("navLabel")
			w.elem("text", it.label)
			w.end("navLabel")
			w.empty("content", "src", href)
			w.nl()
			points(it.children)
			w.end("navPoint")
			w.nl()
		}
	}
	points(outline)
	w.end("navMap")
	w.nl()
	w.end("ncx")
	w.nl()
	return w.bytes()
}

// first is the target of an entry's first article.
func first(it tocItem) string {
	for it.href == "" && len(it.children) > 0 {
		it = it.children[0]
	}
	return it.href
}
