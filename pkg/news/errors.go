package news

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors, wrapped with %w by every package of newsarc.
var (
	ErrUnknownFormat = errors.New("unknown format")
	ErrUnsupported   = errors.New("not supported")
	ErrNoContent     = errors.New("no article content found")
	ErrInvalid       = errors.New("invalid article")
	ErrEmptyInput    = errors.New("empty input")
)

// InputError ties a problem to the input it was found in: a file path, a URL,
// "-" for stdin, or an archive member such as "july.zip!a/b.html". Line and
// Col are 1-based and zero when unknown; Field is the JSON field at fault.
type InputError struct {
	Name  string
	Line  int
	Col   int
	Field string
	Err   error
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
		if e.Col > 0 {
			b.WriteString(":" + strconv.Itoa(e.Col))
		}
	}
	b.WriteString(": ")
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// NameError wraps err as an *InputError for the input name unless err already
// names an input, so that messages never repeat the name.
func NameError(name string, err error) error {
	if err == nil {
		return nil
	}
	var ie *InputError
	if errors.As(err, &ie) {
		return err
	}
	return &InputError{Name: name, Err: err}
}

// Problem is one thing Validate found wrong.
type Problem struct {
	Article int    // index in the collection, from 0
	ID      string // the article's ID, if any
	Path    string // e.g. "title", "body[3].level"
	Message string
}

func (p Problem) String() string {
	where := "article " + strconv.Itoa(p.Article+1)
	if p.ID != "" {
		where += " (" + p.ID + ")"
	}
	if p.Path != "" {
		where += ": " + p.Path
	}
	return where + ": " + p.Message
}

// ValidationError lists every problem Validate found. It matches ErrInvalid
// with errors.Is.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	msgs := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		msgs[i] = p.String()
	}
	return ErrInvalid.Error() + ": " + strings.Join(msgs, "; ")
}

func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }
