package epub

// Vietnamese strings the EPUB shows a reader, besides those news shares with
// the other writers (news.LabelContents, news.LabelPhoto, …).
const (
	labelCover    = "Ảnh bìa"
	labelTitle    = "Trang tên"
	labelStart    = "Bắt đầu đọc"
	labelUntitled = "(Không có tiêu đề)"
	labelUpdated  = "Cập nhật"
)
