package news

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"
)

// SchemaVersion is the version of the canonical JSON form this package reads
// and writes. A document without "schema" is read as version 1.
const SchemaVersion = 1

// JSON reads and writes canonical JSON: one article, an array of articles, a
// Collection, or JSON Lines (one article per line). It writes one article as
// an article document and anything else as a Collection document.
type JSON struct{}

// Read decodes in.Body; see DecodeJSON. JSON Lines — a first line that is a
// whole JSON object — are decoded line by line as they are read, so that a
// large export is never held in memory twice.
func (JSON) Read(ctx context.Context, in Input) (*Collection, error) {
	br, ok := in.Body.(*bufio.Reader) // a caller's, sized to the input: no 64 KiB per small document
	if !ok {
		br = bufio.NewReaderSize(in.Body, 64<<10)
	}
	first, err := br.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return nil, NameError(in.Name, err)
	}
	if err == nil && isJSONLine(first) {
		return decodeLines(ctx, in.Name, first, br)
	}
	rest, err := io.ReadAll(br)
	if err != nil {
		return nil, NameError(in.Name, err)
	}
	return DecodeJSON(in.Name, append(first, rest...))
}

func isJSONLine(b []byte) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\uFEFF")))
	return len(t) > 0 && t[0] == '{' && json.Valid(t)
}

// decodeLines decodes JSON Lines from first and what follows in r.
func decodeLines(ctx context.Context, name string, first []byte, r *bufio.Reader) (*Collection, error) {
	c := &Collection{}
	line := bytes.TrimPrefix(first, []byte("\uFEFF"))
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(line)) > 0 {
			d := decoder{name: name, data: line, line0: n - 1}
			one, err := d.stream()
			if err != nil {
				return nil, err
			}
			if d.collection {
				rest, _ := io.ReadAll(r)
				if n > 1 || len(bytes.TrimSpace(rest)) > 0 {
					return nil, d.errAt(0, "articles", errors.New("a collection must be the only value in its file"))
				}
				return one, nil
			}
			c.Articles = append(c.Articles, one.Articles...)
		}
		var err error
		line, err = r.ReadBytes('\n')
		if err == io.EOF && len(line) == 0 {
			return c, nil
		}
		if err != nil && err != io.EOF {
			return nil, NameError(name, err)
		}
	}
}

// Write encodes c as canonical JSON; see EncodeJSON.
func (JSON) Write(ctx context.Context, w io.Writer, c *Collection) error {
	return EncodeJSON(w, c)
}

// JSONL writes one compact article per line, the form of CMS exports and of
// archives that are appended to. It reads everything JSON reads.
type JSONL struct{ JSON }

// Write encodes each article of c on its own line.
func (JSONL) Write(ctx context.Context, w io.Writer, c *Collection) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range c.Articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := enc.Encode(articleDoc{Schema: SchemaVersion, Article: c.Articles[i]}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// articleDoc is the JSON form of an article: the schema version first, then
// the article's fields.
type articleDoc struct {
	Schema int `json:"schema"`
	Article
}

type collectionDoc struct {
	Schema int `json:"schema"`
	Collection
}

// EncodeJSON writes c in canonical form: fixed key order, two-space indent,
// no HTML escaping, a trailing newline. Decoding the output and encoding it
// again gives the same bytes.
func EncodeJSON(w io.Writer, c *Collection) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if len(c.Articles) == 1 && c.isBare() {
		return enc.Encode(articleDoc{Schema: SchemaVersion, Article: c.Articles[0]})
	}
	doc := collectionDoc{Schema: SchemaVersion, Collection: *c}
	if doc.Articles == nil {
		doc.Articles = []Article{}
	}
	return enc.Encode(doc)
}

// isBare reports whether c carries nothing but its articles.
func (c *Collection) isBare() bool {
	return c.ID == "" && c.Title == "" && c.Subtitle == "" &&
		c.Publisher == "" && c.Language == "" && c.Period == nil && c.Group == "" && c.Generated.IsZero()
}

// wireDoc is what one JSON value may be: an article or a collection. The
// fields of both are decoded in a single pass with unknown fields refused;
// Articles being present makes it a collection. Time fields shadow the
// embedded ones so that a bad time is reported with its field name.
type wireDoc struct {
	Schema *int `json:"schema"`
	Article
	Published wireTime   `json:"published"`
	Updated   wireTime   `json:"updated"`
	Subtitle  string     `json:"subtitle"`
	Publisher string     `json:"publisher"`
	Period    *Period    `json:"period"`
	Group     GroupBy    `json:"group"`
	Generated wireTime   `json:"generated"`
	Articles  *[]wireDoc `json:"articles"`
}

