// Package media finds and prepares the images of articles for writers: a
// Resolver turns an image's Src into bytes (a local directory, an in-memory
// map, or HTTP only when the caller supplies a fetcher), and Prepare checks
// the size before decoding and converts what a writer cannot embed (WebP,
// GIF, interlaced or transparent PNG) into plain JPEG or PNG.
package media

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // decoders for image.DecodeConfig and image.Decode
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	_ "golang.org/x/image/webp"

	"github.com/newsarc/newsarc/internal/safefile"
)

// Errors, wrapped with the image's Src.
var (
	ErrNotFound  = errors.New("image not found")
	ErrRemote    = errors.New("remote image and no fetcher configured")
	ErrTooLarge  = errors.New("image too large")
	ErrBadImage  = errors.New("image cannot be decoded")
	ErrOutOfRoot = errors.New("image path leaves the document's directory")
)

// Resolver returns the bytes of the image an article names by src.
type Resolver interface {
	Resolve(ctx context.Context, src string) ([]byte, error)
}

// Dir resolves relative paths and file: URLs under a root directory, and
// refuses paths that climb out of it, symlinks that lead out of it, files
// that are not regular (a FIFO, a device), files over DefaultMaxBytes and
// remote URLs.
type Dir string

// Resolve reads src below the directory.
func (d Dir) Resolve(ctx context.Context, src string) ([]byte, error) {
	if IsRemote(src) {
		return nil, fmt.Errorf("%s: %w", src, ErrRemote)
	}
	p := strings.TrimPrefix(src, "file://")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	p = filepath.ToSlash(p)
	for _, elem := range strings.Split(p, "/") {
		if elem == ".." {
			return nil, fmt.Errorf("%s: %w", src, ErrOutOfRoot)
		}
	}
	// Cleaning below "/" keeps an absolute path inside the root too.
	rel := filepath.FromSlash(strings.TrimPrefix(path.Clean("/"+p), "/"))
	if rel == "" {
		return nil, fmt.Errorf("%s: %w", src, ErrNotFound)
	}
	root, err := os.OpenRoot(string(d))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, ErrNotFound)
	}
	defer root.Close()
	b, err := safefile.ReadFileIn(root, rel, DefaultMaxBytes, ErrTooLarge)
	switch {
	case err == nil:
		return b, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: %w", src, ErrNotFound)
	case errors.Is(err, ErrTooLarge), errors.Is(err, safefile.ErrNotRegular):
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	// The root refuses a symlink that leads out of it; the name, followed
	// freely, exists: that is where it leads.
	if _, serr := os.Stat(filepath.Join(string(d), rel)); serr == nil {
		return nil, fmt.Errorf("%s: %w (a symlink to a file outside)", src, ErrOutOfRoot)
	}
	return nil, fmt.Errorf("%s: %w", src, err)
}

// Map resolves sources from memory: archive members, generated images, tests.
type Map map[string][]byte

// Resolve looks src up.
func (m Map) Resolve(ctx context.Context, src string) ([]byte, error) {
	if b, ok := m[src]; ok {
		return b, nil
	}
	return nil, fmt.Errorf("%s: %w", src, ErrNotFound)
}

// Chain tries each resolver in turn and returns the first success, or the
// first error that is not ErrNotFound or ErrRemote.
type Chain []Resolver

// Resolve tries the resolvers in order.
func (c Chain) Resolve(ctx context.Context, src string) ([]byte, error) {
	err := fmt.Errorf("%s: %w", src, ErrNotFound)
	for _, r := range c {
		b, e := r.Resolve(ctx, src)
		if e == nil {
			return b, nil
		}
		if !errors.Is(e, ErrNotFound) && !errors.Is(e, ErrRemote) {
			return nil, e
		}
		err = e
	}
	return nil, err
}

