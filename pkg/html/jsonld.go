package html

import (
	"bytes"
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// ldArticle is what newsarc takes from a JSON-LD article object.
type ldArticle struct {
	found                bool
	headline, desc       string
	published, modified  string
	section, url, image  string
	publisher            string
	authors              []ldPerson
	keywords, breadcrumb []string
}

type ldPerson struct {
	name string
	org  bool
}

// articleTypes are the schema.org types whose objects describe the page's
// article.
var articleTypes = []string{"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
	"OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
	"LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting"}

// parseLD reads one <script type="application/ld+json"> into ld. Broken JSON
// is common (raw newlines in strings, trailing commas); one repair is tried.
func parseLD(raw string, ld *ldArticle) bool {
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		if err := json.Unmarshal(repairJSON(raw), &v); err != nil {
			return false
		}
	}
	visitLD(v, ld, 0)
	return true
}

// repairJSON replaces control characters (invalid inside JSON strings,
// harmless as white space outside them) and drops trailing commas.
func repairJSON(s string) []byte {
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 {
			b[i] = ' '
		}
	}
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == ',' {
			j := i + 1
			for j < len(b) && b[j] == ' ' {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue
			}
		}
		out = append(out, b[i])
	}
	return bytes.TrimSpace(out)
}

func visitLD(v any, ld *ldArticle, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			visitLD(e, ld, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			visitLD(g, ld, depth+1)
		}
		switch {
		case hasType(x, "BreadcrumbList"):
			if len(ld.breadcrumb) == 0 {
				ld.breadcrumb = crumbs(x["itemListElement"])
			}
		case !ld.found && hasType(x, articleTypes...):
			ld.fill(x)
		}
		if m, ok := x["mainEntity"]; ok {
			visitLD(m, ld, depth+1)
		}
	}
}

func hasType(m map[string]any, types ...string) bool {
	match := func(s string) bool {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "http://schema.org/"), "https://schema.org/")
		for _, t := range types {
			if strings.EqualFold(s, t) {
				return true
			}
		}
		return false
	}
	switch t := m["@type"].(type) {
	case string:
		return match(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && match(s) {
				return true
			}
		}
	}
	return false
}

func (ld *ldArticle) fill(m map[string]any) {
	ld.found = true
	ld.headline = ldString(m["headline"])
	if ld.headline == "" {
		ld.headline = ldString(m["name"])
	}
	ld.desc = ldString(m["description"])
	ld.published = ldString(m["datePublished"])
	if ld.published == "" {
		ld.published = ldString(m["dateCreated"])
	}
	ld.modified = ldString(m["dateModified"])
	ld.section = ldFirst(m["articleSection"])
	ld.url = ldURL(m["url"])
	if ld.url == "" {
		ld.url = ldURL(m["mainEntityOfPage"])
	}
	ld.image = ldURL(m["image"])
	if p, ok := m["publisher"]; ok {
		ld.publisher = ldName(p)
	}
	ld.authors = ldPeople(m["author"], ld.authors)
	switch k := m["keywords"].(type) {
	case string:
		for _, s := range strings.Split(unescape(k), ",") {
			if s = strings.TrimSpace(s); s != "" {
				ld.keywords = append(ld.keywords, s)
			}
		}
	case []any:
		for _, e := range k {
			if s := ldString(e); s != "" {
				ld.keywords = append(ld.keywords, s)
			}
		}
	}
}

// ldString returns a JSON-LD text value cleaned of HTML: unescaped until
// stable (some sites escape twice) and stripped of tags.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return unescape(x)
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s, ok := x["@value"]; ok {
			return ldString(s)
		}
	}
	return ""
}

func ldFirst(v any) string { return ldString(v) }

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return unescape(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		if len(x) > 0 {
			return ldName(x[0])
		}
	}
	return ""
}

func ldURL(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if s := ldURL(x["url"]); s != "" {
			return s
		}
		return ldURL(x["@id"])
	case []any:
		if len(x) > 0 {
			return ldURL(x[0])
		}
	}
	return ""
}

func ldPeople(v any, out []ldPerson) []ldPerson {
	switch x := v.(type) {
	case string:
		if s := unescape(x); s != "" {
			out = append(out, ldPerson{name: s})
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			out = append(out, ldPerson{name: s, org: hasType(x, "Organization", "NewsMediaOrganization", "Corporation", "WebSite", "GovernmentOrganization")})
		}
	case []any:
		for _, e := range x {
			out = ldPeople(e, out)
		}
	}
	return out
}

func crumbs(v any) []string {
	items, _ := v.([]any)
	var out []string
	for _, it := range items {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		name := ldString(m["name"])
		if name == "" {
			name = ldName(m["item"])
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// unescape decodes HTML character references until the string is stable,
// removes tags and folds white space.
func unescape(s string) string {
	for i := 0; i < 3 && strings.IndexByte(s, '&') >= 0; i++ {
		u := html.UnescapeString(s)
		if u == s {
			break
		}
		s = u
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	}
	return fold(s)
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '<' && i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '!' || s[i+1] >= 'a' && s[i+1] <= 'z' || s[i+1] >= 'A' && s[i+1] <= 'Z'):
			in = true
			b.WriteByte(' ')
		case c == '>' && in:
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}
