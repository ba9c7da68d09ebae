package vntext

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A paragraph long enough for detection without font names.
const vnPara = "Trong 6 tháng đầu năm 2023, các Tỉnh ủy, Thành ủy tập trung lãnh đạo, chỉ đạo tốt việc học tập, quán triệt, triển khai thực hiện các nghị quyết, văn bản của Trung ương."

func mustEncode(t *testing.T, s string, enc Encoding) []byte {
	t.Helper()
	b, err := Encode(s, enc)
	if err != nil {
		t.Fatalf("Encode(%q, %s): %v", s, enc, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	cat := func(parts ...[]byte) []byte {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		return b
	}
	bs := func(s string) []byte { return []byte(s) }
	page := func(head string, body []byte) []byte {
		return cat(bs("<html><head>"+head+"</head><body><p>"), body, bs("</p></body></html>"))
	}
	wrap := func(head, body string) string {
		return "<html><head>" + head + "</head><body><p>" + body + "</p></body></html>"
	}
	tcvnFont := `<style>p{font-family:".VnTime"}</style>`
	vniFont := `<font face="VNI-Times">`
	tests := []struct {
		name  string
		raw   []byte
		ct    string
		want  string
		enc   Encoding
		force Encoding
	}{
		{"utf-8 bom", cat(bs("\xEF\xBB\xBF"), bs("Tiếng Việt")), "", "Tiếng Việt", UTF8, ""},
		{"utf-16le bom", cat(bs("\xFF\xFE"), mustEncode(t, "Tiếng Việt", UTF16LE)), "", "Tiếng Việt", UTF16LE, ""},
		{"utf-16be bom", cat(bs("\xFE\xFF"), mustEncode(t, "Tiếng Việt", UTF16BE)), "", "Tiếng Việt", UTF16BE, ""},
		{"bom beats header", cat(bs("\xEF\xBB\xBF"), bs("Việt")), "text/html; charset=windows-1258", "Việt", UTF8, ""},
		{"header", mustEncode(t, "Tiếng Việt", Windows1258), "text/html; charset=windows-1258", "Tiếng Việt", Windows1258, ""},
		{"header quoted", bs("Tiếng Việt"), `text/html; charset="UTF-8"`, "Tiếng Việt", UTF8, ""},
		{"header beats meta", page(`<meta charset="utf-8">`, mustEncode(t, "Việt", Windows1258)), "text/html;charset=windows-1258",
			wrap(`<meta charset="utf-8">`, "Việt"), Windows1258, ""},
		{"meta charset", page(`<meta charset="windows-1258">`, mustEncode(t, vnPara, Windows1258)), "",
			wrap(`<meta charset="windows-1258">`, vnPara), Windows1258, ""},
		{"meta http-equiv", page(`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1258">`, mustEncode(t, "Việt", Windows1258)), "",
			wrap(`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1258">`, "Việt"), Windows1258, ""},
		{"meta in comment ignored", page(`<!-- <meta charset="windows-1258"> --><meta charset=utf-8>`, bs("Việt")), "",
			wrap(`<!-- <meta charset="windows-1258"> --><meta charset=utf-8>`, "Việt"), UTF8, ""},
		{"xml declaration", cat(bs(`<?xml version="1.0" encoding="windows-1258"?><p>`), mustEncode(t, "Việt", Windows1258)), "",
			`<?xml version="1.0" encoding="windows-1258"?><p>Việt`, Windows1258, ""},
		{"meta utf-16 means utf-8", page(`<meta charset="utf-16">`, bs("Việt")), "", wrap(`<meta charset="utf-16">`, "Việt"), UTF8, ""},
		{"tcvn3 declared latin-1 with font", page(`<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">`+tcvnFont, mustEncode(t, "Hà Nội", TCVN3)), "",
			wrap(`<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">`+tcvnFont, "Hà Nội"), TCVN3, ""},
		{"tcvn3 undeclared", mustEncode(t, vnPara, TCVN3), "", vnPara, TCVN3, ""},
		{"tcvn3 behind a utf-8 header", mustEncode(t, vnPara, TCVN3), "text/html; charset=utf-8", vnPara, TCVN3, ""},
		{"vni with font", page(vniFont, mustEncode(t, "Việt Nam", VNI)), "text/html; charset=iso-8859-1",
			wrap(vniFont, "Việt Nam"), VNI, ""},
		{"vni undeclared", mustEncode(t, vnPara, VNI), "", vnPara, VNI, ""},
		{"windows-1258 undeclared", mustEncode(t, vnPara, Windows1258), "", vnPara, Windows1258, ""},
		{"windows-1258 declared latin-1", mustEncode(t, vnPara, Windows1258), "text/html; charset=ISO-8859-1", vnPara, Windows1258, ""},
		{"french stays latin-1", mustEncode(t, "Café crème à la française, très élégant, déjà vu où ça.", Windows1252), "text/html; charset=iso-8859-1",
			"Café crème à la française, très élégant, déjà vu où ça.", Windows1252, ""},
		{"latin-1 header on utf-8 bytes", bs(vnPara), "text/html; charset=iso-8859-1", vnPara, UTF8, ""},
		{"windows-1258 meta on utf-8 bytes", page(`<meta charset="windows-1258">`, bs(vnPara)), "", wrap(`<meta charset="windows-1258">`, vnPara), UTF8, ""},
		{"utf-8 with one bad byte", cat(bs(vnPara), bs("\xFF")), "", vnPara + "\uFFFD", UTF8, ""},
		{"ascii", bs("Hello, world"), "", "Hello, world", UTF8, ""},
		{"shift_jis", mustEncode(t, "日本語", "shift_jis"), "text/plain; charset=Shift_JIS", "日本語", "shift_jis", ""},
		{"nfd to nfc", bs(norm.NFD.String(vnPara)), "", vnPara, UTF8, ""},
		{"unikey composite", bs("Tô\u0309 hơ\u0323p ngươ\u0300i"), "", "Tổ hợp người", UTF8, ""},
		{"invisibles", bs("\u200BViệt\u00AD Nam\u2060\uFEFF"), "", "Việt Nam", UTF8, ""},
		{"force viqr", bs("Vie^.t"), "", "Việt", VIQR, VIQR},
		{"force tcvn3 upper", latin1(t, "viÖt nam"), "", "VIỆT NAM", TCVN3Upper, "TCVN3-upper"},
	}
	for _, tt := range tests {
		got, enc, err := Decode(tt.raw, Hints{ContentType: tt.ct, Force: tt.force})
		if err != nil || got != tt.want || enc != tt.enc {
			t.Errorf("%s: Decode = %q, %s, %v; want %q, %s", tt.name, got, enc, err, tt.want, tt.enc)
		}
	}
	if _, _, err := Decode([]byte("x"), Hints{Force: "ebcdic-vn"}); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("unknown Force: err = %v", err)
	}
}

func TestLookupEncoding(t *testing.T) {
	for label, want := range map[string]Encoding{
		"UTF-8": UTF8, "utf8": UTF8, "latin1": Windows1252, "ISO-8859-1": Windows1252, "us-ascii": Windows1252,
		"windows-1258": Windows1258, "x-viet-tcvn": TCVN3, "TCVN3": TCVN3, "VNI": VNI, "viqr": VIQR,
		" 'utf-16' ": UTF16LE, "tcvn3-upper": TCVN3Upper,
	} {
		if got, err := LookupEncoding(label); err != nil || got != want {
			t.Errorf("LookupEncoding(%q) = %q, %v; want %q", label, got, err, want)
		}
	}
	if _, err := LookupEncoding("bogus"); err == nil {
		t.Error("LookupEncoding(bogus) succeeded")
	}
	if UTF8.String() != "utf-8" {
		t.Error("String")
	}
}

func TestRepairLeavesGoodText(t *testing.T) {
	for _, s := range []string{
		"Bà và má", "Café crème à la française", "Tiếng Việt", "Hello", "", "naïve façade",
		"Tổng vốn đầu tư toàn xã hội đạt 6.378 tỷ đồng.",
	} {
		if got, enc := Repair(s); got != s || enc != "" {
			t.Errorf("Repair(%q) = %q, %q", s, got, enc)
		}
	}
	if _, err := Convert("Việt", TCVN3); err == nil {
		t.Error("Convert of real Unicode succeeded")
	}
}

func TestFontEncoding(t *testing.T) {
	for in, want := range map[string]Encoding{
		".VnTime":                       TCVN3,
		`".VnTimeH", serif`:             TCVN3Upper,
		"Arial, .VnArial, sans-serif":   TCVN3,
		".vnarial narrowh":              TCVN3Upper,
		"'VNI-Times'":                   VNI,
		"VNI-Helve !important":          VNI,
		"Times New Roman, serif":        "",
		"":                              "",
		"vnexpress":                     "",
		".VnTime;":                      TCVN3,
		"\".VnCourier New\", monospace": TCVN3,
	} {
		if got := FontEncoding(in); got != want {
			t.Errorf("FontEncoding(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFontHints(t *testing.T) {
	for in, want := range map[string][2]bool{
		`<font face=".VnTime">`:                       {true, false},
		`font-family: VNI-Times`:                      {false, true},
		`<a href="http://baohagiang.vn/a">`:           {false, false},
		`www.vnexpress.net and vni-times`:             {false, true},
		`.VnArialH .vni-x`:                            {true, false},
		`<span style="font-family:.VnTimeH">x</span>`: {true, false},
	} {
		a, b := fontHints([]byte(in))
		if [2]bool{a, b} != want {
			t.Errorf("fontHints(%q) = %v, %v", in, a, b)
		}
	}
}

func TestCharsetParam(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=UTF-8":          "UTF-8",
		"text/html;charset='windows-1258'":  "windows-1258",
		`text/html; CHARSET = "iso-8859-1"`: "iso-8859-1",
		"text/html":                         "",
		"charset=":                          "",
		"text/html; charset=utf-8; foo=bar": "utf-8",
	} {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain ascii", "plain ascii"},
		{"Tiếng Việt", "Tiếng Việt"},
		{norm.NFD.String("Tiếng Việt"), "Tiếng Việt"},
		{"\uFEFFBOM", "BOM"},
		{"zero\u200Bwidth\u200C\u200D\u2060", "zerowidth"},
		{"soft\u00ADhyphen", "softhyphen"},
		{"bad\xFFbyte", "bad\uFFFDbyte"},
		{"e\u0301 and \u212B", "é and Å"},
		{"— “quoted” … 5°C ₫", "— “quoted” … 5°C ₫"},
		{"日本語 한국어 Ελληνικά", "日本語 한국어 Ελληνικά"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	s := strings.Repeat(vnPara, 10)
	if n := testing.AllocsPerRun(10, func() { _ = Clean(s) }); n != 0 {
		t.Errorf("Clean of clean text allocates %v times", n)
	}
}

// TestFastRangesAreStable checks the premise of Clean's fast path: every
// rune it accepts without asking the normaliser is NFC-stable alone and
// next to any other such rune (canonical class 0, never combines with what
// precedes it).
func TestFastRangesAreStable(t *testing.T) {
	for r := rune(0x80); r < 0x3000; r++ {
		if !nfcSafe(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("nfcSafe(%U) but not stable", r)
		}
	}
}

func TestDecodeOutputIsClean(t *testing.T) {
	for _, enc := range []Encoding{TCVN3, TCVN3Upper, VNI, Windows1258, Windows1252, VIQR} {
		var raw []byte
		for b := 0; b < 256; b++ {
			raw = append(raw, 'a', byte(b), byte(b), ' ')
		}
		s, _, _ := Decode(raw, Hints{Force: enc})
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
			t.Errorf("%s: output not valid NFC", enc)
		}
	}
}

// TestComposeVietnamese checks Clean's fast composer against the
// normaliser on every vowel with every pair of Vietnamese marks in every
// order.
func TestComposeVietnamese(t *testing.T) {
	marks := []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B"}
	bases := append([]string{}, alphabetBases...)
	for _, b := range alphabetBases {
		bases = append(bases, strings.ToUpper(b))
	}
	bases = append(bases, "x", "đ", "1", " ")
	for _, b := range bases {
		for _, m1 := range marks {
			for _, m2 := range marks {
				for _, m3 := range []string{"", "\u0301", "\u0323"} {
					in := b + m1 + m2 + m3 + "n"
					if got, want := Clean(in), norm.NFC.String(in); got != want {
						t.Errorf("Clean(%+q) = %+q, want %+q", in, got, want)
					}
				}
			}
		}
	}
}

// DecodeBytes gives clean UTF-8 back as it is, and decodes anything else
// as Decode does.
func TestDecodeBytes(t *testing.T) {
	clean := []byte(`<meta charset="utf-8"><p>Tiếng Việt</p>`)
	got, enc, err := DecodeBytes(clean, Hints{})
	if err != nil || enc != UTF8 || &got[0] != &clean[0] {
		t.Errorf("clean UTF-8: %q %s %v (copied: %v)", got, enc, err, len(got) > 0 && &got[0] != &clean[0])
	}
	for _, raw := range [][]byte{
		[]byte("\xef\xbb\xbf<p>Tie\xcc\x82\xcc\x81ng Vi\xe1\xbb\x87t</p>"), // BOM and composite letters
		{0x3c, 0x70, 0x3e, 0x54, 0x69, 0xea, 0xec, 0x6e, 0x67},             // windows-1258
		[]byte("<p>a\u200bb\xff</p>"),
	} {
		want, wenc, _ := Decode(raw, Hints{})
		got, genc, err := DecodeBytes(raw, Hints{})
		if err != nil || string(got) != want || genc != wenc {
			t.Errorf("%q: %q %s, want %q %s", raw, got, genc, want, wenc)
		}
	}
}
