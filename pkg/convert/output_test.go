package convert_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// failing adds a format whose writer writes a little and then fails, or
// cancels ctx as Ctrl-C does.
func failing(conv *convert.Converter, cancel context.CancelFunc) {
	conv.Formats = append(conv.Formats, news.Format{Name: "fail", Extensions: []string{".fail"},
		Writer: news.WriterFunc(func(ctx context.Context, w io.Writer, c *news.Collection) error {
			io.WriteString(w, strings.Repeat("partial ", 1000))
			if cancel != nil {
				cancel()
				return ctx.Err()
			}
			return errors.New("the writer broke")
		})})
}

// Item 10 of issue 10: a two-output digest failing, or interrupted, on its
// second output had already replaced the first (and --report), and said
// nothing was written. Outputs and report are one set now.
func TestDigestOutputsAreOneSet(t *testing.T) {
	archiveDir := makeArchive(t)
	for _, interrupt := range []bool{false, true} {
		dir := t.TempDir()
		first, second, report := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.fail"), filepath.Join(dir, "r.json")
		for _, p := range []string{first, report} {
			os.WriteFile(p, []byte("last month's"), 0o644)
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		conv := convert.New(convert.Options{})
		if interrupt {
			failing(conv, cancel)
		} else {
			failing(conv, nil)
		}
		_, err := conv.Digest(ctx, []string{archiveDir}, convert.DigestOptions{Selection: july(t), Report: report,
			Outputs: []convert.Output{{Path: first}, {Path: second}}})
		switch {
		case interrupt && !errors.Is(err, context.Canceled):
			t.Errorf("interrupted: %v", err)
		case !interrupt && (err == nil || !strings.Contains(err.Error(), "the writer broke (nothing was written)")):
			t.Errorf("failed: %v", err)
		}
		for _, p := range []string{first, report} {
			if b, _ := os.ReadFile(p); string(b) != "last month's" {
				t.Errorf("interrupt %v: %s became %.30q", interrupt, filepath.Base(p), b)
			}
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 2 {
			t.Errorf("interrupt %v: left behind %v", interrupt, entries)
		}
	}
}

// When a rename fails half-way, the error says which files were written.
func TestWriteFilesSaysWhatWasWritten(t *testing.T) {
	dir := t.TempDir()
	a, sub := filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub")
	os.MkdirAll(filepath.Join(sub, "x"), 0o755) // a file cannot replace it
	var stdout bytes.Buffer
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	err := convert.WriteFiles(context.Background(), &stdout, []convert.File{{Path: a, Write: write("a")}, {Path: sub, Write: write("b")}, {Path: "-", Write: write("c")}})
	var set *convert.SetError
	if !errors.As(err, &set) || strings.Join(set.Written, " ") != a || strings.Join(set.NotWritten, " ") != sub {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "(written: "+a+"; not written: "+sub+")") || stdout.Len() != 0 {
		t.Errorf("err = %v, stdout %q", err, stdout.String())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("left behind %v", entries)
	}
	// Standard output comes after the files are in place.
	err = convert.WriteFiles(context.Background(), &stdout, []convert.File{{Path: "-", Write: write("c")}, {Path: a, Write: write("a2")}})
	if b, _ := os.ReadFile(a); err != nil || stdout.String() != "c" || string(b) != "a2" {
		t.Errorf("stdout %q, file %q, %v", stdout.String(), b, err)
	}
}

// Item 16 of issue 10: --fetch-images had no overall deadline. The remote
// images of one document share RemoteImagesTotal; those not fetched by
// then are left out.
func TestRemoteImagesShareADeadline(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	var body []string
	for i := range 6 {
		body = append(body, fmt.Sprintf(`{"kind":"figure","image":{"src":"%s/%d.jpg","caption":"Ảnh %d"}}`, srv.URL, i, i))
	}
	doc := `{"schema":1,"title":"Ảnh từ xa","body":[` + strings.Join(body, ",") + `]}`
	var log bytes.Buffer
	conv := convert.New(convert.Options{RemoteImages: media.HTTP{AllowPrivate: true}, RemoteImagesTotal: 300 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(&log, nil))})
	start := time.Now()
	err := conv.Convert(context.Background(), news.Input{Name: "a.json", Body: strings.NewReader(doc)}, io.Discard, "", "pdf")
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v for a 300 ms budget", d)
	}
	if n := strings.Count(log.String(), "image left out"); n != 6 {
		t.Errorf("%d images left out, want 6:\n%s", n, log.String())
	}
}

// convert --each never writes over one of its inputs, however many there
// are and whether or not earlier runs left outputs: the output named like
// an input is refused, naming it, and the others are written (again).
func TestEachNeverWritesOverAnInput(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for i, title := range []string{"Alpha", "Beta", "Gamma"} {
		col := &news.Collection{Articles: []news.Article{{Title: title, Language: "en",
			Body: []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: "Some text about " + title + "."}}}}}}}
		var b bytes.Buffer
		if err := news.EncodeJSON(&b, col); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("input-%d.json", i))
		if title == "Alpha" {
			name = filepath.Join(dir, "alpha.json") // where Alpha's output goes
		}
		if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, name)
	}
	alpha, _ := os.ReadFile(inputs[0])
	conv := convert.New(convert.Options{})
	for run := 1; run <= 2; run++ {
		err := conv.ConvertFiles(context.Background(), convert.FileOptions{Inputs: inputs, Output: dir, To: "json", Each: true})
		var pe *convert.PartialError
		if !errors.As(err, &pe) || len(pe.Failures) != 1 || !strings.Contains(pe.Failures[0].Reason, "it is the input "+inputs[0]) {
			t.Fatalf("run %d: %v, want Alpha's output refused as the input %s", run, err, inputs[0])
		}
		if got, _ := os.ReadFile(inputs[0]); !bytes.Equal(got, alpha) {
			t.Fatalf("run %d: the input alpha.json was overwritten", run)
		}
		for _, out := range []string{"beta.json", "gamma.json"} {
			if b, err := os.ReadFile(filepath.Join(dir, out)); err != nil || !bytes.Contains(b, []byte("Some text about")) {
				t.Errorf("run %d: %s: %v", run, out, err)
			}
		}
	}
}
