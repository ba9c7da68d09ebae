//go:build race

package harvest_test

// raceEnabled: the race detector slows everything down several times, so
// speed is not measured under it.
const raceEnabled = true
