package html

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

func read(t *testing.T, page, pageURL string) (*news.Article, error) {
	t.Helper()
	c, err := New(Options{}).Read(context.Background(), news.Input{Name: "test.html", URL: pageURL, Body: strings.NewReader(page)})
	if err != nil {
		return nil, err
	}
	return &c.Articles[0], nil
}

func TestNoArticle(t *testing.T) {
	for name, page := range map[string]string{
		"empty":   "",
		"blank":   "   \n ",
		"listing": `<html><body><nav><a href="/a">Thời sự</a><a href="/b">Kinh tế</a></nav><ul><li><a href="/1">Tin một</a></li><li><a href="/2">Tin hai</a></li></ul></body></html>`,
		"binary":  "\x00\x01\x02\xff\xfe",
	} {
		_, err := read(t, page, "")
		if !errors.Is(err, news.ErrNoContent) && !errors.Is(err, news.ErrEmptyInput) {
			t.Errorf("%s: got %v, want ErrNoContent", name, err)
		}
		if err != nil && !strings.Contains(err.Error(), "test.html") {
			t.Errorf("%s: error does not name the input: %v", name, err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	r := New(Options{MaxBytes: 1000})
	_, err := r.Read(context.Background(), news.Input{Name: "big.html", Body: strings.NewReader(strings.Repeat("<p>a</p>", 500))})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("got %v", err)
	}
}

// A page whose metadata disagree: the visible headline beats og:title, an
// organisation is not an author, a logo h1 is not the title, the date in
// the header is today's and not the article's.
func TestMetadataPrecedence(t *testing.T) {
	page := `<html lang="vi"><head>
<meta property="og:title" content="Tiêu đề SEO khác hẳn - Báo Mẫu">
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="2024-09-12T14:30:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Ph&amp;#7889; c&#7893; H&agrave; N&#7897;i","author":[{"@type":"Organization","name":"Báo Mẫu"},{"@type":"Person","name":"Lê Văn Tám"}],"keywords":["phố cổ","Hà Nội"]}]}</script>
</head><body>
<header><h1 class="logo"><a href="/">Báo Mẫu</a></h1><span>Thứ năm, 26/11/2026</span></header>
<main><h1>Phố cổ Hà Nội đón khách trở lại</h1>
<div class="content"><p>Sau nhiều tháng sửa chữa, khu phố cổ đã mở cửa đón khách du lịch trở lại, các cửa hàng tấp nập người mua bán suốt cả ngày.</p>
<p>Chính quyền quận cho biết đã lát lại vỉa hè, hạ ngầm đường dây điện và bố trí thêm nhà vệ sinh công cộng cho du khách.</p></div></main></body></html>`
	a, err := read(t, page, "https://baomau.vn/pho-co-ha-noi-123.html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Phố cổ Hà Nội đón khách trở lại" {
		t.Errorf("title %q", a.Title)
	}
	if strings.Join(a.Authors, "|") != "Lê Văn Tám" {
		t.Errorf("authors %q", a.Authors)
	}
	if want := time.Date(2024, 9, 12, 14, 30, 0, 0, vnZone); !a.Published.Equal(want) {
		t.Errorf("published %v", a.Published)
	}
	if _, off := a.Published.Zone(); off != 7*3600 {
		t.Errorf("published offset %d, want +07:00", off)
	}
	if strings.Join(a.Tags, "|") != "phố cổ|Hà Nội" || a.Source != "Báo Mẫu" || a.ID != "pho-co-ha-noi-123" {
		t.Errorf("tags %q source %q id %q", a.Tags, a.Source, a.ID)
	}
}

func TestImages(t *testing.T) {
	page := `<html><head><base href="https://cdn.example.vn/news/"></head><body><h1>Ảnh và chú thích trong bài</h1><div class="content">
<p>Đoạn văn thứ nhất của bài báo, đủ dài để được coi là nội dung chính của trang này, có dấu phẩy, và nhiều chữ.</p>
<figure><img src="data:image/gif;base64,R0lGOD" data-lazy-src="a.jpg" alt="A"><figcaption>Toàn cảnh hội nghị. Ảnh: Minh Anh</figcaption></figure>
<p><img src="/pixel.gif" width="1" height="1"><img src="blank.gif" data-original="//img.example.vn/b.jpg" alt="B"></p>
<picture><source srcset="c-480.jpg 480w, c-1200.jpg 1200w"><img src="c-480.jpg" srcset="c-480.jpg 480w, c-1200.jpg 1200w" alt="C"></picture>
<p style="text-align:center"><em>Cầu mới nhìn từ trên cao (Ảnh: T.T.)</em></p>
<p>Đoạn văn thứ hai của bài báo cũng đủ dài để được coi là nội dung chính của trang, có dấu phẩy, và nhiều chữ nữa.</p>
<p><img src="icon.png" width="16" height="16"> Biểu tượng nhỏ không phải ảnh của bài, chỉ là trang trí cho dòng chữ này mà thôi.</p>
<p><img src="new.gif"> Dòng chữ đi ngay sau một hình nhỏ không ghi kích thước vẫn là đoạn văn của bài, không phải chú thích.</p>
</div></body></html>`
	a, err := read(t, page, "https://example.vn/bai-viet.html")
	if err != nil {
		t.Fatal(err)
	}
	var figs []news.Image
	for _, b := range a.Body {
		if b.Kind == news.Figure {
			figs = append(figs, *b.Image)
		}
	}
	want := []news.Image{
		{Src: "https://cdn.example.vn/news/a.jpg", Alt: "A", Caption: "Toàn cảnh hội nghị.", Credit: "Minh Anh"},
		{Src: "https://img.example.vn/b.jpg", Alt: "B"},
		{Src: "https://cdn.example.vn/news/c-1200.jpg", Alt: "C", Caption: "Cầu mới nhìn từ trên cao", Credit: "T.T."},
	}
	if len(figs) < len(want) {
		t.Fatalf("figures %+v", figs)
	}
	last := news.PlainText(a.Body[len(a.Body)-1].Text)
	if !strings.HasPrefix(last, "Dòng chữ đi ngay sau") {
		t.Errorf("the text after an inline picture is not a paragraph: last block %q", last)
	}
	for i := range want {
		if figs[i] != want[i] {
			t.Errorf("figure %d: %+v, want %+v", i, figs[i], want[i])
		}
	}
}

func TestBylineAndCredit(t *testing.T) {
	for _, tc := range []struct{ tail, authors, credit string }{
		{`<p style="text-align:right"><b>NGUYỄN VĂN AN - TRẦN THỊ BÌNH</b></p>`, "Nguyễn Văn An|Trần Thị Bình", ""},
		{`<p><strong>Hoàng Lâm (tổng hợp)</strong></p>`, "Hoàng Lâm", ""},
		{`<p>Minh Châu và Lê Hà</p><p>Theo TTXVN</p>`, "Minh Châu|Lê Hà", "Theo TTXVN"},
		{`<p><em>Nguồn: Bộ Y tế</em></p>`, "", "Nguồn: Bộ Y tế"},
		{`<p style="text-align:right"><b>Minh An</b></p><p style="text-align:right"><i>(tổng hợp)</i></p>`, "Minh An", ""},
		{`<p>Cuộc họp kết thúc lúc 17 giờ cùng ngày.</p>`, "", ""},
	} {
		page := `<html><body><h1>Tiêu đề bài báo về một sự kiện quan trọng</h1><div class="noidung">
<p>Đoạn văn thứ nhất của bài báo, đủ dài để được coi là nội dung chính của trang này, có dấu phẩy, và nhiều chữ.</p>
<p>Đoạn văn thứ hai của bài báo cũng đủ dài để được coi là nội dung chính của trang, có dấu phẩy, và nhiều chữ nữa.</p>` + tc.tail + `</div></body></html>`
		a, err := read(t, page, "")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "|"); got != tc.authors || a.Credit != tc.credit {
			t.Errorf("%s: authors %q credit %q", tc.tail, got, a.Credit)
		}
		for _, b := range a.Body {
			if t0 := news.PlainText(b.Text); tc.authors != "" && strings.Contains(strings.ToLower(t0), strings.ToLower(strings.Split(tc.authors, "|")[0])) {
				t.Errorf("%s: byline left in the body: %q", tc.tail, t0)
			}
		}
	}
}

func TestWarningsLogged(t *testing.T) {
	var buf bytes.Buffer
	r := New(Options{Logger: slog.New(slog.NewTextHandler(&buf, nil))})
	page := `<html><body><div><p>Một đoạn văn bản dài không có tiêu đề nào cả, nhưng vẫn là nội dung của trang, có dấu phẩy, và nhiều chữ để đọc.</p></div></body></html>`
	c, err := r.Read(context.Background(), news.Input{Name: "x.html", Body: strings.NewReader(page)})
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles[0].Title == "" || !strings.Contains(buf.String(), "no headline") {
		t.Errorf("title %q, log %q", c.Articles[0].Title, buf.String())
	}
}

func TestProfiles(t *testing.T) {
	if len(BuiltinProfiles()) == 0 {
		t.Fatal("no built-in profiles")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "p.json")
	os.WriteFile(path, []byte(`{"profiles":[{"name":"mine","hosts":["mysite.vn"],"title":"div.tieu-de","body":"div.bai > div.than","remove":[".quang-cao"]}]}`), 0o644)
	ps, err := LoadProfiles(path)
	if err != nil || len(ps) != 1 {
		t.Fatalf("%v %v", ps, err)
	}
	page := `<html><body><div class="tieu-de">Tiêu đề do hồ sơ tìm ra</div><div class="bai"><div class="than"><p>Câu ngắn một.</p><div class="quang-cao">Quảng cáo sữa bột</div><p>Câu ngắn hai.</p></div></div>
<div class="other"><p>Một khối chữ rất dài ở ngoài thân bài, mà thuật toán chung có thể nhầm là nội dung chính, vì nó dài, có dấu phẩy, và nhiều chữ, nhiều câu, nhiều ý.</p></div></body></html>`
	c, err := New(Options{Profiles: ps}).Read(context.Background(), news.Input{Name: "p.html", URL: "https://www.mysite.vn/a.html", Body: strings.NewReader(page)})
	if err != nil {
		t.Fatal(err)
	}
	a := c.Articles[0]
	var text []string
	for _, b := range a.Body {
		text = append(text, news.PlainText(b.Text))
	}
	if a.Title != "Tiêu đề do hồ sơ tìm ra" || strings.Join(text, "|") != "Câu ngắn một.|Câu ngắn hai." {
		t.Errorf("title %q body %q", a.Title, text)
	}
	os.WriteFile(path, []byte(`[{"name":"bad","hosts":["x.vn"],"body":"div[class"}]`), 0o644)
	if _, err := LoadProfiles(path); err == nil {
		t.Error("bad selector accepted")
	}
	os.WriteFile(path, []byte(`[{"name":"nohost","body":"div"}]`), 0o644)
	if _, err := LoadProfiles(path); err == nil {
		t.Error("profile that matches no page accepted")
	}
}

// Microdata's articleBody wins over a longer block elsewhere, and a video's
// caption does not become a paragraph.
func TestArticleBodyMicrodata(t *testing.T) {
	page := `<html lang="en"><body><h1>A short story about a long day at the harbour</h1>
<div itemprop="articleBody"><p>The boats came in late, one after another, and the quay was busy well into the night while the fish market stayed open.</p>
<p>Harbour staff said it was the busiest day of the season, with more than forty boats landing their catch before midnight.</p>
<figure><iframe src="https://video.example/embed/1"></iframe><figcaption>Watch: the boats arriving at dusk</figcaption></figure>
<p>The market will open an hour earlier tomorrow to cope with the catch, and extra staff have been called in.</p></div>
<div class="c9"><p>` + strings.Repeat("A long unrelated block of text in another column, with commas, and more words, ", 12) + `</p></div></body></html>`
	a, err := read(t, page, "https://harbour.example/story")
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, b := range a.Body {
		text = append(text, news.PlainText(b.Text))
	}
	got := strings.Join(text, "\n")
	if len(a.Body) != 3 || strings.Contains(got, "unrelated") || strings.Contains(got, "Watch:") {
		t.Errorf("body:\n%s", got)
	}
}

// Paragraphs each in a block of their own (as BBC-style sites do), with a
// sidebar of teasers: every block of the run is the story's.
func TestRunOfBlocks(t *testing.T) {
	block := func(s string) string {
		return `<div data-component="text-block" class="ssrcss-11r1m41"><p>` + s + `</p></div>`
	}
	page := `<html lang="en"><body><main><article><h1>Small town celebrates its oldest resident</h1>` +
		block("Mary Jones turned 108 on Saturday, surrounded by family, friends and neighbours.") +
		`<div data-component="ad-slot" class="ad">Advertisement</div>` +
		block("She was born in the town in 1916, the youngest of nine children.") +
		block("Asked for her secret, she said: a walk every day and no fuss.") +
		`</article></main><aside><h2>More from the region</h2><p>A long teaser for another story about roadworks on the bypass, which are expected to last until the end of the summer, with diversions.</p></aside></body></html>`
	a, err := read(t, page, "https://news.example/town-108")
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, b := range a.Body {
		text = append(text, news.PlainText(b.Text))
	}
	if len(text) != 3 || !strings.HasPrefix(text[0], "Mary Jones") || !strings.HasPrefix(text[2], "Asked") {
		t.Errorf("body %q", text)
	}
}

func TestCreditClosingParagraph(t *testing.T) {
	page := `<html><body><h1>Tiêu đề bài báo về một sự kiện quan trọng</h1><div class="noidung">
<p>Đoạn văn thứ nhất của bài báo, đủ dài để được coi là nội dung chính của trang này, có dấu phẩy, và nhiều chữ.</p>
<p>Đoạn văn cuối cùng của bài báo cũng đủ dài để được coi là nội dung chính, có dấu phẩy, và nhiều chữ./. <i>(Theo TTXVN)</i></p></div></body></html>`
	a, err := read(t, page, "")
	if err != nil {
		t.Fatal(err)
	}
	last := news.PlainText(a.Body[len(a.Body)-1].Text)
	if a.Credit != "Theo TTXVN" || strings.Contains(last, "TTXVN") || !strings.HasSuffix(last, "./.") {
		t.Errorf("credit %q, last paragraph %q", a.Credit, last)
	}
}

func TestTitleFromTitleElement(t *testing.T) {
	page := `<html><head><title>Cổng thông tin xã Minh Ngọc - Khánh thành cầu treo mới cho bà con thôn Nà Sài</title></head><body>
<div class="top">Cổng thông tin xã Minh Ngọc</div><div class="m"><b>Khánh thành cầu treo mới cho bà con thôn Nà Sài</b><br>
<div>Sáng nay, xã đã tổ chức lễ khánh thành cầu treo mới dài 60 m, giúp hơn 100 hộ dân đi lại an toàn trong mùa mưa lũ, và học sinh đến trường thuận tiện hơn.</div></div></body></html>`
	a, err := read(t, page, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Khánh thành cầu treo mới cho bà con thôn Nà Sài" {
		t.Errorf("title %q", a.Title)
	}
	for _, b := range a.Body {
		if strings.Contains(news.PlainText(b.Text), "Khánh thành cầu treo mới cho") {
			t.Errorf("title left in the body")
		}
	}
}

// Newsroom boxes inside the article are article text, and a word in a span
// whose class sounds like chrome is still a word of its sentence.
func TestBoxesInsideArticle(t *testing.T) {
	long := "Đây là một câu văn dài trong bài báo, có dấu phẩy, có nhiều chữ, để đủ độ dài cho một đoạn văn bình thường. "
	page := `<html><body><h1>Bài có hộp thông tin</h1><div class="detail-body"><p>` + long + `Người dân có thể tra cứu <span class="tooltip">mã số thuế</span> trực tuyến.</p>
<table class="tbl-info" border="1"><tr><td><p><b>Thông tin cần biết</b></p><p>Thời gian: từ ngày 1/10 đến 30/10. Địa điểm: Nhà văn hóa tỉnh, số 1 đường Trần Phú.</p></td></tr></table>
<p>` + long + `</p></div></body></html>`
	a, err := read(t, page, "")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, b := range a.Body {
		all = append(all, blockText(&b))
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{"tra cứu mã số thuế trực tuyến", "Thông tin cần biết", "Địa điểm: Nhà văn hóa tỉnh"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from the body:\n%s", want, got)
		}
	}
}

func TestCreditLineUnderPicture(t *testing.T) {
	long := "Đây là một câu văn dài trong bài báo, có dấu phẩy, có nhiều chữ, để đủ độ dài cho một đoạn văn bình thường. "
	page := `<html><body><h1>Ảnh có dòng tác giả riêng</h1><div class="noidung"><p>` + long + `</p>
<figure><img src="/a.jpg"><figcaption>Cây cầu mới.</figcaption></figure><p>Ảnh: Minh Khang</p><p>` + long + `</p></div></body></html>`
	a, err := read(t, page, "https://x.vn/a.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 3 || a.Body[1].Image == nil || a.Body[1].Image.Credit != "Minh Khang" || a.Body[1].Image.Caption != "Cây cầu mới." {
		t.Errorf("body %+v", a.Body)
	}
}

// A long block of text before the headline (a site's presentation) loses
// to a shorter story after it.
func TestStoryAfterHeadline(t *testing.T) {
	intro := strings.Repeat("Huyện có diện tích tự nhiên lớn, dân số đông, nhiều dân tộc cùng sinh sống, có truyền thống văn hóa lâu đời. ", 4)
	page := `<html><body><div class="gioithieu"><p>` + intro + `</p></div>
<div class="chitiet"><h1>Khánh thành trường học mới ở xã vùng cao</h1><div class="nd"><p>Sáng 5/9, xã tổ chức lễ khánh thành trường học mới, có tám phòng học, khang trang, sạch đẹp.</p>
<p>Ngôi trường được xây dựng trong sáu tháng, từ nguồn vốn xã hội hóa, đáp ứng nhu cầu học tập của học sinh.</p></div></div></body></html>`
	a, err := read(t, page, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 2 || !strings.HasPrefix(news.PlainText(a.Body[0].Text), "Sáng 5/9") {
		t.Errorf("body %+v", a.Body)
	}
}
