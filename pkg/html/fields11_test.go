package html

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// story is article text long enough to be a body, with commas.
const story = `<p>Đoạn văn thứ nhất của bài báo, đủ dài để được coi là nội dung chính của trang này, có dấu phẩy, và nhiều chữ.</p>
<p>Đoạn văn thứ hai của bài báo cũng đủ dài để được coi là nội dung chính của trang, có dấu phẩy, và nhiều chữ nữa.</p>
<p>Đoạn văn thứ ba kể tiếp câu chuyện, với những chi tiết mà người đọc cần biết, có dấu phẩy, và nhiều chữ nữa.</p>`

func newsPage(head, body string) string {
	return `<html lang="vi"><head>` + head + `</head><body><h1>Tiêu đề bài báo về một sự kiện quan trọng</h1><div class="noidung">` + body + `</div></body></html>`
}

func mustRead(t *testing.T, p, pageURL string) *news.Article {
	t.Helper()
	a, err := read(t, p, pageURL)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func tables(a *news.Article) []*news.Grid {
	var out []*news.Grid
	for _, b := range a.Body {
		if b.Kind == news.Table {
			out = append(out, b.Table)
		}
	}
	return out
}

// cells writes a grid as rows of cells joined by "|", rows by "/".
func cells(g *news.Grid) string {
	var rows []string
	for _, r := range g.Rows {
		var cs []string
		for _, c := range r {
			cs = append(cs, news.PlainText(c.Text))
		}
		rows = append(rows, strings.Join(cs, "|"))
	}
	return strings.Join(rows, "/")
}

func TestDataTables(t *testing.T) {
	for _, tc := range []struct {
		name, table string
		caption     string
		header      bool
		cells       string // "" when the table must not be a table block
	}{
		{"thead and caption", `<table><caption>Giá vàng</caption><thead><tr><th>Loại</th><th>Mua</th><th>Bán</th></tr></thead><tbody><tr><td>SJC</td><td>84,5</td><td>86,5</td></tr><tr><td>Nhẫn</td><td>83,1</td><td>84,6</td></tr></tbody></table>`,
			"Giá vàng", true, "Loại|Mua|Bán/SJC|84,5|86,5/Nhẫn|83,1|84,6"},
		{"merged cells spread", `<table border="1"><tr><td rowspan="2"><b>Mặt hàng</b></td><td colspan="2"><b>Giá</b></td></tr><tr><td><b>Hôm nay</b></td><td><b>Hôm qua</b></td></tr><tr><td>Lúa</td><td>8.200</td><td>7.900</td></tr><tr><td>Ngô</td><td>6.100</td><td>6.000</td></tr></table>`,
			"", true, "Mặt hàng|Giá|/|Hôm nay|Hôm qua/Lúa|8.200|7.900/Ngô|6.100|6.000"},
		{"title row and Word paragraphs", `<table class="MsoTableGrid"><tr><td colspan="3"><p class="MsoNormal"><b>KẾT QUẢ BẦU CỬ</b></p></td></tr><tr><td><p class="MsoNormal">Đơn vị</p></td><td><p class="MsoNormal">Cử tri</p></td><td><p class="MsoNormal">Tỷ lệ</p></td></tr><tr><td><p>Phường 1</p></td><td><p>12.043</p></td><td><p>99,1%</p></td></tr></table>`,
			"KẾT QUẢ BẦU CỬ", false, "Đơn vị|Cử tri|Tỷ lệ/Phường 1|12.043|99,1%"},
		{"results without a header", `<table><tr><td>Millbrook</td><td>1-2</td><td>Harbour Town</td></tr><tr><td>Eastgate</td><td>0-0</td><td>Kingsbridge</td></tr></table>`,
			"", false, "Millbrook|1-2|Harbour Town/Eastgate|0-0|Kingsbridge"},
		{"one column is layout", `<table><tr><td>Một dòng chữ</td></tr><tr><td>Dòng chữ khác</td></tr></table>`, "", false, ""},
		{"one row is layout", `<table><tr><td>Tên</td><td>Tuổi</td></tr></table>`, "", false, ""},
		{"presentation", `<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, "", false, ""},
		{"a story in a cell is layout", `<table><tr><td>Menu</td><td>` + strings.Repeat("Một câu dài của bài báo được đặt trong ô của bảng dàn trang. ", 10) + `</td></tr><tr><td>a</td><td>b</td></tr></table>`, "", false, ""},
		{"a table in a layout table", `<table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>`, "", false, "a|b/c|d"},
	} {
		a := mustRead(t, newsPage("", story+tc.table), "")
		g := tables(a)
		if tc.cells == "" {
			if len(g) != 0 {
				t.Errorf("%s: a layout table became %q", tc.name, cells(g[0]))
			}
			continue
		}
		if len(g) != 1 {
			t.Errorf("%s: %d tables", tc.name, len(g))
			continue
		}
		if got := cells(g[0]); got != tc.cells || g[0].Caption != tc.caption || g[0].Header != tc.header {
			t.Errorf("%s: caption %q header %v cells %q", tc.name, g[0].Caption, g[0].Header, got)
		}
	}
}

// A table's title printed in bold above it becomes its caption; a header
// row is not bold in the model (the header flag says it).
func TestTableCaptionAbove(t *testing.T) {
	a := mustRead(t, newsPage("", story+`<p style="text-align:center"><strong>Điểm chuẩn năm 2025</strong></p><table><tr><td><b>Ngành</b></td><td><b>Điểm</b></td></tr><tr><td>Kế toán</td><td>24,1</td></tr></table>`), "")
	g := tables(a)
	if len(g) != 1 || g[0].Caption != "Điểm chuẩn năm 2025" || !g[0].Header || g[0].Rows[0][0].Text[0].Bold {
		t.Fatalf("got %+v", g)
	}
	for _, b := range a.Body {
		if b.Kind != news.Table && strings.Contains(news.PlainText(b.Text), "Điểm chuẩn năm") {
			t.Errorf("the caption stayed in the body: %+v", b)
		}
	}
}

// A hostile table cannot make the grid grow without bound.
func TestTableSpansBounded(t *testing.T) {
	row := `<tr>` + strings.Repeat(`<td colspan="1000" rowspan="65000">x</td>`, 50) + `</tr>`
	a, err := read(t, newsPage("", story+`<table>`+strings.Repeat(row, 50)+`</table>`), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range tables(a) {
		if n := len(g.Rows) * g.Columns(); n > maxTableCells {
			t.Errorf("a table of %d cells", n)
		}
	}
}

func TestGalleryAvatarPromo(t *testing.T) {
	body := story + `
<figure><img src="https://cdn.example.vn/a1.jpg" alt="minh-an-le-hoi-1.jpg"></figure>
<figure><img src="https://cdn.example.vn/a2.jpg" alt="IMG_2041"></figure>
<p>Người dân xem hội trên bãi sông. Ảnh: Minh An</p>
<div class="dt-box"><p><strong>Đón đọc</strong> ấn phẩm Xuân của báo, phát hành trên toàn quốc từ ngày 20/1. <a href="/dat-bao">Đặt mua</a>.</p></div>
<p>Đoạn văn cuối cùng của bài, kể nốt câu chuyện về lễ hội năm nay, có dấu phẩy, và nhiều chữ.</p>
<div class="dt-flex"><img class="dt-rounded-full" src="https://cdn.example.vn/avatar/minh-an.png" width="64" height="64" alt="Minh An"><strong>Minh An</strong></div>`
	a := mustRead(t, newsPage(`<meta name="author" content="Báo Mẫu"><meta property="og:site_name" content="Báo điện tử Báo Mẫu">`, body), "https://baomau.vn/le-hoi-123.html")
	var figs []news.Image
	for _, b := range a.Body {
		switch b.Kind {
		case news.Figure:
			figs = append(figs, *b.Image)
		default:
			if t0 := blockText(&b); strings.Contains(t0, "Đón đọc") || strings.Contains(t0, "Ảnh: Minh An") {
				t.Errorf("in the body: %q", t0)
			}
		}
	}
	want := []news.Image{{Src: "https://cdn.example.vn/a1.jpg"}, {Src: "https://cdn.example.vn/a2.jpg", Caption: "Người dân xem hội trên bãi sông.", Credit: "Minh An"}}
	if len(figs) != len(want) {
		t.Fatalf("figures %+v", figs)
	}
	for i := range want {
		if figs[i] != want[i] {
			t.Errorf("figure %d: %+v, want %+v", i, figs[i], want[i])
		}
	}
	if strings.Join(a.Authors, "|") != "Minh An" {
		t.Errorf("authors %q", a.Authors)
	}
}

func TestFileNameAlt(t *testing.T) {
	for alt, file := range map[string]bool{"minh-an-le-hoi-3.jpg": true, "IMG_2041.JPG": true, "hoa-ban-2": true, "DSC01234": true,
		"Quốc huy": false, "logo": false, "COVID-19": false, "Người dân xem hội": false, "e-magazine": false} {
		if fileName(alt) != file {
			t.Errorf("fileName(%q) = %v", alt, !file)
		}
	}
}

func TestOutletIsNeverAuthor(t *testing.T) {
	for _, tc := range []struct{ head, tail, url, authors, credit string }{
		// The outlet in the metas and JSON-LD: the person is printed at the end.
		{`<meta name="author" content="Dân Sinh"><meta property="og:site_name" content="Báo điện tử Dân Sinh"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"DANSINH"}}</script>`,
			`<p style="text-align:right"><strong>Hồng Nhung</strong></p>`, "https://dansinh-demo.vn/a-1.htm", "Hồng Nhung", ""},
		// The host's name.
		{`<meta name="author" content="TinNhanh">`, `<p style="text-align:right"><b>Thu Hà</b></p>`, "https://tinnhanh.vn/a-1.html", "Thu Hà", ""},
		// "Theo X": a person, or an outlet.
		{`<meta name="author" content="Theo Mai Lan">`, ``, "", "Mai Lan", ""},
		{`<meta name="author" content="Theo TTXVN">`, `<p style="text-align:right"><b>Y Phương</b></p><p><em>Theo TTXVN</em></p>`, "", "Y Phương", "Theo TTXVN"},
		{`<meta name="author" content="Theo Nhân Dân">`, ``, "", "", "Theo Nhân Dân"},
		// The printed form of the same person wins over the structured one.
		{`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Trần Văn Nam"}}</script>`,
			`<p style="text-align:right"><b>TRẦN NAM</b></p>`, "", "Trần Nam", ""},
		// Someone else's name printed: the structured one stands.
		{`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lê Minh"}}</script>`,
			`<p style="text-align:right"><b>Thu Hà</b></p>`, "", "Lê Minh", ""},
	} {
		a := mustRead(t, newsPage(tc.head, story+tc.tail), tc.url)
		if got := strings.Join(a.Authors, "|"); got != tc.authors || a.Credit != tc.credit {
			t.Errorf("%s %s: authors %q credit %q, want %q %q", tc.head, tc.tail, got, a.Credit, tc.authors, tc.credit)
		}
	}
}

