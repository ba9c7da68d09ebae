package main

// Paragraph pools by section. Articles take their own paragraphs first, then
// a few from their section's pool and from the general one, with {huyen}
// and {xa} replaced by the article's district and commune. The text is
// synthetic: plausible provincial news, not reports of real events.
var pools = map[string][]string{
	"thoisu": {
		"Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh ghi nhận những kết quả mà các cấp, các ngành đã đạt được trong thời gian qua, đồng thời thẳng thắn chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, công tác giải phóng mặt bằng ở một số dự án còn vướng mắc, cải cách thủ tục hành chính chưa đáp ứng yêu cầu. Đồng chí đề nghị các sở, ngành, địa phương phân tích rõ nguyên nhân, nhất là nguyên nhân chủ quan, để có giải pháp khắc phục kịp thời.",
		"Theo báo cáo, 6 tháng đầu năm 2023, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 1,18%; thu ngân sách nhà nước trên địa bàn đạt 1.320 tỷ đồng, bằng 52% dự toán Trung ương giao. Sản xuất nông, lâm nghiệp cơ bản ổn định; lĩnh vực du lịch tiếp tục phục hồi mạnh với hơn 1,4 triệu lượt khách. Công tác bảo đảm an sinh xã hội được quan tâm, đời sống của nhân dân từng bước được cải thiện.",
		"Các đại biểu tập trung thảo luận, cho ý kiến vào các báo cáo, tờ trình và dự thảo nghị quyết. Nhiều ý kiến đề nghị tỉnh quan tâm hơn nữa đến đầu tư hạ tầng giao thông nông thôn, nâng cao chất lượng giáo dục ở vùng đặc biệt khó khăn, có cơ chế hỗ trợ người dân phát triển sinh kế bền vững gắn với bảo vệ rừng.",
		"Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh; tăng cường kỷ luật, kỷ cương hành chính; kiên quyết xử lý những cán bộ có biểu hiện né tránh, đùn đẩy, sợ trách nhiệm trong thực thi công vụ.",
		"Sau một ngày làm việc khẩn trương, nghiêm túc, hội nghị đã hoàn thành toàn bộ nội dung, chương trình đề ra. Các ý kiến đóng góp sẽ được cơ quan soạn thảo tiếp thu, hoàn thiện trước khi ban hành, bảo đảm tính khả thi và phù hợp với điều kiện thực tế của địa phương.",
		"Dịp này, lãnh đạo tỉnh đã trao Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị 6 tháng đầu năm.",
	},
	"kinhte": {
		"Theo Sở Kế hoạch và Đầu tư, tính đến hết tháng 6, toàn tỉnh đã giải ngân được 1.254 tỷ đồng vốn đầu tư công, đạt 38,2% kế hoạch vốn giao, cao hơn mức bình quân chung của cả nước. Tuy nhiên, một số chủ đầu tư vẫn có tỷ lệ giải ngân thấp do vướng mắc trong giải phóng mặt bằng và thủ tục đầu tư.",
		"Tại huyện {huyen}, các hợp tác xã đã liên kết với doanh nghiệp bao tiêu sản phẩm cho người dân, giúp ổn định đầu ra và nâng cao giá trị nông sản. Nhiều sản phẩm như chè Shan tuyết, mật ong bạc hà, thịt bò khô đã đạt chứng nhận OCOP 3 sao, 4 sao, từng bước khẳng định thương hiệu trên thị trường.",
		"Ông Nguyễn Văn Hải, Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết: Ngành nông nghiệp đang tập trung chuyển đổi cơ cấu cây trồng trên đất kém hiệu quả, mở rộng diện tích cây ăn quả và cây dược liệu có giá trị kinh tế cao, gắn với xây dựng vùng nguyên liệu tập trung phục vụ chế biến và xuất khẩu.",
		"Để tháo gỡ khó khăn cho doanh nghiệp, tỉnh đã tổ chức các buổi đối thoại định kỳ, kịp thời giải quyết kiến nghị về đất đai, thuế, tín dụng. Các ngân hàng thương mại trên địa bàn đã giảm lãi suất cho vay đối với các khoản vay hiện hữu, hỗ trợ doanh nghiệp duy trì sản xuất, kinh doanh.",
		"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng ước đạt 1.350 tỷ đồng, tăng 8,6% so với cùng kỳ năm trước. Giá cả các mặt hàng thiết yếu cơ bản ổn định; nguồn cung hàng hóa dồi dào, đáp ứng nhu cầu tiêu dùng của nhân dân.",
		"Trong những tháng cuối năm, ngành phấn đấu hoàn thành các chỉ tiêu đã đề ra, tập trung đẩy nhanh tiến độ các công trình trọng điểm, thu hút thêm các dự án đầu tư vào nông nghiệp công nghệ cao, chế biến nông, lâm sản và du lịch sinh thái.",
	},
	"vanhoa": {
		"Lễ hội là dịp để đồng bào các dân tộc giao lưu, trao đổi kinh nghiệm trong lao động sản xuất, đồng thời giới thiệu với du khách những nét văn hóa đặc sắc của vùng cao. Các nghi lễ được phục dựng công phu, giữ đúng trình tự truyền thống dưới sự hướng dẫn của các nghệ nhân cao tuổi trong bản.",
		"Theo ông Lù Văn Pó, nghệ nhân ở xã {xa}, những năm gần đây nhiều làn điệu dân ca, điệu múa truyền thống có nguy cơ mai một do lớp trẻ ít quan tâm. Vì vậy, việc mở các lớp truyền dạy tại cộng đồng là hết sức cần thiết, giúp thế hệ trẻ hiểu và thêm yêu văn hóa của dân tộc mình.",
		"Ngành Văn hóa, Thể thao và Du lịch tỉnh đã phối hợp với các huyện kiểm kê, sưu tầm hàng trăm hiện vật, tư liệu quý về trang phục, nhạc cụ, công cụ lao động truyền thống. Nhiều di sản văn hóa phi vật thể đã được lập hồ sơ đề nghị đưa vào Danh mục di sản văn hóa phi vật thể quốc gia.",
		"Chương trình nghệ thuật với các tiết mục hát, múa, biểu diễn nhạc cụ dân tộc do chính người dân địa phương dàn dựng đã mang đến cho khán giả những cảm xúc đặc biệt. Tiếng khèn Mông, tiếng đàn tính, điệu múa xòe hòa quyện, tạo nên bức tranh văn hóa đa sắc màu của vùng cao nguyên đá.",
		"Bên cạnh phần lễ trang nghiêm, phần hội diễn ra sôi nổi với nhiều trò chơi dân gian như ném còn, kéo co, đẩy gậy, bắn nỏ, thu hút đông đảo người dân và du khách tham gia. Các gian hàng ẩm thực giới thiệu thắng cố, mèn mén, rượu ngô, bánh tam giác mạch cũng luôn đông khách.",
		"Phát biểu tại buổi lễ, lãnh đạo huyện {huyen} nhấn mạnh, bảo tồn và phát huy giá trị văn hóa truyền thống là nhiệm vụ quan trọng, gắn với phát triển du lịch cộng đồng, góp phần nâng cao thu nhập và đời sống tinh thần cho đồng bào các dân tộc.",
	},
	"xahoi": {
		"Theo thống kê của Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện còn hơn 30.000 hộ nghèo, chiếm khoảng 14% tổng số hộ, chủ yếu ở các huyện vùng cao núi đá phía Bắc. Giảm nghèo bền vững vì vậy vẫn là nhiệm vụ trọng tâm, xuyên suốt của cả hệ thống chính trị.",
		"Chị Giàng Thị Mai ở xã {xa} xúc động chia sẻ: Trước đây cả gia đình 6 người phải sống trong căn nhà tạm bằng gỗ, mái tôn đã hỏng, mỗi khi mưa to là nước dột khắp nơi. Nay được Nhà nước và các nhà hảo tâm hỗ trợ, gia đình đã có ngôi nhà vững chãi, yên tâm lao động sản xuất.",
		"Để công tác hỗ trợ đạt hiệu quả, chính quyền các xã đã rà soát, bình xét công khai, dân chủ, bảo đảm đúng đối tượng. Đoàn viên thanh niên, dân quân và bà con trong thôn đã góp hàng nghìn ngày công vận chuyển vật liệu, san gạt mặt bằng giúp các hộ khởi công xây dựng.",
		"Cùng với hỗ trợ nhà ở, huyện {huyen} chú trọng đào tạo nghề, giới thiệu việc làm cho lao động nông thôn. Trong 6 tháng đầu năm, toàn huyện có hơn 800 lao động được tạo việc làm mới, trong đó nhiều người đi làm việc tại các khu công nghiệp trong nước và xuất khẩu lao động.",
		"Các tổ chức chính trị - xã hội đã phát huy vai trò vận động hội viên, đoàn viên thay đổi nếp nghĩ, cách làm, mạnh dạn vay vốn ưu đãi để phát triển chăn nuôi, trồng trọt. Nhiều mô hình giảm nghèo hiệu quả đã được nhân rộng, tạo động lực để người dân vươn lên thoát nghèo.",
		"Mạng lưới giao thông được đầu tư, hầu hết các thôn đã có đường bê tông đến trung tâm xã, điện lưới quốc gia đã về tới bản, nhiều trường học, trạm y tế được xây mới khang trang. Bộ mặt nông thôn vùng cao đang từng ngày đổi thay.",
	},
	"thethao": {
		"Tham gia giải năm nay có hơn 400 vận động viên đến từ 11 huyện, thành phố và các cơ quan, đơn vị trên địa bàn tỉnh. Các vận động viên thi đấu ở nhiều nội dung theo các lứa tuổi nam, nữ khác nhau, trên cung đường chạy quanh trung tâm thành phố.",
		"Ngay sau lễ khai mạc, các trận đấu đã diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thi đấu trung thực, đoàn kết, cao thượng. Đông đảo người hâm mộ đã có mặt từ sớm để cổ vũ cho các đội tuyển của địa phương mình.",
		"Ban tổ chức đã trao giải Nhất, Nhì, Ba và giải Khuyến khích cho các tập thể, cá nhân đạt thành tích cao. Qua giải, Sở Văn hóa, Thể thao và Du lịch sẽ lựa chọn những vận động viên xuất sắc để bổ sung vào đội tuyển của tỉnh tham dự các giải khu vực và toàn quốc.",
		"Phong trào Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại tiếp tục được duy trì và phát triển rộng khắp. Nhiều xã, phường đã có sân bóng đá, sân bóng chuyền, nhà văn hóa đa năng, tạo điều kiện cho người dân tập luyện thể dục thể thao hằng ngày.",
		"Huấn luyện viên trưởng đội tuyển cho biết, dù điều kiện tập luyện còn nhiều khó khăn, các vận động viên đều rất nỗ lực. Trước giải, đội đã có gần ba tháng tập trung, tập luyện hai buổi mỗi ngày và thi đấu giao hữu với một số đội mạnh trong khu vực.",
		"Giải đấu không chỉ là dịp để các vận động viên cọ xát, nâng cao trình độ chuyên môn mà còn góp phần quảng bá hình ảnh con người, mảnh đất Hà Giang năng động, thân thiện tới bạn bè trong và ngoài tỉnh.",
	},
	"giaoduc": {
		"Năm học 2022 - 2023, toàn tỉnh có hơn 8.000 thí sinh đăng ký dự thi tốt nghiệp trung học phổ thông tại 28 điểm thi. Công tác chuẩn bị cơ sở vật chất, đề thi, lực lượng làm nhiệm vụ được thực hiện chu đáo, bảo đảm an toàn, nghiêm túc, đúng quy chế.",
		"Ngành Giáo dục và Đào tạo đã phối hợp với lực lượng công an, y tế, điện lực và các đoàn viên tình nguyện hỗ trợ thí sinh trong suốt thời gian diễn ra kỳ thi. Nhiều điểm thi ở vùng cao còn bố trí chỗ ăn, nghỉ miễn phí cho thí sinh có hoàn cảnh khó khăn, nhà ở xa.",
		"Cô Hoàng Thị Thu, Hiệu trưởng một trường phổ thông dân tộc bán trú ở huyện {huyen} cho biết: Nhà trường đã tổ chức ôn tập theo nhóm, phụ đạo cho học sinh yếu, đồng thời phối hợp với phụ huynh vận động các em đến lớp đầy đủ, không bỏ học giữa chừng.",
		"Bên cạnh kết quả đạt được, giáo dục vùng cao vẫn còn nhiều khó khăn: cơ sở vật chất ở một số điểm trường còn tạm bợ, thiếu giáo viên một số môn học, tỷ lệ học sinh đi học chuyên cần ở các thôn xa chưa cao. Ngành đang kiến nghị bổ sung biên chế và kinh phí để khắc phục.",
		"Các trường đã triển khai Chương trình giáo dục phổ thông 2018 đối với các lớp 3, 7 và 10, chủ động bồi dưỡng đội ngũ giáo viên, rà soát sách giáo khoa, thiết bị dạy học. Nhiều giáo viên đã mạnh dạn ứng dụng công nghệ thông tin, đổi mới phương pháp giảng dạy.",
		"Sở Giáo dục và Đào tạo khuyến cáo phụ huynh, học sinh theo dõi thông tin chính thức trên cổng thông tin điện tử của ngành, không tin theo các thông tin sai lệch trên mạng xã hội.",
	},
	"yte": {
		"Theo Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm đến nay toàn tỉnh ghi nhận hơn 200 trường hợp sốt phát ban nghi sởi, chủ yếu ở trẻ em chưa được tiêm chủng đầy đủ. Ngành y tế đã khoanh vùng, xử lý ổ dịch, không để dịch lan rộng.",
		"Các trạm y tế xã đã phối hợp với già làng, trưởng bản, người có uy tín đến từng hộ gia đình vận động đưa trẻ đi tiêm. Ở những thôn xa, cán bộ y tế mang vắc xin đến tận nơi, tổ chức các điểm tiêm lưu động để người dân không phải đi lại vất vả.",
		"Bác sĩ Lê Minh Tuấn, Phó Giám đốc Sở Y tế khuyến cáo: Tiêm vắc xin là biện pháp phòng bệnh hiệu quả nhất. Khi trẻ có biểu hiện sốt, phát ban, ho, chảy nước mũi, viêm kết mạc, cha mẹ cần đưa trẻ đến cơ sở y tế gần nhất để được khám và điều trị kịp thời.",
		"Cùng với tiêm chủng, ngành y tế đẩy mạnh truyền thông bằng nhiều hình thức như phát thanh trên loa truyền thanh xã, in tờ rơi bằng tiếng Mông, tiếng Dao, nói chuyện tại các buổi họp thôn, giúp người dân hiểu rõ lợi ích của việc tiêm phòng.",
		"Các bệnh viện tuyến tỉnh và tuyến huyện đã chuẩn bị đầy đủ thuốc, vật tư, trang thiết bị, bố trí khu điều trị riêng, sẵn sàng tiếp nhận bệnh nhân, hạn chế tối đa lây nhiễm chéo trong bệnh viện.",
		"Mạng lưới y tế cơ sở tiếp tục được củng cố; 100% trạm y tế xã có bác sĩ hoặc y sĩ làm việc; khám, chữa bệnh bảo hiểm y tế ngày càng thuận lợi, góp phần nâng cao chất lượng chăm sóc sức khỏe nhân dân.",
	},
	"anninh": {
		"Qua công tác nắm tình hình, lực lượng chức năng phát hiện một nhóm đối tượng có biểu hiện nghi vấn mua bán trái phép chất ma túy tại khu vực biên giới. Ban chuyên án đã huy động lực lượng theo dõi, xác minh, chờ thời cơ bắt quả tang.",
		"Khi bị bắt giữ, các đối tượng đã khai nhận toàn bộ hành vi phạm tội. Vật chứng thu giữ gồm nhiều bánh heroin, hàng nghìn viên ma túy tổng hợp, điện thoại di động, xe mô tô và một số tiền mặt. Vụ án đang được cơ quan điều tra tiếp tục mở rộng.",
		"Đại tá Trần Quang Minh, Phó Giám đốc Công an tỉnh cho biết: Thời gian tới, Công an tỉnh tiếp tục phối hợp chặt chẽ với Bộ đội Biên phòng, Hải quan và lực lượng chức năng nước bạn, tấn công mạnh mẽ các đường dây mua bán, vận chuyển ma túy qua biên giới.",
		"Cùng với đấu tranh trấn áp tội phạm, lực lượng công an đẩy mạnh tuyên truyền, vận động quần chúng nhân dân tham gia phong trào Toàn dân bảo vệ an ninh Tổ quốc. Nhiều mô hình tự quản về an ninh trật tự ở thôn, bản đã phát huy hiệu quả.",
		"Trong 6 tháng đầu năm, lực lượng chức năng toàn tỉnh đã phát hiện, bắt giữ hơn 150 vụ, 200 đối tượng phạm tội về ma túy; triệt phá nhiều đường dây lớn, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn.",
		"Người dân khi phát hiện các hành vi nghi vấn liên quan đến ma túy, mua bán người hoặc xuất nhập cảnh trái phép cần kịp thời báo cho cơ quan công an hoặc đồn biên phòng gần nhất.",
	},
	"dulich": {
		"Theo Sở Văn hóa, Thể thao và Du lịch, 7 tháng đầu năm tỉnh đã đón hơn 1,6 triệu lượt khách, trong đó khách quốc tế khoảng 100.000 lượt; tổng thu từ du lịch ước đạt 2.700 tỷ đồng. Các điểm đến như Cột cờ Lũng Cú, đèo Mã Pì Lèng, phố cổ Đồng Văn luôn thu hút đông du khách.",
		"Nhiều hộ gia đình ở xã {xa} đã mạnh dạn cải tạo nhà ở truyền thống thành homestay, đón khách lưu trú. Du khách được trải nghiệm cuộc sống của đồng bào, cùng nấu cơm lam, dệt vải lanh, thưởng thức những món ăn đặc sản của vùng cao.",
		"Để bảo đảm an toàn cho du khách, lực lượng chức năng tăng cường tuần tra, kiểm soát trên các tuyến đường đèo dốc; các cơ sở lưu trú được yêu cầu niêm yết giá công khai, không tăng giá đột biến trong mùa cao điểm.",
		"Anh Phạm Quốc Bảo, một du khách đến từ TP Hồ Chí Minh chia sẻ: Đây là lần thứ hai tôi trở lại Hà Giang. Cảnh sắc ở đây thật hùng vĩ, người dân thân thiện, mến khách. Tôi sẽ giới thiệu với bạn bè để mọi người cùng đến khám phá.",
		"Ngành du lịch đang đẩy mạnh chuyển đổi số, xây dựng bản đồ du lịch số, ứng dụng thuyết minh tự động tại các điểm di tích, giúp du khách dễ dàng tra cứu thông tin, lên kế hoạch cho chuyến đi.",
		"Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn với diện tích hơn 2.350 km² trải dài trên bốn huyện vùng cao là điểm nhấn của du lịch Hà Giang, đồng thời là nơi lưu giữ nhiều giá trị địa chất, văn hóa độc đáo.",
	},
	"chung": {
		"Thời gian tới, các cấp, các ngành tiếp tục tăng cường công tác tuyên truyền để người dân hiểu rõ chủ trương, chính sách của Đảng, pháp luật của Nhà nước, từ đó tích cực tham gia, đồng hành cùng chính quyền trong thực hiện nhiệm vụ.",
		"Nhìn lại chặng đường đã qua, có thể thấy sự vào cuộc đồng bộ của cả hệ thống chính trị cùng sự đồng thuận của nhân dân là yếu tố quyết định. Nhiều cách làm hay, sáng tạo ở cơ sở đã được ghi nhận và nhân rộng.",
		"Tuy vậy, do địa hình chia cắt, thời tiết diễn biến phức tạp, mưa lớn kéo dài gây sạt lở ở nhiều nơi, việc triển khai một số nhiệm vụ còn gặp khó khăn. Một bộ phận người dân vẫn còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.",
		"Đánh giá về kết quả đạt được, lãnh đạo địa phương cho rằng đây là tiền đề quan trọng để hoàn thành thắng lợi các mục tiêu của Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025.",
		"Các đơn vị được giao nhiệm vụ cần xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành; định kỳ báo cáo kết quả về cơ quan thường trực để tổng hợp, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh.",
		"Với quyết tâm cao, tỉnh phấn đấu đến cuối năm 2023 hoàn thành và hoàn thành vượt mức các chỉ tiêu chủ yếu, tạo đà cho những năm tiếp theo, đưa Hà Giang phát triển nhanh và bền vững.",
	},
	"english": {
		"Provincial authorities said the programme is part of a wider plan to improve living conditions in the mountainous districts, where many villages are still hard to reach during the rainy season.",
		"Local residents have contributed thousands of working days, while the province has provided cement, steel and technical support. Each kilometre of concrete road costs around VND 1.2 billion (about USD 50,000).",
		"Tourism has recovered strongly since the pandemic. The province welcomed more than 1.6 million visitors in the first seven months of the year, including about 100,000 foreigners, according to the provincial Department of Culture, Sports and Tourism.",
		"Officials admitted that steep terrain, landslides and a shortage of skilled workers remain serious challenges, and called on businesses to invest in processing facilities so that farmers can sell their produce at better prices.",
		"The Đồng Văn Karst Plateau, recognised as a UNESCO Global Geopark in 2010, covers more than 2,350 square kilometres across four districts and is home to 17 ethnic groups.",
		"The provincial People's Committee has asked districts to report on progress every month and to give priority to the poorest communes.",
	},
}
