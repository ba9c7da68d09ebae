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
	w, done, scan := 0, 0, 0 // page[:w] is the output so far; page[done:] is not yet copied; tags are looked for from scan
	// next[k] is where the next rawBlocks[k] opens at or after scan, -1 when
	// there is none: kept across rounds so that the page is read once per
	// kind.
	var next [len(rawBlocks)]int
	for k := range next {
		next[k] = indexTag(page, rawBlocks[k].open)
	}
	for {
		i, which := -1, -1
		for k := range next {
			if next[k] >= 0 && next[k] < scan {
				if j := indexTag(page[scan:], rawBlocks[k].open); j >= 0 {
					next[k] = scan + j
				} else {
					next[k] = -1
				}
			}
			if next[k] >= 0 && (i < 0 || next[k] < i) {
				i, which = next[k], k
			}
		}
		if i < 0 {
			break
		}
		if c := bytes.Index(page[scan:i], []byte("<!--")); c >= 0 {
			// A comment opens first: keep it whole and go on after it.
			end := bytes.Index(page[scan+c+4:], []byte("-->"))
			if end < 0 {
				break
			}
			scan += c + 4 + end + 3
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
			scan = openEnd
			continue
		}
		w += copy(page[w:], page[done:openEnd])
		done = openEnd + closeAt
		scan = done
	}
	if done == 0 {
		return page
	}
	w += copy(page[w:], page[done:])
	return page[:w]
}

// indexTag finds an opening tag name (case-insensitive) followed by a
// space, '>' or '/'.
func indexTag(s []byte, open string) int {
	off := 0
	for {
		i := indexFold(s[off:], open)
		if i < 0 {
			return -1
		}
		j := off + i + len(open)
		if j < len(s) && (s[j] == '>' || s[j] == ' ' || s[j] == '/' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
			return off + i
		}
		off = j
	}
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
