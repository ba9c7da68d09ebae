// Package safefile opens and reads files named by users and by documents
// without the traps of the file system: only regular files are read (a FIFO
// would block for ever, /dev/zero never ends, a terminal waits for a
// human), sizes are checked before reading and enforced while reading, and
// a file opened inside an os.Root cannot be a symlink that leads out of it.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrNotRegular is returned for devices, FIFOs, sockets and directories.
var ErrNotRegular = errors.New("not a regular file")

// Open opens a regular file for reading, following symlinks. It never
// blocks on a FIFO and never opens a device.
func Open(name string) (*os.File, fs.FileInfo, error) {
	return open(name, os.Stat, os.OpenFile)
}

// OpenIn is Open inside root: a path or symlink that leads out of the root
// fails (see os.Root).
func OpenIn(root *os.Root, name string) (*os.File, fs.FileInfo, error) {
	return open(name, root.Stat, root.OpenFile)
}

func open(name string, stat func(string) (fs.FileInfo, error), openFile func(string, int, fs.FileMode) (*os.File, error)) (*os.File, fs.FileInfo, error) {
	fi, err := stat(name)
	if err != nil {
		return nil, nil, err
	}
	if err := regular(fi); err != nil {
		return nil, nil, err
	}
	f, err := openFile(name, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, nil, err
	}
	// Check again what was opened: the name may have been replaced since
	// the Stat.
	if fi, err = f.Stat(); err == nil {
		err = regular(fi)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

func regular(fi fs.FileInfo) error {
	if fi.Mode().IsRegular() {
		return nil
	}
	if fi.IsDir() {
		return fmt.Errorf("%w: a directory", ErrNotRegular)
	}
	return fmt.Errorf("%w: %s", ErrNotRegular, describe(fi.Mode()))
}

func describe(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// ReadFile reads a whole regular file of at most max bytes; a larger one
// fails with tooLarge (wrapped) before anything is read.
func ReadFile(name string, max int64, tooLarge error) ([]byte, error) {
	f, fi, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, fi.Size(), max, tooLarge)
}

// ReadFileIn is ReadFile inside root.
func ReadFileIn(root *os.Root, name string, max int64, tooLarge error) ([]byte, error) {
	f, fi, err := OpenIn(root, name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, fi.Size(), max, tooLarge)
}

func read(f *os.File, size, max int64, tooLarge error) ([]byte, error) {
	if size > max {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", tooLarge, size, max)
	}
	// The file may grow while it is read: the limit holds whatever Stat said.
	b := make([]byte, 0, size+1)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if int64(len(b)) > max {
			return nil, fmt.Errorf("%w: more than %d bytes", tooLarge, max)
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// LimitReader returns a reader that reads from r and fails with tooLarge
// (wrapped) once more than max bytes have come, rather than cutting the
// input short as io.LimitReader does.
func LimitReader(r io.Reader, max int64, tooLarge error) io.Reader {
	return &limited{r: r, left: max, max: max, err: tooLarge}
}

type limited struct {
	r    io.Reader
	left int64 // bytes that may still come
	max  int64
	err  error
}

func (l *limited) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, fmt.Errorf("%w: more than %d bytes", l.err, l.max)
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1] // one byte more than allowed tells a long input
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n + int(l.left), fmt.Errorf("%w: more than %d bytes", l.err, l.max)
	}
	return n, err
}
