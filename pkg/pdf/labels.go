package pdf

// The words the PDF prints are in news.Labels, shared by every writer.

// Typography that is text rather than layout.
const (
	metaSep  = " · " // between the parts of a meta line
	ellipsis = "…"   // ends a title cut to fit
	bullet   = "•"   // unordered list marker
	creator  = "newsarc"
)
