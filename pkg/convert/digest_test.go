package convert_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
)

// line is one canonical article as a JSON Lines record.
func line(id, title, published, url string, words int) string {
	body := strings.TrimSpace(strings.Repeat("Nội dung bài viết về tỉnh Hà Giang. ", words))
	s := fmt.Sprintf(`{"schema":1,"id":%q,"title":%q`, id, title)
	if url != "" {
		s += fmt.Sprintf(`,"url":%q`, url)
	}
	if published != "" {
		s += fmt.Sprintf(`,"published":%q`, published)
	}
	return s + fmt.Sprintf(`,"body":[{"kind":"paragraph","text":[{"text":%q}]}]}`, body)
}

// makeArchive writes a small archive in every kind newsarc reads but WARC,
// with boundary times, duplicates, an undated article and broken documents.
func makeArchive(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	jsonl := strings.Join([]string{
		line("a1", "Khai mạc hội chợ", "2023-07-03T09:00:00+07:00", "https://baohagiang.vn/a1.html", 20),
		line("a2", "Cuối tháng, trong giờ Việt Nam", "2023-07-31T23:30:00+07:00", "", 20), // 16:30Z: July
		line("a3", "Đầu tháng Tám ở Việt Nam", "2023-08-01T00:10:00+07:00", "", 20),       // July in UTC, August here
		line("a4", "Tháng Sáu", "2023-06-30T23:59:00+07:00", "", 20),                      // June
		line("a5", "Không có ngày", "", "", 20),                                           // undated
		`{"schema":1,"id":"broken","title":"Cắt ngang`,                                    // truncated line 6
		line("a7", "Tin UTC", "2023-07-15T02:00:00Z", "", 20),                             // 09:00 in Vietnam
		line("a1-copy", "Khai mạc hội chợ (bản ngắn)", "2023-07-03T10:00:00+07:00", "http://www.baohagiang.vn/a1.html#top", 5),
		line("b1", "Mưa lớn gây sạt lở", "2023-07-20T08:00:00+07:00", "", 10),
		line("b1-long", "Mưa lớn gây sạt lở", "2023-07-20T17:00:00+07:00", "", 40), // same title, same day, longer: kept
	}, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, "export.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for name, body := range map[string]string{
		"2023/07/c1.json": line("c1", "Trong tệp zip", "2023-07-10T10:00:00+07:00", "", 15),
		"2023/07/c2.json": line("a7", "Tin UTC (bản trùng id)", "2023-07-15T09:00:00+07:00", "", 5),
		"style.css":       "body{}",
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	os.WriteFile(filepath.Join(dir, "pages.zip"), zbuf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "corrupt.zip"), []byte("PK\x03\x04 not really a zip"), 0o644)
	return dir
}

func collect(t *testing.T, dir string, sel convert.Selection) *convert.Collected {
	t.Helper()
	ctx := context.Background()
	d, err := convert.New(convert.Options{}).Collect(ctx, archive.Walk(ctx, []string{dir}, archive.Options{}), sel)
	if err != nil && !errors.Is(err, convert.ErrFailed) {
		t.Fatal(err)
	}
	return d
}

func july(t *testing.T) convert.Selection {
	p, err := convert.MonthPeriod("2023-07", nil)
	if err != nil {
		t.Fatal(err)
	}
	return convert.Selection{Period: p}
}

func ids(c *news.Collection) []string {
	var out []string
	for _, a := range c.Articles {
		out = append(out, a.ID)
	}
	return out
}

func TestDigestSelectsDedupsAndSorts(t *testing.T) {
	d := collect(t, makeArchive(t), july(t))
	want := []string{"a1", "c1", "a7", "b1-long", "a2"}
	if got := ids(d.Collection); !slices.Equal(got, want) {
		t.Fatalf("digest ids = %v, want %v", got, want)
	}
	r := d.Report
	if r.OutOfPeriod != 2 || r.Undated != 1 || r.Kept != 5 {
		t.Errorf("report: out of period %d (want 2), undated %d (want 1), kept %d (want 5)", r.OutOfPeriod, r.Undated, r.Kept)
	}
	var reasons []string
	for _, dup := range r.Duplicates {
		reasons = append(reasons, dup.Reason+": kept "+filepath.Base(dup.Kept)+" dropped "+filepath.Base(dup.Dropped))
	}
	wantDups := []string{
		"same URL: kept export.jsonl:1 dropped export.jsonl:8",
		"same title on the same day: kept export.jsonl:10 dropped export.jsonl:9",
		"same id: kept export.jsonl:7 dropped c2.json",
	}
	slices.Sort(reasons)
	slices.Sort(wantDups)
	if !slices.Equal(reasons, wantDups) {
		t.Errorf("duplicates = %q, want %q", reasons, wantDups)
	}
	var failed []string
	for _, f := range r.Failures {
		failed = append(failed, filepath.Base(f.Document)+" → "+f.Reason)
	}
	if len(failed) != 2 || !strings.Contains(failed[0], "corrupt.zip") || !strings.HasPrefix(failed[1], "export.jsonl:6:46 → ") || !strings.Contains(failed[1], "JSON") {
		t.Errorf("failures = %q", failed)
	}
	// Times are shown in the digest's zone: 02:00Z is 09:00 in Vietnam.
	a7 := d.Collection.Articles[2]
	if got := news.Vietnamese.DateTime(a7.Published); got != "09:00, 15/07/2023" {
		t.Errorf("a7 published %q", got)
	}
}

func TestDigestZoneDecidesTheMonth(t *testing.T) {
	sel := july(t)
	p, _ := convert.MonthPeriod("2023-07", time.UTC)
	sel.Period = p
	got := ids(collect(t, makeArchive(t), sel).Collection)
	if !slices.Contains(got, "a3") {
		t.Errorf("in UTC, 2023-08-01T00:10+07:00 is July; ids = %v", got)
	}
}

func TestDigestStrictFails(t *testing.T) {
	dir := makeArchive(t)
	sel := july(t)
	sel.Strict = true
	out := filepath.Join(t.TempDir(), "d.json")
	rep, err := convert.New(convert.Options{}).Digest(context.Background(), []string{dir}, convert.DigestOptions{Selection: sel, Outputs: []convert.Output{{Path: out}}})
	if !errors.Is(err, convert.ErrFailed) || len(rep.Failures) != 2 {
		t.Fatalf("err = %v, report %+v", err, rep)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("strict failure wrote the output")
	}
}

// The same archive gives the same bytes with one worker or four.
func TestDigestIsDeterministicAcrossJobs(t *testing.T) {
	dir := makeArchive(t)
	var outs [][]byte
	for _, jobs := range []int{1, 4, 4} {
		sel := july(t)
		sel.Jobs = jobs
		out := filepath.Join(t.TempDir(), "d.json")
		if _, err := convert.New(convert.Options{}).Digest(context.Background(), []string{dir}, convert.DigestOptions{Selection: sel, Outputs: []convert.Output{{Path: out}}}); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(out)
		outs = append(outs, b)
	}
	if !bytes.Equal(outs[0], outs[1]) || !bytes.Equal(outs[1], outs[2]) {
		t.Fatal("digest output depends on the number of workers")
	}
}
