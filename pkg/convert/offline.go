package convert

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"

	"github.com/newsarc/newsarc/pkg/media"
)

// Remote images are not downloaded unless asked (Options.RemoteImages).
// Each writer would warn of every one it leaves out, a flood for a digest
// of saved pages; instead a run warns once, with the count and the way to
// have them, and the writers' warnings become debug lines.

// errNotDownloaded is what the writers are told of a remote image left
// out. It is a media.ErrRemote.
var errNotDownloaded error = notDownloaded{}

type notDownloaded struct{}

func (notDownloaded) Error() string        { return "remote image not downloaded: downloads are off" }
func (notDownloaded) Is(target error) bool { return target == media.ErrRemote }

// offlineTally counts the distinct remote images a run left out.
// Writers resolve images in parallel: the one named is the least, so that
// the warning is the same from run to run.
type offlineTally struct {
	mu    sync.Mutex
	srcs  map[string]bool
	least string
}

type offlineKey struct{}

func withOfflineTally(ctx context.Context) (context.Context, *offlineTally) {
	t := &offlineTally{srcs: map[string]bool{}}
	return context.WithValue(ctx, offlineKey{}, t), t
}

func (t *offlineTally) add(src string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.least == "" || src < t.least {
		t.least = src
	}
	t.srcs[src] = true
}

// offlineImages is the resolver writers get when nothing may download:
// a remote image it cannot find locally is counted in the run's tally.
type offlineImages struct{ local media.Resolver }

func (o offlineImages) Resolve(ctx context.Context, src string) ([]byte, error) {
	b, err := o.local.Resolve(ctx, src)
	if err != nil && media.IsRemote(src) && (errors.Is(err, media.ErrRemote) || errors.Is(err, media.ErrNotFound)) {
		if t, ok := ctx.Value(offlineKey{}).(*offlineTally); ok {
			t.add(src)
		}
		return nil, fmt.Errorf("%s: %w", src, errNotDownloaded)
	}
	return b, err
}

// noteOffline warns once of the remote images the run left out.
func (c *Converter) noteOffline(t *offlineTally) {
	if n := len(t.srcs); n > 0 {
		c.opts.Logger.Warn(fmt.Sprintf("%d remote images left out, as downloads are off: give --fetch-images to download them", n),
			"example", t.least)
	}
}

// quietOffline turns the writers' warnings about remote images not
// downloaded into debug lines: noteOffline says it once for all.
type quietOffline struct{ slog.Handler }

func (h quietOffline) Handle(ctx context.Context, r slog.Record) error {
	if r.Level >= slog.LevelWarn && mentions(r, errNotDownloaded.Error()) {
		if !h.Handler.Enabled(ctx, slog.LevelDebug) {
			return nil
		}
		r.Level = slog.LevelDebug
	}
	return h.Handler.Handle(ctx, r)
}

func (h quietOffline) WithAttrs(as []slog.Attr) slog.Handler {
	return quietOffline{h.Handler.WithAttrs(as)}
}

func (h quietOffline) WithGroup(name string) slog.Handler {
	return quietOffline{h.Handler.WithGroup(name)}
}

// mentions reports a record whose message or an attribute holds s.
func mentions(r slog.Record, s string) bool {
	found := strings.Contains(r.Message, s)
	r.Attrs(func(a slog.Attr) bool {
		found = found || strings.Contains(a.Value.String(), s)
		return !found
	})
	return found
}
