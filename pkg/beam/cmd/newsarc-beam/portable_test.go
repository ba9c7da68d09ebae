//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// freePort returns a loopback port nobody listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// start runs a server command until the test ends and waits for its port.
func start(t *testing.T, port int, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(bin[name], args...)
	cmd.Dir = t.TempDir()
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // its workers with it
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
		if t.Failed() {
			t.Logf("%s:\n%s", name, log.String())
		}
	})
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s does not listen on %d", name, port)
		}
	}
}

// The portable path, as on a Flink or Spark cluster: the job is submitted
// to a stand-alone job server (Prism's, which speaks the same Job and
// Artifact API as Flink's and Spark's), its workers in this process
// (LOOPBACK), then in separate processes started by Beam's worker pool
// from the --worker_binary (EXTERNAL, the sidecar of Flink on Kubernetes).
// Each run writes the bytes of the in-process one.
func TestPortableJobServer(t *testing.T) {
	abs, _ := filepath.Abs(sample) // the workers may run elsewhere
	want := t.TempDir()
	if code, stderr := command(t, "newsarc-beam", "--input", abs, "--output", want, "--month", "2023-07", "--formats", "jsonl,pdf"); code != exitOK {
		t.Fatalf("in process: exit %d\n%s", code, stderr)
	}
	jobs := freePort(t)
	start(t, jobs, "prism", fmt.Sprintf("--job_port=%d", jobs), fmt.Sprintf("--web_port=%d", freePort(t)))
	endpoint := fmt.Sprintf("--endpoint=localhost:%d", jobs)
	runs := [][]string{
		{"--runner=universal", endpoint, "--environment_type=LOOPBACK"},
		{"--runner=flink", endpoint, "--environment_type=LOOPBACK"},
	}
	// The worker pool listens on port 50000, always.
	if l, err := net.Listen("tcp", "127.0.0.1:50000"); err != nil {
		t.Logf("port 50000 is taken: no run with the worker pool (%v)", err)
	} else {
		l.Close()
		start(t, 50000, "boot", "--worker_pool")
		runs = append(runs, []string{"--runner=universal", endpoint, "--environment_type=EXTERNAL", "--environment_config=localhost:50000", "--worker_binary=" + bin["newsarc-beam"]})
	}
	for _, runner := range runs {
		out := t.TempDir()
		args := append([]string{"--input", abs, "--output", out, "--month", "2023-07", "--formats", "jsonl,pdf"}, runner...)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		var stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, bin["newsarc-beam"], args...)
		cmd.Stderr = &stderr
		err := cmd.Run()
		cancel()
		if err != nil {
			t.Fatalf("%q: %v\n%s", runner, err, stderr.String())
		}
		for _, f := range []string{"2023-07.jsonl", "2023-07.pdf"} {
			a, _ := os.ReadFile(filepath.Join(want, "hagiangtv.vn", f))
			b, _ := os.ReadFile(filepath.Join(out, "hagiangtv.vn", f))
			if len(a) == 0 || !bytes.Equal(a, b) {
				t.Errorf("%q: %s differs from the in-process run's (%d and %d bytes)", runner, f, len(b), len(a))
			}
		}
	}
}
