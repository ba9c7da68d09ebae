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

// decorative reports images that are not the article's pictures: icons
// and emoji (declared under 50 pixels), avatars (a square of at most 128
// pixels, or "avatar" or a round shape in the class or the file's path) and
// advertising banners (a standard ad size, or "banner" in the path).
func decorative(n *html.Node) bool {
	w, wok := dimension(n, "width")
	h, hok := dimension(n, "height")
	if wok && w < 50 || hok && h < 50 || wok && hok && (w == h && w <= 128 || adSize(w, h)) {
		return true
	}
	if has(n, fAvatar) {
		return true
	}
	for _, k := range []string{"src", "data-src", "data-original"} {
		if p := strings.ToLower(attr(n, k)); p != "" {
			if i := strings.IndexAny(p, "?#"); i >= 0 {
				p = p[:i]
			}
			if containsAny(p, []string{"avatar", "/banner", "banner-", "banner_", "/ads/", "/qc/", "quangcao"}) {
				return true
			}
		}
	}
	return false
}

// siteLogo reports an image URL whose file is the site's logo.
func siteLogo(src string) bool {
	p := strings.ToLower(src)
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	return strings.Contains(p[strings.LastIndexByte(p, '/')+1:], "logo")
}

// dimension reads a width or height attribute in pixels.
func dimension(n *html.Node, key string) (int, bool) {
	v := strings.TrimSuffix(strings.TrimSpace(attr(n, key)), "px")
	d, err := strconv.Atoi(v)
	return d, err == nil
}

// adSize reports the standard sizes of advertising banners.
func adSize(w, h int) bool {
	switch [2]int{w, h} {
	case [2]int{728, 90}, [2]int{970, 90}, [2]int{970, 250}, [2]int{300, 250}, [2]int{336, 280}, [2]int{300, 600},
		[2]int{160, 600}, [2]int{120, 600}, [2]int{320, 50}, [2]int{320, 100}, [2]int{468, 60}, [2]int{234, 60}:
		return true
	}
	return false
}

// altText returns an image's alt text, or "" when it is only the file's
// name ("minh-an-le-hoi-3.jpg", "IMG_2041", "hoa-ban-2"), which CMS fill
// in when the editor does not.
func altText(n *html.Node) string {
	alt := fold(attr(n, "alt"))
	if fileName(alt) {
		return ""
	}
	return alt
}

// fileName reports a text that is a file's name rather than words: one
// token, with an image extension, or of lower-case ASCII letters, digits
// and dashes or underscores, or a camera's numbering.
func fileName(s string) bool {
	if s == "" || strings.ContainsAny(s, " ") {
		return false
	}
	low := strings.ToLower(s)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".avif"} {
		if strings.HasSuffix(low, ext) {
			return true
		}
	}
	for _, p := range []string{"img_", "img-", "dsc_", "dsc", "dscn", "dscf", "pxl_", "p10", "image-", "photo-"} {
		if strings.HasPrefix(low, p) && strings.ContainsAny(low[len(p):], "0123456789") {
			return true
		}
	}
	sep, digit := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' || c == '_':
			sep = true
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return sep && (digit || strings.Count(s, "-")+strings.Count(s, "_") >= 2)
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
			if s := imageSrc(c, base); s != "" && !decorative(c) {
				src, alt = s, altText(c)
			} else if alt == "" {
				alt = altText(c)
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
