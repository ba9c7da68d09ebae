package media

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func testImage(w, h int, alpha uint8) *image.NRGBA {
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.SetNRGBA(x, y, color.NRGBA{uint8(x * 255 / w), uint8(y * 255 / h), 90, alpha})
		}
	}
	return m
}

func encodeJPEG(t testing.TB, w, h int) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, testImage(w, h, 255), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodePNG(t testing.TB, m image.Image) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pngFile builds a PNG from raw chunks, for headers Go's encoder never
// writes: interlaced, or claiming 40,000 × 40,000 pixels.
func pngFile(w, h uint32, depth, colorType, interlace byte, idat []byte) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	chunk("IHDR", append(ihdr, depth, colorType, 0, 0, interlace))
	chunk("IDAT", idat)
	chunk("IEND", nil)
	return b.Bytes()
}

func zlibBytes(raw []byte) []byte {
	var b bytes.Buffer
	z := zlib.NewWriter(&b)
	z.Write(raw)
	z.Close()
	return b.Bytes()
}

// webp1x1 is a lossless 1×1 WebP, the one browsers' feature tests use.
const webp1x1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="

func TestConvert(t *testing.T) {
	webp, _ := base64.StdEncoding.DecodeString(webp1x1)
	var gifBuf bytes.Buffer
	pal := image.NewPaletted(image.Rect(0, 0, 8, 6), color.Palette{color.White, color.Black})
	if err := gif.Encode(&gifBuf, pal, nil); err != nil {
		t.Fatal(err)
	}
	jpg := encodeJPEG(t, 40, 30)
	opaque := encodePNG(t, testImage(20, 10, 255))
	// One RGB pixel in pass 1 of Adam7: filter byte 0, then R G B.
	interlaced := pngFile(1, 1, 8, 2, 1, zlibBytes([]byte{0, 200, 10, 10}))
	deep := encodePNG(t, image.NewNRGBA64(image.Rect(0, 0, 4, 4)))

	cases := []struct {
		name        string
		raw         []byte
		format      string
		passThrough bool
		w, h        int
	}{
		{"jpeg", jpg, "jpeg", true, 40, 30},
		{"jpeg with trailing bytes", append(append([]byte{}, jpg...), "junk"...), "jpeg", true, 40, 30},
		{"opaque png", opaque, "png", true, 20, 10},
		{"png with alpha", encodePNG(t, testImage(20, 10, 128)), "png", false, 20, 10},
		{"interlaced png", interlaced, "png", false, 1, 1},
		{"16-bit png", deep, "png", false, 4, 4},
		{"gif", gifBuf.Bytes(), "png", false, 8, 6},
		{"webp", webp, "jpeg", false, 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pic, err := Convert(c.raw, c.name, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if pic.Format != c.format || pic.Width != c.w || pic.Height != c.h {
				t.Fatalf("got %s %d×%d, want %s %d×%d", pic.Format, pic.Width, pic.Height, c.format, c.w, c.h)
			}
			if same := bytes.Equal(pic.Data, c.raw); same != c.passThrough {
				t.Fatalf("passed through = %v, want %v", same, c.passThrough)
			}
			if !c.passThrough && c.format == "png" && !plainPNG(pic.Data) {
				t.Fatal("re-encoded PNG is not plain: a PDF writer cannot embed it")
			}
			if _, _, err := image.Decode(bytes.NewReader(pic.Data)); err != nil {
				t.Fatalf("output does not decode: %v", err)
			}
		})
	}
}