func TestBylineWithUSDate(t *testing.T) {
	p := `<html lang="en"><body><h1>City council approves a new fire station for the east side</h1><div class="meta-line">By Jane Doe - 03/02/21 9:15 AM EST</div><div class="story">` +
		`<p>The City Council voted on Monday night to approve a new fire station on the east side of the city, ending years of debate.</p><p>The station will be built on a city-owned lot next to the public works garage, and construction starts in summer.</p></div></body></html>`
	a := mustRead(t, p, "")
	if strings.Join(a.Authors, "|") != "Jane Doe" {
		t.Errorf("authors %q", a.Authors)
	}
}

func TestLeads(t *testing.T) {
	sapo := "Sau gần một năm thi công, dự án cấp điện đã hoàn thành đóng điện cho mười hai bản vùng cao của huyện."
	for _, tc := range []struct{ name, p, lead string }{
		{"dateline in a span, sapo in an h2",
			`<html><body><h1>Đưa điện lưới về mười hai bản đặc biệt khó khăn</h1><span class="bvc">(Báo Miền Núi) - </span><h2>` + sapo + `</h2><div class="noidung">` + story + `</div></body></html>`,
			"(Báo Miền Núi) - " + sapo},
		{"long-form: the first paragraph wholly italic",
			`<html lang="vi"><body><h1>Những người giữ rừng trên đỉnh núi cao</h1><div class="lf-body"><p class="lf-p"><em>` + sapo + `</em></p>` + story + `</div></body></html>`,
			sapo},
		{"a standfirst equal to og:description",
			`<html lang="en"><head><meta property="og:description" content="Kofi Mensah's late header took Harbour Town to the top of the league."></head><body><h1>Harbour Town go top after a late winner</h1><div class="x1"><p>Kofi Mensah's late header took Harbour Town to the top of the league.</p></div><div class="x2"><p>Millbrook had looked set for a point when Danny Price volleyed in from the edge of the area.</p><p>But with the home crowd already heading for the exits, Mensah rose above two defenders to score.</p></div></body></html>`,
			"Kofi Mensah's late header took Harbour Town to the top of the league."},
	} {
		a := mustRead(t, tc.p, "")
		if a.Lead != tc.lead {
			t.Errorf("%s: lead %q", tc.name, a.Lead)
		}
		for _, b := range a.Body {
			if strings.Contains(blockText(&b), tc.lead[len(tc.lead)-20:]) {
				t.Errorf("%s: the lead is in the body too", tc.name)
			}
		}
	}
}

