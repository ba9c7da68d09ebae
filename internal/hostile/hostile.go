// Package hostile holds the bad input writers are tested with: text no
// news site should send, broken and oversized images, script and relative
// links, impossible heading levels, unknown block kinds, tables of every
// bad shape. The cases are those the PDF and EPUB tests grew one by one,
// gathered so that every writer faces all of them: each must give a valid
// document or a clear error, never a panic or a broken file.
package hostile

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// Texts are strings that break naive writers: invalid UTF-8, lone
// combining marks, bidi overrides, controls, 2,000 letters without a
// space, markup and escapes of every format, emoji flags, private use,
// empty and blank strings.
var Texts = []string{
	"\xff\xfe invalid UTF-8 \xc3", "\u0301\u0323 lone marks", "\u202eRTL override\u202c", "tab\there\r\nnew\u2028line",
	strings.Repeat("Ư", 2000), "(parens) \\backslash\\ \r", "\U0001F1FB\U0001F1F3 flag", "\uE000 private use", "", " ",
	"\u00a0\u00a0no-break\u00a0spaces\u00a0", "Z\u0351\u0352\u0353algo",
	`<script>alert("x")</script> & &amp; &nbsp; ]]> <!-- -->`, "# not a heading", "- not a list", "1. not a list",
	"| not | a | table |", "**not bold** _not italic_ `not code` [not](a link) ![not](an image)", "---", "\x00\x01\x1b\x7f\u0085\u009f",
	"\uFFFE\uFFFF\uFDD0 noncharacters", `{#id .class} \ trailing backslash\`, "~~~\n```\ncode fence", "<b>bold</b>&lt;",
}

var ict = time.FixedZone("ICT", 7*3600)

// Collections returns the bad input, named: one article per case (a
// document of its own), and "digest", every case in one July 2023 digest.
// Collections are fresh on each call: writers may be given them to keep.
func Collections() map[string]*news.Collection {
	out := make(map[string]*news.Collection)
	var all []news.Article
	for _, a := range Articles() {
		name := a.ID
		for n := 2; out[name] != nil; n++ {
			name = a.ID + "-" + strconv.Itoa(n)
		}
		out[name] = &news.Collection{Articles: []news.Article{a}}
		all = append(all, a)
	}
	out["digest"] = &news.Collection{
		Title: Texts[0], Publisher: Texts[2], Subtitle: Texts[12], Language: "vi",
		Period:    &news.Period{Start: time.Date(2023, 7, 1, 0, 0, 0, 0, ict), End: time.Date(2023, 8, 1, 0, 0, 0, 0, ict)},
		Generated: time.Date(2023, 8, 1, 8, 0, 0, 0, ict),
		Articles:  all,
	}
	return out
}

