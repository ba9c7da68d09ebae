package vntext

import (
	"reflect"
	"testing"
)

func TestParseByline(t *testing.T) {
	type B = Byline
	a := func(names ...string) []string { return names }
	tests := []struct {
		in    string
		title bool
		want  Byline
	}{
		// The seed and its separators.
		{"Đình Anh- Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Đình Anh - Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Đình Anh -Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Đình Anh-Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Đình Anh, Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Đình Anh; Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Đình Anh & Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Đình Anh và Văn Hương", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"Nguyễn Mạnh Dũng", false, B{Authors: a("Nguyễn Mạnh Dũng")}},
		{"Lê Thị Thu Hà, Trần Văn Minh, Phạm Hoàng", false, B{Authors: a("Lê Thị Thu Hà", "Trần Văn Minh", "Phạm Hoàng")}},
		{"  Đình Anh- Văn Hương  ", false, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"- Đình Anh -", false, B{Authors: a("Đình Anh")}},
		{"Đình Anh./.", false, B{Authors: a("Đình Anh")}},
		{"Đình Anh.", false, B{Authors: a("Đình Anh")}},
		// Capitals.
		{"ĐÌNH ANH - VĂN HƯƠNG", false, B{Authors: a("ĐÌNH ANH", "VĂN HƯƠNG")}},
		{"ĐÌNH ANH - VĂN HƯƠNG", true, B{Authors: a("Đình Anh", "Văn Hương")}},
		{"MINH ANH VÀ HỒNG NHUNG", true, B{Authors: a("Minh Anh", "Hồng Nhung")}},
		{"NGUYỄN T.T. HÀ", true, B{Authors: a("Nguyễn T.T. Hà")}},
		{"Đình ANH", true, B{Authors: a("Đình ANH")}},
		// Initials.
		{"T.T.", false, B{Authors: a("T.T.")}},
		{"H.A", false, B{Authors: a("H.A")}},
		{"Ng. Minh - Th.Hà", false, B{Authors: a("Ng. Minh", "Th.Hà")}},
		// Qualifiers and credits.
		{"Minh Anh (tổng hợp)", false, B{Authors: a("Minh Anh"), Qualifiers: a("tổng hợp")}},
		{"Hồng Nhung (theo Reuters)", false, B{Authors: a("Hồng Nhung"), Credit: "Reuters"}},
		{"Minh Anh (TTXVN)", false, B{Authors: a("Minh Anh"), Credit: "TTXVN"}},
		{"Hồng Nhung/TTXVN", false, B{Authors: a("Hồng Nhung"), Credit: "TTXVN"}},
		{"Quang Hùng - Thu Trang/VOV.VN", false, B{Authors: a("Quang Hùng", "Thu Trang"), Credit: "VOV.VN"}},
		{"Minh Hoà/VOV-Tây Bắc", false, B{Authors: a("Minh Hoà"), Credit: "VOV-Tây Bắc"}},
		{"Văn Điệp/TTXVN-Huế", false, B{Authors: a("Văn Điệp"), Credit: "TTXVN-Huế"}},
		{"Minh Anh (CTV)", false, B{Authors: a("Minh Anh"), Qualifiers: a("CTV")}},
		{"Minh Anh (lược dịch) - Theo AFP", false, B{Authors: a("Minh Anh"), Credit: "AFP", Qualifiers: a("lược dịch")}},
		{"Theo VnExpress", false, B{Credit: "VnExpress"}},
		{"(Theo VnExpress)", false, B{Credit: "VnExpress"}},
		{"Theo TTXVN", false, B{Credit: "TTXVN"}},
		{"Theo Reuters, AFP", false, B{Credit: "Reuters, AFP"}},
		{"Theo Báo Tin tức", false, B{Credit: "Báo Tin tức"}},
		{"Nguồn: Báo Hà Giang", false, B{Credit: "Báo Hà Giang"}},
		{"Nguồn: baohagiang.vn", false, B{Credit: "baohagiang.vn"}},
		{"TTXVN", false, B{Credit: "TTXVN"}},
		{"Văn Hương - Báo Hà Giang", false, B{Authors: a("Văn Hương"), Credit: "Báo Hà Giang"}},
		{"Đình Anh (Đài PT-TH Hà Giang)", false, B{Authors: a("Đình Anh"), Credit: "Đài PT-TH Hà Giang"}},
		{"Văn Hương - Đài PT-TH Hà Giang", false, B{Authors: a("Văn Hương"), Credit: "Đài PT-TH Hà Giang"}},
		{"ĐÌNH ANH-VĂN HƯƠNG", false, B{Authors: a("ĐÌNH ANH", "VĂN HƯƠNG")}},
		{"Thanh Hà (t/h)", false, B{Authors: a("Thanh Hà"), Qualifiers: a("t/h")}},
		{"By John Smith, Reuters", false, B{Authors: a("John Smith"), Credit: "Reuters"}},
		{"Minh Anh (tổng hợp) - Nguồn: Bộ Y tế", false, B{Authors: a("Minh Anh"), Credit: "Bộ Y tế", Qualifiers: a("tổng hợp")}},
		// Labels.
		{"Bài và ảnh: Hoàng Hà", false, B{Authors: a("Hoàng Hà"), Photographers: a("Hoàng Hà")}},
		{"Bài, ảnh: Lê Minh", false, B{Authors: a("Lê Minh"), Photographers: a("Lê Minh")}},
		{"Tin, ảnh: Lê Minh - Thu Hà", false, B{Authors: a("Lê Minh", "Thu Hà"), Photographers: a("Lê Minh", "Thu Hà")}},
		{"Bài: Minh Anh - Ảnh: Hoàng Hà", false, B{Authors: a("Minh Anh"), Photographers: a("Hoàng Hà")}},
		{"Bài: Minh Anh; Ảnh: Hoàng Hà; Đồ họa: Văn Nam", false, B{Authors: a("Minh Anh"), Photographers: a("Hoàng Hà")}},
		{"Tác giả: Trần Văn Minh", false, B{Authors: a("Trần Văn Minh")}},
		{"Nhóm PV: Minh Anh, Hoàng Hà", false, B{Authors: a("Minh Anh", "Hoàng Hà")}},
		{"PV Minh Anh", false, B{Authors: a("Minh Anh")}},
		{"PV", false, B{Authors: a("PV")}},
		{"Nhóm PV", false, B{Authors: a("Nhóm PV")}},
		{"Nhóm phóng viên", false, B{Authors: a("Nhóm phóng viên")}},
		{"Ảnh: Minh Anh", false, B{Photographers: a("Minh Anh")}},
		{"By John Smith and Jane Doe", false, B{Authors: a("John Smith", "Jane Doe")}},
		{"By Ludwig van Beethoven", false, B{Authors: a("Ludwig van Beethoven")}},
		{"Nguyễn Văn A", false, B{Authors: a("Nguyễn Văn A")}},
		{"Bởi Minh An", false, B{Authors: a("Minh An")}},
		{"Bởi Theo TTXVN", false, B{Credit: "TTXVN"}},
		// National outlets whose names read like people's.
		{"Theo Nhân Dân", false, B{Credit: "Nhân Dân"}},
		{"Thu Hà (Tuổi Trẻ)", false, B{Authors: a("Thu Hà"), Credit: "Tuổi Trẻ"}},
		{"Theo Mai Lan", false, B{Credit: "Mai Lan"}},
		// An office signing an article on a government portal.
		{"Nguyễn Văn Bình - Ban Tiếp công dân tỉnh", false, B{Authors: a("Nguyễn Văn Bình"), Credit: "Ban Tiếp công dân tỉnh"}},
		{"Sở Y tế", false, B{}},
	}
	for _, tt := range tests {
		var opts []BylineOption
		if tt.title {
			opts = append(opts, WithTitleCase())
		}
		if got := ParseByline(tt.in, opts...); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseByline(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseBylineRejects(t *testing.T) {
	for _, in := range []string{
		"",
		"   ",
		"Đây là bài viết của Minh Anh.",
		"Ý kiến bạn đọc",
		"TIN LIÊN QUAN",
		"Đọc thêm",
		"Chia sẻ",
		"Bình luận",
		"Đài Phát thanh và Truyền hình Hà giang",
		"Quyền Bí thư Tỉnh ủy Nguyễn Mạnh Dũng và các đại biểu tham dự hội nghị tại điểm cầu tỉnh Hà Giang",
		"Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy",
		"18:26, 28/07/2023",
		"Hà Nội, 28/7/2023",
		"Minh Anh 2023",
		"Minh Anh!",
		"Ai là người viết bài này?",
		"Hà Nội: nắng nóng",
		"Biên soạn: Minh Anh",
		"Theo báo cáo, kinh tế tăng trưởng 7%",
		"Theo ông Nguyễn Văn A, dự án sẽ hoàn thành",
		"Theo Bộ Y tế, số ca mắc giảm",
		"Nguyễn Văn Minh Hoàng Long Phúc",
		"Minh Anh (tổng hợp",
		"Minh Anh tổng hợp)",
		"Minh Anh (a(b))",
		"Minh Anh (theo số liệu năm 2023 của Tổng cục Thống kê và Bộ Kế hoạch)",
		"minh anh",
		"Ảnh minh họa",
		"Tổng vốn đầu tư toàn xã hội đạt 6.378 tỷ đồng.",
		"Xem thêm: Tin nóng",
		"Copyright © 2023 Báo Hà Giang",
		"A, B, C, D, E, F, G, H, I, J, K, L, M",
		"Lượng khách du lịch đạt 1.418.000 lượt người.",
	} {
		if got := ParseByline(in, WithTitleCase()); !got.IsZero() {
			t.Errorf("ParseByline(%q) = %+v, want zero", in, got)
		}
	}
}
