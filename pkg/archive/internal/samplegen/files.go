package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/internal/warcwrite"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// pages writes pages/2023/MM/<slug>.html as a browser's "save page, complete"
// does: images and the site's style sheet and script in <slug>_files/.
func (g *gen) pages() error {
	st := pageStyle{charset: true, imgSrc: func(s story, file string) string { return s.spec.slug + "_files/" + file }}
	for _, s := range g.where("pages") {
		dir := "pages/" + s.a.Published.In(vn).Format("2006/01")
		page, err := renderPage(s, st, g.related(s))
		if err != nil {
			return err
		}
		if err := g.write(dir+"/"+s.spec.slug+".html", page); err != nil {
			return err
		}
		if f := s.spec.figure; f != nil {
			files := dir + "/" + s.spec.slug + "_files/"
			for name, data := range map[string][]byte{f.file: picture(f.file), "portal.css": []byte(css), "portal.js": []byte(js)} {
				if err := g.write(files+name, data); err != nil {
					return err
				}
			}
		}
	}
	if err := g.figureFiles("jsonl", "images"); err != nil {
		return err
	}
	return g.figureFiles("json", "images")
}

const css = "body{font-family:Arial,sans-serif}.news-title{font-size:28px}.news-sapo{font-weight:bold}\n"
const js = "document.querySelectorAll('img.lazy').forEach(function(i){i.src=i.dataset.src});\n"

