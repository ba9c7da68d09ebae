package media

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// FileName is the name an extracted picture gets: part of its hash and its
// extension, so that the same picture is written once however many
// articles show it, and a new picture never overwrites another.
func (p *Picture) FileName() string {
	h := p.Hash
	if len(h) > 20 {
		h = h[:20]
	}
	return h + p.Ext()
}

// Extract writes pic into dir (created if need be) under its FileName,
// unless a file of that name is already there, and returns the name. It is
// how writers keep images beside a document instead of inside it. The file
// appears whole or not at all.
func Extract(dir string, pic *Picture) (string, error) {
	name := pic.FileName()
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err == nil {
		return name, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(pic.Data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return name, nil
}

// DataURL returns the picture as a data: URL, for documents that carry
// their images inside.
func (p *Picture) DataURL() string {
	prefix := "data:" + p.MediaType() + ";base64,"
	b := make([]byte, len(prefix)+base64.StdEncoding.EncodedLen(len(p.Data)))
	copy(b, prefix)
	base64.StdEncoding.Encode(b[len(prefix):], p.Data)
	return string(b)
}

// Href links the file name in dir (a slash-separated path, relative or
// absolute; "" or "." for the document's own directory) as a URL path, for
// a document to refer to an extracted picture.
func Href(dir, name string) string {
	p := name
	if dir != "" && dir != "." {
		p = strings.TrimSuffix(dir, "/") + "/" + name
	}
	ref := (&url.URL{Path: p}).EscapedPath()
	if first, _, _ := strings.Cut(ref, "/"); strings.Contains(first, ":") {
		ref = "./" + ref // "c:/media" is a path, not a URL scheme
	}
	return ref
}

// PrepareInOrder prepares every distinct source at once, as PrepareAll
// does, then calls use with each result in the order of srcs, so that what
// a writer derives from them (file names, numbers) does not depend on which
// worker finished first. An error from use stops it and is returned, and
// so is the context's.
func PrepareInOrder(ctx context.Context, r Resolver, srcs []string, lim Limits, workers int, use func(src string, pic *Picture, err error) error) error {
	if len(srcs) == 0 {
		return nil
	}
	results := PrepareAll(ctx, r, srcs, lim, workers)
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, src := range srcs {
		res := results[src]
		if err := use(src, res.Picture, res.Err); err != nil {
			return err
		}
	}
	return nil
}
