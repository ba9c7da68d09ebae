package fonts

import (
	"maps"
	"slices"
	"unicode"
)

// Gap tallies the letters of a text and those no font at hand can draw,
// by script: a few stray runes (a name in Chinese) are worth a warning, an
// article in a script the fonts lack (a Korean page) is not worth drawing.
// Only letters count: digits, punctuation, symbols and emoji do not.
type Gap struct {
	Letters int // letters seen
	Missing int // letters no font has
	scripts map[string]int
	last    string // the script of the last missing letter, tried first
}

// Add counts r, a rune of the text, which the fonts have when has is set.
func (g *Gap) Add(r rune, has bool) {
	if r < 0x80 {
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			g.Letters++
			if !has {
				g.add(r)
			}
		}
		return
	}
	if !unicode.IsLetter(r) {
		return
	}
	g.Letters++
	if !has {
		g.add(r)
	}
}

// add counts a missing letter under its script.
func (g *Gap) add(r rune) {
	g.Missing++
	if g.scripts == nil {
		g.scripts = make(map[string]int)
	}
	if g.last == "" || !unicode.Is(unicode.Scripts[g.last], r) {
		g.last = Script(r)
	}
	g.scripts[g.last]++
}

// Merge adds the tally of o.
func (g *Gap) Merge(o *Gap) {
	g.Letters += o.Letters
	g.Missing += o.Missing
	for s, n := range o.scripts {
		if g.scripts == nil {
			g.scripts = make(map[string]int)
		}
		g.scripts[s] += n
	}
}

// Most reports whether more than half the letters are missing.
func (g *Gap) Most() bool { return g.Missing*2 > g.Letters }

// Script names the script of most missing letters ("Hangul", "Han",
// "Thai"), or "" when none is missing.
func (g *Gap) Script() string {
	best := ""
	for _, s := range slices.Sorted(maps.Keys(g.scripts)) {
		if best == "" || g.scripts[s] > g.scripts[best] {
			best = s
		}
	}
	return best
}

// Percent is the share of missing letters, rounded down.
func (g *Gap) Percent() int {
	if g.Letters == 0 {
		return 0
	}
	return g.Missing * 100 / g.Letters
}

// scriptNames are the names of unicode.Scripts, sorted, so that a rune in
// two tables always gets the same name.
var scriptNames = slices.Sorted(maps.Keys(unicode.Scripts))

// Script returns the name of the Unicode script of r ("Latin", "Hangul",
// "Han"), or "Unknown".
func Script(r rune) string {
	for _, name := range scriptNames {
		if unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	return "Unknown"
}
