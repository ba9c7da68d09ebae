// Package corpus makes synthetic Vietnamese news articles for benchmarks and
// tests: about 800 words each by default, with the tone marks, the
// intertitles and the metadata of a provincial news site, and the same
// article for the same seed and index on every machine.
package corpus

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsarc/newsarc/pkg/news"
)

// Generator makes articles. The zero value is ready: seed 0, 800 words.
type Generator struct {
	Seed  uint64
	Words int // body words per article; 0: 800
}

// Article returns article i of the default generator.
func Article(i int) news.Article { return Generator{}.Article(i) }

// ict is Asia/Ho_Chi_Minh: UTC+7, no daylight saving time.
var ict = time.FixedZone("ICT", 7*3600)

// month is the period every generated article falls in.
var month = news.Period{
	Start: time.Date(2023, 7, 1, 0, 0, 0, 0, ict),
	End:   time.Date(2023, 8, 1, 0, 0, 0, 0, ict),
}

// Article returns article i: ID "corpus-00042", a July 2023 time that grows
// with i (wrapping within the month), a section, one or two authors, a lead
// and a body of paragraphs with an intertitle every few paragraphs.
func (g Generator) Article(i int) news.Article {
	r := rand.New(rand.NewPCG(g.Seed, uint64(i)))
	words := g.Words
	if words <= 0 {
		words = 800
	}
	section := sections[r.IntN(len(sections))]
	a := news.Article{
		ID:        fmt.Sprintf("corpus-%05d", i),
		Source:    "Báo Mẫu",
		Section:   section.name,
		Title:     strings.TrimSuffix(sentence(r, 8+r.IntN(7)), "."),
		Lead:      paragraph(r, 35+r.IntN(20)),
		Authors:   []string{authors[r.IntN(len(authors))]},
		Tags:      []string{tags[r.IntN(len(tags))], tags[r.IntN(len(tags))]},
		Language:  "vi",
		Published: month.Start.Add(time.Duration(i%4464) * 10 * time.Minute),
	}
	a.URL = fmt.Sprintf("https://baomau.example.vn/%s/%s.html", section.slug, a.ID)
	if r.IntN(3) == 0 {
		a.Authors = append(a.Authors, authors[r.IntN(len(authors))])
	}
	for n, p := 0, 0; n < words; p++ {
		if p > 0 && p%4 == 0 {
			a.Body = append(a.Body, news.Block{Kind: news.Heading, Level: 2,
				Text: []news.Span{{Text: strings.TrimSuffix(sentence(r, 4+r.IntN(5)), ".")}}})
		}
		k := min(40+r.IntN(70), words-n)
		a.Body = append(a.Body, news.Block{Kind: news.Paragraph, Text: []news.Span{{Text: paragraph(r, k)}}})
		n += k
	}
	a.Normalize()
	return a
}

// Collection returns a monthly digest of n articles spread evenly over July
// 2023, as a CMS export for the month would be.
func (g Generator) Collection(n int) *news.Collection {
	c := &news.Collection{
		ID:        "corpus-2023-07",
		Publisher: "Báo Mẫu",
		Language:  "vi",
		Period:    &news.Period{Start: month.Start, End: month.End},
		Group:     news.GroupByDay,
		Generated: month.End,
		Articles:  make([]news.Article, n),
	}
	step := month.End.Sub(month.Start) / time.Duration(max(n, 1))
	for i := range n {
		c.Articles[i] = g.Article(i)
		c.Articles[i].Published = month.Start.Add(time.Duration(i) * step).Truncate(time.Minute)
	}
	return c
}

// BodyHTML is an article's body as a provincial site's CMS prints it:
// paragraphs, h2 intertitles, and the authors as a last right-aligned bold
// paragraph; figures as <figure> with their caption.
func BodyHTML(a *news.Article) string {
	var b strings.Builder
	for _, bl := range a.Body {
		t := html.EscapeString(news.PlainText(bl.Text))
		switch {
		case bl.Kind == news.Heading:
			fmt.Fprintf(&b, "<h2>%s</h2>\n", t)
		case bl.Kind == news.Figure && bl.Image != nil:
			fmt.Fprintf(&b, "<figure><img src=\"%s\" alt=\"\"><figcaption>%s</figcaption></figure>\n",
				html.EscapeString(bl.Image.Src), html.EscapeString(bl.Image.Caption))
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", t)
		}
	}
	fmt.Fprintf(&b, "<p style=\"text-align:right\"><strong>%s</strong></p>\n", html.EscapeString(strings.Join(a.Authors, " - ")))
	return b.String()
}

