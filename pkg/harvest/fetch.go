package harvest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/net/http/httpproxy"

	"github.com/newsarc/newsarc/pkg/html"
	"github.com/newsarc/newsarc/pkg/media"
)

// ErrTooLarge is wrapped by the failure of a response over the size cap.
var ErrTooLarge = errors.New("response too large")

// StatusError is a response that is neither a success nor a redirect.
type StatusError struct {
	Code   int
	Status string
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// exchange is one HTTP request and its response, as the WARC keeps them.
type exchange struct {
	url     string
	date    time.Time // when the request was sent
	ip      string    // the server's address
	request []byte    // the request head as sent
	head    []byte    // the response's status line and header
	status  int
	header  http.Header
	body    []byte // the payload as received (content encoding kept)
}

// host is one server's politeness state: its robots.txt and the streams
// through which requests go to it, each waiting the delay after its last
// response.
type host struct {
	origin  string // scheme://host:port
	streams chan time.Time

	robotsOnce sync.Once
	robots     *robots

	mu    sync.Mutex
	delay time.Duration
	pause time.Time // a Retry-After or a back-off holds every stream until then

	// The crawl queue: tasks for this host and the workers draining it.
	queue   []task
	workers int
}

func (h *harvester) hostFor(u *url.URL) *host {
	origin := u.Scheme + "://" + strings.ToLower(u.Host)
	h.mu.Lock()
	defer h.mu.Unlock()
	if hs := h.hosts[origin]; hs != nil {
		return hs
	}
	hs := &host{origin: origin, streams: make(chan time.Time, h.opts.Concurrency), delay: h.opts.Delay}
	for range h.opts.Concurrency {
		hs.streams <- time.Time{}
	}
	h.hosts[origin] = hs
	return hs
}

// acquire waits for a free stream of the host and for its turn.
func (hs *host) acquire(ctx context.Context) error {
	var ready time.Time
	select {
	case ready = <-hs.streams:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		hs.mu.Lock()
		at := ready
		if hs.pause.After(at) {
			at = hs.pause
		}
		hs.mu.Unlock()
		wait := time.Until(at)
		if wait <= 0 {
			return nil
		}
		if err := sleep(ctx, wait); err != nil {
			hs.streams <- ready
			return err
		}
	}
}

// release frees the stream; its next request waits the host's delay.
func (hs *host) release() {
	hs.mu.Lock()
	d := hs.delay
	hs.mu.Unlock()
	hs.streams <- time.Now().Add(d)
}

// holdAll makes every stream of the host wait until t.
func (hs *host) holdAll(t time.Time) {
	hs.mu.Lock()
	if t.After(hs.pause) {
		hs.pause = t
	}
	hs.mu.Unlock()
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// fetch sends one GET to u politely — a stream of its host, the delay,
// retries of 429 and 5xx gateway answers with exponential back-off or the
// server's Retry-After — and returns the exchange, redirects included. It
// does not consult robots.txt: callers do. limit caps the body.
func (h *harvester) fetch(ctx context.Context, u *url.URL, accept string, limit int64) (*exchange, error) {
	hs := h.hostFor(u)
	backoff := h.opts.Backoff
	for attempt := 0; ; attempt++ {
		if err := hs.acquire(ctx); err != nil {
			return nil, err
		}
		x, err := h.exchange(ctx, u, accept, limit)
		hs.release()
		if err != nil {
			return nil, err
		}
		if !retryable(x.status) {
			return x, nil
		}
		if attempt >= h.opts.Retries {
			return x, nil // the caller reports the status
		}
		wait, fromServer := retryAfter(x.header.Get("Retry-After"), time.Now())
		if !fromServer {
			wait = backoff
			backoff *= 2
		}
		if wait > h.opts.MaxWait {
			return nil, fmt.Errorf("HTTP %d: the server asks to wait %v, more than %v", x.status, wait.Round(time.Second), h.opts.MaxWait)
		}
		h.log.Debug("harvest: retrying", "url", u.String(), "status", x.status, "wait", wait)
		hs.holdAll(time.Now().Add(wait))
	}
}

func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable ||
		status == http.StatusBadGateway || status == http.StatusGatewayTimeout
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(min(int64(s), 1<<32)) * time.Second, true // 136 years: more would overflow
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// guardedTransport is http.DefaultTransport's setup that refuses to
// connect to link-local and unspecified addresses: no news site lives there,
// but cloud metadata services do, and a hostile page's image URL must not
// pull them into the archive. Nor may a public site lead the crawler into a
// private network: a host that is not the site's own may be on a loopback or
// private address only when the site itself is (an intranet archive, a
// test on loopback). Both are checked on the address dialled, after name
// resolution, for every redirect.
func (h *harvester) guardedTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	base := net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	proxies := proxyHosts()
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		own := h.own(&url.URL{Host: addr})
		d := base
		d.Control = func(_, address string, _ syscall.RawConn) error {
			host, _, _ := net.SplitHostPort(address)
			ip, err := netip.ParseAddr(host)
			switch {
			case err != nil:
				return err
			case ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsUnspecified():
				return fmt.Errorf("refusing to connect to %s, a link-local address", ip)
			case media.IsPublic(ip):
			case own:
				h.privateSite.Store(true)
			case !h.privateSite.Load() && !proxies[strings.ToLower(hostOf(addr))]:
				return fmt.Errorf("refusing to connect to %s (%s), a private address, for a site on the public internet", addr, ip)
			}
			return nil
		}
		return d.DialContext(ctx, network, addr)
	}
	t.DisableCompression = true // Accept-Encoding is set, and the body kept, by exchange
	return t
}

