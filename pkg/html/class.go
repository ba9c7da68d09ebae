package html

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

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
	notChromeWords = []string{"subscriber", "promoted", "label-hidden"}
)

func features(cid string) feat {
	var f feat
	set := func(bit feat, ok bool) {
		if ok {
			f |= bit
		}
	}
	m := featureWords.match(cid)
	in := func(l int) bool { return m&(1<<l) != 0 }
	strongWord, weak := in(lStrong), in(lWeak)
	// Words that hold a chrome word and are not chrome: what
	// subscribers get ("subscriber-only", "subscriber-preview") is the
	// story behind a paywall, not a prompt to subscribe; a "promoted"
	// node (Drupal's node--promoted) is the story put on the front
	// page; a field whose label is hidden (field--label-hidden) is
	// not hidden.
	stripped := cid
	for _, w := range notChromeWords {
		stripped = strings.ReplaceAll(stripped, w, "")
	}
	if stripped != cid {
		sm := featureWords.match(stripped)
		strongWord, weak = sm&(1<<lStrong) != 0, sm&(1<<lWeak) != 0
	}
	tokens := tokenBits(cid)
	strong := strongWord || tokens&tChrome != 0
	content := in(lContent)
	set(fStrong, strong)
	set(fWeak, !strong && weak && !content)
	set(fContent, content)
	set(fChromeWord, strong || weak)
	set(fComment, in(lComment) || tokens&tComment != 0)
	set(fLead, in(lLead) && !in(lNotLead))
	set(fAuthor, in(lAuthor) && !in(lNotAuthor))
	set(fDate, in(lDate))
	set(fSiteChrome, in(lSiteChrome))
	set(fTitle, in(lTitle))
	set(fTeaser, in(lTeaser))
	set(fKicker, in(lKicker))
	set(fCrumb, in(lCrumb))
	set(fCrumbToken, tokens&tCrumb != 0)
	set(fTagBox, tokens&tTagBox != 0 && !in(lNotTag))
	set(fLogo, in(lLogo))
	set(fCaption, in(lCaption))
	set(fFigDesc, in(lFigDesc))
	set(fCredit, in(lCredit))
	set(fAvatar, in(lAvatar))
	set(fPlayer, in(lPlayer))
	return f
}

// The token sets features asks about, by their bit in tokenBits' result.
const (
	tChrome = 1 << iota
	tComment
	tCrumb
	tTagBox
)

// tokenSets gives, for each token of the sets, the sets it is in.
var tokenSets = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, set := range []map[string]bool{chromeTokens, commentTokens, crumbTokens, tagBoxTokens} {
		for t := range set {
			m[t] |= 1 << bit
		}
	}
	return m
}()

// tokenBits returns the sets that hold a word of cid, split at spaces,
// '-' and '_' (tokenIn for the four sets at once).
func tokenBits(cid string) uint8 {
	var bits uint8
	start := 0
	for i := 0; i <= len(cid); i++ {
		if i == len(cid) || cid[i] == ' ' || cid[i] == '-' || cid[i] == '_' {
			if i > start {
				bits |= tokenSets[cid[start:i]]
			}
			start = i + 1
		}
	}
	return bits
}

// The word lists features matches, by their bit in featureWords' result.
const (
	lStrong = iota
	lWeak
	lContent
	lComment
	lLead
	lNotLead
	lAuthor
	lNotAuthor
	lDate
	lSiteChrome
	lTitle
	lTeaser
	lKicker
	lCrumb
	lNotTag
	lLogo
	lCaption
	lFigDesc
	lCredit
	lAvatar
	lPlayer
)

// featureWords finds, in one pass over a class-and-id value, which of the
// lists features asks about have a word in it: the value of an element
// met once (ids are often unique: "menu-item-4821", "comment-5512") is
// matched once instead of once per word of every list.
var featureWords = newMatcher(strongChrome, weakChrome, contentWords, commentWords, leadWords, notLeadWords,
	authorWords, notAuthorWords, dateWords, siteChromeWords, titleWords, teaserBoxWords, kickerWords,
	crumbWords, notTagWords, logoWords, captionWords, figDescWords, creditWords, avatarWords, playerWords)

// matcher is an Aho–Corasick automaton over word lists (at most 32): it
// reads a string a byte at a time and reports the lists with a word that
// occurs in it, as containsAny would for each list.
type matcher struct {
	sym   [256]uint8 // byte → symbol; 0 for the bytes no word has
	nsym  int
	delta []uint16 // state*nsym+symbol → next state
	out   []uint32 // state → the lists with a word ending there
}

func newMatcher(lists ...[]string) *matcher {
	m := &matcher{nsym: 1}
	for _, l := range lists {
		for _, w := range l {
			for i := 0; i < len(w); i++ {
				if m.sym[w[i]] == 0 {
					m.sym[w[i]] = uint8(m.nsym)
					m.nsym++
				}
			}
		}
	}
	// The trie: child[state*nsym+symbol], 0 for none (the root is
	// nobody's child).
	child := make([]uint16, m.nsym)
	m.out = []uint32{0}
	for k, l := range lists {
		for _, w := range l {
			st := 0
			for i := 0; i < len(w); i++ {
				c := int(m.sym[w[i]])
				if child[st*m.nsym+c] == 0 {
					child[st*m.nsym+c] = uint16(len(m.out))
					child = append(child, make([]uint16, m.nsym)...)
					m.out = append(m.out, 0)
				}
				st = int(child[st*m.nsym+c])
			}
			m.out[st] |= 1 << k
		}
	}
	// Breadth first, each state's moves are its children's, else its
	// longest proper suffix's (already complete), and its lists take in
	// that suffix's.
	m.delta = make([]uint16, len(child))
	fail := make([]uint16, len(m.out))
	var queue []int
	for c := 1; c < m.nsym; c++ {
		if s := child[c]; s != 0 {
			m.delta[c] = s
			queue = append(queue, int(s))
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		f := int(fail[st])
		m.out[st] |= m.out[f]
		for c := 1; c < m.nsym; c++ {
			if s := child[st*m.nsym+c]; s != 0 {
				m.delta[st*m.nsym+c] = s
				fail[s] = m.delta[f*m.nsym+c]
				queue = append(queue, int(s))
			} else {
				m.delta[st*m.nsym+c] = m.delta[f*m.nsym+c]
			}
		}
	}
	return m
}

// match returns the lists (bit k for lists[k]) with a word in s.
func (m *matcher) match(s string) uint32 {
	var found uint32
	st := 0
	for i := 0; i < len(s); i++ {
		st = int(m.delta[st*m.nsym+int(m.sym[s[i]])])
		found |= m.out[st]
	}
	return found
}

// classes remembers features per class-and-id value, as written: the
// pages of one site repeat the same few hundred. It is shared by every
// Reader and goroutine: a table of slots, each the last value that hashed
// to it, read and written without a lock.
var classes = classCache{seed: maphash.MakeSeed()}

type classCache struct {
	seed  maphash.Seed
	slots [1 << 14]atomic.Pointer[classEntry]
}

type classEntry struct {
	key string
	f   feat
}

// get returns the features of a class-and-id value as the page writes it
// (the words are matched in lower case).
func (c *classCache) get(raw []byte) feat {
	if len(raw) == 0 {
		return 0
	}
	slot := &c.slots[maphash.Bytes(c.seed, raw)&(uint64(len(c.slots))-1)]
	if e := slot.Load(); e != nil && e.key == string(raw) {
		return e.f
	}
	e := &classEntry{key: string(raw)}
	e.f = features(strings.ToLower(e.key))
	slot.Store(e)
	return e.f
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
