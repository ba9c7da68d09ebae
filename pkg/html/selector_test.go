package html

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSelector(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<div id="main" class="a b"><article class="fck_detail "><p class="Normal" data-x="one two">x</p></article><span lang="vi-VN">y</span></div>`))
	for sel, want := range map[string]string{
		"p":                    "p",
		"div#main > article p": "p",
		"div > p":              "",
		".a.b span":            "span",
		"article.fck_detail":   "article",
		`p[data-x~=two]`:       "p",
		`p[data-x^="one"]`:     "p",
		`p[data-x$='two']`:     "p",
		`p[data-x*=ne]`:        "p",
		`span[lang|=vi]`:       "span",
		"[data-x]":             "p",
		"em, span":             "span",
		"*#main":               "div",
		"div.c":                "",
	} {
		s, err := CompileSelector(sel)
		if err != nil {
			t.Errorf("%s: %v", sel, err)
			continue
		}
		got := ""
		if n := s.First(doc); n != nil {
			got = n.Data
		}
		if got != want {
			t.Errorf("%s: matched %q, want %q", sel, got, want)
		}
	}
	for _, bad := range []string{"div >", "> p", "p[", "p:first-child", "a..b", "[=x]"} {
		if _, err := CompileSelector(bad); err == nil {
			t.Errorf("%q compiled", bad)
		}
	}
}
