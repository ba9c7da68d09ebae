package vntext

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// alphabetRows is the Vietnamese vowel alphabet written independently of
// the package's table: the vowel, then each tone by its combining mark, so
// that NFC builds the letter.
var alphabetBases = []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}
var alphabetTones = []string{"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"}

// vnLetters returns every precomposed Vietnamese letter: 67 lower-case
// (66 vowels that are not ASCII, plus đ) and their 67 capitals.
func vnLetters(t *testing.T) (lower, upper []string) {
	t.Helper()
	for _, b := range alphabetBases {
		for _, m := range alphabetTones {
			l := norm.NFC.String(b + m)
			if len([]rune(l)) != 1 {
				t.Fatalf("%q + %U does not compose", b, []rune(m))
			}
			if l[0] < 0x80 {
				continue
			}
			lower = append(lower, l)
		}
	}
	lower = append(lower, "đ")
	for _, l := range lower {
		upper = append(upper, strings.ToUpper(l))
	}
	if len(lower) != 67 || len(upper) != 67 {
		t.Fatalf("alphabet has %d+%d letters, want 67+67", len(lower), len(upper))
	}
	return lower, upper
}

func TestVowelTable(t *testing.T) {
	for v, base := range alphabetBases {
		for tone, m := range alphabetTones {
			want := []rune(norm.NFC.String(base + m))[0]
			if got := vowelRune(v, tone, false); got != want {
				t.Errorf("vowel %d tone %d = %q, want %q", v, tone, got, want)
			}
			if got := vowelRune(v, tone, true); got != unicode.ToUpper(want) {
				t.Errorf("upper vowel %d tone %d = %q", v, tone, got)
			}
			for _, r := range []rune{want, unicode.ToUpper(want)} {
				l, ok := vowelInfo(r)
				if !ok || l.vowel() != v || l.tone() != tone || l.upper() != unicode.IsUpper(r) {
					t.Errorf("vowelInfo(%q) = %v, %v", r, l, ok)
				}
			}
		}
	}
}

