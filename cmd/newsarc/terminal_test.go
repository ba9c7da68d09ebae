//go:build linux

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// pty opens a pseudo-terminal and returns its terminal side.
func pty(t *testing.T) *os.File {
	t.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	fd := int(ptmx.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Skipf("ptsname: %v", err)
	}
	tty, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open the terminal side: %v", err)
	}
	t.Cleanup(func() { tty.Close() })
	return tty
}

// On a terminal, convert with no INPUT prints its usage instead of
// waiting for standard input (exit 2); /dev/null is no terminal: it is
// read, and is empty.
func TestNoInputOnATerminalPrintsUsage(t *testing.T) {
	tty := pty(t)
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"newsarc", "convert", "--to", "text"}, tty, &out, &errb)
	stderr := errb.String()
	wantRun(t, code, 2, stderr, "USAGE:", "newsarc convert [command options] [INPUT...]", "--urls FILE",
		"newsarc: convert: no INPUT given (a file, a URL, or - for standard input)")
	if !strings.HasSuffix(stderr, "newsarc: convert: no INPUT given (a file, a URL, or - for standard input)\n") || out.Len() != 0 {
		t.Errorf("the error is not the last line, or stdout has %q:\n%s", out.String(), stderr)
	}
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	errb.Reset()
	code = run(context.Background(), []string{"newsarc", "convert", "--to", "text"}, null, &out, &errb)
	wantRun(t, code, 1, errb.String(), "newsarc: -: empty input")
}

// The bash completion script completes commands and visible flags by
// asking the built command, and leaves file names to bash.
func TestBashCompletion(t *testing.T) {
	bin := buildCLI(t)
	script := filepath.Join(t.TempDir(), "newsarc.bash")
	out, err := exec.Command(bin, "completion", "bash").Output()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(script, out, 0o644)
	complete := func(words ...string) string {
		t.Helper()
		cmd := exec.Command("bash", "--norc", "-c", `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($#-1)); _newsarc_complete; echo "${COMPREPLY[*]}"`,
			"bash", script)
		cmd.Args = append(cmd.Args, words...)
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+":"+os.Getenv("PATH"))
		b, err := cmd.Output()
		if err != nil {
			t.Fatalf("bash: %v", err)
		}
		return strings.TrimSpace(string(b))
	}
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"newsarc", "di"}, "digest"},
		{[]string{"newsarc", "co"}, "convert completion"},
		{[]string{"newsarc", "digest", "--un"}, "--until --undated"},
		{[]string{"newsarc", "digest", "--fr"}, ""}, // --from is hidden: deprecated
		{[]string{"newsarc", "convert", "--ur"}, "--url --urls"},
		{[]string{"newsarc", "convert", "seed"}, ""}, // file names are bash's
	} {
		if got := complete(tc.words...); got != tc.want {
			t.Errorf("%q: completions %q, want %q", tc.words, got, tc.want)
		}
	}
}
