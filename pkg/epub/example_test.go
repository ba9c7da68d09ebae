package epub_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"log"
	"time"

	"github.com/newsarc/newsarc/pkg/epub"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// An article becomes a book of one document; images come from a resolver
// (here the directory of the article's JSON) and never from the network.
func Example() {
	c := &news.Collection{Articles: []news.Article{{
		ID:        "hagiang-mua-lu",
		Title:     "Mưa lũ gây sạt lở trên Quốc lộ 4C",
		Authors:   []string{"Minh Đức"},
		Published: time.Date(2023, 7, 20, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600)),
		Body: []news.Block{
			{Kind: news.Paragraph, Text: []news.Span{{Text: "Mưa lớn kéo dài khiến nhiều điểm trên tuyến bị sạt lở."}}},
			{Kind: news.Figure, Image: &news.Image{Src: "images/giao-ban.jpg", Caption: "Ảnh minh họa"}},
		},
	}}}
	w := epub.New(epub.Options{Resolver: media.Dir("../../testdata/articles"), NoFonts: true})
	var buf bytes.Buffer
	if err := w.Write(context.Background(), &buf, c); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// mimetype
	// EPUB/css/style.css
	// EPUB/images/f128ac9228bce1b6.jpg
	// EPUB/nav.xhtml
	// EPUB/package.opf
	// EPUB/toc.ncx
	// EPUB/xhtml/a0001-mua-lu-gay-sat-lo-tren-quoc-lo-4c.xhtml
	// META-INF/container.xml
}
