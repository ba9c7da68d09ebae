//go:build linux

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Signals are tested on the built command: a signal ends a process, and
// only a process shows how.

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

func buildCLI(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "newsarc-cli-")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "newsarc")
		out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary != "" {
		os.RemoveAll(filepath.Dir(binary))
	}
	os.Exit(code)
}

// started runs the CLI and waits until it has installed its signal
// handlers (a signal before that would kill it, which is not what is
// tested).
func started(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	catching(t, cmd, syscall.SIGINT, syscall.SIGHUP)
}

// catching waits until the process catches sigs.
func catching(t *testing.T, cmd *exec.Cmd, sigs ...syscall.Signal) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if caught := signalMask(cmd, "SigCgt"); caught != 0 {
			all := true
			for _, s := range sigs {
				all = all && caught&(1<<(s-1)) != 0
			}
			if all {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the command never caught %v", sigs)
}

// signalMask reads a signal mask (SigCgt, SigIgn) of a running process.
func signalMask(cmd *exec.Cmd, name string) uint64 {
	status, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
	for _, line := range strings.Split(string(status), "\n") {
		if mask, ok := strings.CutPrefix(line, name+":"); ok {
			m, _ := strconv.ParseUint(strings.TrimSpace(mask), 16, 64)
			return m
		}
	}
	return 0
}

// exitCode waits for the process, at most d.
func exitCode(t *testing.T, cmd *exec.Cmd, d time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				t.Fatalf("killed by %v instead of exiting", ws.Signal())
			}
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(d):
		t.Fatalf("still running %v after the signal", d)
		return 0
	}
}

// Item 4 and 11 of issue 10: with an idle standard input, Ctrl-C did
// nothing (the blocked read never looked at it), and closing the terminal
// (SIGHUP) was not handled at all. Both end the run now, writing nothing.
func TestSignalsEndABlockedRead(t *testing.T) {
	bin := buildCLI(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.txt")
			os.WriteFile(out, []byte("old"), 0o644)
			cmd := exec.Command(bin, "convert", "-", "-o", out)
			stdin, _ := cmd.StdinPipe() // open, and nothing ever comes
			defer stdin.Close()
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			started(t, cmd)
			time.Sleep(100 * time.Millisecond) // into the read
			cmd.Process.Signal(sig)
			if code := exitCode(t, cmd, 5*time.Second); code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if got := stderr.String(); got != "newsarc: interrupted; no output was written\n" {
				t.Errorf("stderr %q", got)
			}
			wantOnly(t, dir, "out.txt")
			if b, _ := os.ReadFile(out); string(b) != "old" {
				t.Errorf("the output became %q", b)
			}
		})
	}
}

// Under nohup, a closed terminal must not end the run: an ignored SIGHUP
// stays ignored.
func TestNohupKeepsSIGHUPIgnored(t *testing.T) {
	bin := buildCLI(t)
	cmd := exec.Command("sh", "-c", `trap "" HUP; exec "$0" "$@"`, bin, "convert", "-", "--to", "text")
	stdin, _ := cmd.StdinPipe()
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	for exe := ""; exe != bin; exe, _ = os.Readlink(fmt.Sprintf("/proc/%d/exe", cmd.Process.Pid)) {
		time.Sleep(10 * time.Millisecond) // until the shell has become newsarc
	}
	catching(t, cmd, syscall.SIGINT)
	time.Sleep(200 * time.Millisecond) // the handlers are installed together
	if signalMask(cmd, "SigIgn")&(1<<(syscall.SIGHUP-1)) == 0 {
		t.Fatal("SIGHUP is not ignored")
	}
	cmd.Process.Signal(syscall.SIGHUP)
	time.Sleep(100 * time.Millisecond)
	doc, _ := os.ReadFile(seed)
	stdin.Write(doc)
	stdin.Close()
	if code := exitCode(t, cmd, 10*time.Second); code != 0 || !strings.Contains(stdout.String(), "Thường trực Ban Bí thư") {
		t.Errorf("exit %d, stdout %.100q", code, stdout.String())
	}
}

// Item 4: a second signal ends the process at once with 130, even when it
// is blocked where the first cannot reach (writing to a pipe no one reads).
func TestSecondSignalEndsAtOnce(t *testing.T) {
	bin := buildCLI(t)
	var lines []string
	for i := range 2000 {
		lines = append(lines, article(fmt.Sprint("a", i), "Tin số "+strconv.Itoa(i), "2023-07-05T08:00:00+07:00"))
	}
	in := write(t, filepath.Join(t.TempDir(), "many.jsonl"), strings.Join(lines, "\n")+"\n")
	cmd := exec.Command(bin, "convert", in, "--to", "json")
	stdout, _ := cmd.StdoutPipe()
	started(t, cmd)
	// Read the first bytes, then no more: the command blocks in a write.
	if _, err := io.ReadFull(stdout, make([]byte, 1024)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	time.Sleep(300 * time.Millisecond)
	if cmd.ProcessState != nil {
		t.Fatal("ended at the first signal: the test did not block it")
	}
	cmd.Process.Signal(syscall.SIGINT)
	if code := exitCode(t, cmd, 5*time.Second); code != exitSignal {
		t.Errorf("exit %d, want %d", code, exitSignal)
	}
}

// The second signal's handler: cancel first, abort second.
func TestOnSignals(t *testing.T) {
	sigs := make(chan os.Signal, 2)
	ctx, cancel := context.WithCancel(context.Background())
	aborted := make(chan bool)
	go onSignals(sigs, cancel, func() { close(aborted) })
	sigs <- syscall.SIGINT
	<-ctx.Done()
	select {
	case <-aborted:
		t.Fatal("aborted at the first signal")
	case <-time.After(50 * time.Millisecond):
	}
	sigs <- syscall.SIGHUP
	select {
	case <-aborted:
	case <-time.After(5 * time.Second):
		t.Fatal("the second signal did not abort")
	}
}
