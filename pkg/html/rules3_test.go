package html

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// The rules of the third held-out round, one page each: what a reader of
// the page would notice if the rule broke.
func TestRulesRound3(t *testing.T) {
	const u = "https://bao.example.vn/bai-viet-123.html"
	body := func(a *news.Article) string {
		var b strings.Builder
		for i := range a.Body {
			b.WriteString(news.PlainText(a.Body[i].Text) + "\n")
		}
		return b.String()
	}

	t.Run("poll and sign-up call-out are not text; a lightbox picture is", func(t *testing.T) {
		a := mustRead(t, newsPage("", story+
			`<div class="box"><p>Bạn có ủng hộ đề xuất này?</p><form><label><input type="radio"> Có</label><label><input type="radio"> Không</label></form></div>`+
			`<div class="callout">Nhận tin mỗi sáng. <a href="/newsletter">Đăng ký miễn phí</a></div>`+
			`<div class="pic"><a href="javascript:void(0)"><img src="https://bao.example.vn/a.jpg" alt="Cảnh sông"></a><p>Cảnh sông Lô.</p></div>`+story), u)
		text := body(a)
		if strings.Contains(text, "ủng hộ") || strings.Contains(text, "Đăng ký") {
			t.Errorf("widget kept:\n%s", text)
		}
		if !slices.ContainsFunc(a.Body, func(b news.Block) bool { return b.Kind == news.Figure }) {
			t.Errorf("the picture behind a javascript: link was dropped")
		}
	})

	t.Run("Theo a person closing the text is its author", func(t *testing.T) {
		a := mustRead(t, newsPage(`<meta name="author" content="Báo Mẫu"><meta property="og:site_name" content="Báo Mẫu">`, story+
			`<p style="text-align:right"><b>Theo Lê Văn</b></p>`), u)
		if !slices.Equal(a.Authors, []string{"Lê Văn"}) {
			t.Errorf("authors %q, want [Lê Văn]", a.Authors)
		}
	})

	t.Run("PV yields to the name printed after the text", func(t *testing.T) {
		page := `<html lang="vi"><head></head><body><h1>Tiêu đề bài báo về một sự kiện quan trọng</h1><div class="author">PV</div><div class="noidung">` +
			story + `</div><div class="author-end"><b>Thu Hằng</b></div><div><i>(Theo Bộ Y tế)</i></div></body></html>`
		a := mustRead(t, page, u)
		if !slices.Equal(a.Authors, []string{"Thu Hằng"}) || a.Credit != "Theo Bộ Y tế" {
			t.Errorf("authors %q credit %q, want [Thu Hằng] and \"Theo Bộ Y tế\"", a.Authors, a.Credit)
		}
	})

	t.Run("K2's date, category and tags", func(t *testing.T) {
		page := `<html lang="vi"><head></head><body><div class="itemView"><div class="itemHeader"><span class="itemDateCreated">Thứ hai, 12 Tháng 6 2023 14:05</span>` +
			`<h2 class="itemTitle">Tiêu đề bài báo về một sự kiện quan trọng</h2></div><div class="itemFullText">` + story + `</div>` +
			`<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="/kinh-te">Kinh tế</a></div>` +
			`<div class="itemTagsBlock"><span>Tag</span> <ul class="itemTags"><li><a href="/tag/a">cà phê</a></li><li><a href="/tag/b">giá nông sản</a></li></ul></div></div></div></body></html>`
		a := mustRead(t, page, u)
		want := time.Date(2023, 6, 12, 14, 5, 0, 0, vnZone)
		if !a.Published.Equal(want) || a.Section != "Kinh tế" || !slices.Equal(a.Tags, []string{"cà phê", "giá nông sản"}) {
			t.Errorf("published %v section %q tags %q", a.Published, a.Section, a.Tags)
		}
	})

	t.Run("Blogger's abbr date and Labels", func(t *testing.T) {
		page := `<html lang="en"><head><title>Oak Hollow Gazette: Library book sale raises record amount</title></head><body><div class="post hentry">` +
			`<h3 class="post-title">Library book sale raises record amount</h3><div class="post-body">` +
			`The Friends of the Library raised $6,214 at their spring book sale, the most in the sale's 31-year history, organizers said on Monday.<br><br>` +
			`Volunteers sorted more than 9,000 donated books over three weekends, and children's books and cookbooks sold out by Saturday afternoon.</div>` +
			`<div class="post-footer">Posted by Ruth Almeida at <abbr class="published" itemprop="datePublished" title="2023-06-12T14:05:00-04:00">2:05 PM</abbr>` +
			`<span class="post-labels">Labels: <a href="/l/1" rel="tag">Library</a>, <a href="/l/2" rel="tag">Community</a></span></div></div></body></html>`
		a := mustRead(t, page, "https://oak.example.com/2023/06/sale.html")
		if got := a.Published.Format(time.RFC3339); got != "2023-06-12T14:05:00-04:00" || a.Source != "Oak Hollow Gazette" || !slices.Equal(a.Tags, []string{"Library", "Community"}) {
			t.Errorf("published %s source %q tags %q", got, a.Source, a.Tags)
		}
	})
}
