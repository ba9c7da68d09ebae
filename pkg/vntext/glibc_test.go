package vntext

import (
	"bytes"
	"os/exec"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// The TCVN3 letters (bytes 0xA1–0xFF of TCVN 5712:1993, the part the ABC
// fonts use) agree with glibc's independent TCVN5712-1 converter. The
// capitals of 0x80–0x9F (VN1 only) and the combining marks of 0xB0–0xB4 are
// left out: TCVN3 fonts do not use them.
func TestTCVN3AgreesWithGlibc(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed")
	}
	var raw []byte
	for b := 0xA1; b <= 0xFF; b++ {
		if b < 0xB0 || b > 0xB4 {
			raw = append(raw, byte(b), ' ')
		}
	}
	cmd := exec.Command("iconv", "-f", "TCVN5712-1", "-t", "UTF-8")
	cmd.Stdin = bytes.NewReader(raw)
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("glibc iconv has no TCVN5712-1: %v", err)
	}
	want := norm.NFC.String(string(out))
	got, _, err := Decode(raw, Hints{Force: TCVN3})
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		gr, wr := []rune(got), []rune(want)
		for i := range min(len(gr), len(wr)) {
			if gr[i] != wr[i] {
				t.Fatalf("first difference at rune %d: ours %q, glibc %q", i, gr[i], wr[i])
			}
		}
		t.Fatalf("lengths differ: ours %d runes, glibc %d", len(gr), len(wr))
	}
}
