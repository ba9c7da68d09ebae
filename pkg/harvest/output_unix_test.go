//go:build unix

package harvest_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/newsarc/newsarc/pkg/harvest"
)

// An output that is a FIFO is refused before any request (it was passed
// over for july-00001.warc.gz).
func TestOutputThatIsAFIFO(t *testing.T) {
	out := filepath.Join(t.TempDir(), "july.warc.gz")
	if err := syscall.Mkfifo(out, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := harvest.Run(context.Background(), harvest.Options{Period: july, Sites: []string{"http://127.0.0.1:1/"}, Output: out})
	if !errors.Is(err, harvest.ErrOptions) || !strings.HasSuffix(err.Error(), "july.warc.gz: cannot write there: it is not a regular file") {
		t.Errorf("err = %v", err)
	}
}
