package convert

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsarc/newsarc/pkg/news"
)

// ErrOutputPath is wrapped by the errors of an output path that cannot be
// written: a directory, a directory that does not exist, one of the inputs,
// or the same file named twice. It is found before anything is read.
var ErrOutputPath = errors.New("cannot write there")

// A File is one output of a set written by WriteFiles.
type File struct {
	Path  string // "-": Stdout
	Write func(w io.Writer) error
}

// WriteFiles writes a set of outputs as one: each file goes to a temporary
// file in its directory, and only when every one is complete are they all
// renamed into place, so that a failure or an interruption (ctx) leaves
// every existing output as it was and no temporary file behind. Outputs
// named "-" go to stdout (nil: os.Stdout) after the files are in place,
// since a stream cannot be taken back. The error says what was and was not
// written.
func WriteFiles(ctx context.Context, stdout io.Writer, files []File) (err error) {
	var tmps []*os.File
	defer func() {
		for _, t := range tmps {
			if t != nil {
				t.Close()
				os.Remove(t.Name())
			}
		}
	}()
	for _, f := range files {
		if f.Path == "-" {
			tmps = append(tmps, nil)
			continue
		}
		tmp, err := writeTemp(f)
		tmps = append(tmps, tmp)
		if err != nil {
			return notWritten(err, files, nil)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	// Every file is complete: from here on nothing is cancelled.
	var written []string
	for i, f := range files {
		if tmps[i] == nil {
			continue
		}
		if err := os.Rename(tmps[i].Name(), f.Path); err != nil {
			return notWritten(news.NameError(f.Path, cleanPathError(err)), files[i:], written)
		}
		tmps[i] = nil
		written = append(written, f.Path)
	}
	for _, f := range files {
		if f.Path != "-" {
			continue
		}
		if stdout == nil {
			stdout = os.Stdout
		}
		bw := bufio.NewWriterSize(stdout, 256<<10)
		err := f.Write(bw)
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			return notWritten(news.NameError("standard output", err), nil, written)
		}
	}
	return nil
}

// SetError is the error of a set of outputs of which some were written
// and others not: a rename that failed, or standard output that failed
// after the files were in place.
type SetError struct {
	Err        error
	Written    []string
	NotWritten []string
}

func (e *SetError) Error() string {
	if len(e.NotWritten) == 0 {
		return fmt.Sprintf("%v (written: %s)", e.Err, strings.Join(e.Written, ", "))
	}
	return fmt.Sprintf("%v (written: %s; not written: %s)", e.Err, strings.Join(e.Written, ", "), strings.Join(e.NotWritten, ", "))
}

func (e *SetError) Unwrap() error { return e.Err }

// notWritten adds to err what was written and what was not, when there is
// more than one output to tell apart.
func notWritten(err error, left []File, written []string) error {
	var names []string
	for _, f := range left {
		if f.Path != "-" {
			names = append(names, f.Path)
		}
	}
	switch {
	case len(written) > 0:
		return &SetError{Err: err, Written: written, NotWritten: names}
	case len(names) > 1:
		return fmt.Errorf("%w (nothing was written)", err)
	}
	return err
}

// writeTemp writes f to a temporary file next to f.Path and returns it,
// closed. A file being replaced gives its mode to the new one; a new file
// gets the usual mode less the umask.
func writeTemp(f File) (*os.File, error) {
	tmp, err := createTemp(f.Path)
	if err != nil {
		return nil, news.NameError(f.Path, cleanPathError(err))
	}
	bw := writeBufs.Get().(*bufio.Writer)
	bw.Reset(tmp)
	defer func() {
		bw.Reset(nil)
		writeBufs.Put(bw)
	}()
	if err := f.Write(bw); err != nil {
		return tmp, err
	}
	if err := bw.Flush(); err != nil {
		return tmp, news.NameError(f.Path, err)
	}
	if fi, err := os.Stat(f.Path); err == nil && fi.Mode().IsRegular() {
		if err := tmp.Chmod(fi.Mode().Perm()); err != nil {
			return tmp, news.NameError(f.Path, err)
		}
	}
	if err := tmp.Close(); err != nil {
		return tmp, news.NameError(f.Path, err)
	}
	return tmp, nil
}

// writeBufs recycles the 64 KiB buffers files are written through:
// convert --each writes thousands of small files.
var writeBufs = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

// WriteFileAtomic writes one file through a temporary file; see WriteFiles.
func WriteFileAtomic(path string, write func(w io.Writer) error) error {
	return WriteFiles(context.Background(), nil, []File{{Path: path, Write: write}})
}

// Temporary files are named ".NAME.PID-RANDOM.tmp" next to the output NAME:
// the process id tells, after a crash or a SIGKILL, whose they were.
var processStart = time.Now()

func tempPrefix(path string) string { return "." + filepath.Base(path) + "." }

// createTemp creates the temporary file for path, with the default mode
// (0666 less the umask), after removing the ones crashed runs left.
func createTemp(path string) (*os.File, error) {
	removeStale(path)
	prefix := filepath.Join(filepath.Dir(path), tempPrefix(path)+strconv.Itoa(os.Getpid())+"-")
	for {
		f, err := os.OpenFile(prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp", os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}

// removeStale removes the temporary files of path that newsarc processes
// which are gone left behind: older than this process, of a process id
// that no longer runs. Each directory is listed once per process, so that
// writing thousands of files into one directory (--each) stays linear.
func removeStale(path string) {
	dir, prefix := filepath.Dir(path), tempPrefix(path)
	stale.Lock()
	defer stale.Unlock()
	names, listed := stale.byDir[dir]
	if !listed {
		names = staleTemps(dir)
		if stale.byDir == nil {
			stale.byDir = make(map[string][]string)
		}
	}
	kept := names[:0]
	for _, name := range names {
		if rest, ok := strings.CutPrefix(name, prefix); ok && tempSuffix.MatchString(rest) {
			os.Remove(filepath.Join(dir, name))
			continue
		}
		kept = append(kept, name)
	}
	stale.byDir[dir] = kept
}

// stale holds, by directory, the names of the temporary files crashed runs
// left there and this process has not yet met an output of.
var stale struct {
	sync.Mutex
	byDir map[string][]string
}

// tempSuffix is what follows ".NAME." in a temporary file's name.
var tempSuffix = regexp.MustCompile(`^\d+-\d+\.tmp$`)

// staleTemps lists the temporary files in dir that are older than this
// process and whose process no longer runs.
func staleTemps(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if name[0] != '.' || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		dash := strings.LastIndexByte(name, '-')
		dot := strings.LastIndexByte(name[:max(dash, 0)], '.')
		if dash < 0 || dot < 0 {
			continue
		}
		pid, err := strconv.Atoi(name[dot+1 : dash])
		if err != nil || pid == os.Getpid() || processRuns(pid) {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.ModTime().Before(processStart) {
			out = append(out, name)
		}
	}
	return out
}

// RemoveTempFiles removes the temporary files this process has open for
// the outputs paths (for a directory: for any file in it): what a second
// Ctrl-C, which ends the process at once, must not leave behind.
func RemoveTempFiles(paths ...string) {
	for _, p := range paths {
		if p == "" || p == "-" {
			continue
		}
		own := globEscape(filepath.Join(filepath.Dir(p), tempPrefix(p)+strconv.Itoa(os.Getpid())+"-")) + "*.tmp"
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			own = filepath.Join(globEscape(p), ".*."+strconv.Itoa(os.Getpid())+"-*.tmp")
		}
		matches, _ := filepath.Glob(own)
		for _, m := range matches {
			os.Remove(m)
		}
	}
}

// globEscape quotes the characters filepath.Match gives a meaning to.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// checkOutput fails, wrapping ErrOutputPath, when path cannot be written:
// it is a directory, its directory does not exist, or it is one of the
// inputs (which writing would destroy).
func checkOutput(path string, inputs []string) error {
	return (&inputSet{names: inputs}).check(path)
}

// inputSet is checkOutput for many outputs of the same inputs (convert
// --each): the inputs are stat'ed once, the first time an output exists,
// not once per output.
type inputSet struct {
	names  []string
	bySize map[int64][]inputFile
}

type inputFile struct {
	name string
	fi   os.FileInfo
}

func (s *inputSet) check(path string) error {
	if path == "" || path == "-" {
		return nil
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return news.NameError(path, fmt.Errorf("%w: it is a directory; give a file name", ErrOutputPath))
	case err == nil:
		if s.bySize == nil {
			s.bySize = make(map[int64][]inputFile)
			for _, in := range s.names {
				if ii, err := os.Stat(in); err == nil {
					s.bySize[ii.Size()] = append(s.bySize[ii.Size()], inputFile{in, ii})
				}
			}
		}
		for _, in := range s.bySize[fi.Size()] {
			if os.SameFile(fi, in.fi) {
				return news.NameError(path, fmt.Errorf("%w: it is the input %s, which would be overwritten", ErrOutputPath, in.name))
			}
		}
	}
	if di, err := os.Stat(filepath.Dir(path)); err != nil || !di.IsDir() {
		return news.NameError(path, fmt.Errorf("%w: the output's directory does not exist", ErrOutputPath))
	}
	return nil
}
