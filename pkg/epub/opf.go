package epub

import (
	"encoding/xml"
	"slices"
	"strconv"
	"strings"
	"time"
)

// item is one entry of the package manifest. Its field tags read go-epub's
// package document; opf writes ours.
type item struct {
	ID         string `xml:"id,attr"`
	Href       string `xml:"href,attr"`
	MediaType  string `xml:"media-type,attr"`
	Properties string `xml:"properties,attr"`
}

// manifestOf reads the manifest of go-epub's package document: the files it
// stored and the media types it detected.
func manifestOf(opf []byte) ([]item, error) {
	var p struct {
		Items []item `xml:"manifest>item"`
	}
	err := xml.Unmarshal(opf, &p)
	return p.Items, err
}

// opf renders the package document: the book's metadata with a fixed
// dcterms:modified, the manifest sorted by file, and the spine in reading
// order.
func (b *book) opf(manifest []item, spine []string) ([]byte, error) {
	w := newXW()
	w.declaration()
	w.start("package", "xmlns", nsOPF, "version", "3.0", "unique-identifier", "pub-id", "xml:lang", b.lang)
	w.nl()
	w.start("metadata", "xmlns:dc", nsDC)
	w.nl()
	w.line("dc:identifier", b.id, "id", "pub-id")
	w.line("dc:title", b.title)
	w.line("dc:language", b.lang)
	for k, c := range b.creators() {
		id := "creator" + strconv.Itoa(k+1)
		w.line("dc:creator", c, "id", id)
		if !b.digest && len(b.c.Articles[0].Authors) > 0 {
			w.line("meta", "aut", "refines", "#"+id, "property", "role", "scheme", "marc:relators")
		}
	}
	w.line("dc:publisher", b.publisher())
	if d := b.published(); !d.IsZero() {
		w.line("dc:date", d.UTC().Format(time.RFC3339))
	}
	w.line("dc:description", b.description())
	for _, s := range b.subjects() {
		w.line("dc:subject", s)
	}
	w.line("meta", b.date.Format(time.RFC3339), "property", "dcterms:modified")
	slices.SortFunc(manifest, func(x, y item) int { return strings.Compare(x.Href, y.Href) })
	for _, it := range manifest {
		if it.Properties == "cover-image" {
			// The EPUB 2 way to name the cover, still read by some readers.
			w.empty("meta", "name", "cover", "content", it.ID)
			w.nl()
		}
	}
	w.end("metadata")
	w.nl()

	w.start("manifest")
	w.nl()
	for _, it := range manifest {
		attrs := []string{"id", it.ID, "href", it.Href, "media-type", it.MediaType}
		if it.Properties != "" {
			attrs = append(attrs, "properties", it.Properties)
		}
		w.empty("item", attrs...)
		w.nl()
	}
	w.end("manifest")
	w.nl()
	w.start("spine", "toc", "ncx")
	w.nl()
	for _, id := range spine {
		w.empty("itemref", "idref", id)
		w.nl()
	}
	w.end("spine")
	w.nl()
	w.end("package")
	w.nl()
	return w.bytes()
}

// spine lists the documents in reading order by manifest id (their file
// names): for a digest the cover, title and contents pages, then the
// articles, group after group.
func (b *book) spine() []string {
	var ids []string
	if b.digest {
		ids = append(ids, coverFile, titleFile, contentsFile)
	}
	for _, g := range b.groups {
		for _, i := range g.articles {
			ids = append(ids, b.docs[i].file)
		}
	}
	return ids
}

// creators are an article's authors (else its source); a digest's publisher
// (else the sources of its articles).
func (b *book) creators() []string {
	if !b.digest {
		a := &b.c.Articles[0]
		if len(a.Authors) > 0 {
			return a.Authors
		}
		return nonEmpty(a.Source)
	}
	if p := b.publisher(); p != "" {
		return []string{p}
	}
	var out []string
	for i := range b.c.Articles {
		out = append(out, b.c.Articles[i].Source)
	}
	return nonEmpty(out...)
}

// published is an article's publication time, else the collection's date.
func (b *book) published() time.Time {
	if !b.digest && !b.c.Articles[0].Published.IsZero() {
		return b.c.Articles[0].Published
	}
	return b.c.Date()
}

// description is an article's lead; a digest's subtitle, else its size and
// period.
func (b *book) description() string {
	if !b.digest {
		return b.c.Articles[0].Lead
	}
	if b.c.Subtitle != "" {
		return b.c.Subtitle
	}
	d := b.count()
	if b.c.Period != nil {
		d += " · " + b.c.Labels().Period(*b.c.Period)
	}
	return d
}

// subjects are an article's section and tags; a digest's sections.
func (b *book) subjects() []string {
	if !b.digest {
		a := &b.c.Articles[0]
		return nonEmpty(append([]string{a.Section}, a.Tags...)...)
	}
	return b.c.SectionNames()
}

// nonEmpty returns the distinct non-blank strings of ss in order.
func nonEmpty(ss ...string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
