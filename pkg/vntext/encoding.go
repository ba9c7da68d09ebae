package vntext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names a character encoding: the WHATWG name of any encoding
// golang.org/x/text knows ("utf-8", "windows-1258", "shift_jis"…) or one of
// the Vietnamese font encodings below, which no registry names.
type Encoding string

// The encodings Vietnamese text turns up in.
const (
	UTF8        Encoding = "utf-8"
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
	Windows1258 Encoding = "windows-1258" // tone marks as combining bytes
	Windows1252 Encoding = "windows-1252" // also what ISO-8859-1 and US-ASCII mean on the web
	TCVN3       Encoding = "tcvn3"        // TCVN 5712:1993 VN3, ".VnTime" fonts
	TCVN3Upper  Encoding = "tcvn3-upper"  // the same bytes in ".VnTimeH" capital fonts
	VNI         Encoding = "vni"          // VNI Windows, "VNI-Times" fonts
	VIQR        Encoding = "viqr"         // RFC 1456 ASCII notation
)

// String returns the encoding's name.
func (e Encoding) String() string { return string(e) }

// Errors returned (wrapped) by this package's encoding functions.
var (
	ErrUnknownEncoding = errors.New("unknown encoding")
	ErrUnencodable     = errors.New("character not representable")
)

// legacyLabels are the names people give the font encodings.
var legacyLabels = map[string]Encoding{
	"tcvn3": TCVN3, "tcvn": TCVN3, "tcvn-3": TCVN3, "tcvn5712": TCVN3, "tcvn-5712": TCVN3,
	"tcvn5712-3": TCVN3, "vn3": TCVN3, "abc": TCVN3, "x-viet-tcvn": TCVN3, "x-viet-tcvn5712": TCVN3,
	"tcvn3-upper": TCVN3Upper, "tcvn3h": TCVN3Upper, "tcvn3-h": TCVN3Upper,
	"vni": VNI, "vni-win": VNI, "vni-windows": VNI, "x-viet-vni": VNI,
	"viqr": VIQR, "x-viet-viqr": VIQR, "vietnamese-viqr": VIQR,
}

// LookupEncoding returns the Encoding for a charset label as found in
// Content-Type headers and <meta> tags ("UTF-8", "latin1", "x-viet-tcvn",
// "VNI"…), case-insensitively.
func LookupEncoding(label string) (Encoding, error) {
	l := strings.ToLower(strings.Trim(label, " \t\r\n\f\"'"))
	if e, ok := legacyLabels[l]; ok {
		return e, nil
	}
	if enc, err := htmlindex.Get(l); err == nil {
		if name, err := htmlindex.Name(enc); err == nil {
			return Encoding(name), nil
		}
	}
	return "", fmt.Errorf("vntext: %w: %q", ErrUnknownEncoding, label)
}

// Hints tell Decode what is known about the bytes besides the bytes.
type Hints struct {
	// ContentType is the transport's Content-Type header, e.g.
	// "text/html; charset=windows-1258". Its charset, if any, is trusted
	// over the document's own declarations unless the bytes contradict it
	// (see Decode).
	ContentType string
	// Force skips all detection and decodes as this encoding.
	Force Encoding
}

// Decode turns raw bytes of a page or text into clean Unicode: NFC, without
// BOMs and zero-width characters (see Clean). It returns the encoding it
// decoded from.
//
// The charset comes from, in order: Hints.Force; a byte order mark;
// Hints.ContentType; a <meta charset> or <meta http-equiv=Content-Type> in
// the first 4 KB; detection. Two kinds of declaration are not believed: a
// UTF-8 declaration for bytes that are mostly not UTF-8 (servers send it
// for old pages; the next source is asked), and a Latin-1, windows-1258,
// TCVN3 or VNI declaration for bytes that are valid multi-byte UTF-8
// (decoded as UTF-8: text in those encodings is never valid UTF-8 by
// accident).
//
// Pages that are, or say they are, Latin-1/windows-1252 or that declare
// nothing are checked for the Vietnamese font encodings, which such pages
// really hold: TCVN3 and VNI (helped by the .VnTime/VNI-Times font names
// the page uses) and windows-1258, chosen by how many words decode to valid
// Vietnamese syllables. Pure ASCII is decoded as VIQR only when it is
// unmistakably VIQR. Text in TCVN3 capital fonts (.VnTimeH) decodes as
// lower case; upper-case it per element (see FontEncoding).
//
// The only error is an unknown Hints.Force.
func Decode(raw []byte, hints Hints) (string, Encoding, error) {
	enc, body, err := detect(raw, hints, false)
	if err != nil {
		return "", "", err
	}
	return decodeAs(body, enc), enc, nil
}

