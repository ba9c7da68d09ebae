package news

// Section is one group of a digest's table of contents: a day or a section.
type Section struct {
	Label    string // "Thứ sáu, 28/07/2023" or "Thời sự"; empty for GroupNone
	Articles []int  // indices into Collection.Articles, in collection order
}

// Sections groups the articles as c.Group says (by day when unset), groups in
// order of first appearance. Writers share it so that the PDF outline, the
// EPUB navigation and the text bulletin agree.
func (c *Collection) Sections() []Section {
	var out []Section
	index := make(map[string]int)
	for i := range c.Articles {
		label := c.groupLabel(&c.Articles[i])
		j, ok := index[label]
		if !ok {
			j = len(out)
			index[label] = j
			out = append(out, Section{Label: label})
		}
		out[j].Articles = append(out[j].Articles, i)
	}
	return out
}

// SectionNames lists the sections of the articles once each, in order of
// first appearance: a digest's subjects and keywords.
func (c *Collection) SectionNames() []string {
	var out []string
	seen := make(map[string]bool)
	for i := range c.Articles {
		if s := c.Articles[i].Section; s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func (c *Collection) groupLabel(a *Article) string {
	switch c.Group {
	case GroupNone:
		return ""
	case GroupBySection:
		if a.Section == "" {
			return c.Labels().NoSection
		}
		return a.Section
	}
	if a.Published.IsZero() {
		return c.Labels().NoDate
	}
	return c.Labels().Day(a.Published)
}
