package html_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/news"
)

func ExampleReader_Read() {
	page := `<html lang="vi"><head><title>Giá lúa tăng mạnh - Báo Ấp</title></head><body>
<header><a class="logo" href="/">Báo Ấp</a> <span>Thứ năm, 26/11/2026</span></header>
<h1>Giá lúa tăng mạnh</h1><div class="time">14:30, 12/09/2024</div>
<div class="noidung">
<p><strong>Giá lúa tươi tại nhiều tỉnh miền Tây tăng thêm 500 đồng mỗi kg so với đầu tháng.</strong></p>
<p>Thương lái đặt cọc mua lúa OM 18 với giá 8.200 đồng mỗi kg, cao hơn vụ trước gần 1.000 đồng, nông dân phấn khởi.</p>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li><a href="/a">Giá gạo xuất khẩu</a></li></ul></div>
<p style="text-align:right"><b>MINH KHANG</b></p></div></body></html>`
	r := html.New(html.Options{})
	c, err := r.Read(context.Background(), news.Input{Name: "page.html", URL: "https://baoap.vn/gia-lua-tang-123.html", Body: strings.NewReader(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := c.Articles[0]
	fmt.Println(a.Title)
	fmt.Println(a.Published.Format("2006-01-02 15:04 -07:00"))
	fmt.Println(a.Authors, a.ID)
	fmt.Println("lead:", a.Lead)
	for _, b := range a.Body {
		fmt.Println("body:", news.PlainText(b.Text))
	}
	// Output:
	// Giá lúa tăng mạnh
	// 2024-09-12 14:30 +07:00
	// [Minh Khang] gia-lua-tang-123
	// lead: Giá lúa tươi tại nhiều tỉnh miền Tây tăng thêm 500 đồng mỗi kg so với đầu tháng.
	// body: Thương lái đặt cọc mua lúa OM 18 với giá 8.200 đồng mỗi kg, cao hơn vụ trước gần 1.000 đồng, nông dân phấn khởi.
}
