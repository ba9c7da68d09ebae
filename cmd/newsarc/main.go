// Command newsarc turns news articles and archives into PDF, EPUB, plain-text
// bulletins and canonical JSON. Run "newsarc --help" for usage.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"syscall"

	"github.com/newsarc/newsarc/pkg/convert"
)

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(sig) { // nohup, or a background job: leave it so
			signal.Notify(sigs, sig)
		}
	}
	go onSignals(sigs, cancel, func() {
		convert.RemoveTempFiles(outputs.list()...)
		os.Exit(exitSignal)
	})
	// NEWSARC_CPUPROFILE=file writes a CPU profile, for `go tool pprof`.
	if path := os.Getenv("NEWSARC_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer f.Close()
		}
	}
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	pprof.StopCPUProfile()
	cancel()
	os.Exit(code)
}

// onSignals cancels the run at the first signal (Ctrl-C, kill, a closed
// terminal): it ends cleanly, writing nothing. A second signal calls abort,
// for a run blocked where it cannot see the first (a write to a pipe no
// one reads).
func onSignals(sigs <-chan os.Signal, cancel, abort func()) {
	<-sigs
	cancel()
	<-sigs
	abort()
}

// outputs are the files this run writes, whose temporary files abort
// removes.
var outputs pathList

type pathList struct {
	mu    sync.Mutex
	paths []string
}

func (l *pathList) add(paths ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.paths = append(l.paths, paths...)
}

func (l *pathList) list() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.paths...)
}
