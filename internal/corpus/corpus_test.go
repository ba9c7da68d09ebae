package corpus

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

func TestArticleIsDeterministicAndValid(t *testing.T) {
	a, b := Article(7), Article(7)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same index gave two different articles")
	}
	if reflect.DeepEqual(a, Article(8)) || reflect.DeepEqual(a, Generator{Seed: 1}.Article(7)) {
		t.Fatal("other indices or seeds gave the same article")
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	words := 0
	for _, blk := range a.Body {
		if blk.Kind == news.Paragraph {
			words += len(strings.Fields(news.PlainText(blk.Text)))
		}
	}
	if words != 800 {
		t.Errorf("%d body words, want 800", words)
	}
	if !strings.ContainsAny(news.PlainText(a.Body[0].Text)+a.Lead+a.Title, "ệếởữậ") {
		t.Error("no Vietnamese tone marks")
	}
}

func TestCollection(t *testing.T) {
	c := Generator{Words: 50}.Collection(100)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(c.Articles); i++ {
		if !c.Articles[i].Published.After(c.Articles[i-1].Published) {
			t.Fatalf("article %d is not after article %d", i, i-1)
		}
	}
	last := c.Articles[len(c.Articles)-1].Published
	if !c.Period.Contains(c.Articles[0].Published) || !c.Period.Contains(last) {
		t.Fatalf("articles outside the period: %v", last)
	}
}
