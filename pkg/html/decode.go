package html

import "github.com/newsarc/newsarc/pkg/vntext"

// decodePage turns the page's bytes into clean UTF-8 (NFC): the charset
// comes from a BOM, the transport's Content-Type, the page's declaration or
// detection, legacy Vietnamese encodings included (see vntext.Decode). A
// page that is clean UTF-8 already comes back as it is.
func decodePage(data []byte, contentType string) ([]byte, vntext.Encoding) {
	text, enc, err := vntext.DecodeBytes(data, vntext.Hints{ContentType: contentType})
	if err != nil { // only for a forced encoding, which we never set
		return []byte(vntext.Clean(string(data))), vntext.UTF8
	}
	return text, enc
}
