//go:build !unix

package convert

// processRuns cannot tell here: temporary files are never taken for stale.
func processRuns(int) bool { return true }
