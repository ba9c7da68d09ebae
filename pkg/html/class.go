package html

import (
	"strings"
	"sync"

	"golang.org/x/net/html"
)

// feat is what an element's class and id say about it: which of the word
// lists of the reader they contain. It is computed once per distinct
// attribute value (see classes) instead of matching every list against
// every element on every pass.
type feat uint32

const (
	fStrong     feat = 1 << iota // strongChrome words or chromeTokens
	fWeak                        // weakChrome words and no content word
	fContent                     // contentWords
	fChromeWord                  // any chrome word or token (Readability's class weight)
	fComment                     // commentWords or the token "comment"
	fLead                        // leadWords, and none of notLeadWords
	fAuthor                      // authorWords, and none of notAuthorWords
	fDate                        // dateWords
	fSiteChrome                  // siteChromeWords
	fTitle                       // titleWords
	fTeaser                      // teaserBoxWords
	fKicker                      // kickerWords
	fCrumb                       // crumbWords
	fCrumbToken                  // crumbTokens ("path": a breadcrumb if it is short)
	fTagBox                      // tagBoxTokens, and none of notTagWords
	fLogo                        // logoWords
	fCaption                     // captionWords
	fFigDesc                     // figDescWords
	fCredit                      // creditWords
	fAvatar                      // avatarWords
	fPlayer                      // playerWords
)

// The word lists that only these tests use.
var (
	notLeadWords   = []string{"leader", "img", "image", "photo", "caption", "video", "meta-desc"}
	notAuthorWords = []string{"comment", "author-box", "authorbox", "avatar"}
	notTagWords    = []string{"section", "category", "kicker"}
	captionWords   = []string{"caption", "chuthich", "chu-thich", "image-desc", "img-desc", "desc-img", "photo-desc", "expnote", "note-img"}
	figDescWords   = []string{"caption", "desc", "chuthich"}
	avatarWords    = []string{"avatar", "rounded-full", "rounded-circle", "img-circle", "author"}
	playerWords    = []string{"player", "video-js", "vjs-"}
)

func features(cid string) feat {
	var f feat
	set := func(bit feat, ok bool) {
		if ok {
			f |= bit
		}
	}
	// What subscribers get ("subscriber-only", "subscriber-preview") is the
	// story behind a paywall, not a prompt to subscribe.
	words := strings.ReplaceAll(cid, "subscriber", "")
	strong := containsAny(words, strongChrome) || tokenIn(cid, chromeTokens)
	weak := containsAny(cid, weakChrome)
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

// classes remembers features per class-and-id value, as written: the
// pages of one site repeat the same few hundred. It is shared by every
// Reader and goroutine and stops growing at a bound.
var classes classCache

type classCache struct {
	mu sync.RWMutex
	m  map[string]feat
}

const classCacheMax = 1 << 14

// get returns the features of a class-and-id value as the page writes it
// (the words are matched in lower case). Looking up a []byte converted in
// the index expression does not allocate.
func (c *classCache) get(raw []byte) feat {
	if len(raw) == 0 {
		return 0
	}
	c.mu.RLock()
	f, ok := c.m[string(raw)]
	c.mu.RUnlock()
	if ok {
		return f
	}
	key := string(raw)
	f = features(strings.ToLower(key))
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[string]feat)
	}
	if len(c.m) < classCacheMax {
		c.m[key] = f
	}
	c.mu.Unlock()
	return f
}

// classOf returns what n's class and id say (see classID).
func classOf(n *html.Node) feat {
	var buf [256]byte
	return classes.get(appendClassID(buf[:0], n))
}

// has reports whether n's class or id says all of bits.
func has(n *html.Node, bits feat) bool {
	return classOf(n)&bits == bits
}

// chromeLevel tells how surely a class or id says chrome.
func chromeLevel(cid string) int {
	switch f := classes.get([]byte(cid)); {
	case f&fStrong != 0:
		return chromeStrong
	case f&fWeak != 0:
		return chromeWeak
	}
	return chromeNone
}
