package hostile

import (
	"os"
	"path/filepath"
)

// DamagedArchive copies the sample archive (testdata/archive) into dir and
// damages it as archives come damaged: export.jsonl ends in a line cut
// short (line 10), crawl.warc.gz in garbage that is not a gzip member, and
// broken.zip is a zip cut after its first bytes. A digest reports each
// (export.jsonl:10:…, crawl.warc.gz#…, broken.zip) and keeps the rest.
func DamagedArchive(sample, dir string) error {
	if err := os.CopyFS(dir, os.DirFS(sample)); err != nil {
		return err
	}
	for name, data := range map[string]string{
		"export.jsonl":  `{"schema":1,"id":"cut","title":"Bài bị cắt` + "\n",
		"crawl.warc.gz": "\x1f\x8b\x08\x00garbage that is not a gzip member",
	} {
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		_, err = f.WriteString(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "broken.zip"), []byte("PK\x03\x04 truncated"), 0o644)
}
