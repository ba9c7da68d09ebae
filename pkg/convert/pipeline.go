package convert

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// The digest in parts, for engines that read documents in many places and
// put digests together in others (a Beam pipeline): ParseDocument per
// document, LoadImages to carry the images along, Deduplicate and NewDigest
// per digest, WithImages to write it. Each gives the same answer whatever
// order its input comes in, so that the CLI and a distributed run agree
// byte for byte.

// LoadImages returns the images an article of the document shows, by their
// source in the article: an engine that writes the digest in another place
// carries them with the article, as a resolver cannot travel. An image
// that cannot be read, or is larger than media.DefaultMaxBytes, is left
// out, as the writers leave it out; data: URLs need no loading.
func (p *Parsed) LoadImages(ctx context.Context, a *news.Article) map[string][]byte {
	var images map[string][]byte
	for img := range a.Images() {
		src := img.Src
		if _, ok := images[src]; ok || strings.HasPrefix(src, "data:") {
			continue
		}
		b, err := p.Resolve(ctx, src)
		if err != nil || len(b) > media.DefaultMaxBytes {
			continue
		}
		if images == nil {
			images = make(map[string][]byte)
		}
		images[src] = b
	}
	return images
}

// WithImages returns a context in which the writers of the Converter find
// the images of the collection they write with r (unless Options.Images is
// set): a digest's images carried as data, in a media.Map.
func WithImages(ctx context.Context, r media.Resolver) context.Context {
	return withResolver(ctx, r)
}

// MonthKey is the month "2023-07" of t in the digest's zone loc (nil:
// Vietnam), as MonthPeriod names it.
func MonthKey(t time.Time, loc *time.Location) string {
	return t.In(zoneOrVietnam(loc)).Format("2006-01")
}

// NoSite is the site of an article with neither a URL nor a source.
const NoSite = "unknown"

// SiteKey names the site an article comes from, fit for a file name: its
// URL's host in lower case without "www." ("baohagiang.vn"), else the slug
// of its source ("dai-phat-thanh-va-truyen-hinh-ha-giang"), else NoSite.
func SiteKey(a *news.Article) string {
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		if hostName.MatchString(host) {
			return host
		}
		if hasWord(host) {
			return vntext.Slug(host)
		}
	}
	if hasWord(a.Source) {
		return vntext.Slug(a.Source)
	}
	return NoSite
}

// hasWord reports whether s has a letter or a digit to make a slug of.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// hostName is a host that is safe as a file name as it is.
var hostName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)