func TestConvertRefuses(t *testing.T) {
	jpg := encodeJPEG(t, 64, 64)
	whole := encodePNG(t, testImage(50, 50, 255))
	bomb := pngFile(40000, 40000, 8, 2, 0, zlibBytes([]byte{0}))
	cases := []struct {
		name string
		raw  []byte
		lim  Limits
		want error
	}{
		{"40000×40000 png", bomb, Limits{}, ErrTooLarge},
		{"over the byte limit", jpg, Limits{MaxBytes: 100}, ErrTooLarge},
		{"over a pixel limit", jpg, Limits{MaxPixels: 64*64 - 1}, ErrTooLarge},
		{"truncated jpeg", jpg[:len(jpg)/2], Limits{}, ErrBadImage},
		{"truncated png", whole[:len(whole)-20], Limits{}, ErrBadImage},
		{"not an image", []byte("<html>404</html>"), Limits{}, ErrBadImage},
		{"empty", nil, Limits{}, ErrBadImage},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pic, err := Convert(c.raw, "x.img", c.lim)
			if !errors.Is(err, c.want) {
				t.Fatalf("Convert = %v, %v; want %v", pic, err, c.want)
			}
			if !strings.Contains(err.Error(), "x.img") {
				t.Errorf("error %q does not name the image", err)
			}
		})
	}
}

func TestConvertIsStable(t *testing.T) {
	raw := encodePNG(t, testImage(30, 30, 100))
	a, err := Convert(raw, "a", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Convert(raw, "b", Limits{})
	if a.Hash != b.Hash || len(a.Hash) != 64 {
		t.Fatalf("hashes %q and %q", a.Hash, b.Hash)
	}
}

func TestDir(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "images"), 0o755)
	os.WriteFile(filepath.Join(root, "images", "ảnh 1.jpg"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(root, "..x.jpg"), []byte("y"), 0o644)
	d := Dir(root)
	ctx := context.Background()
	for _, src := range []string{"images/ảnh 1.jpg", "images/%E1%BA%A3nh%201.jpg", "file://images/ảnh 1.jpg", "/images/ảnh 1.jpg"} {
		if b, err := d.Resolve(ctx, src); err != nil || string(b) != "x" {
			t.Errorf("Resolve(%q) = %q, %v", src, b, err)
		}
	}
	if b, err := d.Resolve(ctx, "..x.jpg"); err != nil || string(b) != "y" {
		t.Errorf("a name starting with two dots: %q, %v", b, err)
	}
	for src, want := range map[string]error{
		"../secret.jpg":             ErrOutOfRoot,
		"images/../../secret.jpg":   ErrOutOfRoot,
		"images/%2E%2E/%2E%2E/x":    ErrOutOfRoot,
		"missing.jpg":               ErrNotFound,
		"/etc/passwd":               ErrNotFound, // rooted at the directory, not /
		"https://example.org/a.jpg": ErrRemote,
		"//cdn.example.org/a.jpg":   ErrRemote,
	} {
		if _, err := d.Resolve(ctx, src); !errors.Is(err, want) {
			t.Errorf("Resolve(%q) = %v, want %v", src, err, want)
		}
	}
}

func TestChainAndMap(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "b.jpg"), []byte("from dir"), 0o644)
	c := Chain{Map{"a.jpg": []byte("from map")}, Dir(dir)}
	ctx := context.Background()
	for src, want := range map[string]string{"a.jpg": "from map", "b.jpg": "from dir"} {
		if b, err := c.Resolve(ctx, src); err != nil || string(b) != want {
			t.Errorf("Resolve(%q) = %q, %v", src, b, err)
		}
	}
	if _, err := c.Resolve(ctx, "c.jpg"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: %v", err)
	}
	if _, err := c.Resolve(ctx, "../c.jpg"); !errors.Is(err, ErrOutOfRoot) {
		t.Errorf("a refusal must stop the chain: %v", err)
	}
}

