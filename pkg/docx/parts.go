package docx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/newsarc/newsarc/fonts"
)

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Namespaces of WordprocessingML and the DrawingML it embeds pictures with.
const (
	nsW   = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR   = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	nsAll = nsW + ` ` + nsR +
		` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
		` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
		` xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`
)

// wordLang returns a language tag with the region Word's proofing tools
// expect: "vi" gives "vi-VN", "en" "en-US"; false when tag is not BCP 47.
func wordLang(tag string) (string, bool) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", false
	}
	base, _ := t.Base()
	region, conf := t.Region()
	if conf == language.No {
		return base.String(), true
	}
	return base.String() + "-" + region.String(), true
}

// lang is the document's language for the styles and properties.
func (d *doc) lang() string {
	if l, ok := wordLang(d.c.Lang()); ok {
		return l
	}
	d.warn("language is not a BCP 47 tag; Vietnamese assumed", "language", d.c.Lang())
	return "vi-VN"
}

func (d *doc) document() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:document ` + nsAll + `><w:body>` + "\n")
	b.Write(d.body.Bytes())
	p := d.paper
	b.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rId5"/>` +
		`<w:pgSz w:w="` + strconv.Itoa(p.width) + `" w:h="` + strconv.Itoa(p.height) + `"/>` +
		`<w:pgMar w:top="` + strconv.Itoa(p.margin) + `" w:right="` + strconv.Itoa(p.margin) + `" w:bottom="` + strconv.Itoa(p.margin) +
		`" w:left="` + strconv.Itoa(p.margin) + `" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>` + "\n")
	b.WriteString("</w:body></w:document>\n")
	return b.Bytes()
}

// documentRels lists the document's parts, pictures and links; the fixed
// ones first, with the ids fixedRels counts.
func (d *doc) documentRels() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + "\n")
	const base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	fixed := []relation{
		{"rId1", base + "styles", "styles.xml", false},
		{"rId2", base + "settings", "settings.xml", false},
		{"rId3", base + "fontTable", "fontTable.xml", false},
		{"rId4", base + "numbering", "numbering.xml", false},
		{"rId5", base + "footer", "footer1.xml", false},
	}
	for _, r := range append(fixed, d.rels...) {
		b.WriteString(`<Relationship Id="` + r.id + `" Type="` + r.typ + `" Target="` + escape(r.target) + `"`)
		if r.external {
			b.WriteString(` TargetMode="External"`)
		}
		b.WriteString("/>\n")
	}
	b.WriteString("</Relationships>\n")
	return b.Bytes()
}

func (d *doc) contentTypes(embedded []fontPart) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` + "\n" +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` + "\n" +
		`<Default Extension="xml" ContentType="application/xml"/>` + "\n" +
		`<Default Extension="jpg" ContentType="image/jpeg"/>` + "\n" +
		`<Default Extension="png" ContentType="image/png"/>` + "\n")
	if len(embedded) > 0 {
		b.WriteString(`<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>` + "\n")
	}
	const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	for _, o := range [][2]string{
		{"/word/document.xml", wml + "document.main+xml"},
		{"/word/styles.xml", wml + "styles+xml"},
		{"/word/settings.xml", wml + "settings+xml"},
		{"/word/fontTable.xml", wml + "fontTable+xml"},
		{"/word/numbering.xml", wml + "numbering+xml"},
		{"/word/footer1.xml", wml + "footer+xml"},
		{"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
		{"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
	} {
		b.WriteString(`<Override PartName="` + o[0] + `" ContentType="` + o[1] + `"/>` + "\n")
	}
	b.WriteString("</Types>\n")
	return []byte(b.String())
}

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
`

const appProps = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>newsarc</Application></Properties>
`

// footerXML numbers the pages.
const footerXML = xmlHeader + `<w:ftr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>` +
	`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
	`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>
`

// coreProps are the properties Word shows under File › Info: title,
// authors, subject, keywords, language and dates, all from the collection.
func (d *doc) coreProps() []byte {
	c := d.c
	title, creator, subject, description := c.DisplayTitle(), c.DisplayPublisher(), c.Subtitle, ""
	keywords := c.SectionNames()
	if !c.IsDigest() {
		a := &c.Articles[0]
		title, creator, subject, description = a.DisplayTitle(), strings.Join(a.Authors, ", "), a.Section, a.Lead
		keywords = a.Tags
		if creator == "" {
			creator = a.Source
		}
	}
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	elem := func(name, value string) {
		if value != "" {
			b.WriteString("<" + name + ">" + escape(value) + "</" + name + ">")
		}
	}
	elem("dc:title", title)
	elem("dc:subject", subject)
	elem("dc:creator", creator)
	elem("cp:keywords", strings.Join(keywords, ", "))
	elem("dc:description", description)
	elem("dc:language", d.lang())
	if t := c.Date(); !t.IsZero() && t.UTC().Year() >= 1 && t.UTC().Year() <= 9999 {
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + w3cdtf(t) + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + w3cdtf(t) + `</dcterms:modified>`)
	}
	b.WriteString("</cp:coreProperties>\n")
	return b.Bytes()
}

// settings: fonts embedded are subset again when the document is saved,
// fields (the contents) are updated when it is opened, and its language
// is the proofing language.
func (d *doc) settings(embedFonts bool) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:settings ` + nsW + `>`)
	if embedFonts {
		b.WriteString(`<w:embedTrueTypeFonts/><w:saveSubsetFonts/>`)
	}
	b.WriteString(`<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>`)
	if d.c.IsDigest() {
		b.WriteString(`<w:updateFields w:val="true"/>`)
	}
	b.WriteString(`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`)
	b.WriteString(`<w:themeFontLang w:val="` + d.lang() + `"/>`)
	b.WriteString("</w:settings>\n")
	return []byte(b.String())
}

