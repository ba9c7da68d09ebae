package html

import "golang.org/x/net/html"

// parseDoc is how the reader parses a page: build, which cannot fail, with
// the attributes that the reader and its profiles read; release recycles
// the tree, which must not be used after. A page that keeps more than 512
// elements open at once, which html.Parse refuses, is read with the
// elements past maxDepth flattened. The tests hold build to html.Parse's
// results (TestBuildMatchesParse).
var parseDoc = func(text []byte, keep map[string]bool) (doc *html.Node, release func()) {
	return buildKeeping(text, keep)
}