// Articles returns every bad article. IDs name the case; two cases share
// the id "dup" on purpose.
func Articles() []news.Article {
	para := func(s string) []news.Block {
		return []news.Block{{Kind: news.Paragraph, Text: []news.Span{{Text: s}}}}
	}
	fig := func(src string) []news.Block {
		return append(para("Ảnh minh họa."), news.Block{Kind: news.Figure, Image: &news.Image{Src: src, Caption: "Chú thích " + src}})
	}
	day := func(d, h int) time.Time { return time.Date(2023, 7, d, h, 0, 0, 0, ict) }
	arts := []news.Article{
		{ID: "emoji", Title: "Tin vui 😀 hôm nay", Published: day(3, 9), Body: para("Cười 😀👍 lên.")},
		{ID: "cjk", Title: "Ông Tập Cận Bình (习近平)", Published: day(3, 10), Body: para("Tên 习近平.")},
		{ID: "ctl", Title: "Hà\tGiang\u00ad\u0007 mới", Published: day(4, 9), Body: para("Dòng\u0001 một")},
		{ID: "nfd", Title: norm.NFD.String("Tiếng Việt"), Published: day(4, 10), Body: para(norm.NFD.String("ổn định"))},
		{ID: "huge", Title: "Ảnh quá lớn", Published: day(5, 9), Body: fig("huge.png")},
		{ID: "cut", Title: "Ảnh hỏng", Published: day(5, 10), Body: fig("cut.jpg")},
		{ID: "missing", Title: "Thiếu ảnh", Published: day(5, 11), Body: fig("missing.jpg")},
		{ID: "empty", Title: "Chỉ có tiêu đề", Published: day(6, 9)},
		{ID: "void"},
		{
			ID: "dup", Title: `Giá xăng & dầu <giảm> "mạnh" &nbsp; &hellip;`, Language: "vi_VN!",
			Published: day(10, 9), Lead: "Tin &amp; ảnh\x01 lỗi\uFFFE", URL: "javascript:alert(1)",
			Image: &news.Image{Src: "ok.jpg", Caption: "Ảnh đầu bài"},
			Body: []news.Block{
				{Kind: news.Paragraph, Text: []news.Span{
					{Text: "Xem "}, {Text: "tại đây", Link: "javascript:alert(1)"},
					{Text: " và "}, {Text: "bản đồ", Link: "https://example.vn/bản đồ?q=a b&c=<d>(e)"},
					{Text: " hoặc ", Bold: true, Italic: true}, {Text: "trang", Link: "/relative/path"},
					{Text: "*đậm*", Bold: true}, {Text: "_nghiêng_", Italic: true}, {Text: " thư", Link: "mailto:toa-soan@example.vn"},
				}},
				{Kind: news.Figure, Image: &news.Image{Src: "ok.jpg", Alt: `alt "quoted" <b>`, Caption: "Ảnh đầu bài"}},
				{Kind: news.Figure, Image: &news.Image{Src: "broken.jpg", Caption: "Ảnh hỏng vẫn giữ chú thích"}},
				{Kind: news.Figure, Image: &news.Image{Src: "pic.webp", Alt: "WebP"}},
				{Kind: news.Figure, Image: &news.Image{Src: "https://example.vn/remote.jpg", Caption: "Ảnh từ xa"}},
				{Kind: news.Figure, Image: &news.Image{Src: "/etc/passwd", Caption: "Đường dẫn tuyệt đối"}},
				{Kind: news.Figure, Image: &news.Image{Src: "../../secret.jpg", Caption: "Đường dẫn ra ngoài"}},
				{Kind: news.Figure},
				{Kind: news.Heading, Level: 9, Text: []news.Span{{Text: "Tiêu đề cấp chín"}}},
				{Kind: news.Heading, Level: -1, Text: []news.Span{{Text: "Tiêu đề cấp âm"}}},
				{Kind: "marquee", Text: []news.Span{{Text: "Khối lạ"}}},
				{Kind: news.List, Items: [][]news.Span{{{Text: "một"}}, nil, {{Text: "# ba"}}}},
				{Kind: news.List, Items: [][]news.Span{{{Text: "liền sau"}}}},
				{Kind: news.List, Ordered: true},
				{Kind: news.Quote},
				{Kind: news.Preformatted, Text: []news.Span{{Text: "```\n~~~\n</pre><pre>"}}},
			},
		},
		{ID: "dup", Title: "Bài trùng mã", Published: day(10, 10), URL: "not a url",
			Body: para("Nội dung.")},
		{ID: "no-title", Title: "  ", Published: day(11, 8), Body: para("Bài không có tiêu đề.")},
		{ID: "english", Title: "Flood warning for Hà Giang", Language: "en", Published: day(12, 8),
			Image: &news.Image{Src: "ok.jpg", Caption: "Rain", Credit: "Minh An"}, Body: para("Heavy rain is expected.")},
		{ID: "dates", Title: "Ngày lạ", Published: time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), Updated: time.Date(9999, 12, 31, 23, 0, 0, 0, ict),
			Body: para("Năm số không.")},
		{ID: "tables", Title: "Bảng hỏng", Published: day(13, 8), Body: []news.Block{
			{Kind: news.Table},
			{Kind: news.Table, Table: &news.Grid{Caption: "Bảng rỗng"}},
			{Kind: news.Table, Table: &news.Grid{Caption: "Hàng rỗng", Header: true, Rows: [][]news.Cell{{}, {}}}},
			{Kind: news.Table, Table: &news.Grid{Caption: "Chỉ có tiêu đề cột", Header: true, Rows: [][]news.Cell{{cell("A"), cell("B")}}}},
			{Kind: news.Table, Table: &news.Grid{Caption: "Lệch | hàng", Header: true, Rows: [][]news.Cell{
				{cell("Cột | một"), cell("Cột\nhai"), cell("ba")},
				{cell("1")},
				{cell("2"), {}, cell("**4**"), cell("thừa")},
			}}},
			{Kind: news.Table, Table: &news.Grid{Rows: [][]news.Cell{{cell("liền")}}}},
			{Kind: news.Table, Table: &news.Grid{Rows: [][]news.Cell{{{Text: []news.Span{{Text: "x", Link: "javascript:1"}, {Text: "y", Bold: true}}}}}}},
		}},
	}
	for i, s := range Texts {
		arts = append(arts, news.Article{ID: "text-" + strconv.Itoa(i), Title: s, Lead: s, Source: s, Section: s, Authors: []string{s},
			Credit: s, Tags: []string{s}, URL: s, Published: day(20, i%24),
			Body: []news.Block{
				{Kind: news.Paragraph, Text: []news.Span{{Text: s, Bold: true}, {Text: s, Link: s}, {Text: s, Italic: true}}},
				{Kind: news.Heading, Level: 9, Text: []news.Span{{Text: s}}},
				{Kind: news.List, Items: [][]news.Span{{{Text: s}}, nil}},
				{Kind: news.Quote, Text: []news.Span{{Text: s}}},
				{Kind: news.Preformatted, Text: []news.Span{{Text: s + "\n\t" + s}}},
				{Kind: news.Figure, Image: &news.Image{Src: s, Alt: s, Caption: s, Credit: s}},
				{Kind: news.Table, Table: &news.Grid{Caption: s, Header: true, Rows: [][]news.Cell{{cell(s), cell(s)}, {cell(s)}}}},
				{Kind: news.BlockKind(s), Text: []news.Span{{Text: s}}},
			}})
	}
	return arts
}

