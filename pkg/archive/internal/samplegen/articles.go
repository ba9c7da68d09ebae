package main

// article is one story of the sample archive and where it goes.
type article struct {
	slug    string
	where   string // pages, jsonl, json, zip, warc
	section string
	title   string
	lead    string
	paras   []string // written for this story
	extra   int      // paragraphs added from the section's pool, then the general one
	heading string   // an intertitle before the pool paragraphs
	huyen   string   // district for the pool's {huyen}
	xa      string   // commune for {xa}
	authors []string
	credit  string
	tags    []string
	lang    string // "" = vi
	date    string // as the source prints it (RFC 3339); "" = undated
	figure  *figure
	url     string // default https://hagiangtv.vn/<section>/<slug>.html
	charset string // served in this charset, declared only in the HTTP header (WARC); "" = UTF-8

	// expect is written by hand from how the sample is built, and checked
	// against the dates by the tests: "07" (in the July 2023 digest), "06",
	// "08", "undated", or "dup" (a copy the digest must drop).
	expect string
	note   string // why, for .expected-2023-07.json
}

type figure struct {
	file, alt, caption, credit string
}

const (
	site     = "https://hagiangtv.vn"
	outlet   = "Đài Phát thanh và Truyền hình Hà Giang"
	outletEN = "Ha Giang Radio and Television"
)