// DecodeBytes is Decode for callers that read bytes: a page that is
// already clean UTF-8 (NFC, no BOM, no invisible characters) comes back as
// the same bytes, without a copy; any other is decoded as Decode does.
func DecodeBytes(raw []byte, hints Hints) ([]byte, Encoding, error) {
	// isClean only reads the bytes, and refuses invalid UTF-8: clean bytes
	// are valid, which spares detect a pass.
	clean := isClean(unsafe.String(unsafe.SliceData(raw), len(raw)))
	enc, body, err := detect(raw, hints, clean)
	if err != nil {
		return nil, "", err
	}
	if enc == UTF8 && clean && len(body) == len(raw) {
		return body, enc, nil
	}
	return []byte(decodeAs(body, enc)), enc, nil
}

// detect finds raw's encoding, and the bytes to decode (a BOM left out).
// valid may say that raw is known to be valid UTF-8.
func detect(raw []byte, hints Hints, valid bool) (Encoding, []byte, error) {
	if hints.Force != "" {
		enc, err := LookupEncoding(string(hints.Force))
		if err != nil {
			return "", nil, err
		}
		return enc, raw, nil
	}
	switch {
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")):
		return UTF8, raw[3:], nil
	case bytes.HasPrefix(raw, []byte("\xFF\xFE")):
		return UTF16LE, raw[2:], nil
	case bytes.HasPrefix(raw, []byte("\xFE\xFF")):
		return UTF16BE, raw[2:], nil
	}
	valid = valid || utf8.Valid(raw)
	enc := Encoding("")
	if label := charsetParam(hints.ContentType); label != "" {
		enc, _ = LookupEncoding(label)
		enc = checkDeclared(raw, enc, valid)
	}
	if enc == "" {
		if label := prescanMeta(raw); label != "" {
			enc, _ = LookupEncoding(label)
			if enc == UTF16LE || enc == UTF16BE {
				// A document that can declare itself in ASCII is not
				// UTF-16 (HTML spec, "prescan").
				enc = UTF8
			}
			enc = checkDeclared(raw, enc, valid)
		}
	}
	if enc == "" {
		if good, bad := utf8Counts(raw, valid); valid || good >= 4*bad {
			enc = UTF8
		}
	}
	if enc == UTF8 || enc == "" || isLatin(enc) {
		if ascii(raw) {
			if looksVIQR(raw) {
				return VIQR, raw, nil
			}
			if enc == "" {
				enc = UTF8
			}
		} else if enc == "" || isLatin(enc) {
			enc = detectLegacy(raw, enc)
		}
	}
	return enc, raw, nil
}

