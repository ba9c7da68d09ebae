package news

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that tell where a reader came from,
// not which page they read: utm_* besides these.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"igshid": true, "_gl": true, "mc_cid": true, "mc_eid": true,
	"zarsrc": true, "gidzl": true, // Zalo, the usual way Vietnamese readers share links
}

// CanonicalURL folds the spellings of one page's address into one key:
// http and https, the case of the host and a leading "www.", a default port,
// a trailing slash, the fragment and tracking parameters (utm_*, fbclid, …)
// make no difference; the remaining query parameters are sorted. It is a key
// for comparing addresses, not an address to fetch. A string that is not an
// absolute URL is returned as it is.
func CanonicalURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(k, "utm_") || trackingParams[k] {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	u.Fragment, u.RawFragment = "", ""
	host, port := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), u.Port()
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6
	}
	if port != "" && !(port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https") {
		host += ":" + port
	}
	u.Scheme = "https" // http and https copies of a page are one page
	u.Host = host
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = strings.TrimSuffix(u.RawPath, "/")
	u.User = nil
	return u.String()
}
