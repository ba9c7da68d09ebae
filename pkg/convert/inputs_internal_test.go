package convert

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
)

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
