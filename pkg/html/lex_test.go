package html

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// tokenizerTokens lists the tokens of page as build would read them from
// x/net/html's Tokenizer: text, tags with their names and attributes
// (the first of each name), comments and doctypes left out, raw text
// after <noscript> not raw.
func tokenizerTokens(page []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(bytes.Clone(page)))
	var out []string
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return out
		case html.TextToken:
			out = append(out, "text "+string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, more := z.TagName()
			t := fmt.Sprintf("%v <%s", tt, name)
			for more && tt != html.EndTagToken {
				var k, v []byte
				k, v, more = z.TagAttr()
				t += fmt.Sprintf(" %s=%q", k, v)
			}
			out = append(out, t+">")
			if tt == html.StartTagToken && string(name) == "noscript" {
				z.NextIsNotRawText()
			}
		}
	}
}

// lexerTokens lists the tokens of page as the lexer gives them.
func lexerTokens(page []byte) []string {
	l := newLexer(bytes.Clone(page))
	var out []string
	for {
		switch tt := l.next(); tt {
		case html.ErrorToken:
			return out
		case html.TextToken:
			out = append(out, "text "+l.str(l.text()))
		default:
			name := strings.ReplaceAll(string(lowerASCII(l.bytes(l.data), nil)), "\x00", "\uFFFD")
			t := fmt.Sprintf("%v <%s", tt, name)
			for k, a := range l.attrs {
				if !l.repeated(k) {
					key := strings.ReplaceAll(string(lowerASCII(l.bytes(a.key), nil)), "\x00", "\uFFFD")
					t += fmt.Sprintf(" %s=%q", key, l.value(a.val))
				}
			}
			out = append(out, t+">")
			if tt == html.StartTagToken && name == "noscript" {
				l.nextIsNotRawText()
			}
		}
	}
}

func checkLexer(t *testing.T, name string, page []byte) {
	t.Helper()
	want, got := tokenizerTokens(page), lexerTokens(page)
	for i := range max(len(want), len(got)) {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Fatalf("%s: token %d:\n lexer     %.300q\n tokenizer %.300q", name, i, g, w)
		}
	}
}

// The lexer gives build the tokens x/net/html's Tokenizer gives, on every
// page of the test data and on the heavy pages.
func TestLexerMatchesTokenizer(t *testing.T) {
	var paths []string
	for _, pat := range []string{"../../testdata/html/*/page.html", "../../testdata/archive/pages/*/*/*.html", "../../testdata/vntext/*.html"} {
		m, _ := filepath.Glob(pat)
		paths = append(paths, m...)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkLexer(t, p, data)
	}
	pages, cases := heavyPages(t)
	for i, p := range pages {
		checkLexer(t, cases[i].Name+" (heavy)", p)
	}
}

var lexerSeeds = []string{
	`<p class=a id="b" data-x='c'>t &amp; u &notit; &copy</p>`,
	`<a href="?a=1&copy=2&sect&section=3&notit;&amp=4&#169;&#x26;&">x</a>`,
	`<img src=a.jpg/><br/><p a=/><p a="/"/><x a b/ c>`,
	`<!-- c --><!--><!---><!----><!-- a --!> b <!-- -- > --><!DOCTYPE html><!x><?php ?></ x></>`,
	`<script>a<b</script ><script><!-- <script> </script> --></script>x</script>`,
	`<script><!--<SCRIPT></SCRIPT x>--></script><style>p<q</style/><title>a &amp; <b></title>`,
	`<textarea>&lt;b&gt;</textarea><xmp><b></xmp><iframe><p></iframe ><noscript><img src=n.jpg></noscript>`,
	`<plaintext><p>all of it</p>`,
	"<p\x00q a\x00=\"v\x00\r\nw\">x\r\ny\rz\x00</p\x00q>",
	`<div class="a" CLASS="b" Class=c id=d ID=e>`,
	`<a ==x =y z= w =>`,
	`text <div class="unclosed`,
	`</`,
	`<`,
	`<!`,
	`<!-`,
	`<a`,
	`<script>`,
	`<script><!--`,
	`<script><!--<script`,
	`<title>x</tit`,
}

func FuzzLexer(f *testing.F) {
	for _, s := range lexerSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		checkLexer(t, "input", page)
	})
}

// A tag of many distinct attributes, or of them all given twice, costs
// time in proportion to its size: finding the first of each name went
// through every earlier one (100,000 attributes in a meta tag took
// Published about 8 s).
func TestManyAttributes(t *testing.T) {
	var b strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&b, "a%d ", i)
	}
	names := b.String()
	page := []byte("<html><head><meta " + names + "/></head><body><p " + names + names + "/>Nội dung.</p></body></html>")
	r := New(Options{})
	start := time.Now()
	r.Published(page)
	r.readPage(page, "", "")
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("a page of 200,000 attribute names took %v to read", d)
	}
}
