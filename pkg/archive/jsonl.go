package archive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/newsarc/newsarc/pkg/media"
	"github.com/newsarc/newsarc/pkg/news"
)

// lines yields one JSON document per non-blank line of r, named
// "name:LINE", so that a digest parses lines in parallel and reports a broken
// one by its line number. A line that is not JSON at all is yielded with Err;
// after MaxBrokenLines of them in a row, one more failure says the rest of
// the file is skipped. Every line was captured when the file was.
func (w *walker) lines(name string, r io.Reader, images media.Resolver, captured time.Time) {
	br := bufio.NewReaderSize(r, 64<<10)
	broken := 0 // lines in a row
	for n := 1; !w.stopped(); n++ {
		if broken == w.opts.MaxBrokenLines {
			w.emit(Document{Name: fmt.Sprintf("%s:%d", name, n), Err: &news.InputError{Name: name, Line: n,
				Err: fmt.Errorf("%w: %d broken lines in a row before this one: not JSON Lines? The rest of the file is skipped", ErrBrokenLine, broken)}})
			return
		}
		line, err := readLine(br, w.opts.MaxDocBytes)
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		where := fmt.Sprintf("%s:%d", name, n)
		switch {
		case errors.Is(err, ErrTooLarge):
			w.emit(Document{Name: where, Err: &news.InputError{Name: name, Line: n, Err: err}})
			broken++
			continue
		case err != nil && err != io.EOF:
			w.emit(Document{Name: where, Err: &news.InputError{Name: name, Line: n, Err: err}})
			return
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if bad := checkJSON(t); bad != nil {
				bad.Name, bad.Line = name, n
				w.emit(Document{Name: where, Err: bad})
				broken++
			} else {
				w.emit(Document{Name: where, Kind: KindJSON, Body: t, Images: images, Captured: captured})
				broken = 0
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine returns the next line of br without its newline, in a slice of
// its own. A line longer than max is skipped and reported with ErrTooLarge;
// the last line returns io.EOF.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	long := false
	for {
		frag, err := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(frag)) > max+1 { // +1: the newline
				long, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(line) == 0 && !long:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		if long {
			return nil, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, max)
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// checkJSON reports, with its column, why a line is not JSON. The reader
// checks the line's fields later; this catches truncated and garbled lines
// early, with the line number.
func checkJSON(line []byte) *news.InputError {
	if json.Valid(line) {
		return nil
	}
	err := json.Unmarshal(line, new(json.RawMessage))
	var se *json.SyntaxError
	col := 0
	if errors.As(err, &se) {
		col = int(se.Offset)
	}
	return &news.InputError{Col: col, Err: fmt.Errorf("%w: %v", ErrBrokenLine, err)}
}
