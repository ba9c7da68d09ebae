// Command samplegen writes the sample archive in testdata/archive: a few
// dozen synthetic articles of a provincial station across June, July and
// August 2023, spread over saved HTML pages, a JSON Lines export, a JSON
// export, a zip of pages and a WARC crawl, with deliberate duplicates,
// boundary dates, an undated notice and a broken line. The output is the same
// on every run.
//
//	go run ./pkg/archive/internal/samplegen [-out testdata/archive]
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

func main() {
	out := flag.String("out", "testdata/archive", "directory to write the sample archive to")
	flag.Parse()
	if err := generate(*out); err != nil {
		log.Fatal(err)
	}
}

// vn is the time zone of the station: UTC+7, no daylight saving time.
var vn = time.FixedZone("ICT", 7*3600)

// saved is when the pages were saved and crawled; it is the date the site's
// header prints (chrome, not a publication date).
var saved = time.Date(2023, 8, 15, 10, 0, 0, 0, vn)

var sectionSlugs = map[string]string{
	"Thời sự": "thoi-su", "Kinh tế": "kinh-te", "Văn hóa": "van-hoa", "Xã hội": "xa-hoi",
	"Thể thao": "the-thao", "Giáo dục": "giao-duc", "Y tế": "y-te", "Quốc phòng - An ninh": "quoc-phong-an-ninh",
	"Du lịch": "du-lich", "Thông báo": "thong-bao", "News": "en/news",
}

var sectionPools = map[string]string{
	"Thời sự": "thoisu", "Kinh tế": "kinhte", "Văn hóa": "vanhoa", "Xã hội": "xahoi", "Thể thao": "thethao",
	"Giáo dục": "giaoduc", "Y tế": "yte", "Quốc phòng - An ninh": "anninh", "Du lịch": "dulich", "News": "english",
}

// story is an article spec resolved: its model and where it came from.
type story struct {
	spec *article
	a    news.Article
}