// articles: 37 stories in 34 distinct articles (3 deliberate duplicates).
var articles = []article{
	// pages/2023/06
	{
		slug: "ky-thi-tot-nghiep-thpt-2023-dien-ra-an-toan", where: "pages", section: "Giáo dục",
		title: "Kỳ thi tốt nghiệp THPT năm 2023 tại Hà Giang diễn ra an toàn, nghiêm túc",
		lead:  "Sau hai ngày thi, Kỳ thi tốt nghiệp trung học phổ thông năm 2023 trên địa bàn tỉnh đã kết thúc an toàn, nghiêm túc, đúng quy chế; không có cán bộ, thí sinh vi phạm phải xử lý.",
		paras: []string{"Chiều 29/6, các thí sinh đã hoàn thành bài thi cuối cùng là bài thi tổ hợp Khoa học xã hội. Tỷ lệ thí sinh dự thi đạt 99,6%. Tại các điểm thi, lực lượng làm nhiệm vụ đã bố trí khu vực chờ, hướng dẫn thí sinh cất giữ vật dụng cá nhân, bảo đảm không mang điện thoại, tài liệu vào phòng thi."},
		extra: 5, huyen: "Yên Minh", authors: []string{"Thu Trang"}, tags: []string{"thi tốt nghiệp", "giáo dục"},
		date: "2023-06-29T17:40:00+07:00", expect: "06",
	},
	// pages/2023/07
	{
		slug: "khai-mac-ky-hop-thu-11-hdnd-tinh-khoa-xviii", where: "pages", section: "Thời sự",
		title: "Khai mạc Kỳ họp thứ 11, HĐND tỉnh khóa XVIII",
		lead:  "Sáng 10/7, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 11 (kỳ họp thường lệ giữa năm 2023). Kỳ họp diễn ra trong 3 ngày, xem xét, quyết định nhiều nội dung quan trọng về phát triển kinh tế - xã hội của tỉnh.",
		paras: []string{"Dự kỳ họp có các đồng chí lãnh đạo Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh; các vị đại biểu HĐND tỉnh; lãnh đạo các sở, ban, ngành và các huyện, thành phố. Phát biểu khai mạc, Chủ tịch HĐND tỉnh đề nghị các vị đại biểu phát huy trí tuệ, tinh thần trách nhiệm, tập trung thảo luận dân chủ, thẳng thắn để kỳ họp thành công tốt đẹp.", "Tại kỳ họp, HĐND tỉnh sẽ xem xét các báo cáo về tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023; thảo luận, thông qua 18 nghị quyết, trong đó có nghị quyết về chính sách hỗ trợ phát triển hợp tác xã và nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025."},
		extra: 8, heading: "Nhiều ý kiến tâm huyết", huyen: "Quản Bạ",
		authors: []string{"Đình Anh", "Văn Hương"}, tags: []string{"HĐND tỉnh", "kỳ họp"},
		date:   "2023-07-10T09:15:00+07:00",
		figure: &figure{file: "ky-hop.jpg", alt: "Quang cảnh Kỳ họp thứ 11, HĐND tỉnh khóa XVIII", caption: "Quang cảnh kỳ họp", credit: "Đình Anh"},
		expect: "07", note: "also in crawl.warc.gz with the same URL: one copy kept",
	},
	{
		slug: "giai-ngan-von-dau-tu-cong-6-thang-dat-hon-38", where: "pages", section: "Kinh tế",
		title: "Giải ngân vốn đầu tư công 6 tháng đạt hơn 38% kế hoạch",
		lead:  "Tính đến ngày 30/6, tỉnh Hà Giang đã giải ngân hơn 1.254 tỷ đồng vốn đầu tư công, đạt 38,2% kế hoạch, cao hơn bình quân chung của cả nước.",
		paras: []string{"Trong số các nguồn vốn, vốn ngân sách địa phương có tỷ lệ giải ngân cao nhất, đạt gần 45%; vốn các chương trình mục tiêu quốc gia đạt thấp nhất, mới khoảng 21%. Nguyên nhân chủ yếu là một số văn bản hướng dẫn của Trung ương ban hành chậm, việc lựa chọn nhà thầu ở một số dự án kéo dài."},
		extra: 4, huyen: "Bắc Quang", authors: []string{"Minh Đức"}, tags: []string{"đầu tư công", "giải ngân"},
		date: "2023-07-04T15:20:00+07:00", expect: "07",
	},
	{
		slug: "phuc-dung-le-cap-sac-cua-nguoi-dao-do", where: "pages", section: "Văn hóa",
		title: "Phục dựng Lễ cấp sắc của người Dao đỏ ở Hoàng Su Phì",
		lead:  "Ngày 8/7, UBND huyện Hoàng Su Phì phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức phục dựng Lễ cấp sắc của người Dao đỏ tại xã Hồ Thầu.",
		paras: []string{"Lễ cấp sắc là nghi lễ quan trọng bậc nhất trong đời sống tâm linh của người Dao, đánh dấu sự trưởng thành của người con trai. Theo quan niệm của đồng bào, chỉ những người đã qua lễ cấp sắc mới được coi là người lớn, được tổ tiên công nhận và được tham gia vào các công việc hệ trọng của dòng họ, bản làng."},
		extra: 5, heading: "Giữ gìn bản sắc", huyen: "Hoàng Su Phì", xa: "Hồ Thầu",
		authors: []string{"Hoàng Lan"}, tags: []string{"người Dao", "lễ cấp sắc", "di sản"},
		date:   "2023-07-08T10:05:00+07:00",
		figure: &figure{file: "le-cap-sac.jpg", alt: "Thầy cúng thực hiện nghi lễ", caption: "Các thầy cúng thực hiện nghi lễ trong Lễ cấp sắc", credit: "Hoàng Lan"},
		expect: "07",
	},
	{
		slug: "meo-vac-ho-tro-xoa-nha-tam-cho-hon-300-ho-ngheo", where: "pages", section: "Xã hội",
		title: "Mèo Vạc: Hỗ trợ xóa nhà tạm cho hơn 300 hộ nghèo",
		lead:  "Từ nguồn vốn của Chương trình mục tiêu quốc gia và xã hội hóa, năm 2023 huyện Mèo Vạc hỗ trợ xây mới, sửa chữa nhà ở cho 312 hộ nghèo, hộ cận nghèo.",
		paras: []string{"Mỗi hộ được hỗ trợ từ 40 đến 60 triệu đồng tùy theo hình thức xây mới hay sửa chữa, cùng với xi măng, tôn lợp và ngày công của lực lượng đoàn viên thanh niên. Đến giữa tháng 7, đã có 187 ngôi nhà hoàn thành, bàn giao cho các hộ dân."},
		extra: 4, huyen: "Mèo Vạc", xa: "Pải Lủng",
		authors: []string{"Bích Ngọc", "Quang Huy"}, tags: []string{"xóa nhà tạm", "giảm nghèo"},
		date:   "2023-07-12T16:45:00+07:00",
		figure: &figure{file: "nha-moi.jpg", alt: "Ngôi nhà mới của một hộ nghèo", caption: "Ngôi nhà mới của gia đình chị Giàng Thị Mai", credit: "Quang Huy"},
		expect: "07",
	},
	{
		slug: "hon-400-van-dong-vien-tranh-tai-giai-viet-da", where: "pages", section: "Thể thao",
		title: "Hơn 400 vận động viên tranh tài tại Giải Việt dã tỉnh Hà Giang năm 2023",
		lead:  "Sáng 16/7, tại thành phố Hà Giang, Sở Văn hóa, Thể thao và Du lịch tổ chức Giải Việt dã truyền thống tỉnh Hà Giang năm 2023.",
		paras: []string{"Đường chạy dài từ 3 đến 10 km tùy nội dung, xuất phát tại Quảng trường 26/3, qua các tuyến phố chính và dọc bờ sông Lô. Thời tiết mát mẻ, thuận lợi giúp nhiều vận động viên đạt thành tích tốt."},
		extra: 3, authors: []string{"Phạm Tuấn"}, tags: []string{"việt dã", "thể thao"},
		date: "2023-07-16T07:30:00+07:00", expect: "07",
	},
	{
		slug: "tang-cuong-tiem-vac-xin-phong-soi-cho-tre-em-vung-cao", where: "pages", section: "Y tế",
		title: "Tăng cường tiêm vắc xin phòng sởi cho trẻ em vùng cao",
		lead:  "Trước nguy cơ dịch sởi quay trở lại, ngành y tế Hà Giang triển khai chiến dịch tiêm bù, tiêm vét vắc xin sởi - rubella cho trẻ em từ 1 đến 5 tuổi tại các huyện vùng cao.",
		paras: []string{"Chiến dịch được tổ chức từ ngày 15/7 đến 15/8 tại 193 xã, phường, thị trấn, dự kiến tiêm cho gần 20.000 trẻ. Những thôn, bản xa trung tâm được ưu tiên bố trí điểm tiêm lưu động."},
		extra: 5, heading: "Không để sót trẻ nào", huyen: "Xín Mần",
		authors: []string{"Thu Hà"}, tags: []string{"sởi", "tiêm chủng"},
		date: "2023-07-18T14:10:00+07:00", expect: "07",
	},
	{
		slug: "cao-nguyen-da-dong-van-hut-khach-trong-mua-he", where: "pages", section: "Du lịch",
		title: "Cao nguyên đá Đồng Văn hút khách trong mùa hè",
		lead:  "Những ngày tháng 7, lượng du khách đến với Cao nguyên đá Đồng Văn tăng mạnh, nhiều cơ sở lưu trú ở Đồng Văn, Mèo Vạc kín phòng vào dịp cuối tuần.",
		paras: []string{"Mùa hè là thời điểm những thửa ruộng ngô xanh mướt phủ kín các hốc đá, dòng sông Nho Quế chuyển màu xanh ngọc, tạo nên khung cảnh hùng vĩ hiếm có. Nhiều bạn trẻ chọn hành trình xe máy qua đèo Mã Pì Lèng để chiêm ngưỡng vẻ đẹp này."},
		extra: 5, huyen: "Đồng Văn", xa: "Lũng Cú",
		authors: []string{"Nguyễn Hải"}, tags: []string{"du lịch", "Đồng Văn", "Mã Pì Lèng"},
		date:   "2023-07-22T11:00:00+07:00",
		figure: &figure{file: "cao-nguyen.png", alt: "Đèo Mã Pì Lèng nhìn từ trên cao", caption: "Đèo Mã Pì Lèng mùa hè", credit: "Nguyễn Hải"},
		expect: "07",
	},
	{
		slug: "triet-pha-duong-day-mua-ban-ma-tuy-xuyen-bien-gioi", where: "pages", section: "Quốc phòng - An ninh",
		title: "Triệt phá đường dây mua bán ma túy xuyên biên giới, thu giữ 12 bánh heroin",
		lead:  "Công an tỉnh Hà Giang phối hợp với Bộ đội Biên phòng tỉnh vừa triệt phá thành công một đường dây mua bán, vận chuyển trái phép chất ma túy từ nước ngoài vào Việt Nam.",
		paras: []string{"Khoảng 21 giờ ngày 23/7, tại khu vực giáp biên thuộc huyện Yên Minh, tổ công tác đã bắt quả tang hai đối tượng đang vận chuyển 12 bánh heroin và 6.000 viên ma túy tổng hợp. Từ lời khai của các đối tượng, ban chuyên án đã bắt giữ thêm ba đối tượng khác có liên quan."},
		extra: 4, authors: []string{"Đức Thịnh"}, tags: []string{"ma túy", "công an"},
		date: "2023-07-25T20:40:00+07:00", expect: "07",
	},
	{
		slug: "vi-xuyen-nang-cao-gia-tri-che-shan-tuyet", where: "pages", section: "Kinh tế",
		title: "Vị Xuyên: Nâng cao giá trị chè Shan tuyết",
		lead:  "Với hơn 4.000 ha chè, trong đó nhiều cây chè Shan tuyết cổ thụ hàng trăm năm tuổi, huyện Vị Xuyên đang hướng tới sản xuất chè hữu cơ, nâng cao giá trị sản phẩm.",
		paras: []string{"Nhiều hợp tác xã đã đầu tư dây chuyền chế biến hiện đại, cải tiến mẫu mã bao bì, đăng ký nhãn hiệu và truy xuất nguồn gốc. Giá chè búp tươi năm nay dao động từ 15.000 đến 25.000 đồng/kg, cao hơn năm trước."},
		extra: 3, huyen: "Vị Xuyên", authors: []string{"Lý Dung"}, tags: []string{"chè Shan tuyết", "OCOP"},
		date: "2023-07-27T09:50:00+07:00", expect: "07",
	},
	{
		slug: "trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-2023", where: "pages", section: "Thời sự",
		title: "Hà Giang triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2023",
		lead:  "Chiều 28/7, UBND tỉnh tổ chức hội nghị trực tuyến đánh giá tình hình thực hiện nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2023 với các huyện, thành phố.",
		paras: []string{"Hội nghị được kết nối trực tuyến tới 11 huyện, thành phố và 193 xã, phường, thị trấn. Các đại biểu đã tập trung phân tích những khó khăn, vướng mắc, đề xuất giải pháp tháo gỡ, nhất là trong giải ngân vốn đầu tư công, thực hiện các chương trình mục tiêu quốc gia và thu ngân sách."},
		extra: 12, heading: "Sáu nhóm giải pháp trọng tâm", huyen: "Bắc Mê",
		authors: []string{"Văn Hương"}, tags: []string{"UBND tỉnh", "kinh tế - xã hội"},
		date: "2023-07-28T18:26:00+07:00", expect: "07",
	},
	{
		slug: "xuyen-dem-khac-phuc-sat-lo-tren-quoc-lo-4c", where: "pages", section: "Xã hội",
		title: "Xuyên đêm khắc phục sạt lở trên Quốc lộ 4C",
		lead:  "Mưa lớn kéo dài khiến hàng nghìn mét khối đất đá từ taluy dương đổ xuống Quốc lộ 4C đoạn qua xã Tùng Vài, huyện Quản Bạ, gây ách tắc giao thông. Lực lượng chức năng đang xuyên đêm khắc phục.",
		paras: []string{"Ngay khi nhận được tin báo, đơn vị quản lý đường bộ đã huy động máy xúc, máy ủi cùng hàng chục công nhân có mặt tại hiện trường. Đến 23 giờ 30 phút đêm 31/7, một làn xe đã được thông tạm thời; lực lượng công an bố trí người phân luồng, hướng dẫn các phương tiện qua lại an toàn.", "Cơ quan chức năng khuyến cáo người dân và du khách hạn chế di chuyển qua các tuyến đường đèo dốc vào ban đêm khi trời mưa lớn, theo dõi thông tin thời tiết và chấp hành hướng dẫn của lực lượng làm nhiệm vụ."},
		extra: 1, huyen: "Quản Bạ", xa: "Tùng Vài", authors: []string{"Quang Huy"}, tags: []string{"sạt lở", "Quốc lộ 4C"},
		date: "2023-07-31T23:30:00+07:00", expect: "07", note: "23:30 on 31/7 in Hà Giang is 16:30Z: still July",
	},
	{
		slug: "cong-bo-diem-chuan-vao-lop-10-truong-thpt-chuyen", where: "pages", section: "Giáo dục",
		title: "Công bố điểm chuẩn vào lớp 10 Trường THPT Chuyên Hà Giang",
		lead:  "Sở Giáo dục và Đào tạo vừa công bố điểm chuẩn tuyển sinh vào lớp 10 Trường THPT Chuyên Hà Giang năm học 2023 - 2024.",
		paras: []string{"Theo đó, lớp chuyên Toán có điểm chuẩn cao nhất với 38,5 điểm; lớp chuyên Ngữ văn 36,75 điểm; lớp chuyên Tiếng Anh 37,25 điểm. Năm nay, nhà trường tuyển 315 học sinh cho 9 lớp chuyên."},
		extra: 3, huyen: "Hoàng Su Phì", authors: []string{"Thu Trang"}, tags: []string{"tuyển sinh lớp 10", "THPT Chuyên"},
		date: "2023-07-06T17:00:00+07:00", expect: "07",
	},
	// pages/2023/08
	{
		slug: "don-doan-famtrip-cac-doanh-nghiep-lu-hanh", where: "pages", section: "Du lịch",
		title: "Hà Giang đón đoàn famtrip các doanh nghiệp lữ hành",
		lead:  "Từ ngày 10 đến 12/8, đoàn famtrip gồm 40 doanh nghiệp lữ hành đến từ Hà Nội, TP Hồ Chí Minh và các tỉnh miền Trung đã khảo sát các điểm du lịch của Hà Giang.",
		paras: []string{"Đoàn đã đến thăm các điểm du lịch cộng đồng ở Quản Bạ, Yên Minh, Đồng Văn, Mèo Vạc, làm việc với các cơ sở lưu trú, nhà hàng để xây dựng các tour, tuyến mới cho mùa du lịch cuối năm."},
		extra: 3, huyen: "Yên Minh", xa: "Du Già", authors: []string{"Nguyễn Hải"}, tags: []string{"famtrip", "du lịch"},
		date: "2023-08-12T19:30:00+07:00", expect: "08",
	},

	// export.jsonl
	{
		slug: "chi-so-gia-tieu-dung-thang-6-tang-0-31", where: "jsonl", section: "Kinh tế",
		title: "Chỉ số giá tiêu dùng tháng 6 tăng 0,31%",
		lead:  "Theo Cục Thống kê tỉnh, chỉ số giá tiêu dùng (CPI) tháng 6/2023 trên địa bàn tăng 0,31% so với tháng trước và tăng 2,9% so với cùng kỳ năm 2022.",
		paras: []string{"Trong 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng giá, trong đó nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng tăng cao nhất do giá điện sinh hoạt được điều chỉnh. Nhóm giao thông giảm 0,6% do giá xăng dầu trong nước giảm theo giá thế giới."},
		extra: 2, huyen: "Quang Bình", authors: []string{"Minh Đức"}, tags: []string{"CPI", "giá cả"},
		date: "2023-07-03T08:00:00+07:00", expect: "07",
	},
	{
		slug: "trien-lam-anh-di-san-van-hoa-cac-dan-toc", where: "jsonl", section: "Văn hóa",
		title: "Triển lãm ảnh “Di sản văn hóa các dân tộc Hà Giang”",
		lead:  "Triển lãm giới thiệu 120 bức ảnh chọn lọc về lễ hội, trang phục, kiến trúc nhà ở và nghề thủ công truyền thống của đồng bào các dân tộc tỉnh Hà Giang.",
		paras: []string{"Triển lãm mở cửa từ ngày 14/7 đến hết ngày 14/8 tại Bảo tàng tỉnh. Các tác phẩm do hội viên Chi hội Nhiếp ảnh Hà Giang và các tác giả trong nước thực hiện trong hơn mười năm qua."},
		extra: 3, huyen: "Đồng Văn", xa: "Sủng Là", authors: []string{"Hoàng Lan"}, tags: []string{"triển lãm", "nhiếp ảnh"},
		date:   "2023-07-14T09:00:00+07:00",
		figure: &figure{file: "trien-lam.jpg", alt: "Khách tham quan triển lãm ảnh", caption: "Khách tham quan triển lãm tại Bảo tàng tỉnh", credit: "Hoàng Lan"},
		expect: "07", note: "also in export.json with the same id: one copy kept",
	},
	{
		slug: "ra-quan-chien-dich-thanh-nien-tinh-nguyen-he", where: "jsonl", section: "Xã hội",
		title: "Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023",
		lead:  "Sáng 15/6, Tỉnh đoàn Hà Giang tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023 tại xã Thanh Thủy, huyện Vị Xuyên.",
		paras: []string{"Chiến dịch năm nay tập trung vào các hoạt động bảo vệ môi trường, xây dựng nông thôn mới, hỗ trợ học sinh ôn thi, chăm sóc sức khỏe cho người dân vùng sâu, vùng xa và chuyển đổi số ở cơ sở."},
		extra: 2, huyen: "Vị Xuyên", xa: "Thanh Thủy", authors: []string{"Thanh Tâm"}, tags: []string{"thanh niên tình nguyện"},
		date: "2023-06-15T10:20:00+07:00", expect: "06",
	},
	{
		slug: "hoang-su-phi-mua-lon-gay-sat-lo", where: "jsonl", section: "Xã hội",
		url:   site + "/tin-nhanh/hoang-su-phi-mua-lon-gay-sat-lo.html",
		title: "Hoàng Su Phì: Mưa lớn gây sạt lở, chia cắt nhiều thôn",
		lead:  "Mưa lớn trong đêm 18 và rạng sáng 19/7 đã gây sạt lở đất đá ở nhiều nơi trên địa bàn huyện Hoàng Su Phì, chia cắt giao thông tới một số thôn.",
		paras: []string{"Theo báo cáo nhanh của UBND huyện, mưa lớn đã làm 12 nhà dân bị ảnh hưởng, hàng chục điểm sạt lở trên các tuyến đường liên xã, liên thôn. Chính quyền địa phương đang huy động lực lượng khắc phục. Chưa có thiệt hại về người.", "Trung tâm Dự báo khí tượng thủy văn tỉnh cho biết, mưa lớn còn có thể tiếp diễn trong hai ngày tới, lượng mưa phổ biến từ 50 đến 100 mm, có nơi trên 150 mm. Nguy cơ cao xảy ra lũ quét, sạt lở đất ở các huyện phía Tây. Người dân cần theo dõi chặt chẽ diễn biến thời tiết, chủ động di dời khỏi những khu vực nguy hiểm. Thông tin chi tiết về thiệt hại sẽ tiếp tục được cập nhật."},
		extra: 0, authors: []string{"Quang Huy"}, tags: []string{"mưa lũ", "sạt lở"},
		date: "2023-07-19T06:45:00+07:00", expect: "dup", note: "same title and day as the longer report in pages.zip: the longer one is kept",
	},
	{
		slug: "nhung-chinh-sach-moi-co-hieu-luc-tu-thang-8-2023", where: "jsonl", section: "Thời sự",
		title: "Những chính sách mới có hiệu lực từ tháng 8/2023",
		lead:  "Từ ngày 1/8/2023, nhiều chính sách mới về giáo dục, y tế, giao thông và thuế có hiệu lực, tác động trực tiếp đến đời sống của người dân.",
		paras: []string{"Đáng chú ý, từ tháng 8, học sinh trung học cơ sở và trung học phổ thông được xét tốt nghiệp theo quy định mới; người dân có thể sử dụng căn cước công dân gắn chip thay cho thẻ bảo hiểm y tế khi đi khám, chữa bệnh tại tất cả các cơ sở y tế trên địa bàn tỉnh."},
		extra: 2, authors: []string{"Minh Đức"}, credit: "Tổng hợp", tags: []string{"chính sách mới"},
		date: "2023-07-31T17:10:00Z", expect: "08", note: "17:10Z on 31/7 is 00:10 on 1/8 in Hà Giang: August",
	},
	{
		slug: "bong-chuyen-nu-gianh-huy-chuong-bac", where: "jsonl", section: "Thể thao",
		title: "Bóng chuyền nữ Hà Giang giành Huy chương Bạc giải các đội mạnh khu vực",
		lead:  "Tối 23/7, khép lại Giải bóng chuyền các đội mạnh khu vực miền núi phía Bắc năm 2023, đội tuyển nữ Hà Giang đã xuất sắc giành Huy chương Bạc.",
		paras: []string{"Trong trận chung kết, các cô gái Hà Giang đã chơi đầy quyết tâm trước đội chủ nhà Lào Cai và chỉ chịu thua sát nút với tỉ số 2 - 3. Đây là thành tích tốt nhất của đội tuyển nữ trong 5 năm trở lại đây."},
		extra: 3, authors: []string{"Phạm Tuấn"}, tags: []string{"bóng chuyền"},
		date: "2023-07-23T21:15:00+07:00", expect: "07",
	},
	{
		slug: "ha-giang-speeds-up-rural-road-building", where: "jsonl", section: "News", lang: "en",
		url:   site + "/en/news/ha-giang-speeds-up-rural-road-building.html",
		title: "Ha Giang speeds up rural road building",
		lead:  "The northern province of Hà Giang plans to concrete another 600 kilometres of village roads this year, so that every hamlet can be reached by car in all seasons.",
		paras: []string{"By the end of June, 320 kilometres had been completed, most of them in the rocky highland districts of Đồng Văn, Mèo Vạc and Yên Minh, where villagers used to walk for hours to reach the nearest market."},
		extra: 3, authors: []string{"Minh Duc"}, tags: []string{"rural roads", "infrastructure"},
		date: "2023-07-20T15:00:00+07:00", expect: "07",
	},
	{
		slug: "tuyen-duong-nguoi-co-uy-tin-tieu-bieu", where: "jsonl", section: "Xã hội",
		title: "Tuyên dương 150 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
		lead:  "Ngày 26/7, Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2023.",
		paras: []string{"Những người có uy tín là già làng, trưởng thôn, trưởng dòng họ, thầy mo, người sản xuất giỏi… luôn gương mẫu chấp hành chủ trương, chính sách, vận động bà con phát triển kinh tế, giữ gìn an ninh trật tự, xóa bỏ hủ tục ở thôn, bản."},
		extra: 3, huyen: "Xín Mần", xa: "Nà Chì", authors: []string{"Bích Ngọc"}, tags: []string{"người có uy tín", "dân tộc"},
		date: "2023-07-26T10:30:00+07:00", expect: "07",
	},

	// export.json
	{
		slug: "trien-lam-anh-di-san-van-hoa-cac-dan-toc", where: "json", expect: "dup", note: "the same article (same id) as export.jsonl line 2",
	},
	{
		slug: "tu-ngay-1-7-luong-co-so-tang-len-1-8-trieu-dong", where: "json", section: "Thời sự",
		title: "Từ ngày 1/7, lương cơ sở tăng lên 1,8 triệu đồng/tháng",
		lead:  "Từ ngày 1/7/2023, mức lương cơ sở tăng từ 1,49 triệu đồng lên 1,8 triệu đồng/tháng, áp dụng với cán bộ, công chức, viên chức và lực lượng vũ trang.",
		paras: []string{"Trên địa bàn tỉnh có hơn 30.000 cán bộ, công chức, viên chức và người lao động được hưởng lương từ ngân sách nhà nước. Sở Tài chính cho biết đã chủ động bố trí đủ nguồn để chi trả theo mức lương mới ngay từ kỳ lương tháng 7."},
		extra: 2, authors: []string{"Văn Hương"}, credit: "Tổng hợp", tags: []string{"lương cơ sở", "chính sách mới"},
		date: "2023-06-30T17:05:00Z", expect: "07", note: "17:05Z on 30/6 is 00:05 on 1/7 in Hà Giang: July",
	},
	{
		slug: "foreign-visitors-return-to-the-karst-plateau", where: "json", section: "News", lang: "en",
		url:   site + "/en/news/foreign-visitors-return-to-the-karst-plateau.html",
		title: "Foreign visitors return to Ha Giang's karst plateau",
		lead:  "International arrivals to Hà Giang have passed pre-pandemic levels, with backpackers and motorbike tour groups filling homestays along the Mã Pì Lèng pass.",
		paras: []string{"Tour operators say most foreign visitors now book the four-day loop from Hà Giang city through Quản Bạ, Yên Minh, Đồng Văn and Mèo Vạc, often with local ethnic minority drivers known as easy riders."},
		extra: 3, authors: []string{"Nguyen Hai"}, tags: []string{"tourism"},
		date: "2023-08-03T09:00:00+07:00", expect: "08",
	},
	{
		slug: "thu-ngan-sach-7-thang-dat-hon-60-du-toan", where: "json", section: "Kinh tế",
		title: "Thu ngân sách 7 tháng đạt hơn 60% dự toán",
		lead:  "Tổng thu ngân sách nhà nước trên địa bàn tỉnh 7 tháng đầu năm 2023 ước đạt 1.580 tỷ đồng, bằng 62% dự toán Trung ương giao.",
		paras: []string{"Trong đó, thu nội địa đạt 1.420 tỷ đồng; thu từ hoạt động xuất nhập khẩu đạt 160 tỷ đồng. Một số khoản thu đạt khá như thu từ doanh nghiệp nhà nước trung ương, thuế bảo vệ môi trường, lệ phí trước bạ."},
		extra: 4, huyen: "Bắc Quang", authors: []string{"Lý Dung"}, tags: []string{"ngân sách"},
		date:   "2023-07-30T14:00:00+07:00",
		figure: &figure{file: "thu-ngan-sach.png", alt: "Biểu đồ thu ngân sách 7 tháng", caption: "Thu ngân sách 7 tháng đầu năm 2023", credit: "Lý Dung"},
		expect: "07",
	},

	// pages.zip
	{
		slug: "hoang-su-phi-mua-lon-gay-sat-lo-chia-cat-nhieu-thon", where: "zip", section: "Xã hội",
		title: "Hoàng Su Phì: Mưa lớn gây sạt lở, chia cắt nhiều thôn",
		lead:  "Mưa lớn trong đêm 18 và rạng sáng 19/7 đã gây sạt lở đất đá ở nhiều nơi trên địa bàn huyện Hoàng Su Phì, chia cắt giao thông tới một số thôn, nhiều hộ dân phải di dời khẩn cấp.",
		paras: []string{"Theo UBND huyện, mưa lớn đã làm 12 nhà dân bị ảnh hưởng, trong đó 3 nhà bị sập hoàn toàn; hơn 20 ha lúa, ngô bị vùi lấp; hàng chục điểm sạt lở trên các tuyến đường liên xã, liên thôn, nặng nhất là tuyến Thông Nguyên - Hồ Thầu. Rất may, các hộ dân đã được di dời kịp thời nên không có thiệt hại về người.", "Ngay trong sáng 19/7, lãnh đạo huyện đã trực tiếp kiểm tra hiện trường, chỉ đạo các xã huy động lực lượng dân quân, công an, đoàn viên thanh niên giúp người dân di chuyển tài sản đến nơi an toàn, hỗ trợ lương thực, nước uống cho các hộ bị thiệt hại."},
		extra: 6, heading: "Khẩn trương khắc phục hậu quả", huyen: "Hoàng Su Phì", xa: "Thông Nguyên",
		authors: []string{"Quang Huy", "Thu Hà"}, tags: []string{"mưa lũ", "sạt lở", "Hoàng Su Phì"},
		date:   "2023-07-19T11:20:00+07:00",
		figure: &figure{file: "sat-lo.jpg", alt: "Đất đá sạt lở tràn xuống đường", caption: "Đất đá sạt lở trên tuyến đường Thông Nguyên - Hồ Thầu", credit: "Quang Huy"},
		expect: "07", note: "the longer of two reports with the same title on 19/7 (the short one is in export.jsonl)",
	},
	{
		slug: "thong-bao-tiep-nhan-ho-so-xet-tuyen-vien-chuc", where: "zip", section: "Thông báo",
		title:  "Thông báo tiếp nhận hồ sơ xét tuyển viên chức sự nghiệp giáo dục",
		lead:   "Sở Nội vụ thông báo tiếp nhận hồ sơ đăng ký dự tuyển viên chức làm việc tại các đơn vị sự nghiệp công lập thuộc ngành giáo dục.",
		paras:  []string{"Người đăng ký dự tuyển nộp hồ sơ trực tiếp tại bộ phận một cửa của Sở Nội vụ hoặc qua dịch vụ bưu chính công ích. Hồ sơ gồm phiếu đăng ký dự tuyển theo mẫu, bản sao văn bằng, chứng chỉ và giấy tờ ưu tiên (nếu có).", "Người dự tuyển phải có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có đơn đăng ký dự tuyển, có lý lịch rõ ràng, có văn bằng, chứng chỉ đào tạo phù hợp với vị trí việc làm và đủ sức khỏe để thực hiện công việc. Người đang bị truy cứu trách nhiệm hình sự, đang chấp hành bản án hoặc đang bị áp dụng biện pháp xử lý hành chính thì không được đăng ký dự tuyển.", "Mọi thông tin chi tiết xin liên hệ Phòng Công chức, viên chức, Sở Nội vụ trong giờ hành chính."},
		expect: "undated", note: "no date anywhere on the page (the header's date is when the page was saved)",
	},
	{
		slug: "dong-van-geopark-prepares-for-unesco-revalidation", where: "zip", section: "News", lang: "en",
		url:   site + "/en/news/dong-van-geopark-prepares-for-unesco-revalidation.html",
		title: "Đồng Văn Geopark prepares for UNESCO revalidation",
		lead:  "Hà Giang is upgrading signs, trails and visitor centres on the Đồng Văn Karst Plateau ahead of a UNESCO revalidation mission later this year.",
		paras: []string{"The province has set aside VND 45 billion for the work, including new information boards in Vietnamese, English and Chinese at 30 geological sites, and training for local guides from the Hmong and Lô Lô communities."},
		extra: 4, authors: []string{"Hoang Lan"}, tags: []string{"geopark", "UNESCO"},
		date:   "2023-07-11T13:00:00+07:00",
		figure: &figure{file: "geopark.jpg", alt: "Karst mountains of the Đồng Văn plateau", caption: "The Đồng Văn Karst Plateau", credit: "Hoang Lan"},
		expect: "07",
	},
	{
		slug: "soi-noi-lien-hoan-nghe-thuat-quan-chung-yen-minh", where: "zip", section: "Văn hóa",
		title: "Sôi nổi Liên hoan nghệ thuật quần chúng huyện Yên Minh",
		lead:  "Tối 5/7, tại Sân vận động trung tâm huyện Yên Minh đã diễn ra Liên hoan nghệ thuật quần chúng năm 2023 với sự tham gia của 18 đội văn nghệ.",
		paras: []string{"Hơn 300 diễn viên, nghệ nhân không chuyên đến từ các xã, thị trấn đã mang đến liên hoan những tiết mục đặc sắc, phản ánh đời sống, lao động sản xuất của đồng bào các dân tộc Mông, Tày, Dao, Giáy."},
		extra: 4, huyen: "Yên Minh", xa: "Mậu Duệ", authors: []string{"Lý Dung"}, tags: []string{"văn nghệ quần chúng"},
		date: "2023-07-05T20:00:00+07:00", expect: "07",
	},
	{
		slug: "phat-trien-hop-tac-xa-nong-nghiep-kieu-moi-o-bac-quang", where: "zip", section: "Kinh tế",
		title: "Phát triển hợp tác xã nông nghiệp kiểu mới ở Bắc Quang",
		lead:  "Huyện Bắc Quang hiện có 86 hợp tác xã nông nghiệp, nhiều hợp tác xã đã liên kết sản xuất theo chuỗi giá trị, mang lại thu nhập ổn định cho các thành viên.",
		paras: []string{"Hợp tác xã Cam sành Hùng An là một ví dụ: từ 15 thành viên ban đầu, nay hợp tác xã đã có 60 thành viên, canh tác 120 ha cam theo tiêu chuẩn VietGAP, doanh thu mỗi năm hơn 10 tỷ đồng."},
		extra: 4, huyen: "Bắc Quang", authors: []string{"Minh Đức"}, tags: []string{"hợp tác xã", "nông nghiệp"},
		date: "2023-07-21T08:30:00+07:00", expect: "07",
	},

	// crawl.warc.gz
	{
		slug: "khai-mac-ky-hop-thu-11-hdnd-tinh-khoa-xviii", where: "warc", expect: "dup", note: "the same URL as the saved page in pages/2023/07",
	},
	{
		slug: "bac-me-hieu-qua-chuong-trinh-giam-ngheo-ben-vung", where: "warc", section: "Xã hội",
		title: "Bắc Mê: Hiệu quả từ Chương trình mục tiêu quốc gia giảm nghèo bền vững",
		lead:  "Sau hơn hai năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững, tỷ lệ hộ nghèo của huyện Bắc Mê đã giảm bình quân hơn 5% mỗi năm.",
		paras: []string{"Huyện đã lồng ghép nhiều nguồn vốn để hỗ trợ người dân phát triển sản xuất như hỗ trợ giống bò, giống dê, cây ăn quả và vật tư nông nghiệp; đồng thời mở các lớp tập huấn kỹ thuật chăn nuôi, trồng trọt cho hàng nghìn lượt người."},
		extra: 4, huyen: "Bắc Mê", xa: "Yên Phong", authors: []string{"Thanh Tâm"}, tags: []string{"giảm nghèo", "Bắc Mê"},
		date: "2023-07-13T10:00:00+07:00", charset: "windows-1258",
		expect: "07", note: "served as windows-1258, declared only in the HTTP header",
	},
	{
		slug: "xin-man-trong-cay-duoc-lieu-duoi-tan-rung", where: "warc", section: "Kinh tế",
		title: "Xín Mần: Ra mắt mô hình trồng cây dược liệu dưới tán rừng",
		lead:  "Huyện Xín Mần vừa ra mắt mô hình trồng cây dược liệu dưới tán rừng với quy mô 30 ha tại các xã Chế Là, Nàn Xỉn và Bản Díu.",
		paras: []string{"Các loại cây được lựa chọn gồm thảo quả, sa nhân, đương quy, tam thất, phù hợp với khí hậu, thổ nhưỡng của địa phương. Mô hình vừa giúp người dân có thêm thu nhập, vừa bảo vệ và phát triển vốn rừng."},
		extra: 3, huyen: "Xín Mần", xa: "Chế Là", authors: []string{"Lý Dung"}, tags: []string{"dược liệu", "kinh tế rừng"},
		date:   "2023-07-17T16:00:00+07:00",
		figure: &figure{file: "duoc-lieu.jpg", alt: "Người dân chăm sóc cây dược liệu", caption: "Người dân chăm sóc cây thảo quả dưới tán rừng", credit: "Lý Dung"},
		expect: "07",
	},
	{
		slug: "hoi-nghi-xuc-tien-dau-tu-nong-nghiep-du-lich", where: "warc", section: "Kinh tế",
		title: "Hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp, du lịch",
		lead:  "Ngày 22/6, UBND tỉnh tổ chức Hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp và du lịch năm 2023 với sự tham gia của hơn 100 doanh nghiệp.",
		paras: []string{"Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư và ký kết biên bản ghi nhớ với 15 nhà đầu tư, tổng vốn đăng ký hơn 4.200 tỷ đồng, tập trung vào chế biến nông sản, dược liệu và khu du lịch sinh thái."},
		extra: 3, huyen: "Quang Bình", authors: []string{"Minh Đức"}, tags: []string{"xúc tiến đầu tư"},
		date: "2023-06-22T09:00:00+07:00", expect: "06",
	},
	{
		slug: "dong-van-to-chuc-ngay-hoi-van-hoa-cac-dan-toc", where: "warc", section: "Văn hóa",
		title: "Đồng Văn tổ chức Ngày hội văn hóa các dân tộc",
		lead:  "Tối 24/7, tại phố cổ Đồng Văn, UBND huyện Đồng Văn tổ chức Ngày hội văn hóa các dân tộc năm 2023, thu hút hàng nghìn người dân và du khách.",
		paras: []string{"Ngày hội gồm nhiều hoạt động như trình diễn trang phục truyền thống, thi hát dân ca, thi làm bánh dày, bánh tam giác mạch và các trò chơi dân gian của đồng bào Mông, Lô Lô, Pu Péo, Tày."},
		extra: 4, huyen: "Đồng Văn", xa: "Lũng Cú", authors: []string{"Hoàng Lan"}, tags: []string{"ngày hội văn hóa", "Đồng Văn"},
		date: "2023-07-24T19:45:00+07:00", expect: "07",
	},
	{
		slug: "tri-an-anh-hung-liet-si-ky-niem-76-nam", where: "warc", section: "Thời sự",
		title: "Tri ân các anh hùng liệt sĩ nhân kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ",
		lead:  "Sáng 27/7, Đoàn đại biểu lãnh đạo tỉnh Hà Giang đã đến dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang Liệt sĩ Quốc gia Vị Xuyên.",
		paras: []string{"Trong không khí trang nghiêm, thành kính, đoàn đã dành phút mặc niệm tưởng nhớ công lao to lớn của các anh hùng liệt sĩ đã anh dũng chiến đấu, hy sinh vì độc lập, tự do của Tổ quốc và bảo vệ vững chắc chủ quyền biên giới thiêng liêng.", "Nhân dịp này, tỉnh đã tặng hơn 5.800 suất quà cho thương binh, bệnh binh, thân nhân liệt sĩ và người có công với cách mạng với tổng trị giá gần 3 tỷ đồng."},
		extra: 3, huyen: "Vị Xuyên", authors: []string{"Đình Anh"}, tags: []string{"27/7", "tri ân"},
		date: "2023-07-27T07:15:00+07:00", expect: "07",
	},
}
