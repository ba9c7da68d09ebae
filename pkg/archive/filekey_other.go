//go:build !unix

package archive

import "io/fs"

// fileKey identifies a directory however it is reached. Without device and
// inode numbers only loops (a directory inside itself) are detected.
type fileKey struct{}

func keyOf(fs.FileInfo) (fileKey, bool) { return fileKey{}, false }