// numbering defines a bullet list and a decimal list; every ordered list
// of the document gets its own instance, restarting at 1.
func (d *doc) numbering() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:numbering ` + nsW + `>` + "\n")
	for i, f := range [][2]string{{"bullet", "•"}, {"decimal", "%1."}} {
		b.WriteString(`<w:abstractNum w:abstractNumId="` + strconv.Itoa(i) + `"><w:multiLevelType w:val="singleLevel"/>` +
			`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="` + f[0] + `"/><w:lvlText w:val="` + f[1] + `"/>` +
			`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` + "\n")
	}
	b.WriteString(`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` + "\n")
	for i := range d.lists {
		b.WriteString(`<w:num w:numId="` + strconv.Itoa(i+2) + `"><w:abstractNumId w:val="1"/>` +
			`<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` + "\n")
	}
	b.WriteString("</w:numbering>\n")
	return []byte(b.String())
}

// fontPart is one embedded font file.
type fontPart struct {
	family string // as the styles name it
	style  fonts.Style
	data   []byte
	subset bool   // data has only some of the font's glyphs
	key    string // the GUID the file is obfuscated with, in braces
	file   string // under word/fonts/
	rel    string
}

// fontParts lists the font files to embed: the styles of the body family
// the text uses, and the heading family's regular and bold, each subset
// to the letters the document prints and every Vietnamese letter, so that
// an editor without the fonts can still type Vietnamese in them. A font
// the subsetter cannot read is embedded whole.
func (d *doc) fontParts(embed bool) []fontPart {
	if !embed {
		return nil
	}
	letters, _ := fonts.LettersOf(d.c, nil)
	letters.Add(fonts.Vietnamese)
	runes := letters.Runes()
	var parts []fontPart
	add := func(family string, f *fonts.Family, s fonts.Style) {
		part := fontPart{family: family, style: s, subset: true}
		var err error
		if part.data, err = fonts.Subset(f.TTF(s), runes); err != nil {
			d.warn("font embedded whole: "+err.Error(), "font", f.Name, "style", s.Suffix())
			part.data, part.subset = f.TTF(s), false
		}
		sum := sha256.Sum256(append([]byte(family+s.Suffix()), part.data[:min(len(part.data), 4096)]...))
		h := strings.ToUpper(hex.EncodeToString(sum[:16]))
		n := strconv.Itoa(len(parts) + 1)
		part.key = "{" + h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32] + "}"
		part.file, part.rel = "font"+n+".odttf", "rId"+n
		parts = append(parts, part)
	}
	for _, s := range fonts.Styles {
		if s == fonts.Regular || s == fonts.Bold || d.used[s] { // leads and bylines are bold by their style
			add(d.serif, d.o.Body, s)
		}
	}
	if d.sans != d.serif {
		add(d.sans, d.o.Heading, fonts.Regular)
		add(d.sans, d.o.Heading, fonts.Bold)
	}
	return parts
}

// obfuscated returns the font as Word embeds it (ECMA-376 Part 2, 17.8.1):
// its first 32 bytes XORed with the key's 16 bytes in reverse order.
func (f *fontPart) obfuscated() []byte {
	hexKey := strings.NewReplacer("{", "", "}", "", "-", "").Replace(f.key)
	raw, _ := hex.DecodeString(hexKey)
	out := bytes.Clone(f.data)
	for i := 0; i < 32 && i < len(out); i++ {
		out[i] ^= raw[15-i%16]
	}
	return out
}

func fontRels(parts []fontPart) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + "\n")
	for _, p := range parts {
		b.WriteString(`<Relationship Id="` + p.rel + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/` + p.file + `"/>` + "\n")
	}
	b.WriteString("</Relationships>\n")
	return []byte(b.String())
}

// fontTable names the families with what Word substitutes when they are
// missing: a serif or sans face of similar build that has Vietnamese.
func (d *doc) fontTable(embedded []fontPart) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:fonts ` + nsW + ` ` + nsR + `>` + "\n")
	font := func(name, alt, family string) {
		b.WriteString(`<w:font w:name="` + escape(name) + `"><w:altName w:val="` + alt + `"/><w:charset w:val="00"/>` +
			`<w:family w:val="` + family + `"/><w:pitch w:val="variable"/>`)
		tags := map[fonts.Style]string{fonts.Regular: "embedRegular", fonts.Bold: "embedBold", fonts.Italic: "embedItalic", fonts.BoldItalic: "embedBoldItalic"}
		for _, s := range fonts.Styles {
			for _, p := range embedded {
				if p.family == name && p.style == s {
					b.WriteString(`<w:` + tags[s] + ` r:id="` + p.rel + `" w:fontKey="` + p.key + `"`)
					if p.subset {
						b.WriteString(` w:subsetted="1"`)
					}
					b.WriteString(`/>`)
				}
			}
		}
		b.WriteString("</w:font>\n")
	}
	font(d.serif, "Times New Roman", "roman")
	if d.sans != d.serif {
		font(d.sans, "Arial", "swiss")
	}
	font("Courier New", "Liberation Mono", "modern")
	b.WriteString("</w:fonts>\n")
	return []byte(b.String())
}

