package epub

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"

	goepub "github.com/go-shiori/go-epub"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// coverImage is the cover's file name under images/.
const coverImage = "cover.png"

// picture is an image ready for the book, or why it is left out.
type picture struct {
	id        string // manifest id
	file      string // under images/: the content hash, so equal images are stored once
	mediaType string
	data      []byte
	err       error
}

// prepareImages resolves and converts every image the articles show, with
// a pool of workers. Without a resolver there are no images and figures
// keep their captions.
func (b *book) prepareImages(ctx context.Context) {
	if b.o.Resolver == nil {
		return
	}
	var srcs []string
	for i := range b.c.Articles {
		a := &b.c.Articles[i]
		if a.Image != nil {
			srcs = append(srcs, a.Image.Src)
		}
		for _, bl := range a.Body {
			if bl.Kind == news.Figure && bl.Image != nil {
				srcs = append(srcs, bl.Image.Src)
			}
		}
	}
	if len(srcs) == 0 {
		return
	}
	// WebP is converted too: it is a core media type only from EPUB 3.3,
	// and the EPUB 3.2 validators and many readers in use reject it.
	results := media.PrepareAll(ctx, b.o.Resolver, srcs, b.o.ImageLimits, b.o.ImageWorkers)
	b.images = make(map[string]*picture, len(results))
	for src, r := range results {
		p := &picture{err: r.Err}
		if r.Err == nil {
			p.id = "img-" + r.Picture.Hash[:16]
			p.file = r.Picture.Hash[:16] + r.Picture.Ext()
			p.mediaType = r.Picture.MediaType()
			p.data = r.Picture.Data
		}
		b.images[src] = p
	}
}

// skeleton has go-epub assemble the frame of the book, whatever its size:
// container, metadata, stylesheet and, for a digest, the cover, title page
// and contents page. It returns go-epub's archive, which pack re-packs with
// what grows with the content (articles, group pages, images) and the fonts:
// pack renders and compresses those on every core, where go-epub would
// write each to a temporary file and compress it on one (the fonts alone
// took 40 ms).
func (b *book) skeleton() ([]byte, error) {
	// Only the title is given: pack replaces go-epub's package document,
	// navigation and NCX, and its random identifier with them.
	e, err := goepub.NewEpub(b.title)
	if err != nil {
		return nil, err
	}
	e.Client = offline

	// go-epub is given its files in a temporary directory: its data-URL
	// parser is slow, and it would try a URL on the network.
	dir, err := os.MkdirTemp("", "newsarc-epub-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	local := func(name string, data []byte) (string, error) {
		p := filepath.Join(dir, name)
		return p, os.WriteFile(p, data, 0o600)
	}

	family := fontFamily(b.o.Font)
	p, err := local(cssFile, []byte(stylesheet(family, b.fonts)))
	if err != nil {
		return nil, err
	}
	css, err := e.AddCSS(p, cssFile)
	if err != nil {
		return nil, err
	}

	if b.digest {
		png, err := b.cover()
		if err != nil {
			return nil, err
		}
		p, err := local(coverImage, png)
		if err != nil {
			return nil, err
		}
		img, err := e.AddImage(p, coverImage)
		if err != nil {
			return nil, err
		}
		if err := e.SetCover(img, ""); err != nil {
			return nil, err
		}
		pages := []page{{b.c.Labels().TitlePage, titleFile, b.titlePage}, {b.c.Labels().Contents, contentsFile, b.contentsPage}}
		for _, p := range pages {
			body, err := p.body()
			if err != nil {
				return nil, err
			}
			if _, err := e.AddSection(body, p.title, p.file, css); err != nil {
				return nil, err
			}
		}
	}
	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// page is a front-matter document go-epub adds: its title, file name and
// body.
type page struct {
	title, file string
	body        func() (string, error)
}

// offline is the HTTP client go-epub is given: it refuses every request, so
// go-epub cannot reach the network even if it took a source for a URL.
var offline = &http.Client{Transport: refuse{}}

type refuse struct{}

func (refuse) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, errors.New("epub: network access refused")
}