func TestTimes(t *testing.T) {
	for _, tc := range []struct{ name, head, before, after, want string }{
		{"date-only metadata, the time printed above the headline", `<meta property="article:published_time" content="2025-03-12">`,
			`<div class="date-post">Thứ Tư, 12/03/2025 - 09:40</div>`, ``, "2025-03-12T09:40:00+07:00"},
		{"midnight in UTC is a day in Vietnam", `<meta property="article:published_time" content="2025-03-11T17:00:00Z">`,
			``, `<span class="time">12/03/2025 09:40</span>`, "2025-03-12T09:40:00+07:00"},
		{"a printed date without a time does not refine", `<meta property="article:published_time" content="2025-03-12">`,
			``, `<p>Giá ngày 12/3/2025</p>`, "2025-03-12T00:00:00+07:00"},
		{"another day's time does not refine", `<meta property="article:published_time" content="2025-03-12">`,
			`<div class="date-post">Thứ Năm, 13/03/2025 - 09:40</div>`, ``, "2025-03-12T00:00:00+07:00"},
		{"a zone beats a printed time", `<meta property="article:published_time" content="2025-03-12T02:40:00Z">`,
			``, `<span class="time">12/03/2025 10:15</span>`, "2025-03-12T09:40:00+07:00"},
		{"US-style metadata, month first", `<meta name="pubdate" content="5/14/2024 9:05:10 AM">`, ``, ``, "2024-05-14T09:05:10+07:00"},
		{"US-style metadata, ambiguous, still month first", `<meta name="pubdate" content="9/8/2024 8:45:00 PM">`, ``, ``, "2024-09-08T20:45:00+07:00"},
	} {
		p := `<html lang="vi"><head>` + tc.head + `</head><body>` + tc.before + `<h1>Tiêu đề bài báo về một sự kiện quan trọng</h1>` + tc.after + `<div class="noidung">` + story + `</div></body></html>`
		a := mustRead(t, p, "")
		if got := a.Published.Format(time.RFC3339); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

// Two pages of a portal whose og:title and <title> are the portal's name,
// read without their address: titled by their headlines, with two ids.
func TestSiteNameIsNeverTitle(t *testing.T) {
	portal := func(title, text string) string {
		return `<html><head><title>Cổng thông tin điện tử huyện Đồng Mai</title><meta property="og:title" content="Cổng thông tin điện tử huyện Đồng Mai"><meta property="og:url" content="https://dongmai.gov.vn/"></head><body>
<div class="header"><div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ</div></div>
<div class="col-center"><h2 class="news-title">` + title + `</h2><div class="news-content"><p>` + text + `</p>` + story + `<p><img src="/Uploads/a.jpg" width="600" height="400"></p></div></div>
<div class="footer"><p><b>Cổng thông tin điện tử huyện Đồng Mai</b></p></div></body></html>`
	}
	a := mustRead(t, portal("Mưa lũ gây sạt lở nhiều tuyến đường", "Mưa lớn kéo dài từ đêm qua."), "")
	b := mustRead(t, portal("Học sinh vùng cao nhận học bổng", "Chương trình trao 210 suất học bổng."), "")
	if a.Title != "Mưa lũ gây sạt lở nhiều tuyến đường" || b.Title != "Học sinh vùng cao nhận học bổng" {
		t.Errorf("titles %q, %q", a.Title, b.Title)
	}
	if a.ID == b.ID || !strings.HasPrefix(a.ID, "h") || a.URL != "" {
		t.Errorf("ids %q %q, url %q", a.ID, b.ID, a.URL)
	}
	if a.Source != "Cổng thông tin điện tử huyện Đồng Mai" {
		t.Errorf("source %q", a.Source)
	}
	for _, b := range a.Body {
		if b.Kind == news.Figure && b.Image.Src != "https://dongmai.gov.vn/Uploads/a.jpg" {
			t.Errorf("image %q not resolved against the site", b.Image.Src)
		}
	}
	// Same title, different text: different ids; same page: the same id.
	c := mustRead(t, portal("Mưa lũ gây sạt lở nhiều tuyến đường", "Mưa lớn kéo dài từ sáng nay."), "")
	a2 := mustRead(t, portal("Mưa lũ gây sạt lở nhiều tuyến đường", "Mưa lớn kéo dài từ đêm qua."), "")
	if c.ID == a.ID || a2.ID != a.ID {
		t.Errorf("ids %q %q %q", a.ID, c.ID, a2.ID)
	}
}

// The body chosen first is a byline block that microdata calls the
// article's body; the story sits next to it. The reader looks again.
func TestTinyBodyLooksAgain(t *testing.T) {
	var paras strings.Builder
	for i := 0; i < 6; i++ {
		paras.WriteString(`<p>The council voted on Monday night to approve the new station, ending more than two years of debate over where it should be built.</p>`)
	}
	p := `<html lang="en"><body><h1>City council approves new fire station</h1>
<div class="asset-meta" itemprop="articleBody"><p>By Jane Doe - 03/02/21 9:15 AM EST</p><ul class="share-list"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li><li><a href="#">Copy article link</a></li><li><a href="#">Save</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">SMS</a></li><li><a href="#">Reddit</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Pinterest</a></li><li><a href="#">Telegram</a></li></ul><p class="bio">Jane Doe covers city hall, schools and the county courts for the Herald. Reach her at 555-0142 or by email.</p></div>
<div class="asset-content">` + paras.String() + `</div></body></html>`
	var log bytes.Buffer
	r := New(Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
	c, err := r.Read(context.Background(), news.Input{Name: "tiny", Body: strings.NewReader(p)})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(bodyText(&c.Articles[0])); got < 600 {
		t.Errorf("body of %d bytes: %q", got, bodyText(&c.Articles[0]))
	}
	if !strings.Contains(log.String(), "tiny") {
		t.Errorf("the first body was not the microdata's: %s", log.String())
	}
}

// A page that keeps more than 512 elements open is read, not refused.
func TestDeepNesting(t *testing.T) {
	for name, p := range map[string]string{
		"divs":  `<html><body><h1>Tiêu đề bài báo về một sự kiện quan trọng</h1>` + strings.Repeat("<div>", 700) + story + `</body></html>`,
		"fonts": `<html><body><h1>Tiêu đề bài báo về một sự kiện quan trọng</h1>` + strings.Repeat(`<span><b>`, 400) + story + `</body></html>`,
	} {
		a, err := read(t, p, "")
		if err != nil {
			if strings.Contains(err.Error(), "html: html:") {
				t.Errorf("%s: doubled prefix: %v", name, err)
			}
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.Contains(bodyText(a), "Đoạn văn thứ ba") {
			t.Errorf("%s: body %q", name, bodyText(a))
		}
	}
}

func TestDeeperThanAnyLimit(t *testing.T) {
	_, err := New(Options{}).Read(context.Background(), news.Input{Name: "deep-page", Body: strings.NewReader(strings.Repeat("<div>", 100000))})
	if err == nil || strings.Contains(err.Error(), "html: html:") || !errors.Is(err, news.ErrNoContent) {
		t.Errorf("error %v", err)
	}
}

// A time in UTC is shown in the page's own offset.
func TestPageOffset(t *testing.T) {
	p := `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-02T14:15:00Z"}</script><meta property="article:modified_time" content="2021-03-02T10:00:00-05:00"></head><body><h1>City council approves new fire station</h1><div><p>The council voted on Monday night to approve the new station, ending more than two years of debate over where it should be built.</p><p>Work starts in the summer and will take about fourteen months, the city manager said on Tuesday.</p></div></body></html>`
	a := mustRead(t, p, "")
	if got := a.Published.Format(time.RFC3339); got != "2021-03-02T09:15:00-05:00" {
		t.Errorf("published %s", got)
	}
}

// Gutenberg's table block puts the caption in a figcaption after the
// table; a teaser card (a picture and a title in one link) is not a
// figure; the category link over the headline is the section.
func TestFigureTableCardKicker(t *testing.T) {
	p := `<html lang="en"><body><main><article><header class="entry-header"><span class="post-cat-wrap"><a class="post-cat" href="/news/education/">Education</a></span><h1 class="entry-title">Riverside Academy tops county tables as GCSE pass rates rise</h1></header>
<div class="entry-content"><p>Riverside Academy has recorded the county's best GCSE results for the second year running, with most pupils passing.</p>
<div class="inner-article"><a href="/news/a-level-results/"><img src="/a.jpg" width="210" height="140" alt=""><p class="title">A-level results: county pupils beat the national average</p></a></div>
<p>Across the county, the share of pupils reaching the standard pass rose by three points to 71%, according to the council.</p>
<figure class="wp-block-table"><table><thead><tr><th>School</th><th>2025</th></tr></thead><tbody><tr><td>Riverside</td><td>84%</td></tr><tr><td>Oakfield</td><td>70%</td></tr></tbody></table><figcaption>Pupils achieving grade 4 or above</figcaption></figure>
</div></article></main></body></html>`
	a := mustRead(t, p, "https://valleypost.example/news/riverside/")
	if a.Section != "Education" {
		t.Errorf("section %q", a.Section)
	}
	g := tables(a)
	if len(g) != 1 || g[0].Caption != "Pupils achieving grade 4 or above" {
		t.Errorf("tables %+v", g)
	}
	for _, b := range a.Body {
		if b.Kind == news.Figure || strings.Contains(blockText(&b), "A-level") {
			t.Errorf("the teaser is in the body: %+v", b)
		}
	}
}