// HTTP fetches http and https images. Writers never create one: a caller that
// wants remote images passes it, choosing the limits.
type HTTP struct {
	// Client sends the requests; nil means a client with Timeout that
	// connects to public addresses only (see AllowPrivate) and uses no
	// proxy. With your own Client, its transport decides where it connects.
	Client    *http.Client
	Timeout   time.Duration // per image, when Client is nil; 0: 20 s
	MaxBytes  int64         // 0: DefaultMaxBytes
	UserAgent string
	// AllowPrivate lets the default client connect to loopback, private,
	// link-local and other non-public addresses. Off, a page cannot make
	// newsarc fetch from the machine it runs on or its network.
	AllowPrivate bool
}

// ErrPrivateAddress is returned for an image on a non-public address.
var ErrPrivateAddress = errors.New("address is not public (loopback, private or reserved)")

// Resolve GETs src.
func (h HTTP) Resolve(ctx context.Context, src string) ([]byte, error) {
	if !IsRemote(src) {
		return nil, fmt.Errorf("%s: %w", src, ErrNotFound)
	}
	client := h.Client
	if client == nil {
		timeout := h.Timeout
		if timeout <= 0 {
			timeout = 20 * time.Second
		}
		t := publicTransport()
		if h.AllowPrivate {
			t = anyTransport()
		}
		client = &http.Client{Timeout: timeout, Transport: t}
	}
	max := h.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	if h.UserAgent != "" {
		req.Header.Set("User-Agent", h.UserAgent)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP %s: %w", src, resp.Status, ErrNotFound)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s: more than %d bytes: %w", src, max, ErrTooLarge)
	}
	return b, nil
}

// The default clients' transports, shared so that connections are reused.
var (
	publicTransport = sync.OnceValue(func() *http.Transport { return newTransport(publicOnly) })
	anyTransport    = sync.OnceValue(func() *http.Transport { return newTransport(nil) })
)

func newTransport(control func(network, address string, c syscall.RawConn) error) *http.Transport {
	d := &net.Dialer{Timeout: 10 * time.Second, Control: control}
	return &http.Transport{
		DialContext:         d.DialContext,
		TLSHandshakeTimeout: 10 * time.Second,
		MaxIdleConnsPerHost: 4,
		IdleConnTimeout:     30 * time.Second,
	}
}

// publicOnly refuses connections to non-public addresses. It runs on the
// address actually dialled, after name resolution and for every redirect,
// so neither a name that resolves to 127.0.0.1 nor a redirect escapes it.
func publicOnly(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !IsPublic(ip) {
		return fmt.Errorf("%s: %w", host, ErrPrivateAddress)
	}
	return nil
}

// reserved are IPv4 ranges net/netip does not classify: "this network",
// carrier-grade NAT, IETF protocol assignments, benchmarking and the
// reserved class E (broadcast included).
var reserved = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
}

