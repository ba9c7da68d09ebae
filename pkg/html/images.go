package html

import (
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lazyAttrs hold the real image URL on lazy-loading pages, best first.
var lazyAttrs = []string{"data-src", "data-original", "data-lazy-src", "data-lazy", "data-original-src", "data-url", "data-full-src", "data-hi-res-src"}

// placeholderWords mark images that stand in for the real one.
var placeholderWords = []string{"placeholder", "blank.gif", "blank.png", "spacer", "lazy.gif", "lazy.png", "loading.gif",
	"loading.svg", "1x1.gif", "1x1.png", "pixel.gif", "pixel.png", "transparent.gif", "transparent.png", "grey.gif", "gray.gif",
	"empty.gif", "noimage", "no-image", "default-image", "/tracking/", "/pixel?", "/beacon"}

// imageSrc returns the real URL of an <img> (or <source>), resolved against
// base, or "" for placeholders, icons and tracking pixels.
func imageSrc(n *html.Node, base *url.URL) string {
	if tiny(n) {
		return ""
	}
	var cands []string
	for _, k := range lazyAttrs {
		if v := attr(n, k); v != "" {
			cands = append(cands, v)
		}
	}
	for _, k := range []string{"data-srcset", "data-lazy-srcset", "srcset"} {
		if v := largestSrcset(attr(n, k)); v != "" {
			cands = append(cands, v)
		}
	}
	cands = append(cands, attr(n, "src"))
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if c == "" || strings.HasPrefix(c, "data:") || strings.HasPrefix(c, "about:") || strings.HasPrefix(c, "javascript:") || strings.HasPrefix(c, "{{") {
			continue
		}
		low := strings.ToLower(c)
		if containsAny(low, placeholderWords) {
			continue
		}
		return resolve(base, c)
	}
	return ""
}

// tiny reports images declared at most 3 pixels wide or high: beacons.
func tiny(n *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		v := strings.TrimSuffix(strings.TrimSpace(attr(n, k)), "px")
		if v == "" {
			continue
		}
		if d, err := strconv.Atoi(v); err == nil && d <= 3 {
			return true
		}
	}
	return false
}

// smallIcon reports images declared under 50 pixels: emoji, icons, bullets.
func smallIcon(n *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		v := strings.TrimSuffix(strings.TrimSpace(attr(n, k)), "px")
		if d, err := strconv.Atoi(v); err == nil && d < 50 {
			return true
		}
	}
	return false
}

// largestSrcset returns the widest candidate of a srcset.
func largestSrcset(s string) string {
	if s == "" {
		return ""
	}
	best, bestW := "", -1.0
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		w := 1.0
		if len(f) > 1 {
			d := f[1]
			if x, err := strconv.ParseFloat(d[:len(d)-1], 64); err == nil && (strings.HasSuffix(d, "w") || strings.HasSuffix(d, "x")) {
				w = x
				if strings.HasSuffix(d, "x") {
					w *= 1000
				}
			}
		}
		if w > bestW {
			best, bestW = f[0], w
		}
	}
	return best
}

// resolve makes ref absolute against base; without a base, or when ref is
// already absolute or unparsable, ref is kept as written.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if strings.HasPrefix(ref, "//") && base == nil {
		return "https:" + ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if base == nil || u.IsAbs() {
		return ref
	}
	return base.ResolveReference(u).String()
}

// pictureImg returns the image of a <picture>, <figure> or lazy wrapper:
// the first <img> with a real source, else a <source>'s srcset, else an
// <img> inside <noscript>.
func pictureImg(n *html.Node, base *url.URL) (src, alt string) {
	var fallback string
	walk(n, func(c *html.Node) bool {
		if src != "" || c.Type != html.ElementNode {
			return src == ""
		}
		switch {
		case c.DataAtom == atom.Img || c.DataAtom == 0 && c.Data == "amp-img":
			if s := imageSrc(c, base); s != "" {
				src, alt = s, attr(c, "alt")
			} else if alt == "" {
				alt = attr(c, "alt")
			}
		case c.DataAtom == atom.Source:
			if fallback == "" {
				if s := largestSrcset(attr(c, "data-srcset")); s != "" {
					fallback = resolve(base, s)
				} else if s := largestSrcset(attr(c, "srcset")); s != "" {
					fallback = resolve(base, s)
				}
			}
		}
		return true
	})
	if src == "" {
		src = fallback
	}
	return src, alt
}
