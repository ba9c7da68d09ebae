package pdf

// Vietnamese strings the PDF prints that the other writers do not share;
// the shared ones are in package news (news.LabelContents, news.LabelPhoto…).
const (
	labelOriginal = "Bài gốc"                 // before the article's URL
	labelNoImage  = "Không hiển thị được ảnh" // in the frame of a missing image
	labelMonth    = "Tháng"                   // running header: "Tháng 7/2023"
	labelIssued   = "Ngày phát hành"          // cover: the collection's date
)

// Typography that is text rather than layout.
const (
	metaSep  = " · " // between the parts of a meta line
	ellipsis = "…"   // ends a title cut to fit
	bullet   = "•"   // unordered list marker
	creator  = "newsarc"
)
