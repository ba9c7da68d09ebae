package html

import "testing"

func TestStripRaw(t *testing.T) {
	for in, want := range map[string]string{
		`<p>a</p><script>var x = "<p>no</p>";</script><p>b</p>`:         `<p>a</p><script></script><p>b</p>`,
		`<SCRIPT type="text/javascript">x()</SCRIPT><Style>p{}</Style>`: `<SCRIPT type="text/javascript"></SCRIPT><Style></Style>`,
		`<script type="application/ld+json">{"a":1}</script>`:           `<script type="application/ld+json">{"a":1}</script>`,
		`<!-- <script src=x> --><p>kept</p><script>y()</script>`:        `<!-- <script src=x> --><p>kept</p><script></script>`,
		`<svg viewBox="0 0 1 1"><path d="M0"/></svg><p>c</p>`:           `<svg viewBox="0 0 1 1"></svg><p>c</p>`,
		`<scripts>not a script</scripts><p>d</p>`:                       `<scripts>not a script</scripts><p>d</p>`,
		`<p>unclosed</p><script>z()`:                                    `<p>unclosed</p><script>z()`,
		`<svg/><p>e</p>`:                                                `<svg/><p>e</p>`,
		`<style>.t{font-family:.VnTime}</style><style>.u{}</style>`:     `<style>.t{font-family:.VnTime}</style><style></style>`,
	} {
		if got := string(stripRaw([]byte(in))); got != want {
			t.Errorf("%s\n got %s\nwant %s", in, got, want)
		}
	}
}

func TestMayHaveLegacyFonts(t *testing.T) {
	for page, want := range map[string]bool{
		`<font face=".VnTime">`: true, `font-family:.VnArialH`: true, `<font face="VNI-Times">`: true, `Vni-Helve`: true,
		`https://baomoi.vn/`: false, `.Vnx`: false, `.vn/Ha`: false, `VNI`: false, `.V`: false, `V`: false, ``: false,
		`ĐỀ ÁN .VnTimeH`: true, `Việt Nam .Vn`: false,
	} {
		if got := mayHaveLegacyFonts([]byte(page)); got != want {
			t.Errorf("mayHaveLegacyFonts(%q) = %v", page, got)
		}
	}
}
