package archive

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/media"
)

// member is one entry of a test zip. Raw, when set, is written as the
// compressed data with the sizes given, so headers can lie.
type member struct {
	name, body string
	store      bool
	raw        []byte
	size       uint64 // the uncompressed size a raw member claims
}

func makeZip(t testing.TB, members ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range members {
		h := &zip.FileHeader{Name: m.name, Method: zip.Deflate}
		if m.store {
			h.Method = zip.Store
		}
		if m.raw != nil {
			h.CompressedSize64, h.UncompressedSize64 = uint64(len(m.raw)), m.size
			w, err := zw.CreateRaw(h)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(m.raw)
			continue
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(m.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeZip(t testing.TB, dir, name string, members ...member) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, makeZip(t, members...), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func deflate(t testing.TB, s string) []byte {
	var b bytes.Buffer
	fw, _ := flate.NewWriter(&b, flate.BestCompression)
	fw.Write([]byte(s))
	fw.Close()
	return b.Bytes()
}

func TestZipMembers(t *testing.T) {
	dir := t.TempDir()
	writeZip(t, dir, "pages.zip",
		member{name: "2023/"},
		member{name: "2023/a.html", body: page},
		member{name: "2023/images/p.jpg", body: "JPEG"},
		member{name: "__MACOSX/2023/._a.html", body: "\x00\x05\x16\x07"},
		member{name: "b.json", body: `{"title":"Một"}`, store: true},
		member{name: "c.jsonl", body: "{}\n\n{\"x\": }\n"},
		member{name: "style.css", body: "p{}"},
		member{name: "../evil.html", body: page},
		member{name: "/etc/abs.html", body: page},
		member{name: `win\path.html`, body: page},
		member{name: "C:/x.html", body: page},
		member{name: "d.htm", body: page},
	)
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "pages.zip!2023/a.html", "pages.zip!b.json", "pages.zip!c.jsonl:1", "ERR pages.zip!c.jsonl:3",
		"ERR pages.zip!../evil.html", "ERR pages.zip!/etc/abs.html", `ERR pages.zip!win\path.html`, "ERR pages.zip!C:/x.html",
		"pages.zip!d.htm")
	for _, n := range []string{"ERR pages.zip!../evil.html", "ERR pages.zip!/etc/abs.html", `ERR pages.zip!win\path.html`, "ERR pages.zip!C:/x.html"} {
		wantErr(t, got.find(t, dir, n), ErrUnsafeName, "unsafe")
	}
	if got.stats.Skipped != 3 {
		t.Errorf("skipped %d members, want 3 (jpg, css, __MACOSX)", got.stats.Skipped)
	}
	if b := string(got.find(t, dir, "pages.zip!b.json").Body); b != `{"title":"Một"}` {
		t.Errorf("stored member = %q", b)
	}

	images := got.find(t, dir, "pages.zip!2023/a.html").Images
	ctx := context.Background()
	for src, want := range map[string]string{"images/p.jpg": "JPEG", "./images/../images/p.jpg": "JPEG", "/2023/images/p.jpg": "JPEG", "../b.json": `{"title":"Một"}`, "images%2Fp.jpg": "JPEG", "https://example.vn/tin/2023/images/p.jpg": "JPEG"} {
		if b, err := images.Resolve(ctx, src); err != nil || string(b) != want {
			t.Errorf("Resolve(%q) = %q, %v", src, b, err)
		}
	}
	for src, want := range map[string]error{"../../b.json": media.ErrOutOfRoot, "https://example.vn/p.jpg": media.ErrRemote, "images/none.jpg": media.ErrNotFound} {
		if _, err := images.Resolve(ctx, src); !errors.Is(err, want) {
			t.Errorf("Resolve(%q): %v, want %v", src, err, want)
		}
	}
}

func TestZipBombs(t *testing.T) {
	dir := t.TempDir()
	huge := strings.Repeat("a", 10<<20) // deflates about 1000:1
	tests := []struct {
		name    string
		opts    Options
		members []member
		want    []string
		err     error
	}{
		{
			name:    "ratio",
			members: []member{{name: "bomb.html", body: huge}, {name: "ok.html", body: page}},
			want:    []string{"ERR z.zip!bomb.html", "z.zip!ok.html"},
			err:     ErrZipBomb,
		},
		{
			name:    "ratio allowed",
			opts:    Options{MaxZipRatio: 2000},
			members: []member{{name: "fine.html", body: huge}},
			want:    []string{"z.zip!fine.html"},
		},
		{
			name:    "size from an honest header",
			opts:    Options{MaxDocBytes: 1000},
			members: []member{{name: "big.html", body: strings.Repeat("b", 5000)}, {name: "ok.html", body: page}},
			want:    []string{"ERR z.zip!big.html", "z.zip!ok.html"},
			err:     ErrTooLarge,
		},
		{
			name:    "size from a lying header",
			opts:    Options{MaxDocBytes: 1000},
			members: []member{{name: "liar.html", raw: deflate(t, strings.Repeat("c", 5000)), size: 100}, {name: "ok.html", body: page}},
			want:    []string{"ERR z.zip!liar.html", "z.zip!ok.html"},
		},
		{
			name:    "zip total",
			opts:    Options{MaxZipBytes: 3000},
			members: []member{{name: "1.html", body: strings.Repeat("1", 1200)}, {name: "2.html", body: strings.Repeat("2", 1200)}, {name: "3.html", body: strings.Repeat("3", 1200)}, {name: "4.html", body: page}},
			want:    []string{"z.zip!1.html", "z.zip!2.html", "ERR z.zip!3.html"},
			err:     ErrZipBomb,
		},
		{
			name:    "zip total in a JSONL member",
			opts:    Options{MaxZipBytes: 100},
			members: []member{{name: "x.jsonl", body: strings.Repeat("{\"a\":1}\n", 20)}}, // 8 bytes a line
			want:    []string{"z.zip!x.jsonl:1", "z.zip!x.jsonl:2", "z.zip!x.jsonl:3", "z.zip!x.jsonl:4", "z.zip!x.jsonl:5", "z.zip!x.jsonl:6", "z.zip!x.jsonl:7", "z.zip!x.jsonl:8", "z.zip!x.jsonl:9", "z.zip!x.jsonl:10", "z.zip!x.jsonl:11", "z.zip!x.jsonl:12", "ERR z.zip!x.jsonl:13"},
			err:     ErrZipBomb,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-"))
			os.Mkdir(d, 0o755)
			writeZip(t, d, "z.zip", tc.members...)
			got := walk(t, tc.opts, d)
			wantNames(t, got, d, tc.want...)
			for _, e := range got.errs() {
				if tc.err != nil && !errors.Is(e, tc.err) {
					t.Errorf("error %v, want %v", e, tc.err)
				}
			}
		})
	}
}

func TestCorruptZip(t *testing.T) {
	dir := t.TempDir()
	good := makeZip(t, member{name: "a.html", body: page}, member{name: "b.html", body: "MARKER-" + page, store: true}, member{name: "c.html", body: page})
	writeFiles(t, dir, map[string]string{
		"1-garbage.zip":   "this is not a zip file at all",
		"2-truncated.zip": string(good[:len(good)-30]),
		"3-crc.zip":       strings.Replace(string(good), "MARKER-", "MARKEX-", 1),
		"4-empty.zip":     "",
	})
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "ERR 1-garbage.zip", "ERR 2-truncated.zip", "3-crc.zip!a.html", "ERR 3-crc.zip!b.html", "3-crc.zip!c.html", "ERR 4-empty.zip")
	wantErr(t, got.docs[0], zip.ErrFormat, "1-garbage.zip")
	wantErr(t, got.find(t, dir, "ERR 3-crc.zip!b.html"), zip.ErrChecksum, "3-crc.zip!b.html")
}

func TestNestedZip(t *testing.T) {
	dir := t.TempDir()
	deeper := makeZip(t, member{name: "too-deep.html", body: page})
	inner := makeZip(t, member{name: "a.html", body: page}, member{name: "img/p.png", body: "PNG"}, member{name: "deeper.zip", body: string(deeper)})
	writeZip(t, dir, "outer.zip", member{name: "x/inner.zip", body: string(inner)}, member{name: "b.html", body: page})
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "outer.zip!x/inner.zip!a.html", "ERR outer.zip!x/inner.zip!deeper.zip", "outer.zip!b.html")
	wantErr(t, got.docs[1], ErrNestedZip, "deeper.zip")
	b, err := got.docs[0].Images.Resolve(context.Background(), "img/p.png")
	if err != nil || string(b) != "PNG" {
		t.Errorf("image in a nested zip: %q, %v", b, err)
	}
	// Include sees members as paths below the zip.
	got = walk(t, Options{Include: []string{"outer.zip/b.html"}}, dir)
	wantNames(t, got, dir, "outer.zip!b.html")
	got = walk(t, Options{Include: []string{"outer.zip"}}, dir)
	if len(got.docs) != 3 {
		t.Errorf("including the zip: %q", got.names(dir))
	}
}

