package html

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestFeaturesMatchLists holds features' one-pass matcher to what matching
// every word of every list would say, on the class and id values of the
// corpus, of the heavy pages, and on strings spliced from the lists' own
// words (where words overlap and run into each other).
func TestFeaturesMatchLists(t *testing.T) {
	values := map[string]bool{}
	pages, cases := heavyPages(t)
	for i := range cases {
		pages = append(pages, cases[i].Page)
	}
	for _, p := range pages {
		doc, release := buildKeeping(p, readAttrs)
		walk(doc, func(n *html.Node) bool {
			var buf []byte
			if cid := appendClassID(buf, n); len(cid) > 0 {
				values[strings.ToLower(string(cid))] = true
			}
			return true
		})
		release()
	}
	var words []string
	for _, l := range [][]string{strongChrome, weakChrome, contentWords, commentWords, leadWords, notLeadWords, authorWords,
		notAuthorWords, dateWords, siteChromeWords, titleWords, teaserBoxWords, kickerWords, crumbWords, notTagWords,
		logoWords, captionWords, figDescWords, creditWords, avatarWords, playerWords} {
		words = append(words, l...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	seps := []string{"", "", " ", "-", "_", "x", "é", "subscriber"}
	for range 20000 {
		var b strings.Builder
		for k := 1 + r.IntN(4); k > 0; k-- {
			w := words[r.IntN(len(words))]
			if r.IntN(3) == 0 { // a piece of a word
				i := r.IntN(len(w))
				w = w[i:min(len(w), i+1+r.IntN(len(w)))]
			}
			b.WriteString(w + seps[r.IntN(len(seps))])
		}
		values[b.String()] = true
	}
	for v := range values {
		if got, want := features(v), featuresByLists(v); got != want {
			t.Errorf("features(%q) = %b, matching each list gives %b", v, got, want)
		}
	}
	t.Logf("%d values", len(values))
}

// featuresByLists is features as it was written first, a list at a time.
func featuresByLists(cid string) feat {
	var f feat
	set := func(bit feat, ok bool) {
		if ok {
			f |= bit
		}
	}
	words := cid
	for _, w := range notChromeWords {
		words = strings.ReplaceAll(words, w, "")
	}
	strong := containsAny(words, strongChrome) || tokenIn(cid, chromeTokens)
	weak := containsAny(words, weakChrome)
	content := containsAny(cid, contentWords)
	set(fStrong, strong)
	set(fWeak, !strong && weak && !content)
	set(fContent, content)
	set(fChromeWord, strong || weak)
	set(fComment, containsAny(cid, commentWords) || tokenIn(cid, commentTokens))
	set(fLead, containsAny(cid, leadWords) && !containsAny(cid, notLeadWords))
	set(fAuthor, containsAny(cid, authorWords) && !containsAny(cid, notAuthorWords))
	set(fDate, containsAny(cid, dateWords))
	set(fSiteChrome, containsAny(cid, siteChromeWords))
	set(fTitle, containsAny(cid, titleWords))
	set(fTeaser, containsAny(cid, teaserBoxWords))
	set(fKicker, containsAny(cid, kickerWords))
	set(fCrumb, containsAny(cid, crumbWords))
	set(fCrumbToken, tokenIn(cid, crumbTokens))
	set(fTagBox, tokenIn(cid, tagBoxTokens) && !containsAny(cid, notTagWords))
	set(fLogo, containsAny(cid, logoWords))
	set(fCaption, containsAny(cid, captionWords))
	set(fFigDesc, containsAny(cid, figDescWords))
	set(fCredit, containsAny(cid, creditWords))
	set(fAvatar, containsAny(cid, avatarWords))
	set(fPlayer, containsAny(cid, playerWords))
	return f
}

func BenchmarkFeatures(b *testing.B) {
	vals := []string{"menu-item menu-item-type-taxonomy menu-item-object-category menu-item-4821", "css-1q2w3e4 evys1bk0",
		"wpd-comment wpd_comment_level-2 wpd-comm-5512_0", "c-paragraph", "box-category-item"}
	for i := 0; i < b.N; i++ {
		features(vals[i%len(vals)])
	}
}

// tokenIn reports whether a word of cid, split at spaces, '-' and '_', is
// in set.
func tokenIn(cid string, set map[string]bool) bool {
	start := 0
	for i := 0; i <= len(cid); i++ {
		if i == len(cid) || cid[i] == ' ' || cid[i] == '-' || cid[i] == '_' {
			if i > start && set[cid[start:i]] {
				return true
			}
			start = i + 1
		}
	}
	return false
}
