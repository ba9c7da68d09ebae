// Command newsarc turns news articles and archives into PDF, EPUB, plain-text
// bulletins and canonical JSON. Run "newsarc --help" for usage.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"syscall"
)

// memoryLimit is the soft heap limit the CLI sets unless GOMEMLIMIT is
// given: fpdf holds a whole document in memory, and without a limit the heap
// of a 3,000-article digest grows to twice its live size before collection.
// The limit is soft: a larger digest still completes, collecting more often.
const memoryLimit = 220 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// NEWSARC_CPUPROFILE=file writes a CPU profile, for `go tool pprof`.
	if path := os.Getenv("NEWSARC_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer f.Close()
		}
	}
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	pprof.StopCPUProfile()
	stop()
	os.Exit(code)
}