func cell(s string) news.Cell { return news.Cell{Text: []news.Span{{Text: s}}} }

// Resolver serves the images the cases name: ok.jpg, a 40,000 × 40,000
// PNG header (huge.png), a JPEG cut in half (cut.jpg), bytes that are not
// an image (broken.jpg) and a WebP (pic.webp). Anything else is missing.
func Resolver() media.Resolver {
	jpg := JPEG(80, 60)
	webp, _ := base64.StdEncoding.DecodeString(webp1x1)
	return media.Map{
		"ok.jpg": jpg, "huge.png": hugePNG(), "cut.jpg": jpg[:len(jpg)/2],
		"broken.jpg": []byte("\xff\xd8\xff this is not a JPEG"), "pic.webp": webp,
	}
}

// webp1x1 is a lossless 1×1 WebP.
const webp1x1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="

// JPEG returns a w × h JPEG of a colour gradient.
func JPEG(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 5), 120, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		panic(err) // encoding to memory cannot fail
	}
	return b.Bytes()
}

// hugePNG claims 40,000 × 40,000 pixels in its header and has no pixels.
func hugePNG() []byte {
	ihdr := []byte("IHDR\x00\x00\x9c\x40\x00\x00\x9c\x40\x08\x02\x00\x00\x00")
	b := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0d"), ihdr...)
	b = binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(ihdr))
	return append(b, "\x00\x00\x00\x00IEND\xae\x42\x60\x82"...)
}
