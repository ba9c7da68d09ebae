package news_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

func TestValidateReportsEveryProblem(t *testing.T) {
	c := &news.Collection{Articles: []news.Article{
		{ID: "ok", Title: "Tốt", Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "x"}}}}},
		{ID: "bad", Title: " ", URL: "/relative", Language: "not a tag!", Body: []news.Block{
			{Kind: news.Heading, Level: 7, Text: []news.Span{{Text: "H"}}},
			{Kind: news.Paragraph},
			{Kind: news.Figure, Text: []news.Span{{Text: "x"}}},
			{Kind: "chart"},
			{Kind: news.List, Items: [][]news.Span{{}}},
		}},
		{ID: "ok", Title: "Trùng"},
	}}
	err := c.Validate()
	var ve *news.ValidationError
	if !errors.As(err, &ve) || !errors.Is(err, news.ErrInvalid) {
		t.Fatalf("err = %v", err)
	}
	msg := err.Error()
	for _, want := range []string{
		"article 2 (bad): title: empty",
		`article 2 (bad): url: "/relative" is not an absolute URL`,
		"article 2 (bad): language:",
		"article 2 (bad): body[0].level: heading level 7 out of range 1–6",
		"article 2 (bad): body[1].text: paragraph block needs text",
		"article 2 (bad): body[2].text: figure block must not have text",
		"article 2 (bad): body[2].image: figure block needs an image",
		`article 2 (bad): body[3].kind: unknown block kind "chart"`,
		"article 2 (bad): body[4].items[0]: empty list item",
		"article 3 (ok): id: duplicate of article 1",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("missing %q in\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "article 1 ") {
		t.Errorf("article 1 is valid but reported:\n%s", msg)
	}
}

func TestNormalize(t *testing.T) {
	nfd := "Thu\u031Bo\u031B\u0300ng tru\u031B\u0323c" // "Thường trực" decomposed
	a := news.Article{
		Title:   "  \uFEFF" + nfd + "\n Ban  Bí\u00a0thư\u200B ",
		Authors: []string{" Đình Anh ", "", "Đình Anh", "Văn Hương"},
		Tags:    []string{"", " "},
		Image:   &news.Image{Src: "  "},
		Body: []news.Block{
			{Kind: news.Paragraph, Text: []news.Span{{Text: "  Một "}, {Text: " hai", Bold: true}, {Text: "", Italic: true}, {Text: " ba  "}, {Text: "bốn"}}},
			{Kind: news.Paragraph, Text: []news.Span{{Text: " \n\t "}}},
			{Kind: news.List, Items: [][]news.Span{{{Text: " "}}, {{Text: " mục  một "}}}},
			{Kind: news.Preformatted, Text: []news.Span{{Text: "giữ   nguyên\n  khoảng trắng"}}},
			{Kind: news.Figure, Image: &news.Image{Src: ""}},
		},
	}
	a.Normalize()
	if a.Title != "Thường trực Ban Bí thư" {
		t.Errorf("title = %q", a.Title)
	}
	if strings.Join(a.Authors, "|") != "Đình Anh|Văn Hương" || a.Tags != nil || a.Image != nil {
		t.Errorf("authors %q tags %q image %v", a.Authors, a.Tags, a.Image)
	}
	if len(a.Body) != 3 {
		t.Fatalf("body has %d blocks, want 3: %+v", len(a.Body), a.Body)
	}
	got := a.Body[0].Text
	want := []news.Span{{Text: "Một"}, {Text: " hai", Bold: true}, {Text: " ba bốn"}}
	if len(got) != len(want) {
		t.Fatalf("spans = %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if len(a.Body[1].Items) != 1 || a.Body[1].Items[0][0].Text != "mục một" {
		t.Errorf("list = %+v", a.Body[1].Items)
	}
	if a.Body[2].Text[0].Text != "giữ   nguyên\n  khoảng trắng" {
		t.Errorf("preformatted = %q", a.Body[2].Text[0].Text)
	}
	if err := a.Validate(); err != nil {
		t.Errorf("normalized article is invalid: %v", err)
	}
	before := a
	a.Normalize()
	if a.Title != before.Title || len(a.Body) != len(before.Body) {
		t.Error("Normalize is not idempotent")
	}
}

func TestLineDoesNotAllocateWhenClean(t *testing.T) {
	s := "Thường trực Ban Bí thư giao ban trực tuyến"
	if n := testing.AllocsPerRun(100, func() { _ = news.Line(s) }); n != 0 {
		t.Fatalf("Line allocated %v times on clean text", n)
	}
}

func TestFormats(t *testing.T) {
	fs := news.Formats{
		{Name: "json", Extensions: []string{".json"}, Sniff: news.SniffJSON},
		{Name: "html", Extensions: []string{".html", ".htm"}, Sniff: news.SniffHTML},
		{Name: "text", Aliases: []string{"txt"}, Extensions: []string{".txt", ".text"}},
		{Name: "pdf", Extensions: []string{".pdf"}, Sniff: news.SniffPDF},
	}
	for name, want := range map[string]string{"JSON": "json", "txt": "text", " TXT ": "text", "text": "text"} {
		if f, err := fs.Lookup(name); err != nil || f.Name != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, f, err, want)
		}
	}
	if _, err := fs.Lookup("docx"); !errors.Is(err, news.ErrUnknownFormat) || !strings.Contains(err.Error(), "html, json, pdf, text") {
		t.Errorf("Lookup(docx) err = %v", err)
	}
	for path, want := range map[string]string{"a/b.TXT": "text", "x.htm": "html", "y.pdf": "pdf"} {
		if f, err := fs.ForPath(path); err != nil || f.Name != want {
			t.Errorf("ForPath(%s) = %v, %v; want %s", path, f, err, want)
		}
	}
	for head, want := range map[string]string{
		"\uFEFF  {\"title\"": "json", "[{}]": "json", "<!DOCTYPE html><html>": "html",
		"\n<html lang=vi>": "html", "<!-- saved -->": "html", "%PDF-1.4": "pdf",
	} {
		if f, err := fs.Sniff([]byte(head)); err != nil || f.Name != want {
			t.Errorf("Sniff(%q) = %v, %v; want %s", head, f, err, want)
		}
	}
	if _, err := fs.Sniff([]byte("plain words")); !errors.Is(err, news.ErrUnknownFormat) {
		t.Errorf("Sniff(plain) err = %v", err)
	}
}

