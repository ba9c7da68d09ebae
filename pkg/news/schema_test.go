package news_test

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsarc/newsarc/pkg/news"
)

// The shipped JSON Schema names exactly the fields the Go model encodes.
func TestSchemaMatchesModel(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	for def, typ := range map[string]reflect.Type{
		"article":    reflect.TypeFor[news.Article](),
		"collection": reflect.TypeFor[news.Collection](),
		"block":      reflect.TypeFor[news.Block](),
		"span":       reflect.TypeFor[news.Span](),
		"image":      reflect.TypeFor[news.Image](),
		"grid":       reflect.TypeFor[news.Grid](),
		"cell":       reflect.TypeFor[news.Cell](),
	} {
		var want []string
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			want = append(want, name)
		}
		if def == "article" || def == "collection" {
			want = append(want, "schema")
		}
		var got []string
		for k := range schema.Defs[def].Properties {
			got = append(got, k)
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("schema %s has %v, the model has %v", def, got, want)
		}
	}
}
