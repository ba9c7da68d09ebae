package epub

import (
	"testing"
	"time"
)

func TestDosTime(t *testing.T) {
	for _, tc := range []struct {
		in         time.Time
		date, time uint16
	}{
		{time.Date(2023, 8, 1, 1, 0, 0, 0, time.UTC), 43<<9 | 8<<5 | 1, 1 << 11},
		{time.Date(2023, 8, 1, 8, 0, 59, 0, time.FixedZone("ICT", 7*3600)), 43<<9 | 8<<5 | 1, 1<<11 | 29},
		{time.Time{}, 1<<5 | 1, 0},
	} {
		d, c := dosTime(tc.in)
		if d != tc.date || c != tc.time {
			t.Errorf("dosTime(%v) = %#x %#x, want %#x %#x", tc.in, d, c, tc.date, tc.time)
		}
	}
}
