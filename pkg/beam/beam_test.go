package beam

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsarc/newsarc/internal/crawlgen"
	"github.com/newsarc/newsarc/internal/hostile"
	"github.com/newsarc/newsarc/internal/warcwrite"
	"github.com/newsarc/newsarc/pkg/convert"
)

// The tests run on Prism, in this process: every element and every DoFn
// goes through Beam's serialisation, as on a cluster.
func TestMain(m *testing.M) { ptest.Main(m) }

const sample = "../../testdata/archive"

// run runs the pipeline and returns the summary it wrote.
func run(t *testing.T, o Options) Summary {
	t.Helper()
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Digest(s, o)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	var sum Summary
	if err := json.Unmarshal(readFile(t, joinPath(o.Output, SummaryFile)), &sum); err != nil {
		t.Fatal(err)
	}
	return sum
}

// readFile reads a local file or an object of a store.
func readFile(t *testing.T, name string) []byte {
	t.Helper()
	ctx := context.Background()
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	b, err := filesystem.Read(ctx, fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// digestSites makes what newsarc digest --split site --month month --to
// formats makes, into a new directory.
func digestSites(t *testing.T, inputs []string, month string, formats ...string) (string, *convert.Report) {
	t.Helper()
	return digestSitesUndated(t, inputs, month, convert.UndatedDrop, formats...)
}

// digestSitesUndated is digestSites with newsarc digest's --undated.
func digestSitesUndated(t *testing.T, inputs []string, month string, undated convert.Undated, formats ...string) (string, *convert.Report) {
	t.Helper()
	dir := t.TempDir()
	period, err := convert.MonthPeriod(month, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts := convert.DigestOptions{Selection: convert.Selection{Period: period, Undated: undated}, Split: convert.SplitSite}
	for _, f := range formats {
		opts.Outputs = append(opts.Outputs, convert.Output{Path: dir, Format: f})
	}
	rep, err := convert.New(convert.Options{}).Digest(context.Background(), inputs, opts)
	if err != nil && !strings.Contains(err.Error(), "no article") {
		t.Fatal(err)
	}
	return dir, rep
}

// sameAsCLI checks that every file of the CLI's digest split by site is
// the pipeline's DIR/site/month.ext, byte for byte, and that the pipeline
// wrote nothing more for that month.
func sameAsCLI(t *testing.T, cliDir, out, month string) {
	t.Helper()
	entries, err := os.ReadDir(cliDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		site, ext, _ := strings.Cut(e.Name(), ".")
		for strings.Contains(ext, ".") { // hosts have dots: the extension is the last part
			var more string
			more, ext, _ = strings.Cut(ext, ".")
			site += "." + more
		}
		want, _ := os.ReadFile(filepath.Join(cliDir, e.Name()))
		got := readFile(t, joinPath(out, site, month+"."+ext))
		if !bytes.Equal(got, want) {
			t.Errorf("%s/%s.%s differs from newsarc digest --split site's %s (%d and %d bytes)", site, month, ext, e.Name(), len(got), len(want))
		}
	}
}

// The sample archive — pages with their images, JSON, JSON Lines, a zip
// and a WARC — gives the CLI's digest in every format, and its counts.
func TestSampleLikeTheCLI(t *testing.T) {
	formats := []string{"jsonl", "pdf", "epub", "text"}
	out := t.TempDir()
	sum := run(t, Options{Inputs: []string{sample}, Output: out, Month: "2023-07", Formats: formats})
	cliDir, rep := digestSites(t, []string{sample}, "2023-07", formats...)
	sameAsCLI(t, cliDir, out, "2023-07")
	if sum.Documents != rep.Documents || sum.Articles != rep.Articles || sum.Kept != rep.Kept || sum.OutOfPeriod != rep.OutOfPeriod ||
		sum.Undated != rep.Undated || sum.Duplicated != rep.Duplicated || sum.Failed != rep.Failed || sum.Skipped != rep.Skipped || sum.Bytes != rep.Bytes {
		t.Errorf("summary %+v\nCLI report %+v", sum, rep)
	}
	if !slices.Equal(sum.Duplicates, rep.Duplicates) {
		t.Errorf("duplicates %+v\nCLI %+v", sum.Duplicates, rep.Duplicates)
	}
	want := []Written{{Site: "hagiangtv.vn", Month: "2023-07", Articles: 27, Duplicated: 3, Files: []string{
		joinPath(out, "hagiangtv.vn", "2023-07.jsonl"), joinPath(out, "hagiangtv.vn", "2023-07.pdf"),
		joinPath(out, "hagiangtv.vn", "2023-07.epub"), joinPath(out, "hagiangtv.vn", "2023-07.txt")}}}
	if fmt.Sprint(sum.Digests) != fmt.Sprint(want) {
		t.Errorf("digests %+v\nwant %+v", sum.Digests, want)
	}
}

// A crawl of several sites over several months in many .warc.gz files,
// with images and pages crawled twice: every (site, month) digest is the
// CLI's for that month, and the counts are what the crawl holds.
func TestCrawlLikeTheCLI(t *testing.T) {
	dir := t.TempDir()
	exp, err := crawlgen.Write(dir, crawlgen.Options{Pages: 600, Sites: 3, Files: 6, Months: 3, PageKB: 6, ImageEvery: 7, DupEvery: 25})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	sum := run(t, Options{Inputs: []string{dir}, Output: out, Formats: []string{"jsonl", "pdf"}})
	for _, month := range []string{"2023-05", "2023-06", "2023-07"} {
		cliDir, _ := digestSites(t, []string{dir}, month, "jsonl", "pdf")
		sameAsCLI(t, cliDir, out, month)
	}
	if sum.Documents != exp.Records || sum.Kept != exp.Pages || sum.Duplicated != exp.Duplicates || sum.Failed != 0 || sum.OutOfPeriod != 0 {
		t.Errorf("summary %+v\nexpected %+v", sum, exp)
	}
	got := map[string]map[string]int{}
	for _, d := range sum.Digests {
		if got[d.Site] == nil {
			got[d.Site] = map[string]int{}
		}
		got[d.Site][d.Month] = d.Articles
	}
	if fmt.Sprint(got) != fmt.Sprint(exp.Kept) {
		t.Errorf("articles per site and month %v\nwant %v", got, exp.Kept)
	}
	jsonl := readFile(t, joinPath(out, "baomau.example.vn", "2023-06.jsonl"))
	if !bytes.Contains(jsonl, []byte(`"kind":"figure","image":{"src":"https://baomau.example.vn/images/corpus-`)) {
		t.Error("the June digest of baomau.example.vn shows no figure")
	}
}

// A damaged archive: each failure is reported with where it is, the rest
// is kept, and the digest is still the CLI's.
func TestDamagedArchive(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	if err := hostile.DamagedArchive(sample, dir); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "pages", "2023", "07", "empty.html"), nil, 0o644)

	out := t.TempDir()
	sum := run(t, Options{Inputs: []string{dir, filepath.Join(dir, "missing.warc.gz")}, Output: out, Month: "2023-07"})
	var where []string
	for _, f := range sum.Failures {
		where = append(where, strings.TrimPrefix(f.Document, dir+"/"))
	}
	want := []string{"broken.zip", "crawl.warc.gz#", "export.jsonl:10:", "missing.warc.gz", "pages/2023/07/empty.html"}
	if len(where) != len(want) || sum.Failed != len(want) {
		t.Fatalf("failures %q (%d), want %q", where, sum.Failed, want)
	}
	for i, w := range want {
		if !strings.HasPrefix(where[i], w) {
			t.Errorf("failure %d at %q, want %q…", i, where[i], w)
		}
	}
	if sum.Kept != 27 {
		t.Errorf("kept %d of 27", sum.Kept)
	}
	cliDir, _ := digestSites(t, []string{dir}, "2023-07", "jsonl")
	sameAsCLI(t, cliDir, out, "2023-07")
}

// Pages that print no date, dated by their capture as newsarc digest
// --undated capture dates them: a WARC record's WARC-Date, a zip member's
// time, a saved page's and a JSON Lines file's modification time.
func TestUndatedCapture(t *testing.T) {
	dir := t.TempDir()
	page := func(title string) []byte {
		return []byte(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>` + title + `</title></head><body><article><h1>` + title + `</h1>
<p>Bài này không ghi ngày đăng ở đâu cả, như nhiều trang cũ trong các bản lưu của những trình thu thập khác.</p>
<p>Đoạn thứ hai của bài cũng không có ngày tháng, nhưng đủ dài để là nội dung thật.</p></article></body></html>`)
	}
	var warc bytes.Buffer
	for i, r := range []struct{ uri, title, date string }{
		{"https://baomau.vn/khong-ngay-1.html", "Trang trong bản lưu", "2023-07-10T03:00:00Z"},
		{"https://baomau.vn/khong-ngay-2.html", "Trang lưu tháng Tám", "2023-08-10T03:00:00Z"},
	} {
		date, _ := time.Parse(time.RFC3339, r.date)
		block := warcwrite.HTTPResponse("200 OK", [][2]string{{"Content-Type", "text/html; charset=utf-8"}}, page(r.title))
		if _, err := warcwrite.Write(&warc, true, warcwrite.Record{Type: gowarc.Response, ID: fmt.Sprintf("00000000-0000-4000-8000-%012d", i),
			Date: date, URI: r.uri, ContentType: "application/http; msgtype=response", Block: block}); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), warc.Bytes(), 0o644)
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "cu/trang.html", Method: zip.Deflate, Modified: time.Date(2023, 7, 25, 8, 0, 0, 0, time.UTC)})
	w.Write(page("Trang trong tệp zip"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "cu.zip"), zb.Bytes(), 0o644)
	saved := filepath.Join(dir, "trang.html")
	os.WriteFile(saved, page("Trang lưu trên đĩa"), 0o644)
	lines := filepath.Join(dir, "export.jsonl")
	os.WriteFile(lines, []byte(`{"url":"https://tinmau.vn/a.html","title":"Tin không ngày","body":[{"kind":"paragraph","text":[{"text":"Nội dung."}]}]}`+"\n"), 0o644)
	for _, name := range []string{saved, lines} {
		mtime := time.Date(2023, 7, 20, 9, 30, 0, 0, time.UTC)
		os.Chtimes(name, mtime, mtime)
	}

	out := t.TempDir()
	sum := run(t, Options{Inputs: []string{dir}, Output: out, Month: "2023-07", Undated: "capture", Formats: []string{"jsonl", "text"}})
	cliDir, rep := digestSitesUndated(t, []string{dir}, "2023-07", convert.UndatedCapture, "jsonl", "text")
	sameAsCLI(t, cliDir, out, "2023-07")
	if sum.Captured != 5 || rep.Captured != 5 || sum.Kept != 4 || sum.OutOfPeriod != 1 || sum.Undated != 0 {
		t.Errorf("captured %d (CLI %d, want 5), kept %d (4), out of period %d (1), undated %d (0)", sum.Captured, rep.Captured, sum.Kept, sum.OutOfPeriod, sum.Undated)
	}
	if jsonl := readFile(t, joinPath(out, "baomau.vn", "2023-07.jsonl")); !bytes.Contains(jsonl, []byte(`"published":"2023-07-10T10:00:00+07:00","date_source":"capture"`)) {
		t.Errorf("the WARC's page is not dated by its capture:\n%s", jsonl)
	}
	sum = run(t, Options{Inputs: []string{dir}, Output: t.TempDir(), Month: "2023-07"})
	if sum.Undated != 5 || sum.Kept != 0 {
		t.Errorf("without capture: undated %d (5), kept %d (0)", sum.Undated, sum.Kept)
	}
}

// Copies of an article in different files, read by different workers, are
// told apart by the library's rule whatever order the files come in: the
// longer copy wins, on a tie the first file in name order.
func TestDedupAcrossFilesAndWorkers(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for f := range 12 {
		var lines []string
		for i := range 30 {
			n := (f*7 + i) % 40 // each article in about nine files
			id := fmt.Sprintf("tin-%02d", n)
			body := strings.Repeat("Nội dung bài viết. ", 10+(f*i)%3) // copies of three lengths
			url := fmt.Sprintf("https://baomau.vn/%s.html", id)
			if f%2 == 1 {
				url = fmt.Sprintf("http://www.baomau.vn/%s.html?utm_source=zalo", id) // the same page
				id = ""
			}
			lines = append(lines, fmt.Sprintf(`{"id":%q,"url":%q,"title":"Tin số %d","published":"2023-07-%02dT08:00:00+07:00","body":[{"kind":"paragraph","text":[{"text":%q}]}]}`,
				id, url, n, 1+n%28, body))
		}
		name := filepath.Join(dir, fmt.Sprintf("part-%02d.jsonl", f))
		os.WriteFile(name, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
		inputs = append(inputs, name)
	}
	cliDir, rep := digestSites(t, []string{dir}, "2023-07", "jsonl")
	var outs [][]byte
	for _, o := range []Options{{Jobs: 1}, {Jobs: 3}} {
		o.Inputs, o.Output, o.Month = slices.Clone(inputs), t.TempDir(), "2023-07"
		if o.Jobs == 3 {
			slices.Reverse(o.Inputs)
		}
		sum := run(t, o)
		if sum.Kept != 40 || sum.Duplicated != rep.Duplicated || sum.Duplicated != 12*30-40 {
			t.Errorf("kept %d (40), duplicated %d (CLI %d)", sum.Kept, sum.Duplicated, rep.Duplicated)
		}
		sameAsCLI(t, cliDir, o.Output, "2023-07")
		outs = append(outs, readFile(t, joinPath(o.Output, "baomau.vn", "2023-07.jsonl")))
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("the digest depends on the order of the inputs or on the workers")
	}
}

// Every option reaches the workers: a DoFn's field that did not survive
// serialisation would arrive zero and give the defaults' output.
func TestOptionsReachWorkers(t *testing.T) {
	dir := t.TempDir()
	line := func(id, section, published string) string {
		return fmt.Sprintf(`{"id":%q,"url":"https://baomau.vn/%s","title":"Tin %s","section":%q,"published":%q,"body":[{"kind":"paragraph","text":[{"text":"Nội dung."}]}]}`,
			id, id, id, section, published)
	}
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(strings.Join([]string{
		line("a1", "Thời sự", "2023-07-02T08:00:00+07:00"),
		line("a2", "Kinh tế", "2023-07-03T08:00:00+07:00"),
		line("a3", "Thời sự", "2023-07-04T08:00:00+07:00"),
		line("a4", "Kinh tế", "2023-07-05T08:00:00+07:00"),
		line("utc", "Thời sự", "2023-08-01T00:10:00+07:00"), // July in UTC, August in Vietnam
		`{"title":`, `{"title":`,
	}, "\n")+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "skip.jsonl"), []byte(line("s1", "Thời sự", "2023-07-02T08:00:00+07:00")+"\n"), 0o644)

	o := Options{Inputs: []string{dir}, Output: t.TempDir(), Month: "2023-07", TZ: "UTC", Formats: []string{"jsonl", "json"},
		Title: "Tin giờ UTC", Publisher: "Báo Mẫu", Group: "section", MaxArticles: 2, Jobs: 1, MaxListed: 1, Exclude: []string{"skip.jsonl"}}
	sum := run(t, o)
	site := joinPath(o.Output, "baomau.vn")
	if n := bytes.Count(readFile(t, joinPath(site, "2023-07.jsonl")), []byte("\n")); n != 5 {
		t.Errorf("JSON Lines: %d articles, want 5 (TZ UTC keeps the one of 1 August in Vietnam; skip.jsonl excluded)", n)
	}
	var ids []string
	for i := 1; i <= 3; i++ {
		var col struct {
			Title, Subtitle, Publisher, Group string
			Articles                          []struct{ ID string }
		}
		if err := json.Unmarshal(readFile(t, joinPath(site, fmt.Sprintf("2023-07-part%d.json", i))), &col); err != nil {
			t.Fatal(err)
		}
		if col.Title != o.Title || col.Publisher != o.Publisher || col.Group != "section" || col.Subtitle != fmt.Sprintf("Phần %d/3", i) {
			t.Errorf("part %d: title %q, subtitle %q, publisher %q, group %q", i, col.Title, col.Subtitle, col.Publisher, col.Group)
		}
		for _, a := range col.Articles {
			ids = append(ids, a.ID)
		}
	}
	if want := []string{"a1", "a3", "utc", "a2", "a4"}; !slices.Equal(ids, want) {
		t.Errorf("articles in parts, by section: %q, want %q", ids, want)
	}
	if sum.Failed != 2 || len(sum.Failures) != 1 || sum.Skipped != 1 {
		t.Errorf("failed %d (2), listed %d (MaxListed 1), skipped %d (1)", sum.Failed, len(sum.Failures), sum.Skipped)
	}
}

// Inputs and outputs in an object store (memfs here; gs:// and s3:// go
// through the same code, with ranged reads): a listing of everything below
// a prefix, an @list of relative names, gzipped, and a page whose images
// are beside it in the store.
func TestObjectStore(t *testing.T) {
	local := t.TempDir()
	if err := os.CopyFS(local, os.DirFS(sample)); err != nil {
		t.Fatal(err)
	}
	prefix := "memfs://in-" + t.Name() + "/"
	err := filepath.WalkDir(local, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(local, p)
			writeStore(t, prefix+filepath.ToSlash(rel), b)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	writeStore(t, prefix+"list.txt.gz", gzipped("# the archive\ncrawl.warc.gz\nexport.json\n\nexport.jsonl\npages.zip\n"))
	out := "memfs://out-" + t.Name() + "/"
	sum := run(t, Options{Inputs: []string{"@" + prefix + "list.txt.gz", prefix + "pages/"}, Output: out, Month: "2023-07", Formats: []string{"jsonl", "pdf"}})

	localOut := t.TempDir()
	inputs := []string{filepath.Join(local, "crawl.warc.gz"), filepath.Join(local, "export.json"), filepath.Join(local, "export.jsonl"), filepath.Join(local, "pages.zip"), filepath.Join(local, "pages")}
	want := run(t, Options{Inputs: inputs, Output: localOut, Month: "2023-07", Formats: []string{"jsonl", "pdf"}})
	if sum.Documents != want.Documents || sum.Kept != 27 || sum.Kept != want.Kept || sum.Duplicated != want.Duplicated || sum.Failed != 0 {
		t.Errorf("summary %+v\nfrom local files %+v", sum, want)
	}
	got := readFile(t, out+"hagiangtv.vn/2023-07.jsonl")
	wantJSONL := readFile(t, filepath.Join(localOut, "hagiangtv.vn", "2023-07.jsonl"))
	if !bytes.Equal(bytes.ReplaceAll(got, []byte(strings.TrimSuffix(prefix, "/")), []byte(local)), wantJSONL) {
		t.Errorf("JSON Lines from the store differ from those of the same files on disk:\n%s", got)
	}
	if !bytes.Equal(readFile(t, out+"hagiangtv.vn/2023-07.pdf"), readFile(t, filepath.Join(localOut, "hagiangtv.vn", "2023-07.pdf"))) {
		t.Error("the PDF from the store differs from the one from the same files on disk (images?)")
	}
}

func writeStore(t *testing.T, name string, b []byte) {
	t.Helper()
	ctx := context.Background()
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	if err := filesystem.Write(ctx, fsys, name, b); err != nil {
		t.Fatal(err)
	}
}

// A site whose host is the summary's name ("https://summary.json/…") made
// a directory OUTPUT/summary.json/, and the run failed writing the summary
// ("file exists"). The site is summary_.json, as in newsarc digest --split
// site.
func TestSiteNamedLikeTheSummary(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.jsonl")
	os.WriteFile(in, []byte(`{"id":"s","url":"https://summary.json/a","title":"Tin","published":"2023-07-10T10:00:00+07:00","body":[{"kind":"paragraph","text":[{"text":"Nội dung."}]}]}`+"\n"), 0o644)
	o := Options{Inputs: []string{in}, Output: t.TempDir(), Month: "2023-07", Formats: []string{"jsonl"}}
	sum := run(t, o)
	if len(sum.Digests) != 1 || sum.Digests[0].Site != "summary_.json" {
		t.Errorf("digests %+v", sum.Digests)
	}
	if !bytes.Contains(readFile(t, joinPath(o.Output, "summary_.json", "2023-07.jsonl")), []byte("https://summary.json/a")) {
		t.Error("the site's digest lacks its article")
	}
}

// Digests written inside the archive they are made of are not read back
// by the next run: it counts what the first counted and writes the same.
func TestOutputInsideItsInput(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(sample)); err != nil {
		t.Fatal(err)
	}
	o := Options{Inputs: []string{dir}, Output: filepath.Join(dir, "digests"), Month: "2023-07", Formats: []string{"jsonl"}}
	first := run(t, o)
	jsonl := filepath.Join(dir, "digests", "hagiangtv.vn", "2023-07.jsonl")
	before := readFile(t, jsonl)
	second := run(t, o)
	if first.Documents != second.Documents || first.Duplicated != second.Duplicated || second.Kept != 27 {
		t.Errorf("the rerun read its own digests: first %+v\nsecond %+v", first, second)
	}
	if !bytes.Equal(before, readFile(t, jsonl)) {
		t.Error("the rerun wrote other bytes")
	}
}

// A list of objects never names a file of this machine: an absolute path
// or a ".." line of a paths file read against a store is a failure of the
// summary, not read into the digests.
func TestPathsListOfAStoreNamesNoLocalFile(t *testing.T) {
	local := filepath.Join(t.TempDir(), "secret.jsonl")
	os.WriteFile(local, []byte(`{"id":"x","url":"https://secret.example/a","title":"Bí mật","published":"2023-07-10T10:00:00+07:00","body":[{"kind":"paragraph","text":[{"text":"Không được đọc."}]}]}`+"\n"), 0o644)
	prefix := "memfs://in-" + t.Name() + "/"
	writeStore(t, prefix+"export.jsonl", readFile(t, filepath.Join(sample, "export.jsonl")))
	writeStore(t, prefix+"paths.txt", []byte("export.jsonl\n"+local+"\n../../"+filepath.Base(local)+"\n"))
	out := t.TempDir()
	sum := run(t, Options{Inputs: []string{"@" + prefix + "paths.txt"}, Output: out, Month: "2023-07", Formats: []string{"jsonl"}})
	if sum.Failed != 2 || len(sum.Failures) != 2 || !strings.Contains(sum.Failures[0].Reason, "a local path in a list of") {
		t.Errorf("failures %d %+v", sum.Failed, sum.Failures)
	}
	if _, err := os.Stat(filepath.Join(out, "secret.example")); err == nil || sum.Kept == 0 {
		t.Errorf("a local file named by the store's list was read (kept %d)", sum.Kept)
	}
}
