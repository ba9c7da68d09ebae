package vntext

import (
	"strings"
	"testing"
	"unicode"
)

// Every word of the seed article is a possible syllable, apart from
// acronyms and Roman numerals.
func TestSeedWordsAreSyllables(t *testing.T) {
	text := seedTitle + " " + strings.Join(seedParagraphs, " ") + " " + seedByline
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	skip := map[string]bool{"GRDP": true, "HĐND": true, "UBND": true, "USD": true, "XIII": true}
	n := 0
	for _, w := range words {
		if skip[w] {
			continue
		}
		n++
		if !isSyllable(w) {
			t.Errorf("isSyllable(%q) = false", w)
		}
	}
	if n < 400 {
		t.Fatalf("only %d words", n)
	}
	for _, w := range []string{"Vieọt", "ViƯt", "tiêìng", "Hµ", "café", "ngưòi", "xyz", "ĐẢNg", "aaaa", "bát", "bàt"} {
		if isSyllable(w) && w != "bát" {
			t.Errorf("isSyllable(%q) = true", w)
		}
	}
	if !isSyllable("bát") || isSyllable("bàt") {
		t.Error("stop finals take only the acute and dot tones")
	}
}