// proxyHosts are the hosts of the environment's proxies (HTTP_PROXY…),
// which may well be on a private address: a request's own host is then the
// proxy's to reach.
func proxyHosts() map[string]bool {
	env := httpproxy.FromEnvironment()
	hosts := map[string]bool{}
	for _, p := range []string{env.HTTPProxy, env.HTTPSProxy} {
		if u, err := url.Parse(p); err == nil && p != "" {
			hosts[strings.ToLower(u.Hostname())] = true
		}
	}
	return hosts
}

func hostOf(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return host
}

// exchange sends one request and reads the whole response, within the
// timeout and the size cap. Redirects are returned, not followed.
func (h *harvester) exchange(ctx context.Context, u *url.URL, accept string, limit int64) (*exchange, error) {
	ctx, cancel := context.WithTimeout(ctx, h.opts.Timeout)
	defer cancel()
	x := &exchange{url: u.String(), date: time.Now().UTC()}
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		if a, ok := info.Conn.RemoteAddr().(*net.TCPAddr); ok {
			x.ip = a.IP.String()
		}
	}})
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, x.url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", h.opts.UserAgent)
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Encoding", "gzip") // set here, the transport leaves the body as sent
	req.Header.Set("Accept-Language", "vi,en;q=0.8")
	x.request = requestHead(req)
	h.count(func(r *Report) { r.Requests++ })
	resp, err := h.client.Do(req)
	if err != nil {
		return nil, timeoutError(ctx, err, h.opts.Timeout)
	}
	defer resp.Body.Close()
	x.status, x.header = resp.StatusCode, resp.Header
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, resp.ContentLength, limit)
	}
	x.body, err = io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, timeoutError(ctx, err, h.opts.Timeout)
	}
	if int64(len(x.body)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, limit)
	}
	x.head = responseHead(resp, len(x.body))
	return x, nil
}

func timeoutError(ctx context.Context, err error, timeout time.Duration) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // the URL is named by the caller
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("timed out after %v", timeout)
	}
	return err
}

// requestHead is the request as sent on the wire (HTTP/1.1 form).
func requestHead(req *http.Request) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "GET %s HTTP/1.1\r\nHost: %s\r\n", req.URL.RequestURI(), req.URL.Host)
	req.Header.Write(&b)
	b.WriteString("\r\n")
	return b.Bytes()
}

