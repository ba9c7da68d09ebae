package archive

import (
	"path"
	"strings"
)

// excluded reports, and counts, whether a file or member at the slash path
// rel with base name base is left out: it matches Exclude, or Include is set
// and neither it nor a parent (included) matches Include.
func (w *walker) excluded(rel, base string, included bool) bool {
	out := w.matches(w.opts.Exclude, rel, base) ||
		(!included && len(w.opts.Include) > 0 && !w.matches(w.opts.Include, rel, base))
	if out {
		w.opts.Stats.Excluded++
		w.opts.Logger.Debug("archive: excluded", "path", rel)
	}
	return out
}

// matches reports whether any pattern matches rel or base.
func (w *walker) matches(patterns []string, rel, base string) bool {
	for _, p := range patterns {
		if match(p, rel) || (!strings.Contains(p, "/") && match(p, base)) {
			return true
		}
	}
	return false
}

// match is path.Match with "**/" at the start of a pattern matching any
// number of leading directories and "/**" at the end matching anything below.
// Patterns were checked by Walk, so errors cannot happen here.
func match(pattern, name string) bool {
	if rest, ok := strings.CutPrefix(pattern, "**/"); ok {
		for {
			if match(rest, name) {
				return true
			}
			i := strings.IndexByte(name, '/')
			if i < 0 {
				return false
			}
			name = name[i+1:]
		}
	}
	if dir, ok := strings.CutSuffix(pattern, "/**"); ok {
		for {
			if match(dir, name) {
				return true
			}
			i := strings.LastIndexByte(name, '/')
			if i < 0 {
				return false
			}
			name = name[:i]
		}
	}
	ok, _ := path.Match(pattern, name)
	return ok
}
