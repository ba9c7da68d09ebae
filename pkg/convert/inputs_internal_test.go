package convert

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// A million names of one base (pages of one title under --each, articles
// of one id) made a quadratic search: the millionth tried a million
// numbers. Each name now costs a try or two.
func TestUniqueNameIsLinear(t *testing.T) {
	taken := map[string]bool{"x-5": true} // another base's name on the way
	next := map[string]int{}
	tries := 0
	const n = 100_000
	for i := range n {
		name := uniqueName("x", next, func(s string) bool { tries++; return taken[s] }, func(k int) string { return "x-" + strconv.Itoa(k) })
		if taken[name] {
			t.Fatalf("name %d: %s given twice", i, name)
		}
		taken[name] = true
	}
	if tries > 3*n {
		t.Errorf("%d tries for %d names", tries, n)
	}
	if !taken["x"] || !taken["x-4"] || !taken["x-6"] || !taken["x-"+strconv.Itoa(n+1)] || taken["x-"+strconv.Itoa(n+2)] {
		t.Error("the names are not x, x-2… skipping x-5")
	}
}

// readInputs held one result channel per input from the start: a
// --urls list of 600,000 URLs took the CLI past its memory limit and into
// minutes of garbage collection. It holds as many as the jobs.
func TestReadInputsHoldsOnlyTheJobs(t *testing.T) {
	c := New(Options{})
	dir := t.TempDir()
	inputs := make([]string, 500_000)
	for i := range inputs {
		inputs[i] = filepath.Join(dir, "missing.json")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for r := range c.readInputs(context.Background(), inputs, ReadOptions{Jobs: 2}) {
		if r.err == nil {
			t.Fatal("a missing file was read")
		}
		break
	}
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
		t.Errorf("reading the first of %d inputs allocated %d MB", len(inputs), alloc>>20)
	}
}

// Of many inputs that fail, the first MaxListedInputs are listed and all
// are counted.
func TestFailedInputsAreCountedNotAllKept(t *testing.T) {
	dir := t.TempDir()
	inputs := make([]string, MaxListedInputs+500)
	for i := range inputs {
		inputs[i] = filepath.Join(dir, fmt.Sprintf("missing-%d.json", i))
	}
	_, err := New(Options{}).ReadFiles(context.Background(), inputs, ReadOptions{})
	var pe *PartialError
	if !errors.As(err, &pe) || pe.Failed != len(inputs) || len(pe.Failures) != MaxListedInputs || pe.Written {
		t.Fatalf("%v", err)
	}
	if pe.Failures[0].Document != inputs[0] || err.Error() != "all 1500 inputs failed; nothing was written" {
		t.Errorf("first %+v; %v", pe.Failures[0], err)
	}
}