func TestHTTP(t *testing.T) {
	jpg := encodeJPEG(t, 10, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a.jpg":
			if r.Header.Get("User-Agent") != "newsarc-test" {
				http.Error(w, "no agent", http.StatusForbidden)
				return
			}
			w.Write(jpg)
		case "/big.jpg":
			w.Write(make([]byte, 5000))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	h := HTTP{Client: srv.Client(), MaxBytes: 4096, UserAgent: "newsarc-test"}
	ctx := context.Background()
	pic, err := Prepare(ctx, h, srv.URL+"/a.jpg", Limits{})
	if err != nil || pic.Width != 10 {
		t.Fatalf("Prepare = %v, %v", pic, err)
	}
	if _, err := h.Resolve(ctx, srv.URL+"/big.jpg"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
	if _, err := h.Resolve(ctx, srv.URL+"/gone.jpg"); !errors.Is(err, ErrNotFound) {
		t.Errorf("404: %v", err)
	}
	if _, err := h.Resolve(ctx, "images/a.jpg"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a local path is not HTTP's: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := h.Resolve(cancelled, srv.URL+"/a.jpg"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// Item 16 of issue 10: --fetch-images fetched from loopback and private
// addresses; the default client now refuses them.
func TestHTTPRefusesPrivateAddresses(t *testing.T) {
	jpg := encodeJPEG(t, 4, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, "http://localhost:"+r.URL.Port()+"/a.jpg", http.StatusFound)
			return
		}
		w.Write(jpg)
	}))
	defer srv.Close()
	ctx := context.Background()
	for _, src := range []string{srv.URL + "/a.jpg", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/a.jpg"} {
		if _, err := (HTTP{}).Resolve(ctx, src); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: %v, want %v", src, err, ErrPrivateAddress)
		}
	}
	if b, err := (HTTP{AllowPrivate: true}).Resolve(ctx, srv.URL+"/a.jpg"); err != nil || !bytes.Equal(b, jpg) {
		t.Errorf("AllowPrivate: %d bytes, %v", len(b), err)
	}
	for addr, public := range map[string]bool{
		"8.8.8.8": true, "2001:4860:4860::8888": true, "127.0.0.1": false, "::1": false, "10.1.2.3": false,
		"172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false, "100.64.0.1": false, "0.0.0.0": false,
		"::ffff:127.0.0.1": false, "fd00::1": false, "fe80::1": false, "224.0.0.1": false, "255.255.255.255": false,
	} {
		if got := IsPublic(netip.MustParseAddr(addr)); got != public {
			t.Errorf("IsPublic(%s) = %v", addr, got)
		}
	}
}

func TestPrepareDataURL(t *testing.T) {
	raw := encodePNG(t, testImage(3, 2, 255))
	src := "data:image/png;base64," + base64.StdEncoding.EncodeToString(raw)
	pic, err := Prepare(context.Background(), nil, src, Limits{})
	if err != nil || pic.Width != 3 || pic.Height != 2 {
		t.Fatalf("Prepare(data URL) = %v, %v", pic, err)
	}
	if _, err := Prepare(context.Background(), nil, "data:image/gif;base64,R0lGOD", Limits{}); !errors.Is(err, ErrBadImage) {
		t.Errorf("broken data URL: %v", err)
	}
	if _, err := Prepare(context.Background(), nil, "images/a.jpg", Limits{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("no resolver: %v", err)
	}
}

func TestPrepareAll(t *testing.T) {
	m := Map{}
	var srcs []string
	for i := range 20 {
		src := string(rune('a'+i)) + ".jpg"
		m[src] = encodeJPEG(t, 8+i, 8)
		srcs = append(srcs, src, src) // duplicates are prepared once
	}
	srcs = append(srcs, "missing.jpg")
	got := PrepareAll(context.Background(), m, srcs, Limits{}, 3)
	if len(got) != 21 {
		t.Fatalf("%d results, want 21", len(got))
	}
	for i := range 20 {
		r := got[string(rune('a'+i))+".jpg"]
		if r.Err != nil || r.Picture.Width != 8+i {
			t.Errorf("%c: %+v", 'a'+i, r)
		}
	}
	if !errors.Is(got["missing.jpg"].Err, ErrNotFound) {
		t.Errorf("missing: %v", got["missing.jpg"].Err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got = PrepareAll(ctx, m, srcs, Limits{}, 0)
	if len(got) != 21 {
		t.Fatalf("cancelled: %d results, want every source answered", len(got))
	}
}

func BenchmarkConvertPNGAlpha(b *testing.B) {
	raw := encodePNG(b, testImage(800, 600, 128))
	for b.Loop() {
		if _, err := Convert(raw, "a.png", Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