// Item 6 of issue 10: each image of a zip re-read the zip's whole file list
// (200,000 members, 1,000 articles with images: 95 s to PDF), and an image
// in a nested zip inflated the nested zip again. The directory is parsed
// once and shared; a nested zip is read in place when stored, and kept
// inflated when compressed.
func TestZipImagesDoNotReparse(t *testing.T) {
	dir := t.TempDir()
	members := []member{{name: "a.html", body: page}, {name: "p.jpg", body: "JPEG", store: true}}
	for i := range 20000 {
		members = append(members, member{name: fmt.Sprintf("s/%05d.css", i), store: true})
	}
	inner := makeZip(t, append([]member{{name: "big.css", body: strings.Repeat("x", 4<<20)}}, members[:2]...)...)
	writeZip(t, dir, "many.zip", members...)
	writeZip(t, dir, "nested.zip", member{name: "stored.zip", body: string(inner), store: true}, member{name: "deflated.zip", body: string(inner)})
	got := walk(t, Options{}, dir)
	wantNames(t, got, dir, "many.zip!a.html", "nested.zip!stored.zip!a.html", "nested.zip!deflated.zip!a.html")
	ctx := context.Background()
	for _, d := range got.docs {
		resolve := func() {
			if b, err := d.Images.Resolve(ctx, "p.jpg"); err != nil || string(b) != "JPEG" {
				t.Fatalf("%s: %q, %v", d.Name, b, err)
			}
		}
		resolve()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		allocs := testing.AllocsPerRun(10, resolve)
		runtime.ReadMemStats(&after)
		if perCall := (after.TotalAlloc - before.TotalAlloc) / 11; allocs > 200 || perCall > 256<<10 {
			t.Errorf("%s: %.0f allocations and %d KB per image: the zip is read again", d.Name, allocs, perCall>>10)
		}
	}
}

