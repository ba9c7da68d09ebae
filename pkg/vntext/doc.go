// Package vntext turns Vietnamese text from any era of the web into clean
// Unicode, and reads the things Vietnamese news sites print their own way.
//
// # Text
//
// Clean normalises a string to NFC and removes BOMs, zero-width characters
// and soft hyphens, without allocating when there is nothing to do. Decode
// turns a page's bytes into such a string: it takes the charset from a BOM,
// the HTTP Content-Type, the page's <meta> or detection, and converts the
// encodings Vietnamese pages really come in — UTF-8 (including Unikey's
// composed "tổ hợp" and NFD text), windows-1258, the 8-bit font encodings
// TCVN3 (ABC, ".VnTime" fonts, TCVN 5712:1993) and VNI ("VNI-Times"), and
// the ASCII notation VIQR (RFC 1456) — plus everything golang.org/x/text
// knows. Pages that claim Latin-1 or nothing are checked for the font
// encodings by the font names they use and by how many of their words
// decode to possible Vietnamese syllables.
//
// For text an earlier step already decoded as Latin-1 — a paragraph in a
// .VnTime font inside a UTF-8 page — FontEncoding tells the encoding from
// the CSS font family, Convert converts when it is known and Repair guesses.
// Encode is the reverse of Decode, for tests and fixtures. Fold removes
// diacritics for matching; Slug makes ASCII file names.
//
// # Dates and bylines
//
// ParseDate reads the date shapes Vietnamese sites print ("Thứ sáu,
// 28/7/2023, 18:26 (GMT+7)", "18:26, 28/07/2023", "Ngày 28 tháng 7 năm
// 2023", ISO 8601…), day first, in Asia/Ho_Chi_Minh unless an offset is
// given, checking the weekday; FindDate finds one inside a longer line.
// ParseByline splits "Đình Anh- Văn Hương" into authors and separates source
// credits ("Theo TTXVN") and notes ("(tổng hợp)"), and rejects lines that
// are sentences rather than bylines.
//
// Every function is safe for concurrent use and returns valid NFC UTF-8
// for any input; the parsers and Decode are fuzzed.
package vntext
