package harvest_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/newsarc/newsarc/internal/newssite"
	"github.com/newsarc/newsarc/pkg/harvest"
	"github.com/newsarc/newsarc/pkg/news"
)

// Harvest July 2023 from a site into july.warc.gz, which a digest reads.
func ExampleRun() {
	site := httptest.NewServer(newssite.New(newssite.Config{ // a generated news site on loopback
		From: time.Date(2023, 7, 30, 0, 0, 0, 0, newssite.ICT), To: time.Date(2023, 8, 2, 0, 0, 0, 0, newssite.ICT),
	}))
	defer site.Close()
	dir, _ := os.MkdirTemp("", "harvest")
	defer os.RemoveAll(dir)

	ict := time.FixedZone("ICT", 7*3600)
	rep, err := harvest.Run(context.Background(), harvest.Options{
		Period: news.Period{Start: time.Date(2023, 7, 1, 0, 0, 0, 0, ict), End: time.Date(2023, 8, 1, 0, 0, 0, 0, ict)},
		Sites:  []string{site.URL},
		Output: filepath.Join(dir, "july.warc.gz"),
		Delay:  10 * time.Millisecond, // loopback: for a real site leave it 0, which is 1 s
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d pages kept, %d not, %d failed, written to %s\n", rep.Kept, len(rep.Wasted), len(rep.Failures), filepath.Base(rep.Output[0]))
	fmt.Println("URLs not fetched as out of period:", rep.Skipped[harvest.SkipOutOfPeriod])
	// Output:
	// 8 pages kept, 5 not, 0 failed, written to july.warc.gz
	// URLs not fetched as out of period: 4
}