// styles defines every style the body uses, with Word's built-in names
// where there is one (so that "heading 1" is Word's Heading 1, in the
// navigation pane and in tables of contents).
func (d *doc) styles() []byte {
	serif, sans, lang := escape(d.serif), escape(d.sans), d.lang()
	fontsOf := func(name string) string {
		return `<w:rFonts w:ascii="` + name + `" w:hAnsi="` + name + `" w:eastAsia="` + name + `" w:cs="` + name + `"/>`
	}
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles ` + nsW + `>` + "\n")
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + fontsOf(serif) + `<w:sz w:val="22"/><w:szCs w:val="22"/>` +
		`<w:lang w:val="` + lang + `" w:eastAsia="` + lang + `" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` + "\n")
	type style struct {
		typ, id, name, basedOn, next string
		pPr, rPr                     string
		builtin                      bool
	}
	grey := `<w:color w:val="595959"/>`
	size := func(halfPoints int) string {
		s := strconv.Itoa(halfPoints)
		return `<w:sz w:val="` + s + `"/><w:szCs w:val="` + s + `"/>`
	}
	heading := func(level, halfPoints int) style {
		l := strconv.Itoa(level)
		return style{"paragraph", "Heading" + l, "heading " + l, "Normal", "Normal",
			`<w:keepNext/><w:keepLines/><w:spacing w:before="` + strconv.Itoa(120+40*(6-level)) + `" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="` + strconv.Itoa(level-1) + `"/>`,
			fontsOf(sans) + `<w:b/><w:bCs/>` + size(halfPoints), true}
	}
	styles := []style{
		{"paragraph", "Normal", "Normal", "", "", `<w:jc w:val="both"/>`, "", true},
		{"paragraph", "Title", "Title", "Normal", "Normal", `<w:keepNext/><w:spacing w:before="240" w:after="160" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`,
			fontsOf(sans) + `<w:b/><w:bCs/>` + size(48), true},
		{"paragraph", "CoverTitle", "Cover Title", "Title", "Normal", `<w:spacing w:before="3600"/>`, "", false},
		{"paragraph", "Subtitle", "Subtitle", "Normal", "Normal", `<w:jc w:val="left"/>`, fontsOf(sans) + grey + size(28), true},
		heading(1, 36), heading(2, 30), heading(3, 26), heading(4, 24), heading(5, 22), heading(6, 22),
		{"paragraph", "Publisher", "Publisher", "Normal", "Normal", `<w:keepNext/><w:spacing w:before="3600"/><w:jc w:val="left"/>`,
			fontsOf(sans) + `<w:b/><w:bCs/><w:caps/><w:color w:val="B3261E"/>` + size(24), false},
		{"paragraph", "CoverLine", "Cover Line", "Normal", "CoverLine", `<w:spacing w:after="60"/><w:jc w:val="left"/>`, fontsOf(sans) + grey + size(22), false},
		{"paragraph", "Meta", "Meta", "Normal", "Normal", `<w:keepNext/><w:jc w:val="left"/>`, fontsOf(sans) + grey + size(18), false},
		{"paragraph", "Lead", "Lead", "Normal", "Normal", "", `<w:b/><w:bCs/>`, false},
		{"paragraph", "Quote", "Quote", "Normal", "Normal", `<w:ind w:left="567" w:right="567"/>`, `<w:i/><w:iCs/>`, true},
		{"paragraph", "Preformatted", "HTML Preformatted", "Normal", "Preformatted", `<w:spacing w:after="160" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`,
			fontsOf("Courier New") + size(18), true},
		{"paragraph", "ListParagraph", "List Paragraph", "Normal", "ListParagraph", `<w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/>`, "", true},
		{"paragraph", "Figure", "Figure", "Normal", "Caption", `<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/>`, "", false},
		{"paragraph", "FigureAlone", "Figure Alone", "Figure", "Normal", `<w:spacing w:before="120" w:after="160"/>`, "", false},
		{"paragraph", "Caption", "caption", "Normal", "Normal", `<w:spacing w:after="200"/><w:jc w:val="center"/>`, fontsOf(sans) + grey + size(18), true},
		{"paragraph", "TableCaption", "Table Caption", "Caption", "Normal", `<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="left"/>`,
			`<w:b/><w:bCs/>`, false},
		{"paragraph", "TableText", "Table Text", "Normal", "TableText", `<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`, size(20), false},
		{"paragraph", "TableEnd", "Table End", "Normal", "Normal", `<w:spacing w:after="120" w:line="120" w:lineRule="exact"/>`, size(8), false},
		{"paragraph", "TableHeader", "Table Header", "TableText", "TableText", "", `<w:b/><w:bCs/>`, false},
		{"paragraph", "Byline", "Byline", "Normal", "Normal", `<w:spacing w:after="0"/><w:jc w:val="right"/>`, `<w:b/><w:bCs/>`, false},
		{"paragraph", "Credit", "Credit", "Normal", "Normal", `<w:spacing w:after="0"/><w:jc w:val="right"/>`, "", false},
		{"paragraph", "Source", "Source", "Normal", "Normal", `<w:spacing w:before="160"/><w:jc w:val="left"/>`, fontsOf(sans) + grey + size(16), false},
		{"paragraph", "TOCHeading", "TOC Heading", "Heading1", "Normal", `<w:outlineLvl w:val="9"/>`, "", true},
		{"paragraph", "TOC1", "toc 1", "Normal", "Normal", `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + strconv.Itoa(d.paper.width-2*d.paper.margin) + `"/></w:tabs><w:spacing w:before="120" w:after="40"/><w:jc w:val="left"/>`,
			fontsOf(sans) + `<w:b/><w:bCs/>`, true},
		{"paragraph", "TOC2", "toc 2", "Normal", "Normal", `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + strconv.Itoa(d.paper.width-2*d.paper.margin) + `"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="284"/><w:jc w:val="left"/>`,
			"", true},
		{"paragraph", "Footer", "footer", "Normal", "Footer", `<w:spacing w:after="0"/><w:jc w:val="center"/>`, fontsOf(sans) + grey + size(18), true},
		{"character", "Hyperlink", "Hyperlink", "", "", "", `<w:color w:val="0B57D0"/><w:u w:val="single"/>`, true},
	}
	for _, s := range styles {
		b.WriteString(`<w:style w:type="` + s.typ + `" w:styleId="` + s.id + `"`)
		if s.id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		if !s.builtin {
			b.WriteString(` w:customStyle="1"`)
		}
		b.WriteString(`><w:name w:val="` + s.name + `"/>`)
		if s.basedOn != "" {
			b.WriteString(`<w:basedOn w:val="` + s.basedOn + `"/>`)
		}
		if s.next != "" {
			b.WriteString(`<w:next w:val="` + s.next + `"/>`)
		}
		if s.typ == "paragraph" && s.id != "Normal" {
			b.WriteString(`<w:qFormat/>`)
		}
		if s.pPr != "" {
			b.WriteString(`<w:pPr>` + s.pPr + `</w:pPr>`)
		}
		if s.rPr != "" {
			b.WriteString(`<w:rPr>` + s.rPr + `</w:rPr>`)
		}
		b.WriteString("</w:style>\n")
	}
	b.WriteString(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` + "\n")
	b.WriteString("</w:styles>\n")
	return []byte(b.String())
}
