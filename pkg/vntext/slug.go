package vntext

// ligatures are the folded letters that are more than one ASCII letter.
var ligatures = map[rune]string{'æ': "ae", 'œ': "oe", 'ß': "ss", 'þ': "th", 'ĳ': "ij"}

// DefaultSlugLen is Slug's length cap in bytes.
const DefaultSlugLen = 80

// Slug returns an ASCII file-name stem for s: folded (see Fold), runs of
// anything but a-z and 0-9 turned into one "-", at most DefaultSlugLen bytes
// cut at a word boundary. "Thường trực Ban Bí thư giao ban…" →
// "thuong-truc-ban-bi-thu-giao-ban". It is never empty ("article"), never
// contains "/" or "..", and never starts or ends with "-".
func Slug(s string) string { return SlugN(s, DefaultSlugLen) }

// SlugN is Slug with a length cap of max bytes (DefaultSlugLen if max < 1).
func SlugN(s string, max int) string {
	if max < 1 {
		max = DefaultSlugLen
	}
	b := make([]byte, 0, min(len(s), max+16))
	dash := false
	for _, r := range s {
		f := foldRune(r)
		if f < 0 {
			continue // combining mark of NFD input
		}
		var letters string
		switch {
		case 'a' <= f && f <= 'z' || '0' <= f && f <= '9':
			letters = string(byte(f)) // one-byte strings do not allocate
		default:
			letters = ligatures[f]
		}
		if letters == "" {
			dash = true
			continue
		}
		if dash && len(b) > 0 {
			b = append(b, '-')
		}
		dash = false
		b = append(b, letters...)
		if len(b) > max {
			break
		}
	}
	if len(b) > max {
		cut := max
		for cut > 0 && b[cut] != '-' {
			cut--
		}
		if cut == 0 {
			cut = max // one long word: cut it
		}
		b = b[:cut]
	}
	for len(b) > 0 && b[len(b)-1] == '-' {
		b = b[:len(b)-1]
	}
	if len(b) == 0 {
		return "article"
	}
	return string(b)
}
