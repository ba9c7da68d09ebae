package vntext

// The seed article (a provincial broadcaster's page, 28/07/2023): title,
// date line, three body paragraphs and byline, as published (NFC UTF-8).
// Used for the fixtures in testdata/vntext and for benchmarks.
const (
	seedTitle  = `Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy`
	seedDate   = `18:26, 28/07/2023`
	seedByline = `Đình Anh- Văn Hương`
)

var seedParagraphs = []string{
	`Ngày 28/7/2023, Thường trực Ban Bí thư Trung ương đã tổ chức Hội nghị giao ban trực tuyến với các đồng chí bí thư Tỉnh uỷ, Thành uỷ trực thuộc Trung ương để đánh giá tình hình thực hiện nhiệm vụ công tác 6 tháng đầu năm, triển khai một số nhiệm vụ trọng tâm 6 tháng cuối năm 2023. Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị. Dự hội nghị tại điểm cầu tỉnh Hà Giang có đồng chí: Nguyễn Mạnh Dũng, Quyền Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo các Ban xây dựng đảng Tỉnh ủy, Thường trực HĐND, UBND tỉnh.`,
	`Trong 6 tháng đầu năm 2023, các Tỉnh ủy, Thành ủy tập trung lãnh đạo, chỉ đạo tốt việc học tập, quán triệt, triển khai thực hiện các nghị quyết, văn bản của Trung ương. Công tác xây dựng Đảng và hệ thống chính trị tiếp tục đạt nhiều kết quả tích cực. Cơ bản các địa phương có tốc độ tăng trưởng kinh tế dương, trong đó có 10 tỉnh, thành phố có mức tăng trưởng cao từ 7,7% đến 14,2%. Điểm sáng là lĩnh vực du lịch, dịch vụ hồi phục, phát triển mạnh mẽ, số lượt khách du lịch và doanh thu từ du lịch tăng cao. Tổng vốn đầu tư phát triển toàn xã hội tăng so với cùng kỳ 2022. Các chương trình mục tiêu quốc gia tiếp tục được quan tâm chỉ đạo triển khai thực hiện. Lĩnh vực văn hoá - xã hội, y tế, giáo dục, khoa học - công nghệ tiếp tục được quan tâm. Tình hình các loại dịch bệnh được kiểm soát. Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời. Quốc phòng, an ninh tiếp tục được giữ vững; trật tự, an toàn xã hội được bảo đảm. Hoạt động đối ngoại được mở rộng, tăng cường...`,
	`Đối với tỉnh Hà Giang, Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy đã ban hành các nghị quyết, chỉ thị, chương trình, kế hoạch để cụ thể hóa, lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng, các nghị quyết, chỉ thị, kết luận của Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư, phù hợp với tình hình thực tiễn của tỉnh. 6 tháng đầu năm 2023, tốc độ tăng trưởng (GRDP) của tỉnh ước đạt 1,18%. Tổng vốn đầu tư toàn xã hội đạt 6.378 tỷ đồng. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 7.865 tỷ đồng. Tổng kim ngạch xuất nhập khẩu đạt 148,5 triệu USD. Lượng khách du lịch đạt 1.418.000 lượt người. 03 Chương trình mục tiêu quốc gia được triển khai khẩn trương, tích cực. Lĩnh vực văn hoá - xã hội có nhiều tiến bộ. Công tác quốc phòng - an ninh tiếp tục được tăng cường. Công tác xây dựng hệ thống chính trị, trong đó công tác xây dựng Đảng đạt nhiều kết quả đáng khích lệ...`,
}
