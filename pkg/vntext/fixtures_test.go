package vntext

import (
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the fixtures in testdata/vntext")

const fixtureDir = "../../testdata/vntext"

// seedFixtures are the seed article in the four encodings a Vietnamese page
// can come in; other packages' tests read them. Only the head differs: the
// charset declaration and the font a page in that encoding would name.
var seedFixtures = []struct {
	file string
	enc  Encoding
	meta string
	font string
}{
	{"seed-utf8.html", UTF8, `<meta charset="utf-8">`, "Arial, sans-serif"},
	{"seed-windows1258.html", Windows1258, `<meta charset="windows-1258">`, "Arial, sans-serif"},
	{"seed-tcvn3.html", TCVN3, `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, ".VnTime, serif"},
	{"seed-vni.html", VNI, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, `"VNI-Times", serif`},
}

// seedPage is the fixture page in Unicode. The legacy files are this page
// encoded as a whole: markup is ASCII, which all four encodings keep.
func seedPage(meta, font string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n" + meta + "\n")
	b.WriteString("<title>" + seedTitle + "</title>\n")
	b.WriteString("<style>\nbody { font-family: " + font + "; }\n</style>\n</head>\n<body>\n<article>\n")
	b.WriteString("<h1 class=\"title\">" + seedTitle + "</h1>\n")
	b.WriteString("<p class=\"date\">" + seedDate + "</p>\n<div class=\"content\">\n")
	for _, p := range seedParagraphs {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("<p class=\"author\"><strong>" + seedByline + "</strong></p>\n</div>\n</article>\n</body>\n</html>\n")
	return b.String()
}

var (
	styleRE = regexp.MustCompile(`(?s)<style>.*?</style>`)
	tagRE   = regexp.MustCompile(`<[^>]*>`)
)

// pageText is the text a reader gets from a fixture page.
func pageText(page string) string {
	return html.UnescapeString(tagRE.ReplaceAllString(styleRE.ReplaceAllString(page, ""), ""))
}

func TestSeedFixtures(t *testing.T) {
	if *update {
		if err := os.MkdirAll(fixtureDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range seedFixtures {
			b, err := Encode(seedPage(f.meta, f.font), f.enc)
			if err != nil {
				t.Fatalf("%s: %v", f.file, err)
			}
			if err := os.WriteFile(filepath.Join(fixtureDir, f.file), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	utf8Page, err := os.ReadFile(filepath.Join(fixtureDir, seedFixtures[0].file))
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/vntext -run TestSeedFixtures -update)", err)
	}
	wantText := pageText(Clean(string(utf8Page)))
	if !strings.Contains(wantText, seedTitle) || !strings.Contains(wantText, seedByline) {
		t.Fatalf("utf-8 fixture lacks the seed text")
	}
	for _, f := range seedFixtures {
		raw, err := os.ReadFile(filepath.Join(fixtureDir, f.file))
		if err != nil {
			t.Fatal(err)
		}
		got, enc, err := Decode(raw, Hints{})
		if err != nil || enc != f.enc {
			t.Errorf("%s: decoded as %s, %v; want %s", f.file, enc, err, f.enc)
		}
		// Servers send old pages with a UTF-8 header: same result.
		if again, enc, _ := Decode(raw, Hints{ContentType: "text/html; charset=UTF-8"}); again != got || enc != f.enc {
			t.Errorf("%s with a utf-8 header: decoded as %s", f.file, enc)
		}
		if text := pageText(got); text != wantText {
			t.Errorf("%s: text differs from the utf-8 page:\n got %.200q\nwant %.200q", f.file, text, wantText)
		}
		if want := seedPage(f.meta, f.font); got != want {
			t.Errorf("%s: page differs from its source", f.file)
		}
		// The legacy pages really are legacy: no UTF-8 in them.
		if f.enc != UTF8 && strings.Contains(string(raw), "ư") {
			t.Errorf("%s holds UTF-8", f.file)
		}
	}
}
