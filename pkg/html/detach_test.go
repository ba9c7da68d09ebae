package html

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/newsarc/newsarc/pkg/news"
)

// detach leaves no string of an article in the page's memory, whatever
// fields news.Article has: every string reachable from an article, filled
// here by reflection with pieces of one "page", is copied.
func TestDetachCopiesEveryString(t *testing.T) {
	page := strings.Repeat("page text ", 1000)
	var a news.Article
	k := 0
	fill(reflect.ValueOf(&a).Elem(), func() string { k++; return page[k : k+5] })
	detach(&a)
	lo := uintptr(unsafe.Pointer(unsafe.StringData(page)))
	n := 0
	visit(reflect.ValueOf(&a).Elem(), func(s string) {
		n++
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < lo+uintptr(len(page)) {
			t.Errorf("%q is still in the page", s)
		}
		if !strings.Contains(page, s) {
			t.Errorf("%q is not what it was", s)
		}
	})
	if n < 20 {
		t.Fatalf("only %d strings filled", n)
	}
}

// fill sets every string v holds, making one element of each slice and
// one value of each pointer. Named string types (news.BlockKind) are
// enumerations, not text.
func fill(v reflect.Value, piece func() string) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeFor[string]() {
			v.SetString(piece())
		}
	case reflect.Pointer:
		if v.Type().Elem().Kind() == reflect.Struct {
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem(), piece)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), piece)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), piece)
			}
		}
	}
}

func visit(v reflect.Value, f func(string)) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeFor[string]() {
			f(v.String())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			visit(v.Elem(), f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			visit(v.Index(i), f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				visit(v.Field(i), f)
			}
		}
	}
}
