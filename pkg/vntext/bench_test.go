package vntext

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchText is about 1 MB of the seed article's text, NFC UTF-8.
var benchText = func() string {
	one := seedTitle + "\n" + seedDate + "\n" + strings.Join(seedParagraphs, "\n") + "\n" + seedByline + "\n"
	return strings.Repeat(one, (1<<20)/len(one)+1)
}()

func benchEncoded(b *testing.B, enc Encoding) []byte {
	raw, err := Encode(benchText, enc)
	if err != nil {
		b.Fatal(err)
	}
	return raw
}

func BenchmarkClean(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Clean(benchText)
	}
}

func BenchmarkCleanNFD(b *testing.B) {
	s := norm.NFD.String(benchText)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Clean(s)
	}
}

func benchDecode(b *testing.B, raw []byte, hints Hints, want Encoding) {
	if _, enc, _ := Decode(raw, hints); enc != want {
		b.Fatalf("decoded as %s, want %s", enc, want)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		_, _, _ = Decode(raw, hints)
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	benchDecode(b, []byte(benchText), Hints{ContentType: "text/html; charset=utf-8"}, UTF8)
}

func BenchmarkDecodeUTF8Undeclared(b *testing.B) {
	benchDecode(b, []byte(benchText), Hints{}, UTF8)
}

func BenchmarkDecodeWindows1258(b *testing.B) {
	benchDecode(b, benchEncoded(b, Windows1258), Hints{ContentType: "text/html; charset=windows-1258"}, Windows1258)
}

func BenchmarkDecodeTCVN3(b *testing.B) {
	benchDecode(b, benchEncoded(b, TCVN3), Hints{Force: TCVN3}, TCVN3)
}

func BenchmarkDecodeVNI(b *testing.B) {
	benchDecode(b, benchEncoded(b, VNI), Hints{Force: VNI}, VNI)
}

// BenchmarkDetectTCVN3 includes detection: undeclared TCVN3.
func BenchmarkDetectTCVN3(b *testing.B) {
	benchDecode(b, benchEncoded(b, TCVN3), Hints{}, TCVN3)
}

func BenchmarkDecodeVIQR(b *testing.B) {
	benchDecode(b, benchEncoded(b, VIQR), Hints{Force: VIQR}, VIQR)
}

func BenchmarkFold(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Fold(benchText)
	}
}

func BenchmarkSlug(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Slug(seedTitle)
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDate("Thứ sáu, 28/7/2023, 18:26 (GMT+7)", nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseByline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if ParseByline("Đình Anh- Văn Hương (tổng hợp)").IsZero() {
			b.Fatal("no byline")
		}
	}
}
