package beam

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsarc/newsarc/pkg/convert"
)

func init() {
	register.Combiner1[Summary](&mergeFn{})
	register.DoFn2x1[context.Context, Summary, error](&summaryFn{})
}

// Summary says what a run did, as newsarc digest's report does, and which
// digests it wrote. Steps emit partial summaries; Summarize adds them up.
type Summary struct {
	Documents   int   `json:"documents"`     // documents read
	Skipped     int   `json:"skipped"`       // files that hold no articles (css, images…) or were excluded
	Bytes       int64 `json:"bytes"`         // size of the documents read
	Articles    int   `json:"articles"`      // articles found in them
	Kept        int   `json:"kept"`          // articles in the digests
	OutOfPeriod int   `json:"out_of_period"` // published outside the period
	Undated     int   `json:"undated"`       // no publication time: cannot be placed, left out
	Captured    int   `json:"captured"`      // no publication time: dated by their capture (Options.Undated), in the period or not
	Duplicated  int   `json:"duplicated"`    // duplicates left out
	Failed      int   `json:"failed"`        // failures

	Failures   []convert.Failure   `json:"failures"`   // the first MaxListed, by document
	Duplicates []convert.Duplicate `json:"duplicates"` // the first MaxListed, by dropped document
	Digests    []Written           `json:"digests"`    // by site and month
}

// Written is one (site, month) digest and its files.
type Written struct {
	Site       string   `json:"site"`
	Month      string   `json:"month"`
	Articles   int      `json:"articles"`
	Duplicated int      `json:"duplicated"`
	Files      []string `json:"files"`
}

func (s *Summary) fail(max int, name string, err error) {
	s.addFailures(max, failure(name, err))
}

// addFailures counts fs and lists them. Past twice max listed (0: 1,000)
// only the first max by document are kept, those mergeFn keeps: a paths
// file of millions of bad lines, or a zip of millions of broken pages,
// must not hold a failure for each in one element.
func (s *Summary) addFailures(max int, fs ...convert.Failure) {
	s.Failed += len(fs)
	s.Failures = append(s.Failures, fs...)
	if max = cmp.Or(max, 1000); len(s.Failures) > 2*max {
		s.Failures = firstOf(s.Failures, max, compareFailures)
	}
}

func compareFailures(x, y convert.Failure) int {
	return cmp.Or(convert.CompareDocuments(x.Document, y.Document), cmp.Compare(x.Reason, y.Reason))
}

// Summarize adds up the partial summaries of the steps into one, writes
// it to OUTPUT/summary.json and returns it.
func Summarize(s beam.Scope, o Options, summaries ...beam.PCollection) beam.PCollection {
	s = s.Scope("newsarc.Summarize")
	all := beam.Combine(s, &mergeFn{MaxListed: o.MaxListed}, beam.Flatten(s, summaries...))
	beam.ParDo0(s, &summaryFn{Options: o}, all)
	return all
}

// mergeFn adds two summaries up, keeping the first MaxListed failures and
// duplicates in document order whatever order the summaries come in.
type mergeFn struct {
	MaxListed int
}

func (f *mergeFn) MergeAccumulators(a, b Summary) Summary {
	a.Documents += b.Documents
	a.Skipped += b.Skipped
	a.Bytes += b.Bytes
	a.Articles += b.Articles
	a.Kept += b.Kept
	a.OutOfPeriod += b.OutOfPeriod
	a.Undated += b.Undated
	a.Captured += b.Captured
	a.Duplicated += b.Duplicated
	a.Failed += b.Failed
	max := cmp.Or(f.MaxListed, 1000)
	a.Failures = firstOf(append(a.Failures, b.Failures...), max, compareFailures)
	a.Duplicates = firstOf(append(a.Duplicates, b.Duplicates...), max, convert.CompareDuplicates)
	a.Digests = append(a.Digests, b.Digests...)
	slices.SortFunc(a.Digests, func(x, y Written) int { return cmp.Or(cmp.Compare(x.Site, y.Site), cmp.Compare(x.Month, y.Month)) })
	return a
}

// firstOf sorts s and keeps its first max elements.
func firstOf[T any](s []T, max int, compare func(T, T) int) []T {
	slices.SortFunc(s, compare)
	return s[:min(len(s), max)]
}

// summaryFn writes the summary into the output directory.
type summaryFn struct {
	Options Options
}

func (f *summaryFn) ProcessElement(ctx context.Context, sum Summary) error {
	var b bytes.Buffer
	if err := WriteSummary(&b, sum); err != nil {
		return err
	}
	return writeFile(ctx, joinPath(f.Options.Output, SummaryFile), func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	})
}

// WriteSummary writes a summary as indented JSON, lists empty rather than
// null.
func WriteSummary(w io.Writer, sum Summary) error {
	if sum.Failures == nil {
		sum.Failures = []convert.Failure{}
	}
	if sum.Duplicates == nil {
		sum.Duplicates = []convert.Duplicate{}
	}
	if sum.Digests == nil {
		sum.Digests = []Written{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sum)
}
