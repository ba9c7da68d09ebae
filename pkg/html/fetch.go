package html

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// Fetch defaults; see FetchOptions.
const (
	DefaultUserAgent    = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 newsarc/1.0"
	DefaultFetchTimeout = 30 * time.Second
	DefaultFetchMax     = 10 << 20
	DefaultRedirects    = 5
)

// FetchOptions configure Fetch. The zero value gives the defaults above.
type FetchOptions struct {
	// Client sends the request; nil means a new http.Client. Its redirect
	// policy is replaced by Fetch's own.
	Client *http.Client
	// UserAgent is sent as is; "" means DefaultUserAgent. Many news sites
	// refuse clients that do not look like a browser.
	UserAgent string
	// Timeout bounds the whole exchange, body included; 0 means
	// DefaultFetchTimeout.
	Timeout time.Duration
	// MaxBytes caps the body; a longer one is an error wrapping
	// ErrTooLarge. 0 means DefaultFetchMax (10 MB).
	MaxBytes int64
	// MaxRedirects caps the redirects followed; 0 means DefaultRedirects,
	// a negative value follows none.
	MaxRedirects int
}

// StatusError reports an HTTP response that is not a success.
type StatusError struct {
	URL    string
	Code   int
	Status string
}

func (e *StatusError) Error() string { return fmt.Sprintf("html: fetch %s: HTTP %s", e.URL, e.Status) }

// IsURL reports whether s is an http or https URL, as the CLI tells a URL
// argument from a file name.
func IsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Fetch downloads a page for Read: only http and https, with a browser's
// User-Agent, a timeout, a size cap and a redirect limit. The Input it
// returns names the final URL (after redirects) and the response's
// Content-Type, whose charset Read trusts.
func Fetch(ctx context.Context, rawURL string, opts FetchOptions) (news.Input, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return news.Input{}, news.NameError(rawURL, fmt.Errorf("html: %w", err))
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return news.Input{}, news.NameError(rawURL, fmt.Errorf("html: fetch: %w: only http and https URLs", news.ErrUnsupported))
	}
	timeout, limit, redirects, ua := opts.Timeout, opts.MaxBytes, opts.MaxRedirects, opts.UserAgent
	if timeout <= 0 {
		timeout = DefaultFetchTimeout
	}
	if limit <= 0 {
		limit = DefaultFetchMax
	}
	if redirects == 0 {
		redirects = DefaultRedirects
	}
	if ua == "" {
		ua = DefaultUserAgent
	}
	client := &http.Client{}
	if opts.Client != nil {
		c := *opts.Client
		client = &c
	}
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > redirects {
			return fmt.Errorf("stopped after %d redirects", max(redirects, 0))
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to %s: %w", req.URL.Scheme, news.ErrUnsupported)
		}
		req.Header.Set("User-Agent", ua)
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return news.Input{}, news.NameError(rawURL, fmt.Errorf("html: %w", err))
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	req.Header.Set("Accept-Language", "vi,en;q=0.8")
	resp, err := client.Do(req)
	if err != nil {
		return news.Input{}, news.NameError(rawURL, fmt.Errorf("html: fetch: %w", err))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return news.Input{}, news.NameError(rawURL, &StatusError{URL: resp.Request.URL.String(), Code: resp.StatusCode, Status: resp.Status})
	}
	if resp.ContentLength > limit {
		return news.Input{}, news.NameError(rawURL, fmt.Errorf("html: fetch: %w: %d bytes, limit %d", ErrTooLarge, resp.ContentLength, limit))
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			err = fmt.Errorf("timed out after %v: %w", timeout, err)
		}
		return news.Input{}, news.NameError(rawURL, fmt.Errorf("html: fetch: %w", err))
	}
	if int64(len(data)) > limit {
		return news.Input{}, news.NameError(rawURL, fmt.Errorf("html: fetch: %w: over %d bytes", ErrTooLarge, limit))
	}
	return news.Input{
		Name:        rawURL,
		URL:         resp.Request.URL.String(),
		ContentType: resp.Header.Get("Content-Type"),
		Body:        bytes.NewReader(data),
	}, nil
}
