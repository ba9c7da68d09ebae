package main

import (
	"context"
	"fmt"
	"os"
	"runtime"

	"github.com/newsarc/newsarc/pkg/convert"
	"github.com/newsarc/newsarc/pkg/news"
)

func main() {
	c := convert.New(convert.Options{})
	col, err := c.ReadFiles(context.Background(), []string{os.Args[1]}, convert.Source{})
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(err, len(col.Articles), "heap after read MB:", ms.HeapAlloc>>20)
	_ = news.Collection{}
	runtime.KeepAlive(col)
}
