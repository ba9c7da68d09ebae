// Package tools runs the programs tests check documents with — pdftotext,
// pandoc, LibreOffice, Chromium, the Nu Html Checker — and skips a test
// when one is missing, except where NEWSARC_REQUIRE_TOOLS=1 (CI), where a
// missing tool fails it.
package tools

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Required reports whether missing tools fail tests rather than skip them.
func Required() bool { return os.Getenv("NEWSARC_REQUIRE_TOOLS") == "1" }

// missing skips or fails t for a tool it cannot find.
func missing(t testing.TB, name string, err error) {
	t.Helper()
	if Required() {
		t.Fatalf("%s is required (NEWSARC_REQUIRE_TOOLS=1): %v", name, err)
	}
	t.Skipf("%s not available: %v", name, err)
}

// Need returns the path of a program on PATH, the first of names found.
func Need(t testing.TB, names ...string) string {
	t.Helper()
	var err error
	for _, n := range names {
		var p string
		if p, err = exec.LookPath(n); err == nil {
			return p
		}
	}
	missing(t, names[0], err)
	return ""
}

// Run runs a program and returns its standard output; a failure fails t
// with the program's standard error.
func Run(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("%s %v: %v\n%s\n%s", name, args, err, out, ee.Stderr)
		}
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return out
}

// VNU returns the command line of the Nu Html Checker: java -jar with the
// jar named by NEWSARC_VNU_JAR (as .ci/run installs it from npm's vnu-jar),
// else the "vnu" program.
func VNU(t testing.TB) []string {
	t.Helper()
	if jar := os.Getenv("NEWSARC_VNU_JAR"); jar != "" {
		if _, err := os.Stat(jar); err != nil {
			missing(t, "vnu.jar", err)
		}
		return []string{Need(t, "java"), "-jar", jar}
	}
	if p, err := exec.LookPath("vnu"); err == nil {
		return []string{p}
	}
	missing(t, "the Nu Html Checker", errors.New("set NEWSARC_VNU_JAR to vnu.jar (npm install vnu-jar) or put vnu on PATH"))
	return nil
}

// LibreOffice returns the command line of a headless LibreOffice with a
// profile of its own under dir, so that runs in parallel do not wait on
// one another's lock.
func LibreOffice(t testing.TB, dir string) []string {
	t.Helper()
	soffice := Need(t, "soffice", "libreoffice")
	profile, err := filepath.Abs(filepath.Join(dir, "lo-profile"))
	if err != nil {
		t.Fatal(err)
	}
	return []string{soffice, "-env:UserInstallation=file://" + filepath.ToSlash(profile), "--headless", "--norestore"}
}

// Chromium returns the command line of headless Chromium. The sandbox is
// off: tests run as root in CI, and they open only files they wrote.
func Chromium(t testing.TB) []string {
	t.Helper()
	return []string{Need(t, "chromium", "chromium-browser", "google-chrome"), "--headless", "--no-sandbox", "--disable-gpu",
		"--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage"}
}

// OnlyFonts makes the programs t runs from now on see the fonts in the
// directory of family's regular font and no other, through a fontconfig
// configuration of their own: a machine without the fonts a document names.
func OnlyFonts(t *testing.T, family string) {
	t.Helper()
	file := string(Run(t, Need(t, "fc-match"), "-f", "%{file}", family))
	if base := filepath.Base(file); !strings.HasPrefix(base, strings.ReplaceAll(family, " ", "")) {
		missing(t, family, errors.New("fc-match gives "+file))
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "fonts.conf")
	err := os.WriteFile(conf, []byte(`<?xml version="1.0"?><fontconfig><dir>`+filepath.Dir(file)+
		`</dir><cachedir>`+filepath.Join(dir, "cache")+`</cachedir></fontconfig>`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("FONTCONFIG_FILE", conf)
}

// PDFFonts returns the names of the fonts a PDF uses, as pdffonts lists
// them without their subset tags, sorted, each once.
func PDFFonts(t testing.TB, pdf string) []string {
	t.Helper()
	var names []string
	lines := strings.Split(string(Run(t, Need(t, "pdffonts"), pdf)), "\n")
	for _, line := range lines[min(2, len(lines)):] { // after the header
		if fields := strings.Fields(line); len(fields) > 0 {
			_, name, tagged := strings.Cut(fields[0], "+")
			if !tagged {
				name = fields[0]
			}
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}