// zip writes pages.zip: a CMS export of older pages (captions in tables,
// bold paragraphs as intertitles) with their images, plus the resource fork
// a Mac adds.
func (g *gen) zip() error {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	modified := time.Date(2023, 8, 14, 9, 0, 0, 0, time.UTC)
	add := func(name string, data []byte) error {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
	st := pageStyle{charset: true, table: true, imgSrc: func(s story, file string) string { return "images/" + file }}
	for _, s := range g.where("zip") {
		dir := "2023/07/"
		if s.a.Published.IsZero() {
			dir = "thong-bao/"
		}
		page, err := renderPage(s, st, g.related(s))
		if err != nil {
			return err
		}
		if err := add(dir+s.spec.slug+".html", page); err != nil {
			return err
		}
		if f := s.spec.figure; f != nil {
			if err := add(dir+"images/"+f.file, picture(f.file)); err != nil {
				return err
			}
		}
	}
	if err := add("__MACOSX/2023/07/._"+g.where("zip")[0].spec.slug+".html", []byte("\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return g.write("pages.zip", buf.Bytes())
}

// warc writes crawl.warc.gz, as a crawler of the portal on 15/8/2023 would:
// warcinfo, robots.txt, a redirect, then request and response for each page
// and its images, and a page that no longer exists. One page is served in
// windows-1258, declared only in the HTTP header.
func (g *gen) warc() error {
	at := saved.UTC()
	n := 0
	rec := func(typ gowarc.RecordType, uri, ct string, block []byte) warcwrite.Record {
		n++
		at = at.Add(7 * time.Second)
		return warcwrite.Record{Type: typ, ID: uuid(fmt.Sprint("crawl ", n, uri)), Date: at, URI: uri, ContentType: ct, Block: block}
	}
	fetch := func(uri, status string, header [][2]string, body []byte) []warcwrite.Record {
		header = append([][2]string{{"Date", at.Format(time.RFC1123)}, {"Server", "nginx"}}, header...)
		header = append(header, [2]string{"Content-Length", fmt.Sprint(len(body))})
		return []warcwrite.Record{
			rec(gowarc.Request, uri, "application/http;msgtype=request", warcwrite.HTTPRequest(uri, [][2]string{{"User-Agent", "Mozilla/5.0 (compatible; archive-crawler/1.0)"}, {"Accept", "*/*"}})),
			rec(gowarc.Response, uri, "application/http;msgtype=response", warcwrite.HTTPResponse(status, header, body)),
		}
	}
	html := func(charset string) [][2]string {
		return [][2]string{{"Content-Type", "text/html; charset=" + charset}}
	}

	recs := []warcwrite.Record{rec(gowarc.Warcinfo, "", "application/warc-fields",
		[]byte("software: newsarc samplegen (gowarc v3)\r\nformat: WARC File Format 1.1\r\nhostname: crawler.example\r\nisPartOf: hagiangtv-2023-08\r\ndescription: sample crawl of a provincial news portal, synthetic content\r\n"))}
	recs = append(recs, fetch(site+"/robots.txt", "200 OK", [][2]string{{"Content-Type", "text/plain"}}, []byte("User-agent: *\nDisallow: /admin/\n"))...)
	recs = append(recs, fetch("http://hagiangtv.vn/", "301 Moved Permanently", [][2]string{{"Location", site + "/"}, {"Content-Type", "text/html"}}, []byte("<html><body>301 Moved Permanently</body></html>"))...)
	for _, s := range g.where("warc") {
		page, err := renderPage(s, pageStyle{charset: s.spec.charset == "", imgSrc: mediaURL}, g.related(s))
		if err != nil {
			return err
		}
		charset := "utf-8"
		if s.spec.charset != "" {
			charset = s.spec.charset
			if page, err = vntext.Encode(string(page), vntext.Encoding(charset)); err != nil {
				return err
			}
		}
		recs = append(recs, fetch(s.a.URL, "200 OK", html(charset), page)...)
		if f := s.spec.figure; f != nil {
			recs = append(recs, fetch(mediaURL(s, f.file), "200 OK", [][2]string{{"Content-Type", "image/jpeg"}}, picture(f.file))...)
		}
	}
	recs = append(recs, fetch(site+"/thoi-su/bai-viet-da-go.html", "404 Not Found", html("utf-8"), []byte("<!DOCTYPE html><html><body><h1>Không tìm thấy trang</h1></body></html>"))...)
	var buf bytes.Buffer
	if _, err := warcwrite.Write(&buf, true, recs...); err != nil {
		return err
	}
	return g.write("crawl.warc.gz", buf.Bytes())
}

// expectedFile is the truth for the end-to-end test of the July digest. It
// is a dot file so that walking the archive skips it: it is not an input.
const expectedFile = ".expected-2023-07.json"

// mediaURL is where the portal's CMS keeps an image: /file/<32 hex>/<MMYYYY>/<name>_<YYYYMMDDhhmmss>.jpg.
func mediaURL(s story, file string) string {
	sum := sha1.Sum([]byte(file))
	t := s.a.Published.In(vn).Add(-40 * time.Minute)
	ext := path.Ext(file)
	return fmt.Sprintf("%s/file/%x/%s/%s_%s%s", site, sum[:16], t.Format("012006"), strings.TrimSuffix(file, ext), t.Format("20060102150405"), ext)
}

// uuid makes a version-5-shaped identifier from a name, so that record IDs
// are the same on every run.
func uuid(name string) string {
	h := sha1.Sum([]byte(name))
	h[6] = 0x50 | h[6]&0x0f
	h[8] = 0x80 | h[8]&0x3f
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// expected writes .expected-2023-07.json: the articles a July 2023 digest
// (Asia/Ho_Chi_Minh) must contain after de-duplication, from the hand-written
// expect fields, and what it must leave out and why.
func (g *gen) expected() error {
	type entry struct {
		URL       string `json:"url"`
		ID        string `json:"id,omitempty"`
		Title     string `json:"title"`
		Published string `json:"published,omitempty"`
		From      string `json:"from"`
		Note      string `json:"note,omitempty"`
	}
	var doc struct {
		Period   string  `json:"period"`
		TimeZone string  `json:"time_zone"`
		MatchBy  string  `json:"match_by"`
		Count    int     `json:"count"`
		Articles []entry `json:"articles"`
		Dropped  []entry `json:"dropped_duplicates"`
		Outside  []entry `json:"outside_the_period"`
		Undated  []entry `json:"undated"`
	}
	doc.Period, doc.TimeZone = "2023-07", "Asia/Ho_Chi_Minh"
	doc.MatchBy = "url: HTML pages have no id of their own; ids are given for the JSON sources"
	for _, s := range g.stories {
		e := entry{URL: s.a.URL, Title: s.a.Title, From: g.origin(s), Note: s.spec.note}
		if s.spec.where == "json" || s.spec.where == "jsonl" {
			e.ID = s.a.ID
		}
		if !s.a.Published.IsZero() {
			e.Published = s.a.Published.Format(time.RFC3339)
		}
		switch s.spec.expect {
		case "07":
			doc.Articles = append(doc.Articles, e)
		case "dup":
			doc.Dropped = append(doc.Dropped, e)
		case "undated":
			doc.Undated = append(doc.Undated, e)
		default:
			doc.Outside = append(doc.Outside, e)
		}
	}
	at := func(e entry) time.Time { t, _ := time.Parse(time.RFC3339, e.Published); return t }
	sort.SliceStable(doc.Articles, func(i, j int) bool { return at(doc.Articles[i]).Before(at(doc.Articles[j])) })
	doc.Count = len(doc.Articles)
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	return g.write(expectedFile, append(data, '\n'))
}

// origin says where a story is in the archive, as Walk names it.
func (g *gen) origin(s story) string {
	switch s.spec.where {
	case "pages":
		return "pages/" + s.a.Published.In(vn).Format("2006/01") + "/" + s.spec.slug + ".html"
	case "zip":
		if s.a.Published.IsZero() {
			return "pages.zip!thong-bao/" + s.spec.slug + ".html"
		}
		return "pages.zip!2023/07/" + s.spec.slug + ".html"
	case "jsonl":
		line := 0
		for _, o := range g.where("jsonl") {
			line++
			if line == blankLine {
				line++ // the blank line
			}
			if o.spec == s.spec {
				return fmt.Sprintf("export.jsonl:%d", line)
			}
		}
	case "json":
		return "export.json"
	}
	return "crawl.warc.gz"
}

func (g *gen) readme() error {
	counts := map[string]int{}
	months := map[string]int{}
	for _, s := range g.stories {
		counts[s.spec.where]++
		months[s.spec.expect]++
	}
	text := fmt.Sprintf(`# Sample archive

Synthetic news of a provincial radio and television station, June to August
2023, for trying newsarc on a fresh machine and for the end-to-end tests:

    newsarc digest --month 2023-07 -o digest.pdf testdata/archive

The articles are composed for testing from plausible sentences; they report
no real events. Everything here is written by

    go run ./pkg/archive/internal/samplegen

and committed, so nothing needs generating before use.

| where | what | stories |
|---|---|---|
| pages/2023/MM/*.html | pages saved with a browser (site chrome, JSON-LD, OpenGraph, images in *_files/) | %d |
| export.jsonl | canonical JSON, one article per line, and a blank line | %d |
| export.json | an array of canonical articles | %d |
| pages.zip | older pages of the same portal with their images | %d |
| crawl.warc.gz | a crawl: requests, responses, images, a redirect, a 404, one page in windows-1258 | %d |

%d stories, %d of them copies on purpose: July %d (after de-duplication), June %d,
August %d, undated %d. .expected-2023-07.json lists, by URL, exactly what a
July 2023 digest must contain, what it must drop as duplicates, and why; it
is a dot file so that a digest of this directory skips it.
Boundary cases: 2023-07-31 23:30 +07:00 is July; 2023-07-31T17:10Z is
2023-08-01 00:10 in Hà Giang, so August; 2023-06-30T17:05Z is July 1 there.
Every document is readable, so the digest above exits 0; the tests damage
copies of it to see failures reported.
`, counts["pages"], counts["jsonl"], counts["json"], counts["zip"], counts["warc"],
		len(g.stories), months["dup"], months["07"], months["06"], months["08"], months["undated"])
	return g.write("README.md", []byte(text))
}