// wireTime keeps the raw text of a time so that the decoder can name the
// field when it does not parse.
type wireTime struct{ raw string }

func (t *wireTime) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return errors.New("time must be a string")
	}
	t.raw = s
	return nil
}

func (t wireTime) parse() (time.Time, error) {
	if t.raw == "" {
		return time.Time{}, nil
	}
	tm, err := time.Parse(time.RFC3339Nano, t.raw)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time with offset, like 2023-07-28T18:26:00+07:00", t.raw)
	}
	return tm, nil
}

// DecodeJSON reads canonical JSON. name is used in errors, which are
// *InputError values giving the line and column and the field at fault.
func DecodeJSON(name string, data []byte) (*Collection, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, &InputError{Name: name, Err: ErrEmptyInput}
	}
	d := decoder{name: name, data: data}
	if trimmed[0] == '[' {
		return d.array()
	}
	if trimmed[0] != '{' {
		return nil, d.errAt(int64(len(data)-len(bytes.TrimLeft(data, " \t\r\n"))), "", errors.New("not JSON: expected an object, an array or JSON Lines"))
	}
	return d.stream()
}

type decoder struct {
	name       string
	data       []byte
	line0      int  // lines before data in the file, for JSON Lines
	collection bool // the value decoded was a collection
}

// stream reads one collection, one article, or a sequence of articles.
func (d *decoder) stream() (*Collection, error) {
	dec := json.NewDecoder(bytes.NewReader(d.data))
	dec.DisallowUnknownFields()
	var c Collection
	for n := 0; ; n++ {
		start := d.skipSpace(dec.InputOffset())
		var w wireDoc
		err := dec.Decode(&w)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, d.jsonErr(err, start, dec.InputOffset())
		}
		if w.Articles != nil {
			if n > 0 || dec.More() {
				return nil, d.errAt(start, "articles", errors.New("a collection must be the only value in its file"))
			}
			d.collection = true
			return d.decodeCollection(&w, start)
		}
		a, err := d.article(&w, start)
		if err != nil {
			return nil, err
		}
		c.Articles = append(c.Articles, a)
	}
	return &c, nil
}

func (d *decoder) array() (*Collection, error) {
	dec := json.NewDecoder(bytes.NewReader(d.data))
	dec.DisallowUnknownFields()
	if _, err := dec.Token(); err != nil { // [
		return nil, d.jsonErr(err, 0, dec.InputOffset())
	}
	var c Collection
	for dec.More() {
		start := d.skipSpace(dec.InputOffset())
		if start < int64(len(d.data)) && d.data[start] == ',' {
			start = d.skipSpace(start + 1)
		}
		var w wireDoc
		if err := dec.Decode(&w); err != nil {
			return nil, d.jsonErr(err, start, dec.InputOffset())
		}
		if w.Articles != nil {
			return nil, d.errAt(start, "articles", errors.New("an array holds articles, not collections"))
		}
		a, err := d.article(&w, start)
		if err != nil {
			return nil, err
		}
		c.Articles = append(c.Articles, a)
	}
	if _, err := dec.Token(); err != nil { // ]
		return nil, d.jsonErr(err, 0, dec.InputOffset())
	}
	if rest := bytes.TrimSpace(d.data[dec.InputOffset():]); len(rest) > 0 {
		return nil, d.errAt(d.skipSpace(dec.InputOffset()), "", errors.New("unexpected data after the array"))
	}
	return &c, nil
}

func (d *decoder) decodeCollection(w *wireDoc, start int64) (*Collection, error) {
	if err := d.schema(w.Schema, start); err != nil {
		return nil, err
	}
	if f := articleOnlyField(&w.Article, w); f != "" {
		return nil, d.errAt(d.find(start, f), f, errors.New("unknown field in a collection"))
	}
	gen, err := w.Generated.parse()
	if err != nil {
		return nil, d.errAt(d.find(start, "generated"), "generated", err)
	}
	c := &Collection{ID: w.ID, Title: w.Title, Subtitle: w.Subtitle, Publisher: w.Publisher,
		Language: w.Language, Period: w.Period, Group: w.Group, Generated: gen}
	switch c.Group {
	case "", GroupByDay, GroupBySection, GroupNone:
	default:
		return nil, d.errAt(d.find(start, "group"), "group", fmt.Errorf("%q is not one of day, section, none", c.Group))
	}
	c.Articles = make([]Article, 0, len(*w.Articles))
	for i := range *w.Articles {
		// Positions inside the array are found by searching from the
		// collection's start: good enough to point at the right article.
		a, err := d.article(&(*w.Articles)[i], start)
		if err != nil {
			return nil, fmt.Errorf("article %d: %w", i+1, err)
		}
		c.Articles = append(c.Articles, a)
	}
	return c, nil
}