// Scripts returns about size bytes of inline script — ad slots — the weight
// of a real page around its article, which a reader must skip.
func Scripts(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "window.__ads_%d={slot:'div-gpt-%d',sizes:[[300,250],[728,90]],targeting:{section:'thoi-su',pos:%d}};", i, i, i%7)
		if i%10 == 0 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// paragraph makes sentences until it has about n words.
func paragraph(r *rand.Rand, n int) string {
	var b strings.Builder
	for n > 0 {
		k := min(max(6, 8+r.IntN(15)), n)
		if n-k < 4 {
			k = n
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(sentence(r, k))
		n -= k
	}
	return b.String()
}

// sentence makes n words, capitalised, with an occasional comma and a final
// full stop.
func sentence(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := range n {
		w := vocabulary[r.IntN(len(vocabulary))]
		if i == 0 {
			c, size := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(c)) + w[size:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i > 1 && i < n-2 && r.IntN(9) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

var sections = []struct{ name, slug string }{
	{"Thời sự", "thoi-su"}, {"Kinh tế", "kinh-te"}, {"Xã hội", "xa-hoi"},
	{"Văn hóa", "van-hoa"}, {"Thể thao", "the-thao"}, {"Giáo dục", "giao-duc"},
	{"Y tế", "y-te"}, {"Quốc phòng - An ninh", "quoc-phong-an-ninh"},
}

var authors = []string{
	"Đình Anh", "Văn Hương", "Nguyễn Thị Thu Hà", "Trần Quốc Việt", "Lê Minh Đức",
	"Phạm Ngọc Ánh", "Hoàng Văn Thắng", "Vũ Thị Huyền", "Đặng Quang Huy", "Bùi Thị Yến",
}

var tags = []string{
	"nông thôn mới", "chuyển đổi số", "du lịch", "biên giới", "giảm nghèo",
	"giáo dục", "hạ tầng", "an sinh xã hội", "văn hóa dân tộc", "đầu tư",
}

// vocabulary is common words of Vietnamese news, covering every tone mark
// and the letters ă â đ ê ô ơ ư.
var vocabulary = strings.Fields(`
tỉnh huyện xã thôn bản đồng chí đại biểu hội nghị Ban Thường vụ Tỉnh ủy
Ủy ban nhân dân Hội đồng triển khai thực hiện nhiệm vụ kế hoạch chương trình
mục tiêu quốc gia phát triển kinh tế xã hội văn hóa giáo dục y tế du lịch
nông nghiệp công nghiệp dịch vụ đầu tư hạ tầng giao thông đường bộ cầu trường
học trạm cán bộ đảng viên nhân dân đồng bào dân tộc thiểu số vùng cao biên giới
người dân doanh nghiệp hợp tác nông sản lúa gạo ngô chè cam thảo quả mật ong
năm tháng ngày tuần quý đầu cuối trước sau trong ngoài giữa trên dưới
tăng giảm đạt vượt hoàn thành tích cực hiệu quả bền vững mạnh mẽ kịp thời
đầy đủ nghiêm túc khẩn trương chủ động linh hoạt sáng tạo đổi mới
lãnh đạo chỉ đạo kiểm tra giám sát đánh giá tổng kết rút kinh nghiệm
đề nghị yêu cầu nhấn mạnh khẳng định ghi nhận biểu dương khen thưởng
khó khăn vướng mắc thuận lợi cơ hội thách thức giải pháp chính sách
an sinh việc làm thu nhập giảm nghèo nhà ở nước sạch điện lưới
môi trường rừng đất đai khoáng sản thiên tai mưa lũ sạt lở khắc phục
quốc phòng an ninh trật tự an toàn bảo đảm giữ vững tăng cường
ở giữ vững việc tiếp tập cập nhật bằng sẵn sàng hỗ trợ lực sự vừa kỹ thuật những các một nhiều mọi được đã đang sẽ và với của cho
để từ theo về tại bởi vì nên nhưng cũng còn rất đều luôn
`)
