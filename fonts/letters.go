package fonts

import (
	"fmt"
	"maps"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsarc/newsarc/pkg/news"
)

// Letters is a set of runes: what a document prints, and so what the fonts
// it embeds must draw (see Subset). Bits hold the BMP, where a digest's
// millions of runes are, and a map the rest. The zero value is an empty
// set; a Letters is not safe for concurrent use.
type Letters struct {
	bmp   [0x10000 / 64]uint64
	above map[rune]bool
}

// Put adds r.
func (s *Letters) Put(r rune) {
	if 0 <= r && r < 0x10000 {
		s.bmp[r/64] |= 1 << (r % 64)
		return
	}
	if s.above == nil {
		s.above = make(map[rune]bool)
	}
	s.above[r] = true
}

// Add adds every rune of the texts; a byte that is not UTF-8 adds
// U+FFFD, as decoding it does.
func (s *Letters) Add(texts ...string) {
	for _, t := range texts {
		for i := 0; i < len(t); i++ {
			if c := t[i]; c < utf8.RuneSelf { // the most of any text
				s.bmp[c/64] |= 1 << (c % 64)
				continue
			}
			r, size := utf8.DecodeRuneInString(t[i:])
			s.Put(r)
			i += size - 1
		}
	}
}

// Has reports whether r is in the set.
func (s *Letters) Has(r rune) bool {
	if 0 <= r && r < 0x10000 {
		return s.bmp[r/64]&(1<<(r%64)) != 0
	}
	return s.above[r]
}

// Union adds the runes of o.
func (s *Letters) Union(o *Letters) {
	for i, bits := range o.bmp {
		s.bmp[i] |= bits
	}
	for r := range o.above {
		s.Put(r)
	}
}

// Runes lists the set, sorted.
func (s *Letters) Runes() []rune {
	var out []rune
	for w, word := range s.bmp {
		for ; word != 0; word &= word - 1 {
			out = append(out, rune(w*64+bits.TrailingZeros64(word)))
		}
	}
	return append(out, slices.Sorted(maps.Keys(s.above))...)
}

// punctuation is what a document may print whatever its text: printable
// ASCII (URLs, dates, numbers), the typographic punctuation writers put
// between parts, the no-break space, and U+FFFD, which writers put for
// what their format forbids.
const punctuation = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
	"–—‘’“”…·•\u00a0\uFFFD"

// LettersOf returns the letters a writer may print for c: the title,
// subtitle, publisher and display title of the collection, every label of
// the languages of the collection and its articles, the text of each
// article (news.Article.Texts) and its URL, as they are and in NFC,
// printable ASCII and typographic punctuation, and both cases of each
// letter (stylesheets capitalise). The articles are read on every core: a
// digest has millions of runes.
//
// When ttf is a font, gaps[i] tallies the letters of article i and those
// the font lacks, so that a writer can report an article most of which it
// cannot draw; otherwise gaps is nil.
func LettersOf(c *news.Collection, ttf []byte) (letters *Letters, gaps []Gap) {
	letters = new(Letters)
	head := []string{c.Title, c.Subtitle, c.Publisher, c.DisplayTitle()}
	letters.Add(punctuation)
	letters.Add(head...)
	labels := map[*news.Labels]bool{c.Labels(): true}
	letters.Add(fmt.Sprint(*c.Labels()))
	for i := range c.Articles {
		if l := c.Articles[i].Labels(); !labels[l] {
			labels[l] = true
			letters.Add(fmt.Sprint(*l))
		}
	}
	if ttf != nil {
		if _, err := NewCoverage(ttf); err == nil {
			gaps = make([]Gap, len(c.Articles))
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(c.Articles))
	sets := make([]Letters, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var cov *Coverage
			if gaps != nil {
				cov, _ = NewCoverage(ttf) // it parsed above
			}
			for i := w; i < len(c.Articles); i += workers {
				a := &c.Articles[i]
				sets[w].Add(a.URL)
				for s := range a.Texts() {
					if cov == nil {
						sets[w].Add(s)
						continue
					}
					for _, r := range s {
						sets[w].Put(r)
						gaps[i].Add(r, cov.Has(r))
					}
				}
			}
		})
	}
	wg.Wait()
	for w := range sets {
		letters.Union(&sets[w])
	}
	if !letters.alwaysNFC() {
		// Some text is not in NFC, and writers may print its NFC form. A
		// rare case, not worth checking every text for.
		for _, s := range head {
			addNFC(letters, s)
		}
		for i := range c.Articles {
			for s := range c.Articles[i].Texts() {
				addNFC(letters, s)
			}
		}
	}
	for _, r := range letters.Runes() {
		letters.Put(unicode.ToUpper(r))
		letters.Put(unicode.ToLower(r))
	}
	return letters, gaps
}

// alwaysNFC reports whether every text made of these runes is in NFC: none
// of them is changed by NFC alone, combines with a rune before it or is
// reordered (as combining marks are).
func (s *Letters) alwaysNFC() bool {
	for _, r := range s.Runes() {
		var buf [utf8.UTFMax]byte
		b := utf8.AppendRune(buf[:0], r)
		if !norm.NFC.Properties(b).BoundaryBefore() || !norm.NFC.IsNormal(b) {
			return false
		}
	}
	return true
}

// addNFC adds the NFC form of s when it differs.
func addNFC(l *Letters, s string) {
	if !norm.NFC.IsNormalString(s) {
		l.Add(norm.NFC.String(s))
	}
}