func (d *decoder) article(w *wireDoc, start int64) (Article, error) {
	if err := d.schema(w.Schema, start); err != nil {
		return Article{}, err
	}
	if f := collectionOnlyField(w); f != "" {
		return Article{}, d.errAt(d.find(start, f), f, errors.New("unknown field in an article"))
	}
	a := w.Article
	var err error
	if a.Published, err = w.Published.parse(); err != nil {
		return Article{}, d.errAt(d.find(start, "published"), "published", err)
	}
	if a.Updated, err = w.Updated.parse(); err != nil {
		return Article{}, d.errAt(d.find(start, "updated"), "updated", err)
	}
	return a, nil
}

func (d *decoder) schema(v *int, start int64) error {
	if v != nil && *v != SchemaVersion {
		return d.errAt(d.find(start, "schema"), "schema", fmt.Errorf("unsupported schema version %d (this newsarc reads %d)", *v, SchemaVersion))
	}
	return nil
}

// articleOnlyField names an article field set on a collection document.
func articleOnlyField(a *Article, w *wireDoc) string {
	switch {
	case a.URL != "":
		return "url"
	case a.Source != "":
		return "source"
	case a.Section != "":
		return "section"
	case a.Lead != "":
		return "lead"
	case a.Authors != nil:
		return "authors"
	case a.Credit != "":
		return "credit"
	case a.Tags != nil:
		return "tags"
	case w.Published.raw != "":
		return "published"
	case w.Updated.raw != "":
		return "updated"
	case a.DateSource != "":
		return "date_source"
	case a.Image != nil:
		return "image"
	case a.Body != nil:
		return "body"
	}
	return ""
}

// collectionOnlyField names a collection field set on an article document.
func collectionOnlyField(w *wireDoc) string {
	switch {
	case w.Subtitle != "":
		return "subtitle"
	case w.Publisher != "":
		return "publisher"
	case w.Period != nil:
		return "period"
	case w.Group != "":
		return "group"
	case w.Generated.raw != "":
		return "generated"
	}
	return ""
}

// jsonErr turns an encoding/json error into an *InputError with a position.
func (d *decoder) jsonErr(err error, start, end int64) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return d.errAt(syn.Offset, "", fmt.Errorf("invalid JSON: %s", syn.Error()))
	case errors.As(err, &typ):
		field := strings.ReplaceAll(typ.Field, "Article.", "")
		return d.errAt(d.keyBefore(typ.Offset, field), field, fmt.Errorf("want %s, got JSON %s", jsonKind(typ.Type), typ.Value))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return d.errAt(int64(len(d.data)), "", errors.New("truncated JSON: unexpected end of input"))
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		f = strings.Trim(f, `"`)
		return d.errAt(d.find(start, f), f, errors.New("unknown field"))
	}
	return d.errAt(end, "", errors.New(strings.TrimPrefix(msg, "json: ")))
}

// jsonKind names a Go type the way a JSON author thinks of it.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map, reflect.Pointer:
		return "an object"
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Float64, reflect.Uint:
		return "a number"
	}
	return t.String()
}

// find returns the offset of the first key named field at or after start,
// or start when there is none.
func (d *decoder) find(start int64, field string) int64 {
	if start < 0 || start > int64(len(d.data)) {
		return start
	}
	if i := bytes.Index(d.data[start:], []byte(`"`+field+`"`)); i >= 0 {
		return start + int64(i)
	}
	return start
}

// keyBefore points at the key of the value that ends at off: the last
// occurrence of the field's last path element before off.
func (d *decoder) keyBefore(off int64, field string) int64 {
	key := field[strings.LastIndexByte(field, '.')+1:]
	if off < 0 || off > int64(len(d.data)) || key == "" {
		return off
	}
	if i := bytes.LastIndex(d.data[:off], []byte(`"`+key+`"`)); i >= 0 {
		return int64(i)
	}
	return off
}

func (d *decoder) skipSpace(off int64) int64 {
	for off < int64(len(d.data)) {
		switch d.data[off] {
		case ' ', '\t', '\r', '\n':
			off++
		default:
			return off
		}
	}
	return off
}

// errAt makes an *InputError at a byte offset, counted as line and column.
func (d *decoder) errAt(off int64, field string, err error) error {
	if off > int64(len(d.data)) {
		off = int64(len(d.data))
	}
	line, col := 1, 1
	if off >= 0 {
		prefix := d.data[:off]
		line = bytes.Count(prefix, []byte("\n")) + 1
		col = utf8.RuneCount(prefix[bytes.LastIndexByte(prefix, '\n')+1:]) + 1 // in characters, as editors count
	}
	return &InputError{Name: d.name, Line: d.line0 + line, Col: col, Field: field, Err: err}
}
