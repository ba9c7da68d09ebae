package html

import (
	"bytes"
	"strings"

	"github.com/newsarc/newsarc/pkg/vntext"
	"golang.org/x/net/html"
)

// mayHaveLegacyFonts is a quick test for the names of the TCVN3 fonts
// (".VnTime", ".VnArialH": ".Vn" and a capital, unlike a ".vn/" domain) and
// the VNI fonts ("VNI-Times") in a page: one pass over its capital Vs.
func mayHaveLegacyFonts(page []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(page[i:], 'V')
		if j < 0 {
			return false
		}
		i += j
		rest := page[i+1:]
		if bytes.HasPrefix(rest, []byte("NI-")) || bytes.HasPrefix(rest, []byte("ni-")) ||
			i > 0 && page[i-1] == '.' && len(rest) >= 2 && rest[0] == 'n' && 'A' <= rest[1] && rest[1] <= 'Z' {
			return true
		}
	}
}

// legacyFonts fixes text set in the legacy Vietnamese fonts, whose
// encoding is the font's: on a page decoded as TCVN3, text in the capital
// fonts (".VnTimeH") is shown in capitals; on a page decoded as anything
// else (a UTF-8 page with old paragraphs pasted in), text in a TCVN3 or VNI
// font is still in that font's bytes, read as Latin-1, and is converted.
func legacyFonts(doc *html.Node, page vntext.Encoding) {
	var visit func(n *html.Node, font vntext.Encoding)
	visit = func(n *html.Node, font vntext.Encoding) {
		switch n.Type {
		case html.TextNode:
			if font != "" {
				n.Data = inFont(n.Data, font, page)
			}
			return
		case html.ElementNode:
			if skipAtom(n.DataAtom) {
				return
			}
			if e := vntext.FontEncoding(attr(n, "face")); e != "" {
				font = e
			}
			if st := attr(n, "style"); st != "" {
				if e := vntext.FontEncoding(fontFamily(st)); e != "" {
					font = e
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, font)
		}
	}
	visit(doc, "")
}

// inFont returns text set in font on a page decoded as page.
func inFont(s string, font, page vntext.Encoding) string {
	switch {
	case page == vntext.TCVN3 || page == vntext.TCVN3Upper:
		if font == vntext.TCVN3Upper {
			return strings.ToUpper(s)
		}
		return s
	case page == font || !latin1Only(s):
		return s // already decoded as the font's, or real Unicode text
	}
	if c, err := vntext.Convert(s, font); err == nil {
		if font == vntext.TCVN3Upper {
			c = strings.ToUpper(c)
		}
		return c
	}
	return s
}

// latin1Only reports text whose letters are all in Latin-1 with at least one
// beyond ASCII: what a legacy font's bytes look like once read as Latin-1.
// Vietnamese in Unicode almost always has a letter beyond (ư, ơ, đ, ạ…).
func latin1Only(s string) bool {
	high := false
	for _, r := range s {
		if r > 0xFF {
			return false
		}
		if r >= 0x80 {
			high = true
		}
	}
	return high
}

// fontFamily returns the font-family value of a style attribute.
func fontFamily(style string) string {
	i := strings.Index(strings.ToLower(style), "font-family")
	if i < 0 {
		return ""
	}
	v := style[i+len("font-family"):]
	v = strings.TrimLeft(v, " :")
	if j := strings.IndexByte(v, ';'); j >= 0 {
		v = v[:j]
	}
	return v
}
