package convert_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode"

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
