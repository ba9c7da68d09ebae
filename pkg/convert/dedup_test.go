package convert_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// candidates parses every document under dir on its own, as a distributed
// run does, and returns the candidates of the period with their articles.
func candidates(t *testing.T, dir string, sel convert.Selection) ([]convert.Candidate, map[string]*news.Article) {
	t.Helper()
	ctx := context.Background()
	conv := convert.New(convert.Options{})
	var cands []convert.Candidate
	articles := map[string]*news.Article{}
	for doc := range archive.Walk(ctx, []string{dir}, archive.Options{}) {
		p := conv.ParseDocument(ctx, doc, sel)
		for i := range p.Articles {
			c := convert.NewCandidate(p.Document, p.Indexes[i], &p.Articles[i])
			cands = append(cands, c)
			articles[c.Document+"#"+string(rune('0'+c.Index))] = &p.Articles[i]
		}
	}
	return cands, articles
}

// De-duplicating the parsed documents in any order gives the digest
// Collect gives: the same articles, in the same order, and the same
// duplicates.
func TestDeduplicateIgnoresInputOrder(t *testing.T) {
	dir := makeArchive(t)
	sel := july(t)
	want := collect(t, dir, sel)
	cands, articles := candidates(t, dir, sel)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		r.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
		kept, dups := convert.Deduplicate(cands, sel.Group)
		var got []news.Article
		for _, k := range kept {
			got = append(got, *articles[k.Document+"#"+string(rune('0'+k.Index))])
		}
		col := convert.NewDigest(sel, got)
		var gb, wb bytes.Buffer
		news.EncodeJSON(&gb, col)
		news.EncodeJSON(&wb, want.Collection)
		if !bytes.Equal(gb.Bytes(), wb.Bytes()) {
			t.Fatalf("digest from shuffled candidates differs:\n%s\nwant\n%s", gb.Bytes(), wb.Bytes())
		}
		if !slices.Equal(dups, want.Report.Duplicates) {
			t.Fatalf("duplicates %+v\nwant %+v", dups, want.Report.Duplicates)
		}
	}
}

// The longer copy wins whichever comes first; on a tie the first in the
// canonical order of documents.
func TestDeduplicateLongerThenFirst(t *testing.T) {
	day := time.Date(2023, 7, 5, 8, 0, 0, 0, time.UTC)
	c := func(doc string, size int) convert.Candidate {
		return convert.Candidate{Document: doc, Title: "Mưa lớn", Published: day, Size: size}
	}
	for _, in := range [][]convert.Candidate{
		{c("b.json", 10), c("a.json", 10), c("c.json", 30)},
		{c("c.json", 30), c("a.json", 10), c("b.json", 10)},
	} {
		kept, dups := convert.Deduplicate(in, "")
		if len(kept) != 1 || kept[0].Document != "c.json" || len(dups) != 2 {
			t.Fatalf("kept %+v, dups %+v", kept, dups)
		}
		// Listed by the document dropped.
		if dups[1] != (convert.Duplicate{Kept: "a.json", Dropped: "b.json", Title: "Mưa lớn", Reason: "same title on the same day"}) ||
			dups[0].Kept != "c.json" || dups[0].Dropped != "a.json" {
			t.Errorf("duplicates %+v", dups)
		}
	}
}

