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
// the extension of f. Names that collide get -2, -3… It returns the first
// error after trying every input, so that one bad input loses nothing else.
func (c *Converter) convertEach(ctx context.Context, f *news.Format, o FileOptions) error {
	dir := o.Output
	if dir == "" || dir == "-" {
		return errors.New("converting each input on its own needs an output directory")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return news.NameError(dir, cleanPathError(err))
	}
	used := make(map[string]bool)
	var first error
	for _, name := range o.Inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		col, err := c.ReadFile(ctx, name, o.ReadOptions)
		if err != nil {
			c.opts.Logger.Warn("skipped input", "input", name, "error", err.Error())
			if first == nil {
				first = err
			}
			continue
		}
		slug := vntext.Slug(col.Articles[0].Title)
		out := filepath.Join(dir, slug+defaultExt(f))
		for n := 2; used[out]; n++ {
			out = filepath.Join(dir, fmt.Sprintf("%s-%d%s", slug, n, defaultExt(f)))
		}
		used[out] = true
		ictx := withInputDir(ctx, filepath.Dir(name))
		if err := WriteFileAtomic(out, func(w io.Writer) error { return c.write(ictx, f, w, col) }); err != nil && first == nil {
			first = err
		}
	}
	return first
}
