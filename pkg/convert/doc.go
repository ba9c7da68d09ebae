// Package convert is the facade of newsarc: it wires the default readers and
// writers into a format table and converts documents between them, writing
// files atomically so that a failure never leaves a partial output.
//
// # Formats
//
// New's table holds these formats, each found by its name, an alias or an
// extension (news.Formats Lookup and ForPath):
//
//	name   aliases            reads  writes  extensions
//	json                      yes    yes     .json            canonical JSON, schema 1
//	jsonl                     yes    yes     .jsonl .ndjson   one canonical article per line
//	html   htm xhtml          yes    yes     .html .htm .shtml .xhtml
//	                                          reads a news page; writes one self-contained HTML5 file
//	text   txt                –      yes     .txt .text       plain-text bulletin
//	md     markdown gfm       –      yes     .md .markdown    GitHub Markdown with YAML front matter
//	docx   word               –      yes     .docx            Word document
//	pdf                       –      yes     .pdf             PDF; a digest gets contents and an outline
//	epub                      –      yes     .epub            EPUB 3 with embedded fonts
//
// # Uses
//
// Convert a file (the output's format from its extension, or FileOptions.To):
//
//	conv := convert.New(convert.Options{})
//	err := conv.ConvertFiles(ctx, convert.FileOptions{
//		Inputs: []string{"testdata/articles/seed-giao-ban.json"},
//		Output: "seed.pdf",
//	})
//
// Convert a web page: an http(s) URL is an input like a file, fetched
// within Options.Fetch's limits; several inputs are read a few at a time
// and make one document in their order:
//
//	err := conv.ConvertFiles(ctx, convert.FileOptions{
//		Inputs: []string{"https://baomau.vn/thoi-su/giao-ban-truc-tuyen.html"},
//		Output: "article.epub",
//	})
//
// Make a digest of a month from an archive (directories, JSON Lines, zip,
// WARC), in several formats from one read:
//
//	month, _ := convert.MonthPeriod("2023-07", nil) // nil: Asia/Ho_Chi_Minh
//	report, err := conv.Digest(ctx, []string{"testdata/archive"}, convert.DigestOptions{
//		Selection: convert.Selection{Period: month, Group: news.GroupBySection},
//		Outputs:   []convert.Output{{Path: "july.pdf"}, {Path: "july.html"}},
//	})
//
// Add a writer: anything with Write(ctx, io.Writer, *news.Collection)
// error, appended to the table, is found by name and extension like the
// others:
//
//	conv.Formats = append(conv.Formats, news.Format{
//		Name: "org", Extensions: []string{".org"}, MediaType: "text/org; charset=utf-8",
//		Writer: news.WriterFunc(writeOrg),
//	})
//
// The examples below are complete programs of each; examples/convert,
// examples/monthly-digest and examples/custom-writer in the repository are
// the same as commands.
package convert