// responseHead is the response's status line and header as received, in
// HTTP/1.1 form as WARC readers expect (an HTTP/2 exchange included), except
// that the body is kept de-chunked: Transfer-Encoding is dropped and
// Content-Length names the length kept.
func responseHead(resp *http.Response, n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n", resp.Status)
	h := resp.Header.Clone()
	h.Del("Transfer-Encoding")
	h.Set("Content-Length", strconv.Itoa(n))
	h.Write(&b)
	b.WriteString("\r\n")
	return b.Bytes()
}

// payload is the body with its content encoding undone, at most limit
// bytes.
func (x *exchange) payload(limit int64) ([]byte, error) {
	switch enc := strings.ToLower(strings.TrimSpace(x.header.Get("Content-Encoding"))); enc {
	case "", "identity":
		return x.body, nil
	case "gzip", "x-gzip":
		return gunzip(x.body, limit)
	default:
		return nil, fmt.Errorf("content encoding %q not supported", enc)
	}
}

// gunzip decompresses data, refusing more than limit bytes.
func gunzip(data []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes once decompressed", ErrTooLarge, limit)
	}
	return out, nil
}

// location resolves a redirect's target.
func (x *exchange) location() (*url.URL, error) {
	loc := x.header.Get("Location")
	if loc == "" {
		return nil, fmt.Errorf("HTTP %d without a Location", x.status)
	}
	base, _ := url.Parse(x.url)
	u, err := base.Parse(loc)
	if err != nil {
		return nil, fmt.Errorf("redirect to %q: %w", loc, err)
	}
	return u, nil
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// contentType is the media type of the response, lower case.
func (x *exchange) contentType() string {
	ct, _, _ := strings.Cut(strings.ToLower(x.header.Get("Content-Type")), ";")
	return strings.TrimSpace(ct)
}

// robotsFor fetches and reads the robots.txt of u's host once.
func (h *harvester) robotsFor(ctx context.Context, u *url.URL) *robots {
	hs := h.hostFor(u)
	hs.robotsOnce.Do(func() {
		hs.robots = h.readRobots(ctx, hs)
		if d := hs.robots.delay; d > hs.delay {
			hs.mu.Lock()
			hs.delay = d
			hs.mu.Unlock()
			hs.holdAll(time.Now().Add(d)) // robots.txt's own request counts
			if d >= 10*time.Second {
				h.log.Warn("harvest: robots.txt asks for a long Crawl-delay; it is honoured", "host", hs.origin, "delay", d)
			}
		}
	})
	return hs.robots
}

func (h *harvester) readRobots(ctx context.Context, hs *host) *robots {
	u, _ := url.Parse(hs.origin + "/robots.txt")
	for range html.DefaultRedirects {
		x, err := h.fetch(ctx, u, "text/plain", maxRobots*2)
		switch {
		case err != nil:
			if ctx.Err() == nil {
				h.fail(u.String(), 0, fmt.Errorf("%w; the host is not crawled", err))
			}
			return disallowAll
		case x.status >= 200 && x.status < 300:
			data, err := x.payload(maxRobots * 2)
			if err != nil {
				h.fail(u.String(), 0, err)
				return disallowAll
			}
			return parseRobots(data, h.token)
		case isRedirect(x.status):
			if u, err = x.location(); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
				return allowAll
			}
		case x.status >= 400 && x.status < 500:
			return allowAll // no robots.txt: no rules
		default:
			h.fail(u.String(), x.status, fmt.Errorf("HTTP %s; the host is not crawled", httpStatus(x)))
			return disallowAll
		}
	}
	return allowAll
}

func httpStatus(x *exchange) string {
	if t := http.StatusText(x.status); t != "" {
		return strconv.Itoa(x.status) + " " + t
	}
	return strconv.Itoa(x.status)
}