// IsPublic reports an address of the public internet: not loopback,
// private, link-local, multicast or reserved.
func IsPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsGlobalUnicast() || ip.IsPrivate() {
		return false // loopback, link-local, multicast, unspecified, 10/8, 172.16/12, 192.168/16, fc00::/7
	}
	for _, p := range reserved {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// IsRemote reports an http, https or scheme-relative URL: what only a
// fetcher such as HTTP can resolve.
func IsRemote(src string) bool {
	s := strings.ToLower(src)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//")
}

// DefaultMaxBytes is the largest image read, from a directory or over
// HTTP, unless a limit says otherwise.
const DefaultMaxBytes = 20 << 20

// Limits bound what Prepare accepts.
type Limits struct {
	MaxBytes  int64 // encoded size; 0: DefaultMaxBytes
	MaxPixels int64 // width × height, checked before decoding; 0: 50 million
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxPixels <= 0 {
		l.MaxPixels = 50_000_000
	}
	return l
}

// Picture is an image ready to embed: baseline-compatible JPEG or opaque,
// non-interlaced PNG.
type Picture struct {
	Data          []byte
	Format        string // "jpeg" or "png"
	Width, Height int
	Hash          string // sha256 of Data, hex: a stable name for the image
}

// MediaType returns "image/jpeg" or "image/png".
func (p *Picture) MediaType() string { return "image/" + p.Format }

// Ext returns ".jpg" or ".png".
func (p *Picture) Ext() string {
	if p.Format == "jpeg" {
		return ".jpg"
	}
	return ".png"
}

// Prepare resolves src and returns it as a Picture. JPEG and opaque,
// non-interlaced PNG pass through untouched; everything else is decoded and
// re-encoded, transparency flattened on white. Oversized images are refused
// by pixel count before they are decoded.
//
// A data: URL (an image inlined in the page) is decoded without a resolver.
func Prepare(ctx context.Context, r Resolver, src string, lim Limits) (*Picture, error) {
	if raw, ok, err := dataURL(src); ok {
		if err != nil {
			return nil, err
		}
		return Convert(raw, shortName(src), lim)
	}
	if r == nil {
		return nil, fmt.Errorf("%s: %w", src, ErrNotFound)
	}
	raw, err := r.Resolve(ctx, src)
	if err != nil {
		return nil, err
	}
	return Convert(raw, src, lim)
}

// dataURL decodes a base64 or percent-encoded data: URL; ok is false when src
// is not one.
func dataURL(src string) (raw []byte, ok bool, err error) {
	rest, found := strings.CutPrefix(src, "data:")
	if !found {
		return nil, false, nil
	}
	meta, payload, found := strings.Cut(rest, ",")
	if !found {
		return nil, true, fmt.Errorf("%s: %w: data URL without a comma", shortName(src), ErrBadImage)
	}
	if strings.HasSuffix(meta, ";base64") {
		raw, err = base64.StdEncoding.DecodeString(strings.TrimRight(payload, "="))
		if err != nil {
			raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(payload, "="))
		}
	} else {
		var s string
		s, err = url.PathUnescape(payload)
		raw = []byte(s)
	}
	if err != nil {
		return nil, true, fmt.Errorf("%s: %w: %v", shortName(src), ErrBadImage, err)
	}
	return raw, true, nil
}

// shortName keeps error messages about inline images readable.
func shortName(src string) string {
	if len(src) > 40 {
		return src[:40] + "…"
	}
	return src
}

// Convert is Prepare for bytes already in hand; name is used in errors.
func Convert(raw []byte, name string, lim Limits) (*Picture, error) {
	lim = lim.withDefaults()
	if int64(len(raw)) > lim.MaxBytes {
		return nil, fmt.Errorf("%s: %d bytes: %w", name, len(raw), ErrTooLarge)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrBadImage, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("%s: %w: empty image", name, ErrBadImage)
	}
	if px := int64(cfg.Width) * int64(cfg.Height); px > lim.MaxPixels {
		return nil, fmt.Errorf("%s: %d×%d pixels: %w", name, cfg.Width, cfg.Height, ErrTooLarge)
	}
	pic := &Picture{Width: cfg.Width, Height: cfg.Height}
	switch {
	case format == "jpeg" && cfg.ColorModel != color.CMYKModel && completeJPEG(raw):
		pic.Data, pic.Format = raw, "jpeg"
	case format == "png" && plainPNG(raw):
		pic.Data, pic.Format = raw, "png"
	default:
		if err := reencode(pic, raw, name); err != nil {
			return nil, err
		}
	}
	sum := sha256.Sum256(pic.Data)
	pic.Hash = hex.EncodeToString(sum[:])
	return pic, nil
}

// completeJPEG reports whether a JPEG ends with its end-of-image marker.
// Only the header is read before embedding, so a truncated file would
// otherwise reach the PDF as a half-grey picture; one that fails this check
// is decoded in full, which refuses it or re-encodes what decodes.
func completeJPEG(raw []byte) bool {
	return bytes.HasSuffix(bytes.TrimRight(raw, "\x00\r\n "), []byte{0xFF, 0xD9})
}