// tcvn3Chart is TCVN 5712:1993 VN3 as the standard's chart lays it out:
// per vowel, the byte for no tone, grave, hook, tilde, acute, dot.
var tcvn3Chart = [][6]byte{
	{'a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9},
	{0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6},
	{0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB},
	{'e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1},
	{0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6},
	{'i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE},
	{'o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4},
	{0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9},
	{0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE},
	{'u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4},
	{0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9},
	{'y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE},
}

func TestTCVN3EveryLetter(t *testing.T) {
	lower, upper := vnLetters(t)
	want := map[string][]byte{"đ": {0xAE}, "Đ": {0xA7}}
	for v, base := range alphabetBases {
		for tone, m := range alphabetTones {
			want[norm.NFC.String(base+m)] = []byte{tcvn3Chart[v][tone]}
		}
	}
	for i, c := range []string{"Ă", "Â", "Ê", "Ô", "Ơ", "Ư"} {
		want[c] = []byte{0xA1 + byte(i)}
	}
	for _, l := range lower {
		checkEncoding(t, TCVN3, l, want[l])
	}
	for _, u := range upper {
		// Toned capitals are not in VN3: a VN1 byte or base + tone byte.
		checkEncoding(t, TCVN3, u, want[u])
		// In the capital fonts every capital is its lower-case byte.
		checkEncoding(t, TCVN3Upper, u, want[strings.ToLower(u)])
	}
}

func TestVNIEveryLetter(t *testing.T) {
	// The VNI Windows chart in Latin-1 characters, per vowel: no tone,
	// grave, hook, tilde, acute, dot.
	chart := [][6]string{
		{"a", "aø", "aû", "aõ", "aù", "aï"},
		{"aê", "aè", "aú", "aü", "aé", "aë"},
		{"aâ", "aà", "aå", "aã", "aá", "aä"},
		{"e", "eø", "eû", "eõ", "eù", "eï"},
		{"eâ", "eà", "eå", "eã", "eá", "eä"},
		{"i", "ì", "æ", "ó", "í", "ò"},
		{"o", "oø", "oû", "oõ", "où", "oï"},
		{"oâ", "oà", "oå", "oã", "oá", "oä"},
		{"ô", "ôø", "ôû", "ôõ", "ôù", "ôï"},
		{"u", "uø", "uû", "uõ", "uù", "uï"},
		{"ö", "öø", "öû", "öõ", "öù", "öï"},
		{"y", "yø", "yû", "yõ", "yù", "î"},
	}
	want := map[string][]byte{"đ": latin1(t, "ñ"), "Đ": latin1(t, "Ñ")}
	for v, base := range alphabetBases {
		for tone, m := range alphabetTones {
			l := norm.NFC.String(base + m)
			want[l] = latin1(t, chart[v][tone])
			want[strings.ToUpper(l)] = latin1(t, strings.ToUpper(chart[v][tone]))
		}
	}
	lower, upper := vnLetters(t)
	for _, l := range append(lower, upper...) {
		checkEncoding(t, VNI, l, want[l])
	}
}

func TestWindows1258EveryLetter(t *testing.T) {
	precomposed := "àáèéíóùúÀÁÈÉÍÓÙÚ"
	baseByte := map[string]byte{"ă": 0xE3, "â": 0xE2, "ê": 0xEA, "ô": 0xF4, "ơ": 0xF5, "ư": 0xFD,
		"Ă": 0xC3, "Â": 0xC2, "Ê": 0xCA, "Ô": 0xD4, "Ơ": 0xD5, "Ư": 0xDD}
	toneByte := []byte{0, 0xCC, 0xD2, 0xDE, 0xEC, 0xF2}
	want := map[string][]byte{"đ": {0xF0}, "Đ": {0xD0}}
	for _, base := range alphabetBases {
		for tone, m := range alphabetTones {
			for _, b := range []string{base, strings.ToUpper(base)} {
				l := norm.NFC.String(b + m)
				var w []byte
				switch {
				case strings.Contains(precomposed, l):
					w = []byte{byte([]rune(l)[0])}
				case baseByte[b] != 0:
					w = []byte{baseByte[b]}
				default:
					w = []byte(b)
				}
				if tone != toneNone && !strings.Contains(precomposed, l) {
					w = append(w, toneByte[tone])
				}
				want[l] = w
			}
		}
	}
	lower, upper := vnLetters(t)
	for _, l := range append(lower, upper...) {
		checkEncoding(t, Windows1258, l, want[l])
	}
	// The example of VIETNAMESE-WEB.md.
	checkEncoding(t, Windows1258, "Tiếng Việt", []byte{0x54, 0x69, 0xEA, 0xEC, 0x6E, 0x67, 0x20, 0x56, 0x69, 0xEA, 0xF2, 0x74})
}

func TestVIQREveryLetter(t *testing.T) {
	mods := map[string]string{"ă": "a(", "â": "a^", "ê": "e^", "ô": "o^", "ơ": "o+", "ư": "u+"}
	tones := []string{"", "`", "?", "~", "'", "."}
	want := map[string][]byte{"đ": []byte("dd"), "Đ": []byte("DD")}
	for _, base := range alphabetBases {
		for tone, m := range alphabetTones {
			l := norm.NFC.String(base + m)
			w := base
			if x, ok := mods[base]; ok {
				w = x
			}
			want[l] = []byte(w + tones[tone])
			want[strings.ToUpper(l)] = []byte(strings.ToUpper(w[:1]) + w[1:] + tones[tone])
		}
	}
	lower, upper := vnLetters(t)
	for _, l := range append(lower, upper...) {
		checkEncoding(t, VIQR, l, want[l])
	}
}

// checkEncoding checks that letter encodes to want (when want is given)
// and decodes back, alone and inside a word.
func checkEncoding(t *testing.T, enc Encoding, letter string, want []byte) {
	t.Helper()
	got, err := Encode(letter, enc)
	if err != nil {
		t.Errorf("Encode(%q, %s): %v", letter, enc, err)
		return
	}
	if want != nil && !bytes.Equal(got, want) {
		t.Errorf("Encode(%q, %s) = % X, want % X", letter, enc, got, want)
	}
	back, _, err := Decode(got, Hints{Force: enc})
	if err != nil || back != letter {
		t.Errorf("Decode(% X, %s) = %q, %v; want %q", got, enc, back, err, letter)
	}
	word := "Kh" + letter + "ng"
	if letter == "đ" || letter == "Đ" {
		word = letter + "ang" // đ only starts words
	}
	if enc == TCVN3Upper {
		word = strings.ToUpper(word)
	}
	b, err := Encode(word, enc)
	if err != nil {
		t.Errorf("Encode(%q, %s): %v", word, enc, err)
		return
	}
	if back, _, _ := Decode(b, Hints{Force: enc}); back != word {
		t.Errorf("round trip of %q through %s = %q", word, enc, back)
	}
}

func latin1(t *testing.T, s string) []byte {
	t.Helper()
	var b []byte
	for _, r := range s {
		if r > 0xFF {
			t.Fatalf("%q is not Latin-1", s)
		}
		b = append(b, byte(r))
	}
	return b
}

// Mojibake as Vietnamese readers know it, from pages shown in the wrong
// font: the decoder must turn it back.
func TestKnownMojibake(t *testing.T) {
	tests := []struct {
		enc         Encoding
		latin, want string
	}{
		{TCVN3, "ViÖt Nam", "Việt Nam"},
		{TCVN3, "Hµ Néi", "Hà Nội"},
		{TCVN3, "Tr\u00adêng §¹i häc", "Trường Đại học"},
		{TCVN3, "®\u00adîc", "được"},
		{TCVN3, "Thñ t\u00adíng ChÝnh phñ", "Thủ tướng Chính phủ"},
		{TCVN3Upper, "céng hßa x· héi chñ nghÜa viÖt nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{VNI, "Vieät Nam", "Việt Nam"},
		{VNI, "Ñaø Naüng", "Đà Nẵng"},
		{VNI, "ñöôïc", "được"},
		{VNI, "Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"},
		{VNI, "quyeát ñònh cuûa ngöôøi", "quyết định của người"},
		{VNI, "TRÖÔØNG ÑAÏI HOÏC", "TRƯỜNG ĐẠI HỌC"},
		{Windows1258, "Tiêìng Viêòt", "Tiếng Việt"},
		{Windows1258, "Ðà NãÞng", "Đà Nẵng"},
	}
	for _, tt := range tests {
		got, err := Convert(tt.latin, tt.enc)
		if err != nil || got != tt.want {
			t.Errorf("Convert(%q, %s) = %q, %v; want %q", tt.latin, tt.enc, got, err, tt.want)
		}
		if tt.enc == TCVN3Upper {
			continue
		}
		if got, enc := Repair(tt.latin); got != tt.want || enc != tt.enc {
			t.Errorf("Repair(%q) = %q, %s; want %q, %s", tt.latin, got, enc, tt.want, tt.enc)
		}
	}
}

func TestVIQR(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vie^.t Nam", "Việt Nam"},
		{"Ha` No^.i", "Hà Nội"},
		{"ddu+o+.c ngu+o+`i", "được người"},
		{"DDa` Na(~ng", "Đà Nẵng"},
		{"Ta^.p ddoa`n Ba?o Vie^.t", "Tập đoàn Bảo Việt"},
		// Sentence punctuation after a vowel.
		{"To^i o+? Ha` No^.i. Co`n ba.n?", "Tôi ở Hà Nội. Còn bạn?"},
		{"Ba.n kho?e kho^ng?", "Bạn khỏe không?"},
		{"Ba.n khoe? kho^ng?", "Bạn khoẻ không?"},
		{"Va^ng a..", "Vâng ạ."},
		{"Anh ddi..., ro^`i ve^`.", "Anh đi..., rồi về."},
		{"chi. a^'y ddi ro^`i", "chị ấy đi rồi"},
		// RFC 1456 escapes.
		{`Ha` + "`" + ` No^.i\.`, "Hà Nội."},
		{`Ca'i gi` + "`" + `\?`, "Cái gì?"},
		{`a\\b`, `a\b`},
		// Only one tone per word; marks that fit no vowel stay.
		{"a'a'", "áa'"},
		{"e(", "e("},
		{"x^2", "x^2"},
	}
	for _, tt := range tests {
		if got, _, _ := Decode([]byte(tt.in), Hints{Force: VIQR}); got != tt.want {
			t.Errorf("VIQR %q = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Markup is left alone in HTML.
	page := `<p class='a' title="a.b">Vie^.t Nam</p>`
	if got, _, _ := Decode([]byte(page), Hints{Force: VIQR}); got != `<p class='a' title="a.b">Việt Nam</p>` {
		t.Errorf("VIQR html = %q", got)
	}
	// Encoding escapes what would otherwise be read as marks.
	for _, s := range []string{"Hà Nội.", "Cái gì?", "Ông ấy nói: 'Vâng'.", `C:\path\file.txt`, "ddos dd", "e.g. a+b (a) u^2"} {
		b, err := Encode(s, VIQR)
		if err != nil {
			t.Fatal(err)
		}
		if got, _, _ := Decode(b, Hints{Force: VIQR}); got != s {
			t.Errorf("VIQR round trip %q → %q → %q", s, b, got)
		}
	}
}

func TestVIQRNotDetected(t *testing.T) {
	// Ordinary English, URLs, code and prices stay as they are.
	for _, s := range []string{
		"What? It costs 5.000 dong, open 9 a.m. to 5 p.m. Don't go.",
		"See https://example.com/a?b=c&d=e#f and mail me at a.b@c.d",
		"for (i = 0; i < n; i++) { a[i] = b^c + d; } // C++ code",
		"Vie^.t Nam", // too little to be sure: needs Force
		"The e^x function and a^2 + b^2 = c^2 in a short note.",
	} {
		got, enc, _ := Decode([]byte(s), Hints{})
		if got != s || enc == VIQR {
			t.Errorf("Decode(%q) = %q, %s", s, got, enc)
		}
	}
	// A paragraph of VIQR is unmistakable.
	s := "Tho^ng ta^'n xa~ Vie^.t Nam ddu+a tin ve^` ho^.i nghi. cu?a Ban Bi' thu+ Trung u+o+ng o+? Ha` No^.i."
	got, enc, _ := Decode([]byte(s), Hints{})
	if enc != VIQR || got != "Thông tấn xã Việt Nam đưa tin về hội nghị của Ban Bí thư Trung ương ở Hà Nội." {
		t.Errorf("Decode(VIQR paragraph) = %q, %s", got, enc)
	}
}

func TestEncodeErrors(t *testing.T) {
	for _, tt := range []struct {
		s   string
		enc Encoding
	}{
		{"日本", TCVN3}, {"ç", VNI}, {"日本", Windows1258}, {"ệ", Windows1252}, {"x", "klingon"},
	} {
		if _, err := Encode(tt.s, tt.enc); err == nil {
			t.Errorf("Encode(%q, %s) succeeded", tt.s, tt.enc)
		}
	}
}
