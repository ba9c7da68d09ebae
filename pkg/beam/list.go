package beam

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsarc/newsarc/pkg/archive"
	"github.com/newsarc/newsarc/pkg/convert"
)

func init() {
	register.DoFn4x1[context.Context, string, func(Source), func(Summary), error](&listFn{})
	register.Emitter1[Source]()
	register.Emitter1[Summary]()
}

// Source is what one worker reads at a time: one file, or many small ones
// (saved pages) together.
type Source struct {
	Files []archive.File
}

// A batch of small files is at most this many files and bytes; a file of
// batchBytes or more is a Source of its own.
const (
	batchFiles = 64
	batchBytes = 8 << 20
)

// ListSources expands inputs (see Options.Inputs) into the files they hold,
// in batches to read, in the order newsarc digest walks them. Inputs that
// cannot be listed become failures of the second output's summaries.
func ListSources(s beam.Scope, o Options, inputs beam.PCollection) (sources, summaries beam.PCollection) {
	s = s.Scope("newsarc.ListSources")
	return beam.ParDo2(s, &listFn{Options: o}, inputs)
}

type listFn struct {
	Options Options
}

func (f *listFn) ProcessElement(ctx context.Context, input string, emit func(Source), report func(Summary)) error {
	b := &batcher{emit: emit}
	sum := Summary{}
	if list, ok := strings.CutPrefix(input, "@"); ok {
		lines, err := readPaths(ctx, list)
		if err != nil {
			sum.fail(f.Options.MaxListed, list, err)
		}
		base := f.Options.PathsBase
		if base == "" {
			base = dirOf(list)
		}
		for _, line := range lines {
			if !isURL(line) && isURL(base) && (filepath.IsAbs(line) || slices.Contains(strings.Split(filepath.ToSlash(line), "/"), "..")) {
				// A list of objects (CC-NEWS's warc.paths.gz) never names a
				// file of this machine: it would be read into the digests.
				sum.fail(f.Options.MaxListed, line, fmt.Errorf("a local path in a list of %s objects: not read", base))
				continue
			}
			if !isURL(line) && !filepath.IsAbs(line) {
				line = joinPath(base, line)
			}
			if err := f.list(ctx, line, b, &sum); err != nil {
				return err
			}
		}
	} else if err := f.list(ctx, input, b, &sum); err != nil {
		return err
	}
	b.flush()
	report(sum)
	return nil
}

// list adds the files of one input to b.
func (f *listFn) list(ctx context.Context, input string, b *batcher, sum *Summary) error {
	if isURL(input) {
		return f.listStore(ctx, input, b, sum)
	}
	roots := []string{input}
	if hasMeta(input) {
		m, err := filepath.Glob(input)
		if err != nil || len(m) == 0 {
			sum.fail(f.Options.MaxListed, input, fmt.Errorf("no file matches (%v)", err))
			return nil
		}
		roots = m // sorted
	}
	stats := &archive.Stats{}
	for file, err := range archive.Files(ctx, roots, f.Options.archive(stats)) {
		if err != nil {
			sum.fail(f.Options.MaxListed, file.Name, err)
			continue
		}
		b.add(file)
	}
	sum.Skipped += stats.Skipped + stats.Excluded
	return ctx.Err()
}

