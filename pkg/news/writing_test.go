package news_test

import (
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

func TestNumericColumn(t *testing.T) {
	cell := func(s string) news.Cell {
		if s == "" {
			return news.Cell{}
		}
		return news.Cell{Text: []news.Span{{Text: s}}}
	}
	g := &news.Grid{Header: true, Rows: [][]news.Cell{
		{cell("Mặt hàng"), cell("Giá"), cell("Tăng/giảm"), cell("Tỷ lệ"), cell("Ghi chú")},
		{cell("Gạo"), cell("14.000"), cell("+500"), cell("97,85%"), cell("1.2.3 ok")},
		{cell("Thịt"), cell(""), cell("-5.000"), cell("-")},
	}}
	for j, want := range []bool{false, true, true, true, false} {
		if got := g.NumericColumn(j); got != want {
			t.Errorf("column %d: numeric %v, want %v", j, got, want)
		}
	}
	if g.NumericColumn(9) {
		t.Error("a column no row has is numeric")
	}
}

func TestLeadImage(t *testing.T) {
	img := &news.Image{Src: "a.jpg"}
	a := news.Article{Image: img, Body: []news.Block{{Kind: news.Figure, Image: &news.Image{Src: "b.jpg"}}}}
	if a.LeadImage() != img {
		t.Error("a lead image the body lacks is not shown")
	}
	a.Body = append(a.Body, news.Block{Kind: news.Figure, Image: &news.Image{Src: "a.jpg", Caption: "x"}})
	if a.LeadImage() != nil {
		t.Error("a lead image the body shows is shown twice")
	}
}

func TestImages(t *testing.T) {
	a := news.Article{Image: &news.Image{Src: "lead.jpg"}, Body: []news.Block{
		{Kind: news.Figure, Image: &news.Image{Src: "a.jpg"}},
		{Kind: news.Paragraph, Text: []news.Span{{Text: "chữ"}}},
		{Kind: news.Figure, Image: &news.Image{Src: "b.jpg"}},
	}}
	var got []string
	for img := range a.Images() {
		if got = append(got, img.Src); len(got) == 2 {
			break
		}
	}
	if strings.Join(got, " ") != "lead.jpg a.jpg" {
		t.Errorf("Images() = %q, then stopped: want the lead image, then the figures'", got)
	}
	a.Image = nil
	got = nil
	for img := range a.Images() {
		got = append(got, img.Src)
	}
	if strings.Join(got, " ") != "a.jpg b.jpg" {
		t.Errorf("Images() without a lead image = %q", got)
	}
}

func TestTexts(t *testing.T) {
	a := news.Article{Title: "Tiêu đề", Lead: "Sapo", Authors: []string{"Đình Anh"}, Image: &news.Image{Src: "a.jpg", Caption: "Ảnh đầu"},
		Body: []news.Block{
			{Kind: news.Paragraph, Text: []news.Span{{Text: "Một "}, {Text: "hai", Bold: true}}},
			{Kind: news.List, Items: [][]news.Span{{{Text: "mục"}}}},
			{Kind: news.Figure, Image: &news.Image{Src: "b.jpg", Caption: "Chú thích", Credit: "TTXVN"}},
			{Kind: news.Table, Table: &news.Grid{Caption: "Bảng", Rows: [][]news.Cell{{{Text: []news.Span{{Text: "ô"}}}}}}},
		}}
	var got []string
	for s := range a.Texts() {
		if s != "" {
			got = append(got, s)
		}
	}
	want := []string{"Tiêu đề", "Sapo", "Đình Anh", "Ảnh đầu", "Một ", "hai", "mục", "Chú thích", "TTXVN", "Bảng", "ô"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Texts() = %q, want %q", got, want)
	}
}
