package convert

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/idna"

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
// URL's host in lower case without "www." ("baohagiang.vn"; an
// internationalised host in its ASCII form, "xn--bo-mia.vn" for
// "báo.vn"), else the slug of its source
// ("dai-phat-thanh-va-truyen-hinh-ha-giang"), else NoSite. A name is at
// most maxSiteKey bytes, and never a device name of Windows ("con").
func SiteKey(a *news.Article) string {
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		host := strings.ToLower(u.Hostname())
		if ascii, err := idna.Lookup.ToASCII(host); err == nil {
			host = ascii
		}
		host = strings.TrimPrefix(host, "www.")
		if hostName.MatchString(host) {
			return fileSafe(host)
		}
		if hasWord(host) {
			return fileSafe(vntext.Slug(host))
		}
	}
	if hasWord(a.Source) {
		return fileSafe(vntext.Slug(a.Source))
	}
	return NoSite
}

// maxSiteKey keeps a site's file name, its extension added, under the 255
// bytes file systems allow: a URL may carry a host of any length.
const maxSiteKey = 120

// fileSafe shortens a name past maxSiteKey to its start and a hash of the
// whole, so that two long names stay two files, and marks a first label
// that Windows reads as a device ("con.vn" → "con_.vn"), and the name of
// the summary newsarc-beam writes beside the sites' directories
// ("summary.json", a host all the same). Neither hosts nor slugs hold '_',
// so the result is no other site's name.
func fileSafe(name string) string {
	if len(name) > maxSiteKey {
		sum := sha256.Sum256([]byte(name))
		name = strings.TrimRight(name[:maxSiteKey-17], ".-") + "-" + hex.EncodeToString(sum[:8])
	}
	first, rest, dot := strings.Cut(name, ".")
	if windowsDevice[first] || len(first) == 4 && (strings.HasPrefix(first, "com") || strings.HasPrefix(first, "lpt")) && first[3] >= '0' && first[3] <= '9' ||
		name == "summary.json" {
		name = first + "_"
		if dot {
			name += "." + rest
		}
	}
	return name
}

var windowsDevice = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true}

// hasWord reports whether s has a letter or a digit to make a slug of.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// hostName is a host that is safe as a file name as it is.
var hostName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)
