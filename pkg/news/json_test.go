package news_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

func fixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.json")
	if err != nil || len(files) < 6 {
		t.Fatalf("want at least 6 fixtures, got %d (%v)", len(files), err)
	}
	return files
}

func TestRoundTripIsByteIdentical(t *testing.T) {
	for _, f := range fixtures(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := news.DecodeJSON(f, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		var buf bytes.Buffer
		if err := news.EncodeJSON(&buf, c); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Errorf("%s: decode → encode changed the bytes:\n%s", f, buf.String())
		}
	}
}

func TestSeedFields(t *testing.T) {
	data, err := os.ReadFile("../../testdata/articles/seed-giao-ban.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := news.DecodeJSON("seed", data)
	if err != nil {
		t.Fatal(err)
	}
	a := c.Articles[0]
	if a.Title != "Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy" {
		t.Errorf("title = %q", a.Title)
	}
	if got := a.Published.Format("2006-01-02T15:04:05-07:00"); got != "2023-07-28T18:26:00+07:00" {
		t.Errorf("published = %s", got)
	}
	if strings.Join(a.Authors, "|") != "Đình Anh|Văn Hương" {
		t.Errorf("authors = %q", a.Authors)
	}
}

// A collection, an array and JSON Lines of the same articles decode alike,
// and a collection survives the round trip with its own fields.
func TestShapes(t *testing.T) {
	a1 := `{"schema":1,"id":"a","title":"Một","published":"2023-07-01T08:00:00+07:00"}`
	a2 := `{"id":"b","title":"Hai"}`
	for name, doc := range map[string]string{
		"array":      "[" + a1 + "," + a2 + "]",
		"jsonl":      a1 + "\n" + a2 + "\n",
		"collection": `{"schema":1,"title":"Bản tin","articles":[` + a1 + "," + a2 + "]}",
	} {
		c, err := news.DecodeJSON(name, []byte(doc))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(c.Articles) != 2 || c.Articles[1].Title != "Hai" {
			t.Fatalf("%s: got %+v", name, c.Articles)
		}
	}
	c := &news.Collection{Title: "Bản tin tháng 7/2023", Publisher: "Báo Hà Giang", Group: news.GroupBySection,
		Articles: []news.Article{{ID: "x", Title: "Một"}}}
	var buf bytes.Buffer
	if err := news.EncodeJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	back, err := news.DecodeJSON("c", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.Title != c.Title || back.Publisher != c.Publisher || back.Group != c.Group || len(back.Articles) != 1 {
		t.Fatalf("collection lost fields: %+v", back)
	}
	var again bytes.Buffer
	news.EncodeJSON(&again, back)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Fatal("collection round trip is not byte-identical")
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		name, doc, want string
	}{
		{"empty", "  \n", "f.json: empty input"},
		{"truncated", "{\"title\": \"Một\",\n  \"body\": [", "f.json:2:12: truncated JSON"},
		{"wrong type", "{\n  \"title\": 5\n}", `f.json:2:3: field "title": want a string, got JSON number`},
		{"unknown field", "{\n  \"title\": \"x\",\n  \"headline\": \"y\"\n}", `f.json:3:3: field "headline": unknown field`},
		{"bad time", "{\"title\": \"x\",\n \"published\": \"28/07/2023\"}", `f.json:2:2: field "published": "28/07/2023" is not an RFC 3339 time`},
		{"schema", `{"schema": 2, "title": "x"}`, `field "schema": unsupported schema version 2`},
		{"not json", "hello", "f.json:1:1: not JSON"},
		{"article field in collection", `{"articles": [], "lead": "x"}`, `field "lead": unknown field in a collection`},
		{"second jsonl line", "{\"title\":\"a\"}\n{\"title\":\"b\",\"x\":1}\n", `f.json:2:14: field "x": unknown field`},
		{"nested type", `{"title":"a","body":[{"kind":"paragraph","text":"plain"}]}`, `field "body.text": want an array, got JSON string`},
		{"trailing garbage", `[{"title":"a"}] x`, "f.json:1:17: "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := news.DecodeJSON("f.json", []byte(tc.doc))
			if err == nil {
				t.Fatal("no error")
			}
			var ie *news.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T is not an *InputError: %v", err, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %q, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestJSONLWriter(t *testing.T) {
	c := &news.Collection{Articles: []news.Article{{ID: "a", Title: "Một"}, {ID: "b", Title: "Hai <&>"}}}
	var buf bytes.Buffer
	if err := (news.JSONL{}).Write(t.Context(), &buf, c); err != nil {
		t.Fatal(err)
	}
	want := `{"schema":1,"id":"a","title":"Một"}` + "\n" + `{"schema":1,"id":"b","title":"Hai <&>"}` + "\n"
	if buf.String() != want {
		t.Fatalf("got %q", buf.String())
	}
}

func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/articles/*.json")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`[{"title":"a"},{"title":"b"}]`))
	f.Add([]byte("{\"title\":\"a\"}\n{\"title\":\"b\"}"))
	f.Add([]byte(`{"articles":[{"title":"x","published":"2023-07-28T18:26:00+07:00"}],"period":{"start":"2023-07-01T00:00:00+07:00","end":"2023-08-01T00:00:00+07:00"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := news.DecodeJSON("fuzz", data)
		if err != nil {
			var ie *news.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T is not an *InputError: %v", err, err)
			}
			return
		}
		// What decodes must encode, and the encoding must be a fixed point.
		var b1, b2 bytes.Buffer
		if err := news.EncodeJSON(&b1, c); err != nil {
			t.Fatal(err)
		}
		c2, err := news.DecodeJSON("again", b1.Bytes())
		if err != nil {
			t.Fatalf("re-decoding own output: %v\n%s", err, b1.String())
		}
		if err := news.EncodeJSON(&b2, c2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Fatalf("encoding is not a fixed point:\n%s\n%s", b1.String(), b2.String())
		}
	})
}

// JSON Lines read from a stream are decoded line by line, with errors on the
// right line, and a one-line collection is still a collection.
func TestReadStreamsJSONLines(t *testing.T) {
	read := func(doc string) (*news.Collection, error) {
		return news.JSON{}.Read(t.Context(), news.Input{Name: "x.jsonl", Body: strings.NewReader(doc)})
	}
	c, err := read("{\"title\":\"a\"}\n\n{\"title\":\"b\"}\n{\"title\":\"c\"}")
	if err != nil || len(c.Articles) != 3 || c.Articles[2].Title != "c" {
		t.Fatalf("got %+v, %v", c, err)
	}
	_, err = read("{\"title\":\"a\"}\n{\"title\":\"b\"}\n{\"title\":\"c\",\"oops\":1}\n")
	if err == nil || !strings.HasPrefix(err.Error(), `x.jsonl:3:14: field "oops"`) {
		t.Errorf("error on line 3: %v", err)
	}
	c, err = read(`{"title":"Bản tin","articles":[{"title":"a"}]}` + "\n")
	if err != nil || c.Title != "Bản tin" || len(c.Articles) != 1 {
		t.Errorf("one-line collection: %+v, %v", c, err)
	}
	if _, err := read(`{"articles":[]}` + "\n" + `{"title":"a"}`); err == nil {
		t.Error("a collection followed by an article was accepted")
	}
	// A pretty-printed article is not JSON Lines: it is read whole.
	c, err = read("{\n  \"title\": \"a\"\n}\n")
	if err != nil || c.Articles[0].Title != "a" {
		t.Errorf("pretty article: %+v, %v", c, err)
	}
}

func TestTableRoundTrip(t *testing.T) {
	in := `{
  "schema": 1,
  "title": "Kết quả bầu cử",
  "body": [
    {
      "kind": "table",
      "table": {
        "caption": "Số phiếu",
        "header": true,
        "rows": [
          [
            {
              "text": [
                {
                  "text": "Ứng cử viên"
                }
              ]
            },
            {
              "text": [
                {
                  "text": "Phiếu",
                  "bold": true
                }
              ]
            }
          ],
          [
            {
              "text": [
                {
                  "text": "Nguyễn Văn A"
                }
              ]
            },
            {}
          ]
        ]
      }
    }
  ]
}
`
	c, err := news.DecodeJSON("t.json", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	g := c.Articles[0].Body[0].Table
	if g == nil || !g.Header || g.Caption != "Số phiếu" || len(g.Rows) != 2 || g.Rows[1][1].Text != nil {
		t.Fatalf("table = %+v", g)
	}
	var buf bytes.Buffer
	if err := news.EncodeJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	if buf.String() != in {
		t.Errorf("round trip changed the bytes:\n%s", buf.String())
	}
	_, err = news.DecodeJSON("t.json", []byte(`{"title":"x","body":[{"kind":"table","table":{"rows":[[{"txt":"a"}]]}}]}`))
	var ie *news.InputError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "unknown field") {
		t.Errorf("unknown cell field: %v", err)
	}
}

// date_source marks a time that is the capture's; it round-trips, the
// meta line says so, and only "capture" with a time is valid.
func TestDateSource(t *testing.T) {
	doc := "{\n  \"schema\": 1,\n  \"title\": \"Không ghi ngày\",\n  \"published\": \"2023-07-10T10:00:00+07:00\",\n  \"date_source\": \"capture\"\n}\n"
	c, err := news.DecodeJSON("a.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	a := &c.Articles[0]
	if a.DateSource != news.DateCaptured || a.When() != "10:00, 10/07/2023 (ngày thu thập)" {
		t.Errorf("DateSource %q, When %q", a.DateSource, a.When())
	}
	var b bytes.Buffer
	if err := (news.JSON{}).Write(context.Background(), &b, c); err != nil || b.String() != doc {
		t.Errorf("round trip (%v):\n%s", err, b.String())
	}
	for _, bad := range []news.Article{
		{Title: "x", DateSource: "guess", Published: a.Published},
		{Title: "x", DateSource: news.DateCaptured},
	} {
		if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "date_source") {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}
