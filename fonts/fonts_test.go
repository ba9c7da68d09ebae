package fonts

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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

func TestFallbacksCoverSymbols(t *testing.T) {
	var covs []*Coverage
	for _, f := range Fallbacks() {
		c, err := NewCoverage(f.TTF(BoldItalic)) // every style is the one file
		if err != nil {
			t.Fatal(err)
		}
		covs = append(covs, c)
	}
	for _, r := range "→←≥≤≠≈√∞■□●○★☆✓✔♥" {
		found := false
		for _, c := range covs {
			found = found || c.Has(r)
		}
		if !found {
			t.Errorf("no fallback font has %q", r)
		}
	}
}

func TestEmbeddedFamiliesAreShared(t *testing.T) {
	if Serif() != Serif() || Sans() != Sans() {
		t.Fatal("embedded families are read again on every call")
	}
}

func TestLoadAcceptsPlainName(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Plain.ttf"), Sans().TTF(Regular), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(dir, "Plain")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.TTF(Bold)) == 0 {
		t.Fatal("Bold did not fall back to Plain.ttf")
	}
}

// TestLoadNamesMissingLetters cuts the cmap of a real font so that it lacks
// letters, as Caladea does, and expects them named in the error.
func TestLoadNamesMissingLetters(t *testing.T) {
	b, err := os.ReadFile("NotoSansSymbols2-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Sym-Regular.ttf"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(dir, "Sym")
	if err == nil || !strings.Contains(err.Error(), "Vietnamese letters") || !strings.Contains(err.Error(), "ệ") {
		t.Fatalf("err = %v, want the missing letters named", err)
	}
}

// TestReadmeChecksums keeps the README's table true to the embedded files.
func TestReadmeChecksums(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.ttf")
	if len(files) != 10 {
		t.Fatalf("%d font files, the README lists 10", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		row := fmt.Sprintf("| %s | ", f)
		i := strings.Index(string(readme), row)
		if i < 0 || !strings.Contains(strings.SplitN(string(readme[i:]), "\n", 2)[0], hex.EncodeToString(sum[:])) {
			t.Errorf("README.md has no row for %s with sha256 %x", f, sum)
		}
	}
}

func TestGap(t *testing.T) {
	cov, err := NewCoverage(Serif().TTF(Regular))
	if err != nil {
		t.Fatal(err)
	}
	tally := func(s string) *Gap {
		var g Gap
		for _, r := range s {
			g.Add(r, cov.Has(r))
		}
		return &g
	}
	ko := tally("서울시, 내년 예산 47조 원 편성 (Seoul) 😀")
	if !ko.Most() || ko.Script() != "Hangul" || ko.Letters != 16 || ko.Missing != 11 {
		t.Errorf("Korean: %+v, script %q", ko, ko.Script())
	}
	vi := tally("Ông Tập Cận Bình (习近平) thăm Việt Nam")
	if vi.Most() || vi.Script() != "Han" || vi.Missing != 3 {
		t.Errorf("a Vietnamese sentence with a Chinese name: %+v, script %q", vi, vi.Script())
	}
	if none := tally("Hà Giang 2023 → ✓"); none.Missing != 0 || none.Script() != "" || none.Percent() != 0 {
		t.Errorf("Vietnamese: %+v", none)
	}
}
