package convert_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
)

// FuzzRead feeds any bytes to what convert does with an input: recognise
// the format (or refuse binary content), read, normalise, validate, and
// write a text bulletin. It must never panic, and what comes out holds no
// control character.
func FuzzRead(f *testing.F) {
	seed, _ := os.ReadFile("../../testdata/articles/seed-giao-ban.json")
	f.Add(seed)
	f.Add([]byte(`{"title":"\u0000\u001b[2J","body":[{"kind":"preformatted","text":[{"text":"a\tb\r\n\u009b"}]}]}`))
	f.Add([]byte("<html><body><article><h1>Tiêu đề</h1><p>Nội dung bài viết.</p></article></body></html>"))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	f.Add([]byte(`{"title":"a"}` + "\n" + `{"title":"b"}` + "\n"))
	conv := convert.New(convert.Options{MaxArticleBytes: 1 << 16})
	f.Fuzz(func(t *testing.T, data []byte) {
		col, err := conv.Read(context.Background(), news.Input{Name: "in", Body: bytes.NewReader(data)}, "")
		if err != nil {
			if col != nil {
				t.Fatal("a collection with an error")
			}
			if !strings.HasPrefix(err.Error(), "in") && !errors.Is(err, news.ErrUnknownFormat) {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		var out bytes.Buffer
		if err := conv.Write(context.Background(), &out, col, "text"); err != nil {
			return
		}
		if i := strings.IndexFunc(out.String(), func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }); i >= 0 {
			t.Fatalf("control character in the bulletin at %d: %q", i, out.String()[max(0, i-20):min(out.Len(), i+20)])
		}
	})
}

// FuzzWriters writes whatever an input reads as in the new document
// formats: no panic, an HTML document without a script or a link a
// browser would run, a Word document whose every XML part is well formed,
// Markdown in UTF-8.
func FuzzWriters(f *testing.F) {
	seed, _ := os.ReadFile("../../testdata/articles/seed-giao-ban.json")
	f.Add(seed)
	f.Add([]byte(`{"title":"<script>alert(1)</script>","url":"javascript:alert(1)","body":[{"kind":"paragraph","text":[{"text":"x","link":"JaVaScRiPt:alert(1)"}]},{"kind":"figure","image":{"src":"javascript:x","caption":"</figcaption><script>"}}]}`))
	f.Add([]byte(`{"title":"---\nyes: ~","body":[{"kind":"table","table":{"header":true,"rows":[[{"text":[{"text":"|a|"}]},{"text":[{"text":"\u0001\uFFFE"}]}]]}}]}`))
	f.Add([]byte("<html><body><article><h1>Tiêu đề</h1><p>Nội dung <a href=\"vbscript:x\">bài</a> viết.</p><table><tr><td>1</td></tr></table></article></body></html>"))
	conv := convert.New(convert.Options{MaxArticleBytes: 1 << 16})
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data []byte) {
		col, err := conv.Read(ctx, news.Input{Name: "in", Body: bytes.NewReader(data)}, "")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if conv.Write(ctx, &out, col, "html") == nil {
			doc, err := xhtml.Parse(bytes.NewReader(out.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			for n := range doc.Descendants() {
				if n.Type != xhtml.ElementNode {
					continue
				}
				if n.Data == "script" {
					t.Fatalf("a script element in the HTML document")
				}
				for _, a := range n.Attr {
					v := strings.ToLower(strings.Map(func(r rune) rune {
						if unicode.IsSpace(r) || unicode.IsControl(r) {
							return -1
						}
						return r
					}, a.Val))
					if strings.HasPrefix(a.Key, "on") || (a.Key == "href" || a.Key == "src") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:text/html")) {
						t.Fatalf("<%s %s=%q> in the HTML document", n.Data, a.Key, a.Val)
					}
				}
			}
		}
		out.Reset()
		if conv.Write(ctx, &out, col, "md") == nil && !utf8.Valid(out.Bytes()) {
			t.Fatal("Markdown is not UTF-8")
		}
		out.Reset()
		if conv.Write(ctx, &out, col, "docx") == nil {
			zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
			if err != nil {
				t.Fatal(err)
			}
			for _, zf := range zr.File {
				if !strings.HasSuffix(zf.Name, ".xml") && !strings.HasSuffix(zf.Name, ".rels") {
					continue
				}
				r, _ := zf.Open()
				d := xml.NewDecoder(r)
				for {
					if _, err := d.Token(); err == io.EOF {
						break
					} else if err != nil {
						t.Fatalf("%s: %v", zf.Name, err)
					}
				}
				r.Close()
			}
		}
	})
}
