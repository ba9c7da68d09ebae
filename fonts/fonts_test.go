package fonts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEmbeddedCoverVietnamese(t *testing.T) {
	if n := utf8.RuneCountInString(Vietnamese); n != 2*(67+22) {
		t.Fatalf("Vietnamese alphabet has %d letters, want %d", n, 2*(67+22))
	}
	for _, fam := range []*Family{Serif(), Sans()} {
		for _, s := range Styles {
			if err := CheckVietnamese(fam.TTF(s)); err != nil {
				t.Errorf("%s-%s: %v", fam.Name, s.Suffix(), err)
			}
		}
	}
}

func TestLoadReportsMissingLetters(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir, "Nope"); err == nil {
		t.Fatal("Load of a missing family succeeded")
	}
	// A CFF OpenType file is refused by its tag.
	if err := os.WriteFile(filepath.Join(dir, "Cff-Regular.ttf"), []byte("OTTO\x00\x00\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir, "Cff"); err == nil || !strings.Contains(err.Error(), "TrueType") {
		t.Fatalf("CFF font: err = %v", err)
	}
	// The embedded Regular alone loads, and the other styles fall back to it.
	if err := os.WriteFile(filepath.Join(dir, "Mine-Regular.ttf"), Serif().TTF(Regular), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(dir, "Mine")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.TTF(BoldItalic)) == 0 {
		t.Fatal("BoldItalic did not fall back to Regular")
	}
}

func TestCoverage(t *testing.T) {
	c, err := NewCoverage(Serif().TTF(Regular))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "Aệ" {
		if !c.Has(r) {
			t.Errorf("Has(%q) = false", r)
		}
	}
	for _, r := range "漢😀" {
		if c.Has(r) {
			t.Errorf("Has(%q) = true, want false", r)
		}
	}
}
