package harvest

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// maxRobots is how much of a robots.txt is read, the floor RFC 9309 sets.
const maxRobots = 500 << 10

// robots holds the rules of one host's robots.txt that apply to one user
// agent, read as RFC 9309 says: the group naming the agent's product token,
// else the "*" group; the longest matching rule wins, Allow on a tie.
type robots struct {
	rules    []rule
	delay    time.Duration // Crawl-delay, an extension most sites use
	sitemaps []string      // Sitemap lines, which belong to no group
}

type rule struct {
	allow   bool
	pattern string
}

// allowAll is the robots.txt of a host that has none (4xx).
var allowAll = &robots{}

// disallowAll is assumed for a host whose robots.txt cannot be fetched (5xx,
// unreachable): RFC 9309 asks crawlers to stay away.
var disallowAll = &robots{rules: []rule{{pattern: "/"}}}

// parseRobots reads the rules of robots.txt data for the product token
// (lower case, e.g. "newsarc").
func parseRobots(data []byte, token string) *robots {
	if len(data) > maxRobots {
		data = data[:maxRobots]
	}
	type group struct {
		agents []string
		rules  []rule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	r := &robots{}
	inAgents := false // the previous line was a user-agent line
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxRobots)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !inAgents {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(value))
			inAgents = true
			continue
		case "allow", "disallow":
			if cur != nil && value != "" {
				cur.rules = append(cur.rules, rule{allow: key == "allow", pattern: escapePattern(value)})
			}
		case "crawl-delay":
			if s, err := strconv.ParseFloat(value, 64); cur != nil && err == nil && s >= 0 && s < 1e6 {
				cur.delay = time.Duration(s * float64(time.Second))
			}
		case "sitemap":
			if value != "" {
				r.sitemaps = append(r.sitemaps, value)
			}
		}
		inAgents = false
	}
	// The groups naming the token, merged; else those of "*".
	for _, want := range []string{token, "*"} {
		found := false
		for _, g := range groups {
			for _, a := range g.agents {
				if a == want || want != "*" && agentToken(a) == want {
					r.rules = append(r.rules, g.rules...)
					r.delay = max(r.delay, g.delay)
					found = true
					break
				}
			}
		}
		if found {
			break
		}
	}
	return r
}

// agentToken is the product token of a user agent: "newsarc" for
// "newsarc/1.2 (+https://…)".
func agentToken(ua string) string {
	ua = strings.ToLower(strings.TrimSpace(ua))
	if i := strings.IndexAny(ua, "/ ;("); i >= 0 {
		ua = ua[:i]
	}
	return ua
}

// allowed reports whether path (with its query) may be fetched.
func (r *robots) allowed(path string) bool {
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if !matchRule(ru.pattern, path) {
			continue
		}
		if n := len(ru.pattern); n > best || n == best && ru.allow {
			best, allow = n, ru.allow
		}
	}
	return allow
}

// matchRule matches a robots.txt path pattern: a prefix, where "*" stands
// for any characters and a final "$" anchors the end.
func matchRule(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		if anchored && i == len(parts)-2 {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return !anchored || rest == ""
}

// escapePattern percent-encodes the octets of a pattern that a URL's escaped
// path would encode ("/tìm-kiếm" → "/t%C3%ACm-ki%E1%BA%BFm"), as RFC 9309
// compares them.
func escapePattern(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= 0x80 || c <= ' ' {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}
