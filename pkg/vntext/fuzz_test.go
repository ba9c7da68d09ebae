package vntext

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var fuzzForce = []Encoding{"", UTF8, Windows1258, Windows1252, TCVN3, TCVN3Upper, VNI, VIQR, UTF16LE, "shift_jis"}

func checkCleanOutput(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s: invalid UTF-8 %q", what, s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("%s: not NFC %q", what, s)
	}
	for _, r := range s {
		if isInvisible(r) {
			t.Fatalf("%s: invisible %U in %q", what, r, s)
		}
	}
}

func FuzzDecode(f *testing.F) {
	add := func(b []byte, ct string) {
		for i := range fuzzForce {
			f.Add(b, ct, uint8(i))
		}
	}
	add([]byte(vnPara), "")
	add([]byte("\xEF\xBB\xBFTiếng Việt"), "")
	add([]byte("\xFF\xFE\x54\x00"), "")
	add([]byte(`<meta charset="windows-1258"><p>Ti`+"\xEA\xEC"+`ng</p>`), "")
	add([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p style="font-family:.VnTime">Hµ Néi</p>`), "")
	add([]byte(`<font face="VNI-Times">Vie`+"\xE4"+`t Nam</font>`), "text/html; charset=windows-1252")
	add([]byte("Vie^.t Nam ddu+o+.c ngu+o+`i Ha` No^.i\\. a.. b?"), "")
	add([]byte("<!-- <meta charset=x"), "charset=")
	add([]byte("a\xB0\xB1\xB2 \xB0 \xCC\xEC\xF2"), "text/plain; charset=utf-8")
	add([]byte("e\u0301\u200B\uFEFF\u00AD"), "")
	for _, enc := range []Encoding{TCVN3, VNI, Windows1258} {
		b, _ := Encode(seedTitle, enc)
		add(b, "")
	}
	f.Fuzz(func(t *testing.T, raw []byte, ct string, force uint8) {
		// Clean, with its fast paths, is the plain definition.
		ref := norm.NFC.String(strings.Map(func(r rune) rune {
			if isInvisible(r) {
				return -1
			}
			return r
		}, strings.ToValidUTF8(string(raw), "\uFFFD")))
		if got := Clean(string(raw)); got != ref {
			t.Fatalf("Clean(%+q) = %+q, want %+q", raw, got, ref)
		}
		hints := Hints{ContentType: ct, Force: fuzzForce[int(force)%len(fuzzForce)]}
		s, enc, err := Decode(raw, hints)
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if enc == "" {
			t.Fatal("no encoding reported")
		}
		checkCleanOutput(t, "Decode", s)
		if b, benc, err := DecodeBytes(raw, hints); err != nil || string(b) != s || benc != enc {
			t.Fatalf("DecodeBytes: %q %s %v, Decode: %q %s", b, benc, err, s, enc)
		}
		if Clean(s) != s {
			t.Fatalf("Clean changes Decode's output %q", s)
		}
		// What the legacy encoders accept comes back unchanged.
		for _, e := range []Encoding{TCVN3, VNI, Windows1258} {
			b, err := Encode(s, e)
			if err != nil {
				continue
			}
			if back, _, _ := Decode(b, Hints{Force: e}); back != s {
				t.Fatalf("%s round trip: %q → % X → %q", e, s, b, back)
			}
		}
		if r, _ := Repair(s); !utf8.ValidString(r) || !norm.NFC.IsNormalString(r) {
			t.Fatalf("Repair output not clean: %q", r)
		}
		checkCleanOutput(t, "Fold", Clean(Fold(s)))
		if slug := Slug(s); slug == "" || strings.Contains(slug, "..") || strings.ContainsAny(slug, "/\\") || len(slug) > DefaultSlugLen {
			t.Fatalf("bad slug %q", slug)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"18:26, 28/07/2023", "Thứ sáu, 28/7/2023, 18:26 (GMT+7)", "28/07/2023 18:26 GMT+7",
		"12/09/2024 14:30 (GMT+07:00)", "Thứ Sáu, 28/07/2023 - 18:26", "28-07-2023 - 06:26 PM",
		"Ngày 28 tháng 7 năm 2023", "Tên - 12/09/2024 14:30", "28/07/2023", "2024-09-12",
		"2024-09-12 14:30", "2023-07-28T18:26:00.000 +07:00", "2024-09-12T14:30:05Z",
		"Fri, 28 Jul 2023 18:26:00 +0700", "Thứ bảy, 28/07/2023", "31/02/2023", "(GMT+", "2024-09-12T",
		"Cập nhật lúc 18:26, 28/07/2023", "T7 CN thứ ", "ngày 1 tháng", "28/07/2023 12:00 AM UTC-14:00",
		"9999-12-31T23:59:59.999999999-14:00", "0001-01-01T00:00:00+14:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDateInfo(s, nil)
		if err != nil {
			var de *DateError
			if !errors.As(err, &de) || de.Input != s || !utf8.ValidString(err.Error()) {
				t.Fatalf("bad error %v", err)
			}
			if !errors.Is(err, ErrNoDate) && !errors.Is(err, ErrInvalidDate) && !errors.Is(err, ErrWeekdayMismatch) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
		} else {
			if d.Time.Location() != Location() {
				t.Fatalf("ParseDate(%q) = %v", s, d.Time)
			}
			// The date printed the Vietnamese way parses back to it.
			if !d.HasOffset && d.Time.Nanosecond() == 0 && d.Time.Year() >= 1000 {
				out := d.Time.Format("02/01/2006 15:04:05")
				back, err := ParseDate(out, nil)
				if err != nil || !back.Equal(d.Time) {
					t.Fatalf("%q → %q → %v, %v", s, out, back, err)
				}
			}
		}
		if got, ok := FindDateInfo(s, time.UTC); ok && got.Time.Location() != time.UTC {
			t.Fatalf("FindDate location %v", got.Time.Location())
		}
	})
}

func FuzzParseByline(f *testing.F) {
	for _, s := range []string{
		"Đình Anh- Văn Hương", "ĐÌNH ANH - VĂN HƯƠNG", "Minh Anh (tổng hợp)", "Hồng Nhung (theo Reuters)",
		"Theo VnExpress", "Nguồn: Báo Hà Giang", "Bài và ảnh: Hoàng Hà", "By John Smith and Jane Doe",
		"Đây là bài viết của Minh Anh.", "PV", "Nhóm PV: A, B", "T.T.", "H.A", "Bài: A - Ảnh: B; Đồ họa: C",
		"(Theo (x))", "Minh Anh ()", ":", "-", "Theo", "Nguồn:", "(TTXVN)", "Hồng Nhung/TTXVN",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, title bool) {
		var opts []BylineOption
		if title {
			opts = append(opts, WithTitleCase())
		}
		b := ParseByline(s, opts...)
		all := append(append(append([]string{}, b.Authors...), b.Photographers...), b.Qualifiers...)
		if b.Credit != "" {
			all = append(all, b.Credit)
		}
		for _, x := range all {
			checkCleanOutput(t, "ParseByline", x)
			if x == "" || strings.TrimSpace(x) != x {
				t.Fatalf("ParseByline(%q): bad field %q", s, x)
			}
		}
		for _, a := range b.Authors {
			if n := len(strings.Fields(a)); n == 0 || n > 5 {
				t.Fatalf("ParseByline(%q): author %q", s, a)
			}
		}
	})
}