// plainPNG reports a well-formed, non-interlaced PNG of at most 8 bits per
// sample without an alpha channel or a transparency chunk: what PDF and EPUB
// writers embed as is (fpdf refuses interlaced and 16-bit files). The chunks
// are walked to IEND so that a truncated file is decoded, and refused, rather
// than passed on.
func plainPNG(raw []byte) bool {
	const sig = "\x89PNG\r\n\x1a\n"
	// IHDR is always first: 4 length, 4 type, then width(4) height(4)
	// depth(1) colour type(1) compression filter interlace.
	if len(raw) < 33 || string(raw[:8]) != sig || string(raw[12:16]) != "IHDR" {
		return false
	}
	depth, colorType, interlace := raw[24], raw[25], raw[28]
	if interlace != 0 || depth > 8 || (colorType != 0 && colorType != 2 && colorType != 3) {
		return false
	}
	palette := false
	for off := 8; off+12 <= len(raw); {
		n := int(binary.BigEndian.Uint32(raw[off:]))
		typ := string(raw[off+4 : off+8])
		end := off + 12 + n
		if end > len(raw) {
			return false
		}
		switch typ {
		case "tRNS":
			return false
		case "PLTE":
			palette = true
		case "IEND":
			return colorType != 3 || palette
		}
		off = end
	}
	return false
}

func reencode(pic *Picture, raw []byte, name string) error {
	img, format, err := image.Decode(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("%s: %w: %v", name, ErrBadImage, err)
	}
	if format == "jpeg" && img.ColorModel() != color.CMYKModel {
		// Whole but with bytes after its end marker: embed as it came.
		pic.Data, pic.Format = raw, "jpeg"
		return nil
	}
	b := img.Bounds()
	flat := image.NewRGBA(b)
	draw.Draw(flat, b, image.White, image.Point{}, draw.Src)
	draw.Draw(flat, b, img, b.Min, draw.Over)
	var buf bytes.Buffer
	if format == "jpeg" || format == "webp" {
		// Photographs stay photographs: JPEG keeps them small.
		err = jpeg.Encode(&buf, flat, &jpeg.Options{Quality: 88})
		pic.Format = "jpeg"
	} else {
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		err = enc.Encode(&buf, opaque(flat))
		pic.Format = "png"
	}
	if err != nil {
		return fmt.Errorf("%s: re-encoding: %w", name, err)
	}
	pic.Data = buf.Bytes()
	return nil
}

// opaque copies an RGBA image whose alpha is all 255 into RGB form so that
// the PNG encoder writes no alpha channel.
func opaque(m *image.RGBA) image.Image {
	b := m.Bounds()
	out := image.NewNRGBA(b)
	copy(out.Pix, m.Pix) // alpha is 255 everywhere after flattening on white
	return opaqueNRGBA{out}
}

// opaqueNRGBA reports itself opaque so image/png writes 8-bit RGB.
type opaqueNRGBA struct{ *image.NRGBA }

func (opaqueNRGBA) Opaque() bool { return true }

// Result is the outcome of preparing one source.
type Result struct {
	Picture *Picture
	Err     error
}

// PrepareAll prepares every distinct source with a pool of workers (0: 4)
// and returns the results by source. The map is complete whatever the
// scheduling, so writers that read it in document order stay deterministic.
func PrepareAll(ctx context.Context, r Resolver, srcs []string, lim Limits, workers int) map[string]Result {
	if workers <= 0 {
		workers = 4
	}
	out := make(map[string]Result, len(srcs))
	todo := make(chan string)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for src := range todo {
				pic, err := Prepare(ctx, r, src, lim)
				mu.Lock()
				out[src] = Result{pic, err}
				mu.Unlock()
			}
		}()
	}
	seen := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		if !seen[s] {
			seen[s] = true
			select {
			case todo <- s:
			case <-ctx.Done():
			}
		}
	}
	close(todo)
	wg.Wait()
	for s := range seen {
		if _, ok := out[s]; !ok {
			out[s] = Result{Err: ctx.Err()}
		}
	}
	return out
}
