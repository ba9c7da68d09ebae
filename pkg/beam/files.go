package beam

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"cloud.google.com/go/storage"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/util/gcsx"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/media"
)

// Opened is a file open for reading at any offset: a local file, a ranged
// reader of an object store, or a local copy of an object.
type opened struct {
	io.ReaderAt
	size     int64
	modified time.Time // of a local file; zero for an object of a store
	close    func()
	err      func() error // the first error of the store, if any: the data is not to be trusted
}

// open opens the file name for reading at any offset. gs:// and s3://
// objects are read in ranges, as the reader asks for them, without a copy
// on disk; other schemes (memfs://) are copied to a temporary file.
func open(ctx context.Context, name string) (*opened, error) {
	switch {
	case !isURL(name):
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		fi, err := f.Stat()
		if err == nil && !fi.Mode().IsRegular() {
			err = errors.New("not a regular file")
		}
		if err != nil {
			f.Close()
			return nil, err
		}
		return &opened{ReaderAt: f, size: fi.Size(), modified: fi.ModTime(), close: func() { f.Close() }, err: func() error { return nil }}, nil
	case strings.HasPrefix(name, "gs://"):
		return openRanged(ctx, name, gcsRange)
	case strings.HasPrefix(name, "s3://"):
		return openRanged(ctx, name, s3Range)
	}
	return spool(ctx, name)
}

// rangeFunc opens an object from off to its end; size is its size.
type rangeFunc func(ctx context.Context, name string, off int64) (r io.ReadCloser, size int64, err error)

func openRanged(ctx context.Context, name string, get rangeFunc) (*opened, error) {
	r, size, err := get(ctx, name, 0)
	if err != nil {
		return nil, err
	}
	s := &streamAt{ctx: ctx, size: size, r: r,
		open: func(ctx context.Context, off int64) (io.ReadCloser, error) {
			r, _, err := get(ctx, name, off)
			return r, err
		}}
	return &opened{ReaderAt: s, size: size, close: s.Close, err: s.Err}, nil
}

// streamAt is an io.ReaderAt over ranged reads of an object store. It
// reads the object in blocks, through one open stream as long as the reads
// go forward (the records of a WARC are read in order, each a little
// behind where the last read ahead), and keeps the last blocks read; only
// a read far behind or far ahead opens a new range.
type streamAt struct {
	ctx  context.Context
	open func(ctx context.Context, off int64) (io.ReadCloser, error)
	size int64

	mu     sync.Mutex
	r      io.ReadCloser
	pos    int64            // of r
	blocks map[int64][]byte // by index
	recent []int64          // block indexes, least recent first
	err    error
}

const (
	blockSize  = 1 << 20
	keptBlocks = 8
	skipAhead  = 4 << 20 // how far ahead a read goes on with the open stream rather than open another
)

func (s *streamAt) ReadAt(p []byte, off int64) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	n := 0
	for n < len(p) {
		at := off + int64(n)
		if at >= s.size {
			return n, io.EOF
		}
		b, err := s.block(at / blockSize)
		if err != nil {
			return n, err
		}
		n += copy(p[n:], b[at%blockSize:])
	}
	return n, nil
}

// block returns block i, from the ones kept or from the store.
func (s *streamAt) block(i int64) ([]byte, error) {
	if b, ok := s.blocks[i]; ok {
		return b, nil
	}
	start := i * blockSize
	if s.r != nil && start > s.pos && start-s.pos <= skipAhead {
		if _, err := io.CopyN(io.Discard, s.r, start-s.pos); err != nil {
			s.drop()
		} else {
			s.pos = start
		}
	}
	if s.r != nil && start != s.pos {
		s.drop()
	}
	if s.r == nil {
		r, err := s.open(s.ctx, start)
		if err != nil {
			s.fail(err)
			return nil, err
		}
		s.r, s.pos = r, start
	}
	b := make([]byte, min(blockSize, s.size-start))
	n, err := io.ReadFull(s.r, b)
	s.pos += int64(n)
	if err != nil {
		s.drop()
		s.fail(fmt.Errorf("reading at %d: %w", s.pos, err))
		return nil, err
	}
	if s.blocks == nil {
		s.blocks = make(map[int64][]byte)
	}
	if len(s.recent) == keptBlocks {
		delete(s.blocks, s.recent[0])
		s.recent = s.recent[1:]
	}
	s.blocks[i] = b
	s.recent = append(s.recent, i)
	return b, nil
}

func (s *streamAt) drop() {
	if s.r != nil {
		s.r.Close()
		s.r = nil
	}
}

func (s *streamAt) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// Err returns the first error the store gave.
func (s *streamAt) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

