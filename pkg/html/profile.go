package html

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsarc/newsarc/internal/safefile"
)

// A Profile tells the reader where one CMS family keeps its article, as CSS
// selectors. Profiles are data: the built-in ones live in profiles.json and
// users add their own with LoadProfiles. Every field but Name is optional;
// whatever a profile leaves out, or whatever its selectors fail to find, the
// general extractor finds instead, so a stale profile degrades gracefully.
type Profile struct {
	Name    string   `json:"name"`
	Hosts   []string `json:"hosts,omitempty"`   // host names; "example.vn" also matches "www.example.vn"
	Detect  string   `json:"detect,omitempty"`  // a selector whose presence marks the CMS on any host
	Title   string   `json:"title,omitempty"`   // the headline element
	Lead    string   `json:"lead,omitempty"`    // the sapo
	Body    string   `json:"body,omitempty"`    // the body container(s)
	Date    string   `json:"date,omitempty"`    // the element printing the publication time
	Byline  string   `json:"byline,omitempty"`  // the author element(s)
	Section string   `json:"section,omitempty"` // breadcrumb links or the section label
	Tags    string   `json:"tags,omitempty"`    // tag links
	Remove  []string `json:"remove,omitempty"`  // chrome inside the body to drop
}

// profileAttrs returns the attribute names the profiles' selectors test.
func profileAttrs(ps []*compiled) []string {
	var keys []string
	for _, c := range ps {
		for _, s := range append([]Selector{c.detect, c.title, c.lead, c.body, c.date, c.byline, c.section, c.tags}, c.remove...) {
			for _, k := range s.attrKeys() {
				keys = append(keys, strings.ToLower(k))
			}
		}
	}
	return keys
}

// compiled is a Profile with its selectors parsed.
type compiled struct {
	name                                                   string
	hosts                                                  []string
	detect, title, lead, body, date, byline, section, tags Selector
	remove                                                 []Selector
}

//go:embed profiles.json
var builtinJSON []byte

// MaxProfilesBytes is the largest profiles file LoadProfiles reads: a
// thousand sites' profiles take a few hundred kilobytes.
const MaxProfilesBytes = 4 << 20

var errProfilesTooLarge = errors.New("file too large")

// BuiltinProfiles returns the profiles shipped with newsarc.
func BuiltinProfiles() []Profile {
	ps, err := parseProfiles(builtinJSON)
	if err != nil {
		panic("html: built-in profiles: " + err.Error()) // caught by the tests
	}
	return ps
}

// LoadProfiles reads a JSON file holding an array of profiles (or an object
// with a "profiles" array) and checks every selector. A profile for a site:
//
//	[{
//	  "name": "bao-tinh",
//	  "hosts": ["baotinh.vn"],
//	  "title": "div.tieu-de h1",
//	  "lead": "div.sapo",
//	  "body": "div.noi-dung",
//	  "date": "span.ngay-dang",
//	  "byline": "p.tac-gia",
//	  "remove": [".tin-lien-quan", "div.quang-cao"]
//	}]
//
// Pass the result as Options.Profiles; they are tried before the built-in
// ones. The file must be a regular file of at most MaxProfilesBytes.
func LoadProfiles(path string) ([]Profile, error) {
	data, err := safefile.ReadFile(path, MaxProfilesBytes, errProfilesTooLarge)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is named below
		}
		return nil, fmt.Errorf("html: profiles %s: %w", path, err)
	}
	ps, err := parseProfiles(data)
	if err != nil {
		return nil, fmt.Errorf("html: profiles %s: %w", path, err)
	}
	return ps, nil
}

func parseProfiles(data []byte) ([]Profile, error) {
	var ps []Profile
	if err := json.Unmarshal(data, &ps); err != nil {
		var doc struct {
			Profiles []Profile `json:"profiles"`
		}
		if err2 := json.Unmarshal(data, &doc); err2 != nil || doc.Profiles == nil {
			return nil, err
		}
		ps = doc.Profiles
	}
	for i := range ps {
		if _, err := ps[i].compile(); err != nil {
			return nil, err
		}
	}
	return ps, nil
}

func (p *Profile) compile() (*compiled, error) {
	if strings.TrimSpace(p.Name) == "" {
		return nil, errors.New("profile without a name")
	}
	c := &compiled{name: p.Name}
	for _, h := range p.Hosts {
		c.hosts = append(c.hosts, strings.TrimPrefix(strings.ToLower(strings.TrimSpace(h)), "www."))
	}
	var err error
	for _, f := range []struct {
		dst *Selector
		src string
	}{{&c.detect, p.Detect}, {&c.title, p.Title}, {&c.lead, p.Lead}, {&c.body, p.Body},
		{&c.date, p.Date}, {&c.byline, p.Byline}, {&c.section, p.Section}, {&c.tags, p.Tags}} {
		if *f.dst, err = CompileSelector(f.src); err != nil {
			return nil, fmt.Errorf("profile %q: %w", p.Name, err)
		}
	}
	for _, r := range p.Remove {
		s, err := CompileSelector(r)
		if err != nil {
			return nil, fmt.Errorf("profile %q: %w", p.Name, err)
		}
		c.remove = append(c.remove, s)
	}
	if len(c.hosts) == 0 && c.detect.Empty() {
		return nil, fmt.Errorf("profile %q: needs hosts or detect", p.Name)
	}
	return c, nil
}

// matches reports whether the profile applies to a page of host whose
// document is doc: by host name first, else by its detect selector. classes
// holds the page's class attributes: a selector needing a class the page
// lacks is not run.
func (c *compiled) matches(host string, doc *html.Node, classes string) bool {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	for _, h := range c.hosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	if c.detect.Empty() || !c.detect.mayMatch(classes) {
		return false
	}
	return c.detect.First(doc) != nil
}