func generate(out string) error {
	stories, err := resolve()
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	g := &gen{out: out, stories: stories}
	for _, step := range []func() error{g.pages, g.jsonl, g.json, g.zip, g.warc, g.expected, g.readme} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

type gen struct {
	out     string
	stories []story
}

func (g *gen) write(name string, data []byte) error {
	p := filepath.Join(g.out, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

func (g *gen) where(w string) []story {
	var out []story
	for _, s := range g.stories {
		if s.spec.where == w {
			out = append(out, s)
		}
	}
	return out
}

// resolve builds the model of every article; copies ("dup" specs with only
// a slug) take the article of the first spec with that slug.
func resolve() ([]story, error) {
	var out []story
	bySlug := map[string]story{}
	for i := range articles {
		sp := &articles[i]
		if sp.title == "" {
			orig, ok := bySlug[sp.slug]
			if !ok {
				return nil, fmt.Errorf("%s: copy of an unknown article", sp.slug)
			}
			cp := *orig.spec
			cp.where, cp.expect, cp.note = sp.where, sp.expect, sp.note
			*sp = cp
			out = append(out, story{sp, orig.a})
			continue
		}
		a, err := build(sp)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sp.slug, err)
		}
		bySlug[sp.slug] = story{sp, a}
		out = append(out, story{sp, a})
	}
	return out, nil
}

func build(sp *article) (news.Article, error) {
	a := news.Article{
		URL: sp.url, Source: outlet, Section: sp.section, Title: sp.title, Lead: sp.lead,
		Authors: sp.authors, Credit: sp.credit, Tags: sp.tags, Language: sp.lang,
	}
	if a.Language == "" {
		a.Language = "vi"
	}
	if a.Language == "en" {
		a.Source = outletEN
	}
	if a.URL == "" {
		a.URL = site + "/" + sectionSlugs[sp.section] + "/" + sp.slug + ".html"
	}
	a.ID = "hagiang-" + sp.slug
	if sp.date != "" {
		t, err := time.Parse(time.RFC3339, sp.date)
		if err != nil {
			return a, err
		}
		a.Published = t
		a.ID += "-" + t.In(vn).Format("2006-01-02")
	}
	para := func(s string) news.Block {
		return news.Block{Kind: news.Paragraph, Text: []news.Span{{Text: s}}}
	}
	for i, p := range sp.paras {
		a.Body = append(a.Body, para(p))
		if i == 0 && sp.figure != nil {
			a.Body = append(a.Body, news.Block{Kind: news.Figure, Image: &news.Image{
				Src: "images/" + sp.figure.file, Alt: sp.figure.alt, Caption: sp.figure.caption, Credit: sp.figure.credit}})
		}
	}
	if sp.heading != "" && sp.extra > 0 {
		a.Body = append(a.Body, news.Block{Kind: news.Heading, Level: 2, Text: []news.Span{{Text: sp.heading}}})
	}
	for _, p := range poolParagraphs(sp) {
		a.Body = append(a.Body, para(p))
	}
	a.Normalize()
	if err := a.Validate(); err != nil {
		return a, err
	}
	return a, nil
}

// poolParagraphs picks sp.extra paragraphs from the section's pool, starting
// at a place that depends on the slug, then from the general pool.
func poolParagraphs(sp *article) []string {
	h := fnv.New32a()
	h.Write([]byte(sp.slug))
	start := int(h.Sum32())
	own, general := pools[sectionPools[sp.section]], pools["chung"]
	if sp.lang == "en" {
		general = nil
	}
	huyen, xa := or(sp.huyen, "Vị Xuyên"), or(sp.xa, "Thanh Thủy")
	var out []string
	for i := range sp.extra {
		var p string
		switch {
		case i < len(own):
			p = own[(start+i)%len(own)]
		case i-len(own) < len(general):
			p = general[(start+i)%len(general)]
		default:
			continue
		}
		out = append(out, strings.NewReplacer("{huyen}", huyen, "{xa}", xa).Replace(p))
	}
	return out
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// jsonl writes export.jsonl: one canonical article per line, and a blank
// line, which readers skip. (Broken lines are the tests' business: the
// sample stays readable so that its digest succeeds.)
func (g *gen) jsonl() error {
	lines, err := jsonLines(g.where("jsonl"))
	if err != nil {
		return err
	}
	lines = append(lines[:blankLine-1], append([]string{""}, lines[blankLine-1:]...)...)
	return g.write("export.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
}

// blankLine is the empty line of export.jsonl.
const blankLine = 5

// jsonLines encodes the stories' articles as canonical JSON lines.
func jsonLines(stories []story) ([]string, error) {
	var c news.Collection
	for _, s := range stories {
		c.Articles = append(c.Articles, s.a)
	}
	var b bytes.Buffer
	if err := (news.JSONL{}).Write(context.Background(), &b, &c); err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n"), nil
}

// json writes export.json, an array of articles, and checks it decodes.
func (g *gen) json() error {
	lines, err := jsonLines(g.where("json"))
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("[\n")
	for i, l := range lines {
		var ind bytes.Buffer
		if err := json.Indent(&ind, []byte(l), "  ", "  "); err != nil {
			return err
		}
		b.WriteString("  ")
		b.Write(ind.Bytes())
		if i < len(lines)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	if got, err := news.DecodeJSON("export.json", b.Bytes()); err != nil || len(got.Articles) != len(lines) {
		return fmt.Errorf("export.json does not read back: %v", err)
	}
	return g.write("export.json", b.Bytes())
}

// figureFiles writes the images of the stories in where to dir.
func (g *gen) figureFiles(where, dir string) error {
	for _, s := range g.where(where) {
		if f := s.spec.figure; f != nil {
			if err := g.write(path.Join(dir, f.file), picture(f.file)); err != nil {
				return err
			}
		}
	}
	return nil
}
