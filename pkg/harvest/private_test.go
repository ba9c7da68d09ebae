package harvest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// A public site cannot lead the crawler into a private network: a host
// that is not the site's own is refused on a loopback or private address
// (an image URL of a hostile page, a redirect), unless the site itself
// lives on one — an intranet archive, or this test's loopback site.
func TestPrivateAddressesOnlyForAPrivateSite(t *testing.T) {
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "router admin page")
	}))
	defer internal.Close()
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "a page of the site")
	}))
	defer site.Close()
	day := time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)
	newH := func(seed string) *harvester {
		h, err := newHarvester(Options{Period: news.Period{Start: day, End: day.AddDate(0, 1, 0)},
			Output: filepath.Join(t.TempDir(), "x.warc.gz"), Sites: []string{seed}})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	get := func(h *harvester, u string) error {
		resp, err := h.client.Get(u)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}

	// The site is said to be news.example (a public name): the loopback
	// server is not its own, and the site has not been found private.
	h := newH("https://news.example/")
	if err := get(h, internal.URL+"/admin"); err == nil || !strings.Contains(err.Error(), "a private address, for a site on the public internet") {
		t.Errorf("a public site's crawler reached %s: %v", internal.URL, err)
	}

	// The site is on loopback: its own pages, then other loopback hosts
	// (its CDN), are reached.
	h = newH(site.URL)
	if err := get(h, site.URL+"/"); err != nil {
		t.Fatalf("the site's own loopback address: %v", err)
	}
	if err := get(h, internal.URL+"/cdn.jpg"); err != nil {
		t.Errorf("a loopback site's loopback CDN: %v", err)
	}
}
