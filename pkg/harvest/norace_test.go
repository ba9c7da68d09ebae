//go:build !race

package harvest_test

const raceEnabled = false
