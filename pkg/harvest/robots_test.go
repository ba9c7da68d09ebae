package harvest

import (
	"testing"
	"time"
)

func TestRobots(t *testing.T) {
	const txt = `# comment
Sitemap: https://baomau.vn/sitemap.xml
User-agent: *
Disallow: /admin/
Disallow: /*?print=
Crawl-delay: 10

User-agent: Googlebot-News
User-agent: NewsArc
Disallow: /ban-doc/
Allow: /ban-doc/thu-ngo-
Disallow: /*.pdf$
Disallow: /tìm-kiếm
Crawl-delay: 2.5

User-agent: newsarc-images
Disallow: /

sitemap: /sitemap-news.xml
`
	r := parseRobots([]byte(txt), "newsarc")
	cases := map[string]bool{
		"/":                                 true,
		"/admin/login":                      true, // only the "*" group says so, and newsarc has its own
		"/ban-doc/thu-gui-toa-soan-12.html": false,
		"/ban-doc/thu-ngo-gui-ban-doc.html": true, // the longer Allow wins
		"/ban-doc/":                         false,
		"/bao-cao.pdf":                      false,
		"/bao-cao.pdf?x=1":                  true, // "$" anchors the end
		"/robots.txt":                       true,
		"/t%C3%ACm-ki%E1%BA%BFm?q=lu":       false, // percent-encoded like a URL's path
		"/2023/07/28/bai-viet-12345.html":   true,
	}
	for path, want := range cases {
		if got := r.allowed(path); got != want {
			t.Errorf("allowed(%q) = %v, want %v", path, got, want)
		}
	}
	if r.delay != 2500*time.Millisecond {
		t.Errorf("Crawl-delay %v, want 2.5s", r.delay)
	}
	if len(r.sitemaps) != 2 || r.sitemaps[1] != "/sitemap-news.xml" {
		t.Errorf("sitemaps %q", r.sitemaps)
	}

	other := parseRobots([]byte(txt), "otherbot")
	if other.allowed("/admin/x") || !other.allowed("/ban-doc/x") || other.delay != 10*time.Second {
		t.Errorf("the * group was not applied to another agent: %+v", other)
	}
	if !parseRobots(nil, "newsarc").allowed("/anything") {
		t.Error("an empty robots.txt forbids")
	}
	// An Allow and a Disallow of the same length: Allow wins.
	tie := parseRobots([]byte("User-agent: *\nDisallow: /a\nAllow: /a\n"), "newsarc")
	if !tie.allowed("/a/b") {
		t.Error("a tie went to Disallow")
	}
	if disallowAll.allowed("/x") || !disallowAll.allowed("/robots.txt") {
		t.Error("disallowAll")
	}
}

func TestAgentToken(t *testing.T) {
	for ua, want := range map[string]string{
		"newsarc/0.3.0 (+https://github.com/newsarc/newsarc)": "newsarc",
		"MyArchive/2.0":    "myarchive",
		"Mozilla/5.0 (X)":  "mozilla",
		" baomau-bot ":     "baomau-bot",
		"BaoMau Crawler 1": "baomau",
	} {
		if got := agentToken(ua); got != want {
			t.Errorf("agentToken(%q) = %q, want %q", ua, got, want)
		}
	}
}

func TestMatchRule(t *testing.T) {
	for _, c := range []struct {
		pattern, path string
		want          bool
	}{
		{"/a", "/a", true}, {"/a", "/ab", true}, {"/a", "/b", false},
		{"/a$", "/a", true}, {"/a$", "/ab", false},
		{"/*.php", "/x/y.php?z", true}, {"/*.php$", "/x/y.php?z", false}, {"/*.php$", "/x/y.php", true},
		{"/*", "/", true}, {"*", "/x", true}, {"/x*y*z", "/x-y-z", true}, {"/x*y*z", "/x-z-y", false},
		{"/*$", "/anything", true},
	} {
		if got := matchRule(c.pattern, c.path); got != c.want {
			t.Errorf("matchRule(%q, %q) = %v, want %v", c.pattern, c.path, got, c.want)
		}
	}
}
