package html

import "strings"

// rawBlocks are elements whose content the reader never reads but the
// tokenizer would: scripts (JSON-LD aside), styles and inline SVG. Their
// content is dropped before parsing, which on script-heavy news pages
// saves a good part of the parse.
var rawBlocks = [...]struct{ open, close string }{
	{"<script", "</script"},
	{"<style", "</style"},
	{"<svg", "</svg"},
}

// stripRaw returns page without the content of scripts, styles and SVG
// images; the elements themselves stay, empty. JSON-LD scripts are kept,
// and so are comments, skipped whole so that a tag written inside one is
// not taken for a real one.
func stripRaw(page string) string {
	var b strings.Builder
	done, scan := 0, 0 // page[:done] is written out; tags are looked for from scan
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
		if c := strings.Index(page[scan:i], "<!--"); c >= 0 {
			// A comment opens first: keep it whole and go on after it.
			end := strings.Index(page[scan+c+4:], "-->")
			if end < 0 {
				break
			}
			scan += c + 4 + end + 3
			continue
		}
		end := strings.IndexByte(page[i:], '>')
		if end < 0 {
			break
		}
		openEnd := i + end + 1
		tag := page[i:openEnd]
		closeAt := indexFoldString(page[openEnd:], rawBlocks[which].close)
		if closeAt < 0 || which == 0 && strings.Contains(strings.ToLower(tag), "ld+json") || strings.HasSuffix(tag, "/>") {
			scan = openEnd
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(page) / 2)
		}
		b.WriteString(page[done:openEnd])
		done = openEnd + closeAt
		scan = done
	}
	if done == 0 {
		return page
	}
	b.WriteString(page[done:])
	return b.String()
}

// indexTag finds an opening tag name (case-insensitive) followed by a
// space, '>' or '/'.
func indexTag(s, open string) int {
	off := 0
	for {
		i := indexFoldString(s[off:], open)
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

// indexFoldString is strings.Index for a lower-case ASCII needle starting
// with '<', ignoring case.
func indexFoldString(s, needle string) int {
	off := 0
	for {
		i := strings.IndexByte(s[off:], '<')
		if i < 0 {
			return -1
		}
		i += off
		if len(s)-i < len(needle) {
			return -1
		}
		if c := s[i+1] | 0x20; c == needle[1] && strings.EqualFold(s[i:i+len(needle)], needle) {
			return i // (| 0x20 lower-cases a letter; '/' and '!' are unchanged)
		}
		off = i + 1
	}
}
