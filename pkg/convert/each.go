package convert

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsarc/newsarc/pkg/news"
	"github.com/newsarc/newsarc/pkg/vntext"
)

// convertEach converts every input on its own into the directory o.Output,
// one file per input named by the slug of its (first) article's title, with
// the extension of f. Names that collide get -2, -3… One bad input loses
// nothing else: the inputs that failed come back in a *PartialError.
func (c *Converter) convertEach(ctx context.Context, f *news.Format, o FileOptions) error {
	dir := o.Output
	if dir == "" || dir == "-" {
		return errors.New("converting each input on its own needs an output directory")
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return news.NameError(dir, fmt.Errorf("%w: it is a file; --each writes into a directory", ErrOutputPath))
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return news.NameError(dir, cleanPathError(err))
	}
	inputs := &inputSet{names: o.Inputs}
	used := make(map[string]bool)
	next := make(map[string]int)
	var failed failures
	written := false
	ctx, offline := withOfflineTally(ctx)
	for in := range c.readInputs(ctx, o.Inputs, o.ReadOptions) {
		if err := ctx.Err(); err != nil {
			return err
		}
		name, col, err := in.name, in.col, in.err
		if err == nil {
			c.shape(col, o)
			slug := vntext.Slug(col.Articles[0].Title)
			out := uniqueName(filepath.Join(dir, slug+defaultExt(f)), next, func(p string) bool { return used[p] }, func(n int) string {
				return filepath.Join(dir, fmt.Sprintf("%s-%d%s", slug, n, defaultExt(f)))
			})
			used[out] = true
			ictx := withInputDir(ctx, name)
			if err = inputs.check(out); err == nil {
				err = WriteFileAtomic(out, func(w io.Writer) error { return c.write(ictx, f, w, col) })
			}
			written = written || err == nil
		}
		if errors.Is(err, context.Canceled) {
			return err
		}
		if err != nil {
			if len(o.Inputs) == 1 {
				return err
			}
			failed.add(name, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	c.noteOffline(offline)
	if failed.n > 0 {
		return failed.partial(len(o.Inputs), written)
	}
	return nil
}
