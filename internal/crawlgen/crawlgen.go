// Package crawlgen writes synthetic news archives for benchmarks and
// tests: the saved page of an article of internal/corpus, and multi-site
// crawls in .warc.gz files as a web archive or CC-NEWS holds them, with
// what a digest of them must find.
package crawlgen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/internal/corpus"
	"github.com/newsarc/newsarc/internal/warcwrite"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// sites of the multi-site crawl: host and outlet.
var sites = [][2]string{
	{"baomau.example.vn", "Báo Mẫu"},
	{"baohagiang.example.vn", "Báo Hà Giang"},
	{"hagiangtv.example.vn", "Đài Phát thanh và Truyền hình Hà Giang"},
	{"tuyenquang.example.vn", "Báo Tuyên Quang"},
	{"caobang.example.vn", "Báo Cao Bằng"},
	{"laocai.example.vn", "Báo Lào Cai"},
	{"yenbai.example.vn", "Báo Yên Bái"},
	{"backan.example.vn", "Báo Bắc Kạn"},
}

// Options shape a generated crawl.
type Options struct {
	Pages      int
	Sites      int // 1–8
	Files      int // .warc.gz files
	Months     int // the pages are spread over, from May 2023
	PageKB     int // about how big a page is
	ImageEvery int // every how many pages shows a figure; 0: none
	DupEvery   int // every how many pages is crawled twice; 0: none
}

// Expected is what a digest of the crawl must find, written beside it as
// .expected.json (a dot file, which digests skip).
type Expected struct {
	Pages      int                       `json:"pages"`
	Records    int                       `json:"html_records"` // pages plus their second crawls
	Duplicates int                       `json:"duplicates"`
	Kept       map[string]map[string]int `json:"kept"` // site → month → articles
	Images     int                       `json:"images"`
}

// Write writes a crawl into dir as o.Files files crawl-00001.warc.gz…: page
// i of site i%Sites, published at even steps from 1 May 2023 over the
// months, in file i%Files with its request, its response and (every
// ImageEvery pages) its figure's image. Every DupEvery pages, the page is
// crawled again in another file: the same bytes, or, every other time, a
// shorter copy (the body cut in half) that a digest must drop for the
// longer one.
func Write(dir string, o Options) (*Expected, error) {
	if o.Sites < 1 || o.Sites > len(sites) {
		return nil, fmt.Errorf("%d sites: want 1 to %d", o.Sites, len(sites))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	start := time.Date(2023, 5, 1, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	span := start.AddDate(0, o.Months, 0).Sub(start)
	step := span / time.Duration(o.Pages)
	files := make([][]warcwrite.Record, o.Files)
	exp := &Expected{Pages: o.Pages, Kept: map[string]map[string]int{}}
	chrome := corpus.Scripts(o.PageKB * 1024 * 7 / 8)
	flush := func(f int) error {
		name := filepath.Join(dir, fmt.Sprintf("crawl-%05d.warc.gz", f+1))
		out, err := os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		if _, err := warcwrite.Write(out, true, files[f]...); err != nil {
			out.Close()
			return err
		}
		files[f] = nil
		return out.Close()
	}
	for f := range o.Files {
		os.Remove(filepath.Join(dir, fmt.Sprintf("crawl-%05d.warc.gz", f+1)))
	}
	for i := range o.Pages {
		host, outlet := sites[i%o.Sites][0], sites[i%o.Sites][1]
		a := corpus.Article(i)
		a.Source = outlet
		a.URL = fmt.Sprintf("https://%s/%s/%s.html", host, vntext.Slug(a.Section), a.ID)
		a.Published = start.Add(time.Duration(i) * step).Truncate(time.Minute)
		var img []byte
		if o.ImageEvery > 0 && i%o.ImageEvery == 0 {
			src := fmt.Sprintf("/images/%s.jpg", a.ID)
			a.Body = append(a.Body[:2:2], append([]news.Block{{Kind: news.Figure, Image: &news.Image{Src: src, Caption: "Ảnh minh họa: " + a.Title}}}, a.Body[2:]...)...)
			img = landscape(a.ID)
			exp.Images++
		}
		at := a.Published.Add(3 * time.Hour)
		f := i % o.Files
		files[f] = append(files[f], fetch(a.URL, at, "text/html; charset=utf-8", Page(&a, chrome))...)
		if img != nil {
			files[f] = append(files[f], fetch(fmt.Sprintf("https://%s/images/%s.jpg", host, a.ID), at, "image/jpeg", img)...)
		}
		exp.Records++
		month := a.Published.Format("2006-01")
		if exp.Kept[host] == nil {
			exp.Kept[host] = map[string]int{}
		}
		exp.Kept[host][month]++
		if o.DupEvery > 0 && i%o.DupEvery == 0 {
			again := f
			if o.Files > 1 {
				again = (f + 1 + i/o.DupEvery%(o.Files-1)) % o.Files
			}
			b := a
			if i/o.DupEvery%2 == 1 { // a shorter copy
				b.Body = b.Body[:len(b.Body)/2]
			}
			files[again] = append(files[again], fetch(a.URL, at.Add(24*time.Hour), "text/html; charset=utf-8", Page(&b, chrome))...)
			exp.Records++
			exp.Duplicates++
		}
		if len(files[f]) >= 200 {
			if err := flush(f); err != nil {
				return nil, err
			}
		}
	}
	for f := range files {
		if err := flush(f); err != nil {
			return nil, err
		}
	}
	b, _ := json.MarshalIndent(exp, "", "  ")
	return exp, os.WriteFile(filepath.Join(dir, ".expected.json"), append(b, '\n'), 0o644)
}

// fetch is a request and its response, as a crawler records them.
func fetch(uri string, at time.Time, contentType string, body []byte) []warcwrite.Record {
	id := func(kind string) string {
		h := fnv.New128a()
		fmt.Fprint(h, kind, uri, at.Unix())
		s := fmt.Sprintf("%x", h.Sum(nil))
		return s[:8] + "-" + s[8:12] + "-4" + s[13:16] + "-8" + s[17:20] + "-" + s[20:32]
	}
	return []warcwrite.Record{
		{Type: gowarc.Request, ID: id("request"), Date: at, URI: uri, ContentType: "application/http;msgtype=request",
			Block: warcwrite.HTTPRequest(uri, [][2]string{{"User-Agent", "newsarc-genarchive/1.0"}})},
		{Type: gowarc.Response, ID: id("response"), Date: at, URI: uri, ContentType: "application/http;msgtype=response",
			Block: warcwrite.HTTPResponse("200 OK", [][2]string{{"Content-Type", contentType}, {"Content-Length", fmt.Sprint(len(body))}}, body)},
	}
}

// landscape draws a small JPEG whose colours depend on name.
func landscape(name string) []byte {
	h := fnv.New32a()
	h.Write([]byte(name))
	s := h.Sum32()
	const w, ht = 240, 150
	img := image.NewRGBA(image.Rect(0, 0, w, ht))
	sky := color.RGBA{uint8(120 + s%100), uint8(160 + s/7%80), 230, 255}
	hill := color.RGBA{uint8(40 + s/11%60), uint8(110 + s/13%90), uint8(50 + s/17%60), 255}
	for y := range ht {
		for x := range w {
			c := sky
			if y > ht/2+int(20*float64((x+int(s%50))%80)/80) {
				c = hill
			}
			img.SetRGBA(x, y, c)
		}
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, &jpeg.Options{Quality: 70})
	return b.Bytes()
}