// Item 7: every nested zip started a fresh 2 GiB budget, and members under
// 1 MiB skipped the ratio check (2.4 MB gave 2 GiB of pages). The budget
// and the ratio are those of the file on disk, nested zips included.
func TestZipBudgetIsPerFileOnDisk(t *testing.T) {
	t.Run("nested zips share the budget", func(t *testing.T) {
		dir := t.TempDir()
		inner := func(c string) string {
			return string(makeZip(t, member{name: c + ".html", body: strings.Repeat(c, 1200)}))
		}
		writeZip(t, dir, "z.zip", member{name: "1.zip", body: inner("1")}, member{name: "2.zip", body: inner("2"), store: true}, member{name: "3.zip", body: inner("3")})
		got := walk(t, Options{MaxZipBytes: 3000}, dir)
		wantNames(t, got, dir, "z.zip!1.zip!1.html", "z.zip!2.zip!2.html", "ERR z.zip!3.zip!3.html")
		wantErr(t, got.docs[2], ErrZipBomb, "more than 3000 bytes")
	})
	t.Run("small members count towards the file's ratio", func(t *testing.T) {
		dir := t.TempDir()
		var members []member
		for i := range 300 {
			members = append(members, member{name: fmt.Sprintf("%03d.html", i), body: strings.Repeat("a", 64<<10)})
		}
		path := writeZip(t, dir, "small.zip", members...)
		fi, _ := os.Stat(path)
		got := walk(t, Options{}, dir)
		var read int64
		for _, d := range got.docs {
			read += int64(len(d.Body))
		}
		if budget := max(100*fi.Size(), fileGraceBytes); read > budget || read < budget-64<<10 {
			t.Errorf("%d KB zip gave %d KB of pages, want the budget of %d KB", fi.Size()>>10, read>>10, budget>>10)
		}
		last := got.docs[len(got.docs)-1]
		wantErr(t, last, ErrZipBomb, "more than 100 times its size; the rest of it is skipped")
	})
}
