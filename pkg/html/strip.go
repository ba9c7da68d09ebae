package html

import "bytes"

// rawBlocks are elements whose content the reader never reads but the
// tokenizer would: scripts (JSON-LD aside), styles and inline SVG. Their
// content is dropped before decoding and parsing, which on script-heavy
// news pages saves a third of the work.
var rawBlocks = [...]struct{ open, close string }{
	{"<script", "</script"},
	{"<style", "</style"},
	{"<svg", "</svg"},
}

// stripRaw removes, in place, the content of scripts, styles and SVG
// images from page (any ASCII-compatible encoding) and returns the shorter
// page; the elements themselves stay, empty. Kept: JSON-LD scripts, styles
// that name the legacy Vietnamese fonts (vntext.Decode and legacyFonts
// look for them), and comments, skipped whole so that a tag written inside
// one is not taken for a real one.
func stripRaw(page []byte) []byte {
	w, done, i := 0, 0, 0 // page[:w] is the output so far; page[done:] is not yet copied; tags are looked for from i
	for {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if bytes.HasPrefix(page[i:], []byte("<!--")) {
			// A comment: keep it whole and go on after it.
			end := bytes.Index(page[i+4:], []byte("-->"))
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		which := rawAt(page, i)
		if which < 0 {
			i++
			continue
		}
		end := bytes.IndexByte(page[i:], '>')
		if end < 0 {
			break
		}
		openEnd := i + end + 1
		tag := page[i:openEnd]
		closeAt := indexFold(page[openEnd:], rawBlocks[which].close)
		if closeAt < 0 || bytes.HasSuffix(tag, []byte("/>")) ||
			which == 0 && indexFold(tag, "ld+json") >= 0 ||
			which == 1 && mayHaveLegacyFonts(page[openEnd:openEnd+closeAt]) {
			i = openEnd
			continue
		}
		w += copy(page[w:], page[done:openEnd])
		done = openEnd + closeAt
		i = done
	}
	if done == 0 {
		return page
	}
	w += copy(page[w:], page[done:])
	return page[:w]
}

// rawAt returns which of rawBlocks opens at page[i] (a '<'), or -1: the
// name in any case, followed by a space, '>' or '/'.
func rawAt(page []byte, i int) int {
	if i+1 >= len(page) || page[i+1]|0x20 != 's' {
		return -1
	}
	for k, rb := range rawBlocks {
		end := i + len(rb.open)
		if end < len(page) && matchFold(page[i:end], rb.open) {
			switch page[end] {
			case '>', ' ', '/', '\t', '\n', '\r':
				return k
			}
		}
	}
	return -1
}

// indexFold is bytes.Index for a lower-case ASCII needle, ignoring case.
func indexFold(s []byte, needle string) int {
	if needle == "" {
		return 0
	}
	first := needle[0]
	upper := first
	if 'a' <= first && first <= 'z' {
		upper -= 'a' - 'A'
	}
	for off := 0; ; {
		i := bytes.IndexByte(s[off:], first)
		if upper != first {
			if j := bytes.IndexByte(s[off:], upper); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 {
			return -1
		}
		i += off
		if len(s)-i < len(needle) {
			return -1
		}
		if matchFold(s[i:i+len(needle)], needle) {
			return i
		}
		off = i + 1
	}
}

func matchFold(s []byte, needle string) bool {
	for k := 0; k < len(needle); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != needle[k] {
			return false
		}
	}
	return true
}