func (s *streamAt) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.drop()
	s.blocks, s.recent = nil, nil
}

// The stores' clients, made once per worker.
var (
	gcsOnce   sync.Once
	gcsClient *storage.Client
	gcsErr    error
	s3Once    sync.Once
	s3Client  *s3.Client
	s3Err     error
)

func gcsRange(ctx context.Context, name string, off int64) (io.ReadCloser, int64, error) {
	gcsOnce.Do(func() {
		gcsClient, gcsErr = gcsx.NewClient(context.Background(), storage.ScopeReadOnly)
		if gcsErr != nil {
			gcsClient, gcsErr = gcsx.NewUnauthenticatedClient(context.Background())
		}
	})
	if gcsErr != nil {
		return nil, 0, gcsErr
	}
	bucket, object, err := gcsx.ParseObject(name)
	if err != nil {
		return nil, 0, err
	}
	r, err := gcsClient.Bucket(bucket).Object(object).NewRangeReader(ctx, off, -1)
	if err != nil {
		return nil, 0, err
	}
	return r, r.Attrs.Size, nil
}

func s3Range(ctx context.Context, name string, off int64) (io.ReadCloser, int64, error) {
	s3Once.Do(func() {
		var cfg aws.Config
		if cfg, s3Err = config.LoadDefaultConfig(context.Background()); s3Err == nil {
			// An endpoint of its own (AWS_ENDPOINT_URL_S3): MinIO, Ceph and
			// the like want bucket names in the path.
			s3Client = s3.NewFromConfig(cfg, func(o *s3.Options) {
				o.UsePathStyle = o.BaseEndpoint != nil
				o.DisableLogOutputChecksumValidationSkipped = true // ranges have no checksum: nothing to say
			})
		}
	})
	if s3Err != nil {
		return nil, 0, s3Err
	}
	bucket, key, ok := strings.Cut(strings.TrimPrefix(name, "s3://"), "/")
	if !ok || bucket == "" || key == "" {
		return nil, 0, fmt.Errorf("not an S3 object: want s3://bucket/key")
	}
	out, err := s3Client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), Range: aws.String(fmt.Sprintf("bytes=%d-", off))})
	if err != nil {
		return nil, 0, err
	}
	size := off + aws.ToInt64(out.ContentLength)
	if cr := aws.ToString(out.ContentRange); cr != "" { // "bytes 0-99/1234"
		if _, total, ok := strings.Cut(cr, "/"); ok {
			fmt.Sscan(total, &size)
		}
	}
	return out.Body, size, nil
}

// spool copies an object of a store without ranged reads to a temporary
// file.
func spool(ctx context.Context, name string) (*opened, error) {
	rc, err := openStore(ctx, name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	f, err := os.CreateTemp("", "newsarc-beam-*.copy")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name()) // gone with the last close
	n, err := io.Copy(f, rc)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &opened{ReaderAt: f, size: n, close: func() { f.Close() }, err: func() error { return nil }}, nil
}

// openStore opens an object of a store (or a local file) with Beam's file
// systems, to be read in order.
func openStore(ctx context.Context, name string) (io.ReadCloser, error) {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	rc, err := fsys.OpenRead(ctx, name)
	if err != nil {
		fsys.Close()
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{rc, closers{rc, fsys}}, nil
}

// closers closes each in turn.
type closers []io.Closer

func (cs closers) Close() error {
	var errs []error
	for _, c := range cs {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// storeDir reads images by their path relative to a directory of an
// object store, never above it: what media.Dir is on a disk.
type storeDir string

func (d storeDir) Resolve(ctx context.Context, src string) ([]byte, error) {
	p := strings.TrimPrefix(src, "file://")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	if media.IsRemote(src) || slices.Contains(strings.Split(p, "/"), "..") {
		return nil, fmt.Errorf("%s: %w", src, media.ErrOutOfRoot)
	}
	rel := strings.TrimPrefix(path.Clean("/"+p), "/")
	if rel == "" {
		return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
	}
	rc, err := openStore(ctx, joinPath(string(d), rel))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, media.ErrNotFound)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, media.DefaultMaxBytes+1))
	if err == nil && len(b) > media.DefaultMaxBytes {
		err = fmt.Errorf("%s: %w", src, media.ErrTooLarge)
	}
	return b, err
}

// writeFile writes one output whole or not at all: a local file through a
// temporary file renamed into place; an object of a store on Close (GCS
// and S3 commit an object only then), abandoned on an error.
func writeFile(ctx context.Context, name string, write func(w io.Writer) error) error {
	if !isURL(name) {
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			return err
		}
		return convert.WriteFileAtomic(name, write)
	}
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := fsys.OpenWrite(wctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		cancel() // GCS abandons the upload
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
