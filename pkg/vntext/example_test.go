package vntext_test

import (
	"fmt"
	"time"

	"github.com/newsarc/newsarc/pkg/vntext"
)

func ExampleDecode() {
	// An old page in TCVN3 that claims to be Latin-1 and names its font.
	body, _ := vntext.Encode("Hà Nội", vntext.TCVN3) // "H\xB5 N\xE9i"
	page := append([]byte(`<p style="font-family:.VnTime">`), body...)
	page = append(page, "</p>"...)

	s, enc, _ := vntext.Decode(page, vntext.Hints{ContentType: "text/html; charset=iso-8859-1"})
	fmt.Println(s, enc)
	// Output: <p style="font-family:.VnTime">Hà Nội</p> tcvn3
}

func ExampleRepair() {
	// Text an HTML parser decoded as Latin-1 although it is TCVN3 or VNI.
	fmt.Println(vntext.Repair("ViÖt Nam"))
	fmt.Println(vntext.Repair("Vieät Nam"))
	fmt.Println(vntext.Repair("Café"))
	// Output:
	// Việt Nam tcvn3
	// Việt Nam vni
	// Café
}

func ExampleFontEncoding() {
	enc := vntext.FontEncoding(`".VnTimeH", serif`)
	s, _ := vntext.Convert("céng hßa", enc)
	fmt.Println(enc, s)
	// Output: tcvn3-upper CỘNG HÒA
}

func ExampleParseDate() {
	t, err := vntext.ParseDate("Thứ sáu, 28/7/2023, 18:26 (GMT+7)", nil)
	fmt.Println(t.Format("2006-01-02 15:04 -07:00"), err)
	_, err = vntext.ParseDate("Thứ bảy, 28/7/2023", nil)
	fmt.Println(err)
	// Output:
	// 2023-07-28 18:26 +07:00 <nil>
	// vntext: date "Thứ bảy, 28/7/2023": weekday does not match the date: 28/07/2023 is a Friday, not a Saturday
}

func ExampleFindDate() {
	t, ok := vntext.FindDate("Cập nhật lúc 18:26, 28/07/2023 | Chia sẻ", nil)
	fmt.Println(t.Format(time.RFC3339), ok)
	// Output: 2023-07-28T18:26:00+07:00 true
}

func ExampleParseByline() {
	fmt.Printf("%q\n", vntext.ParseByline("Đình Anh- Văn Hương").Authors)
	b := vntext.ParseByline("MINH ANH (tổng hợp) - Theo TTXVN", vntext.WithTitleCase())
	fmt.Printf("%q %q %q\n", b.Authors, b.Credit, b.Qualifiers)
	fmt.Println(vntext.ParseByline("Đây là bài viết của Minh Anh.").IsZero())
	// Output:
	// ["Đình Anh" "Văn Hương"]
	// ["Minh Anh"] "TTXVN" ["tổng hợp"]
	// true
}

func ExampleSlug() {
	fmt.Println(vntext.Slug("Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy"))
	fmt.Println(vntext.Fold("Đảng ỦY"))
	// Output:
	// thuong-truc-ban-bi-thu-giao-ban-truc-tuyen-voi-bi-thu-cac-tinh-uy-thanh-uy
	// dang uy
}