// listStore lists the objects an object store's URL or glob names; a URL
// ending in "/" names everything below it. Of a listing, only the files
// newsarc reads are kept (as in a directory); an object named alone is
// read whatever its name.
func (f *listFn) listStore(ctx context.Context, input string, b *batcher, sum *Summary) error {
	fsys, err := filesystem.New(ctx, input)
	if err != nil {
		sum.fail(f.Options.MaxListed, input, err)
		return nil
	}
	defer fsys.Close()
	globs, listing := []string{input}, hasMeta(input)
	if strings.HasSuffix(input, "/") {
		globs, listing = belowGlobs(input), true
	}
	var names []string
	for _, glob := range globs {
		found, err := fsys.List(ctx, glob)
		if err != nil {
			return fmt.Errorf("%s: %w", input, err) // the store failed: let the runner try again
		}
		names = append(names, found...)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) == 0 {
		sum.fail(f.Options.MaxListed, input, fmt.Errorf("no object matches"))
		return nil
	}
	for _, name := range names {
		rel := path.Base(name)
		if listing && (!archive.Known(name) || hiddenBelow(name, input)) {
			sum.Skipped++
			continue
		}
		size, err := fsys.Size(ctx, name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		file := archive.File{Name: name, Rel: rel, Size: size}
		if lm, ok := fsys.(filesystem.LastModifiedGetter); ok && f.Options.Undated == string(convert.UndatedCapture) {
			// The capture of a page or a JSON Lines file: only asked for
			// when it dates articles.
			if file.Modified, err = lm.LastModified(ctx, name); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		b.add(file)
	}
	return nil
}

// belowGlobs are the globs of everything below prefix: "**" where the
// store knows it (GCS), else "*", "*/*"… to maxDepth levels.
func belowGlobs(prefix string) []string {
	if strings.HasPrefix(prefix, "gs://") {
		return []string{prefix + "**"}
	}
	var globs []string
	for d := range maxDepth {
		globs = append(globs, prefix+strings.Repeat("*/", d)+"*")
	}
	return globs
}

// maxDepth is how deep a listing of everything below a prefix goes in
// stores that match globs level by level (S3).
const maxDepth = 8

// hiddenBelow reports a name with a dot file or directory below the fixed
// part of glob.
func hiddenBelow(name, glob string) bool {
	fixed := glob
	if i := strings.IndexAny(glob, "*?["); i >= 0 {
		fixed = glob[:i]
	}
	rest := strings.TrimPrefix(name, fixed[:strings.LastIndexByte(fixed, '/')+1])
	for _, part := range strings.Split(rest, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// readPaths reads a list of inputs, one a line, gzipped when its name ends
// in ".gz"; blank lines and lines starting with "#" are left out.
func readPaths(ctx context.Context, name string) ([]string, error) {
	rc, err := openStore(ctx, name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	r := io.Reader(rc)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(rc)
		if err != nil {
			return nil, err
		}
		r = zr
	}
	var lines []string
	sc := bufio.NewScanner(io.LimitReader(r, 256<<20))
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	return lines, sc.Err()
}

// batcher gathers small files into Sources.
type batcher struct {
	emit  func(Source)
	cur   []archive.File
	bytes int64
}

func (b *batcher) add(f archive.File) {
	if f.Size >= batchBytes {
		b.emit(Source{Files: []archive.File{f}})
		return
	}
	b.cur = append(b.cur, f)
	b.bytes += f.Size
	if len(b.cur) >= batchFiles || b.bytes >= batchBytes {
		b.flush()
	}
}

func (b *batcher) flush() {
	if len(b.cur) > 0 {
		b.emit(Source{Files: b.cur})
	}
	b.cur, b.bytes = nil, 0
}

func hasMeta(p string) bool { return strings.ContainsAny(p, "*?[") }

// isURL reports an object store's name ("gs://b/o", "s3://b/k", "memfs://x").
func isURL(name string) bool {
	scheme, _, ok := strings.Cut(name, "://")
	return ok && scheme != "" && !strings.ContainsAny(scheme, `/\.`)
}

// dirOf is the directory of a local path or an object store's name.
func dirOf(name string) string {
	if isURL(name) {
		return name[:strings.LastIndexByte(name, '/')+1]
	}
	return filepath.Dir(name)
}

// joinPath joins a name below a local directory or an object store's
// prefix.
func joinPath(dir string, elem ...string) string {
	if isURL(dir) {
		return strings.TrimSuffix(dir, "/") + "/" + strings.Join(elem, "/")
	}
	return filepath.Join(append([]string{dir}, elem...)...)
}

// failure is a failed document of the summary, its reason without the
// name its error starts with.
func failure(name string, err error) convert.Failure {
	return convert.Failure{Document: name, Reason: strings.TrimPrefix(err.Error(), name+": ")}
}