func TestSectionsAndLabels(t *testing.T) {
	ict := time.FixedZone("", 7*3600)
	c := &news.Collection{Articles: []news.Article{
		{Title: "a", Section: "Kinh tế", Published: time.Date(2023, 7, 28, 18, 26, 0, 0, ict)},
		{Title: "b", Published: time.Date(2023, 7, 29, 8, 0, 0, 0, ict)},
		{Title: "c", Section: "Kinh tế", Published: time.Date(2023, 7, 28, 20, 0, 0, 0, ict)},
	}}
	days := c.Sections()
	if len(days) != 2 || days[0].Label != "Thứ sáu, 28/07/2023" || len(days[0].Articles) != 2 || days[1].Label != "Thứ bảy, 29/07/2023" {
		t.Errorf("by day = %+v", days)
	}
	c.Group = news.GroupBySection
	secs := c.Sections()
	if len(secs) != 2 || secs[0].Label != "Kinh tế" || secs[1].Label != news.Vietnamese.NoSection {
		t.Errorf("by section = %+v", secs)
	}
	if got := news.Vietnamese.DateTime(c.Articles[0].Published); got != "18:26, 28/07/2023" {
		t.Errorf("FormatDateTime = %q", got)
	}
	c.Period = &news.Period{Start: time.Date(2023, 7, 1, 0, 0, 0, 0, ict), End: time.Date(2023, 8, 1, 0, 0, 0, 0, ict)}
	if got := c.DisplayTitle(); got != "Bản tin tháng 7/2023" {
		t.Errorf("DisplayTitle = %q", got)
	}
	if got := news.Vietnamese.Period(*c.Period); got != "01/07/2023 – 31/07/2023" {
		t.Errorf("PeriodLabel = %q", got)
	}
}

func BenchmarkNormalize(b *testing.B) {
	para := strings.Repeat("Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy. ", 12)
	a := news.Article{Title: "Tiêu đề", Lead: para}
	for range 20 {
		a.Body = append(a.Body, news.Block{Kind: news.Paragraph, Text: []news.Span{{Text: strings.TrimSpace(para)}}})
	}
	b.SetBytes(int64(21 * len(para)))
	for b.Loop() {
		a.Normalize()
	}
}

func TestNormalizeTable(t *testing.T) {
	cell := func(s string) news.Cell { return news.Cell{Text: []news.Span{{Text: s}}} }
	a := news.Article{Title: "Giá lúa", Body: []news.Block{
		{Kind: news.Table, Table: &news.Grid{Caption: "  Giá  lúa ", Header: true, Rows: [][]news.Cell{
			{cell("Loại"), {}, cell(" Giá\n(đồng/kg) ")},
			{cell("IR 50404"), {}, cell("7.200"), {}},
			{{}, {}},
			{cell("OM 5451")},
		}}},
		{Kind: news.Table, Table: &news.Grid{Rows: [][]news.Cell{{{}, {Text: []news.Span{{Text: " "}}}}}}},
	}}
	a.Normalize()
	if len(a.Body) != 1 {
		t.Fatalf("the empty table should be dropped: %+v", a.Body)
	}
	g := a.Body[0].Table
	if g.Caption != "Giá lúa" || !g.Header || g.Columns() != 2 || len(g.Rows) != 3 {
		t.Fatalf("table = %+v", g)
	}
	var got []string
	for _, row := range g.Rows {
		var cells []string
		for _, c := range row {
			cells = append(cells, news.PlainText(c.Text))
		}
		got = append(got, strings.Join(cells, "|"))
	}
	if want := "Loại|Giá (đồng/kg);IR 50404|7.200;OM 5451|"; strings.Join(got, ";") != want {
		t.Errorf("rows = %q, want %q", strings.Join(got, ";"), want)
	}
	if err := a.Validate(); err != nil {
		t.Error(err)
	}
	if h := g.HeaderRow(); len(h) != 2 || len(g.BodyRows()) != 2 {
		t.Errorf("header %v, body %v", h, g.BodyRows())
	}

	// A header row that is empty is no header.
	b := news.Article{Title: "x", Body: []news.Block{{Kind: news.Table, Table: &news.Grid{Header: true, Rows: [][]news.Cell{{{}}, {cell("a")}, {cell("b")}}}}}}
	b.Normalize()
	if g := b.Body[0].Table; g.Header || len(g.Rows) != 2 {
		t.Errorf("table = %+v", g)
	}
}

func TestValidateTable(t *testing.T) {
	a := news.Article{Title: "x", Body: []news.Block{
		{Kind: news.Table},
		{Kind: news.Paragraph, Text: []news.Span{{Text: "p"}}, Table: &news.Grid{}},
		{Kind: news.Table, Table: &news.Grid{Rows: [][]news.Cell{{}, {{Text: []news.Span{{Text: ""}}}}}}},
	}}
	err := a.Validate()
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		"body[0].table: table block needs a table",
		"body[1].table: paragraph block must not have a table",
		"body[2].table.rows[0]: empty row",
		"body[2].table.rows[1][0].text[0]: empty span",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in %v", want, err)
		}
	}
}
