package html

import "github.com/newsarc/newsarc/pkg/vntext"

// decodePage turns the page's bytes into clean UTF-8 (NFC) text: the charset
// comes from a BOM, the transport's Content-Type, the page's declaration or
// detection, legacy Vietnamese encodings included (see vntext.Decode).
func decodePage(data []byte, contentType string) (string, vntext.Encoding) {
	s, enc, err := vntext.Decode(data, vntext.Hints{ContentType: contentType})
	if err != nil { // only for a forced encoding, which we never set
		return vntext.Clean(string(data)), vntext.UTF8
	}
	return s, enc
}