func TestCompareDocuments(t *testing.T) {
	ordered := []string{
		"archive/crawl-2.warc.gz#2@100",
		"archive/crawl-2.warc.gz#10@900",
		"archive/crawl-10.warc.gz#1@0",
		"archive/export.json",
		"archive/export.json[2]",
		"archive/export.jsonl:9",
		"archive/export.jsonl:10",
		"archive/pages/2023/07/a.html",
		"archive/pages/a.html",
		"archive/pages.zip!2023/07/a.html",
		"archive/pages.zip!b.html",
		"archive/pages0.html",
	}
	for i, a := range ordered {
		for j, b := range ordered {
			if got, want := convert.CompareDocuments(a, b), compareInts(i, j); got != want {
				t.Errorf("CompareDocuments(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
	if convert.CompareDocuments("a07", "a7") == 0 || convert.CompareDocuments("a07", "a7") != -convert.CompareDocuments("a7", "a07") {
		t.Error("numbers with leading zeros are not told apart consistently")
	}
}

func compareInts(i, j int) int {
	switch {
	case i < j:
		return -1
	case i > j:
		return 1
	}
	return 0
}

func TestSiteAndMonthKeys(t *testing.T) {
	for _, c := range []struct {
		a    news.Article
		want string
	}{
		{news.Article{URL: "https://www.BaoHaGiang.vn/a.html", Source: "Báo Hà Giang"}, "baohagiang.vn"},
		{news.Article{URL: "http://hagiangtv.vn:8080/a"}, "hagiangtv.vn"},
		{news.Article{URL: "https://../x", Source: "Báo Hà Giang"}, "bao-ha-giang"},
		{news.Article{URL: "a/relative.html", Source: "Đài Phát thanh và Truyền hình Hà Giang"}, "dai-phat-thanh-va-truyen-hinh-ha-giang"},
		{news.Article{}, convert.NoSite},
	} {
		if got := convert.SiteKey(&c.a); got != c.want {
			t.Errorf("SiteKey(%q, %q) = %q, want %q", c.a.URL, c.a.Source, got, c.want)
		}
	}
	t0 := time.Date(2023, 7, 31, 17, 10, 0, 0, time.UTC) // 00:10 on 1 August in Vietnam
	if got := convert.MonthKey(t0, nil); got != "2023-08" {
		t.Errorf("MonthKey in Vietnam = %s", got)
	}
	if got := convert.MonthKey(t0, time.UTC); got != "2023-07" {
		t.Errorf("MonthKey in UTC = %s", got)
	}
}

// A digest split by site: one file per site and format, each site
// de-duplicated on its own (the same story on two sites is in both), one
// report for the run.
func TestDigestSplitBySite(t *testing.T) {
	dir := t.TempDir()
	jsonl := strings.Join([]string{
		line("h1", "Khai mạc hội chợ", "2023-07-03T09:00:00+07:00", "https://baohagiang.vn/h1.html", 20),
		line("t1", "Khai mạc hội chợ", "2023-07-03T10:00:00+07:00", "https://www.hagiangtv.vn/t1.html", 20),
		line("t1", "Khai mạc hội chợ", "2023-07-03T10:00:00+07:00", "https://hagiangtv.vn/t1.html", 5),
		line("t2", "Tin tháng Sáu", "2023-06-03T10:00:00+07:00", "https://hagiangtv.vn/t2.html", 5),
		line("n1", "Không có trang", "2023-07-04T10:00:00+07:00", "", 5),
	}, "\n") + "\n"
	os.WriteFile(filepath.Join(dir, "export.jsonl"), []byte(jsonl), 0o644)
	out := filepath.Join(t.TempDir(), "sites")
	sel := july(t)
	opts := convert.DigestOptions{Selection: sel, Split: convert.SplitSite,
		Outputs: []convert.Output{{Path: out, Format: "jsonl"}, {Path: out, Format: "text"}}}
	rep, err := convert.New(convert.Options{}).Digest(context.Background(), []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"baohagiang.vn.jsonl", "baohagiang.vn.txt", "hagiangtv.vn.jsonl", "hagiangtv.vn.txt", "unknown.jsonl", "unknown.txt"}
	if !slices.Equal(names, want) {
		t.Fatalf("files %q, want %q", names, want)
	}
	b, _ := os.ReadFile(filepath.Join(out, "hagiangtv.vn.jsonl"))
	if n := bytes.Count(b, []byte("\n")); n != 1 || !bytes.Contains(b, []byte(`"url":"https://www.hagiangtv.vn/t1.html"`)) {
		t.Errorf("hagiangtv.vn.jsonl: %d lines, want the longer t1 only:\n%s", n, b)
	}
	if rep.Kept != 3 || rep.Duplicated != 1 || rep.OutOfPeriod != 1 {
		t.Errorf("report: kept %d (3), duplicated %d (1), out of period %d (1)", rep.Kept, rep.Duplicated, rep.OutOfPeriod)
	}

	// A file where the directory should be is refused before reading.
	opts.Outputs = []convert.Output{{Path: filepath.Join(out, "unknown.txt"), Format: "pdf"}}
	if _, err := convert.New(convert.Options{}).Digest(context.Background(), []string{dir}, opts); err == nil || !strings.Contains(err.Error(), "it is a file") {
		t.Errorf("output is a file: %v", err)
	}
}

// The images an article carries are the bytes its document's resolver
// gives, under the source the article names.
func TestLoadImages(t *testing.T) {
	ctx := context.Background()
	sel := july(t)
	conv := convert.New(convert.Options{})
	loaded := 0
	for doc := range archive.Walk(ctx, []string{"../../testdata/archive"}, archive.Options{}) {
		p := conv.ParseDocument(ctx, doc, sel)
		for i := range p.Articles {
			a := &p.Articles[i]
			images := p.LoadImages(ctx, a)
			if a.Image == nil {
				continue
			}
			b, err := p.Resolve(ctx, a.Image.Src)
			if err != nil {
				continue
			}
			if !bytes.Equal(images[a.Image.Src], b) {
				t.Errorf("%s: image %s not carried", p.Document, a.Image.Src)
			}
			if _, err := media.Convert(b, a.Image.Src, media.Limits{}); err != nil {
				t.Errorf("%s: image %s: %v", p.Document, a.Image.Src, err)
			}
			loaded++
		}
	}
	if loaded < 4 {
		t.Errorf("only %d articles of the sample carry their lead image", loaded)
	}
}

// A document in an object store keeps its images beside it: a relative
// source is rebased below its URL, and resolves with its resolver.
func TestParseDocumentRebasesBesideURL(t *testing.T) {
	ctx := context.Background()
	body := `{"title":"Tin","published":"2023-07-02T08:00:00+07:00","image":{"src":"img/a.jpg"},"body":[{"kind":"paragraph","text":[{"text":"Nội dung."}]}]}`
	doc := archive.Document{Name: "gs://bucket/july/a.json", Kind: archive.KindJSON, Body: []byte(body), Images: media.Map{"img/a.jpg": []byte("JPEG")}}
	p := convert.New(convert.Options{}).ParseDocument(ctx, doc, july(t))
	if len(p.Articles) != 1 || p.Articles[0].Image == nil {
		t.Fatalf("parsed %+v", p)
	}
	src := p.Articles[0].Image.Src
	if src != "gs://bucket/july/img/a.jpg" {
		t.Errorf("image src %q", src)
	}
	if images := p.LoadImages(ctx, &p.Articles[0]); string(images[src]) != "JPEG" || len(images) != 1 {
		t.Errorf("images %q", images)
	}
}

// A site's name from a hostile URL stays one file name: a host of any
// length is shortened (two long hosts stay two names), an
// internationalised host is the same site as its ASCII form, and a name
// Windows reads as a device, or newsarc-beam's summary file, is marked.
func TestSiteKeyHostile(t *testing.T) {
	label := strings.Repeat("a", 63)
	long := "https://" + strings.Repeat(label+".", 7) + "vn/x"
	long2 := "https://" + strings.Repeat(label+".", 7) + "com.vn/x"
	k1, k2 := convert.SiteKey(&news.Article{URL: long}), convert.SiteKey(&news.Article{URL: long2})
	if len(k1) > 120 || len(k2) > 120 || k1 == k2 || !strings.HasPrefix(k1, label+".") {
		t.Errorf("long hosts: %q, %q", k1, k2)
	}
	for _, c := range []struct{ url, source, want string }{
		{"https://báo.vn/a", "", "xn--bo-mia.vn"},
		{"https://xn--bo-mia.vn/a", "", "xn--bo-mia.vn"},
		{"https://BÁO.vn/a", "", "xn--bo-mia.vn"},
		{"https://con/a", "", "con_"},
		{"https://www.aux.com.vn/a", "", "aux_.com.vn"},
		{"https://com1.vn/a", "", "com1_.vn"},
		{"https://comx.vn/a", "", "comx.vn"},
		{"", "NUL", "nul_"},
		{"https://console.vn/a", "", "console.vn"},
		{"https://summary.json/a", "", "summary_.json"}, // newsarc-beam's summary beside the sites
		{"https://summary.vn/a", "", "summary.vn"},
	} {
		if got := convert.SiteKey(&news.Article{URL: c.url, Source: c.source}); got != c.want {
			t.Errorf("SiteKey(%q, %q) = %q, want %q", c.url, c.source, got, c.want)
		}
	}
}