// isLatin reports the declarations that in practice hide Vietnamese font
// encodings.
func isLatin(e Encoding) bool {
	return e == Windows1252 || e == "iso-8859-15"
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// checkDeclared drops declarations the bytes contradict. valid is
// utf8.Valid(raw).
func checkDeclared(raw []byte, enc Encoding, valid bool) Encoding {
	switch {
	case enc == UTF8 && !valid:
		if good, bad := utf8Counts(raw, valid); good < 4*bad {
			return ""
		}
	case (isLatin(enc) || enc == Windows1258 || enc == TCVN3 || enc == VNI) && valid && !ascii(raw):
		return UTF8
	}
	return enc
}

// utf8Counts counts valid multi-byte sequences and invalid bytes; only
// invalid input needs counting.
func utf8Counts(b []byte, valid bool) (good, bad int) {
	if valid {
		return 0, 0
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return good, bad
}

// decodeAs decodes raw as enc and cleans the result.
func decodeAs(raw []byte, enc Encoding) string {
	var s string
	switch enc {
	case UTF8:
		s = string(raw)
	case Windows1252:
		s = decodeCP1252(raw)
	case Windows1258:
		s = decodeCP1258(raw)
	case TCVN3:
		s = decodeTCVN3(raw, false)
	case TCVN3Upper:
		s = decodeTCVN3(raw, true)
	case VNI:
		s = decodeVNI(raw)
	case VIQR:
		s = decodeVIQR(string(raw), looksHTML(raw))
	default:
		var dec *encoding.Decoder
		switch enc {
		case UTF16LE:
			dec = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
		case UTF16BE:
			dec = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
		default:
			e, err := htmlindex.Get(string(enc))
			if err != nil {
				s = string(raw)
				break
			}
			dec = e.NewDecoder()
		}
		if dec != nil {
			b, err := dec.Bytes(raw)
			if err != nil {
				b = raw
			}
			s = string(b)
		}
	}
	return Clean(s)
}

// looksHTML reports whether raw starts like markup, for VIQR's html mode.
func looksHTML(raw []byte) bool {
	head := raw[:min(len(raw), 1024)]
	for i := 0; i+1 < len(head); i++ {
		if head[i] == '<' {
			n := head[i+1] | 0x20
			if 'a' <= n && n <= 'z' || n == '/' || n == '!' {
				return true
			}
		}
	}
	return false
}

// Encode converts s (any normal form) to enc. It is the reverse of Decode:
// for the font encodings it writes what the fonts expect (TCVN3Upper takes
// text of any case and writes the capital fonts' bytes), for windows-1258
// precomposed characters where the code page has them and base + tone byte
// otherwise, for VIQR ASCII with the marks escaped where needed. Characters
// enc cannot represent give an error wrapping ErrUnencodable.
func Encode(s string, enc Encoding) ([]byte, error) {
	e, err := LookupEncoding(string(enc))
	if err != nil {
		return nil, err
	}
	s = Clean(s)
	switch e {
	case UTF8:
		return []byte(s), nil
	case TCVN3:
		return encodeTCVN3(s)
	case TCVN3Upper:
		return encodeTCVN3(strings.ToLower(s))
	case VNI:
		return encodeVNI(s)
	case VIQR:
		return encodeVIQR(s), nil
	case Windows1258:
		return encodeCP1258(s)
	case Windows1252:
		out := make([]byte, 0, len(s))
		for i, r := range s {
			b, ok := cp1252Enc[r]
			if r < utf8.RuneSelf {
				b, ok = byte(r), true
			}
			if !ok || cp1252Dec[b] != r {
				return nil, encodeError(e, r, i)
			}
			out = append(out, b)
		}
		return out, nil
	}
	var x encoding.Encoding
	switch e {
	case UTF16LE:
		x = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case UTF16BE:
		x = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		if x, err = htmlindex.Get(string(e)); err != nil {
			return nil, fmt.Errorf("vntext: %w: %q", ErrUnknownEncoding, e)
		}
	}
	b, err := x.NewEncoder().Bytes([]byte(s))
	if err != nil {
		return nil, fmt.Errorf("vntext: %w: %s: %v", ErrUnencodable, e, err)
	}
	return b, nil
}

// Convert re-decodes text that was wrongly decoded as windows-1252 or
// ISO-8859-1 — what an HTML parser gives for a TCVN3 or VNI page that
// declares Latin-1 — as enc, and cleans it. Use it when the encoding is
// known, typically from the element's font (FontEncoding). It fails when s
// has characters outside windows-1252/Latin-1, i.e. is not such text.
func Convert(s string, enc Encoding) (string, error) {
	e, err := LookupEncoding(string(enc))
	if err != nil {
		return "", err
	}
	raw, ok := latin1Bytes(s)
	if !ok {
		return "", fmt.Errorf("vntext: convert to %s: text is not Latin-1 or windows-1252 mojibake", e)
	}
	return decodeAs(raw, e), nil
}

// latin1Bytes returns the bytes s was decoded from, assuming windows-1252
// or ISO-8859-1 (whose C1 controls come back to their bytes too).
func latin1Bytes(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		b, ok := cp1252Enc[r]
		if !ok {
			if r >= 0x80 && r < 0xA0 {
				// ISO-8859-1's C1 controls, where windows-1252 has
				// punctuation.
				b, ok = byte(r), true
			} else {
				return nil, false
			}
		}
		out = append(out, b)
	}
	return out, true
}

// Repair detects text that an earlier step decoded as windows-1252 or
// ISO-8859-1 although it is TCVN3, VNI or windows-1258 — "ViÖt Nam",
// "Vieät Nam", "Viêòt Nam" — and returns it converted and cleaned, with the
// encoding it was in. Text that is fine, or whose words do not read better
// as Vietnamese in another encoding, is returned cleaned with enc "". The
// HTML reader uses it on the text of elements of pages that mix encodings
// (a UTF-8 page with some paragraphs in .VnTime fonts); short strings are
// judged with less evidence, so prefer Convert when the font is known.
func Repair(s string) (string, Encoding) {
	raw, ok := latin1Bytes(s)
	if !ok || ascii(raw) {
		return Clean(s), ""
	}
	enc := detectLegacy(raw, Windows1252)
	if enc == Windows1252 {
		return Clean(s), ""
	}
	return decodeAs(raw, enc), enc
}

// FontEncoding returns the legacy encoding a CSS font-family list or a
// <font face> value implies: TCVN3 for the ABC fonts (".VnTime",
// ".VnArial"…), TCVN3Upper for their capital variants (".VnTimeH",
// ".VnArialH"…), VNI for "VNI-Times", "VNI-Helve"…, and "" otherwise. The
// first legacy font in the list wins, because browsers use it when it is
// installed, as it was for the page's readers.
func FontEncoding(fontFamily string) Encoding {
	for f := range strings.SplitSeq(fontFamily, ",") {
		f = strings.ToLower(strings.Trim(strings.TrimSpace(f), "\"'"))
		f = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(f, "!important")), ";")
		switch {
		case strings.HasPrefix(f, ".vn") && len(f) > 3:
			if strings.HasSuffix(f, "h") {
				return TCVN3Upper
			}
			return TCVN3
		case strings.HasPrefix(f, "vni-") || strings.HasPrefix(f, "vni "):
			return VNI
		}
	}
	return ""
}
