#!/usr/bin/env bash
# Times `newsarc digest` on generated archives: SIZES saved HTML pages of
# about 100 KB each (scripts/genarchive: the articles of internal/corpus in a
# provincial site's chrome), 31% of them published in July 2023, and the
# same articles as one JSON Lines export. For each size it builds July's
# digest PDF from the pages and from the export, RUNS times under GNU time
# -v, and prints the median wall time, CPU time, peak RSS and pages/s.
#
#   scripts/bench-digest.sh
#   RUNS=3 SIZES="1000 10000 30000" scripts/bench-digest.sh
#
# Archives are kept in $ARCHIVES (default /tmp/newsarc-bench) between runs:
# 10,000 pages take 1.1 GB.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=${SIZES:-1000 10000}
ARCHIVES=${ARCHIVES:-/tmp/newsarc-bench}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/newsarc" ./cmd/newsarc
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(go version | cut -d' ' -f3)"

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# measure LABEL N COMMAND...: RUNS runs under time -v; prints the medians.
measure() {
	local label=$1 n=$2
	shift 2
	local walls=() cpus=() rss=()
	for ((i = 0; i < RUNS; i++)); do
		if ! /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; then
			cat "$work/stderr" >&2
			exit 1
		fi
		walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")")
		cpus+=("$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$work/time")")
		rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")")
	done
	awk -v l="$label" -v n="$n" -v w="$(median "${walls[@]}")" -v cpu="$(median "${cpus[@]}")" -v kb="$(median "${rss[@]}")" -v runs="${walls[*]}" 'BEGIN {
		printf "%-12s %6d documents  %6.2f s wall  %6.2f s CPU  %5.0f MB peak RSS  %6.0f documents/s  (walls: %s)\n", l, n, w, cpu, kb / 1024, n / w, runs
	}'
}

for n in $SIZES; do
	dir="$ARCHIVES/$n"
	if [ ! -f "$dir/export.jsonl" ]; then
		rm -rf "$dir"
		go run ./scripts/genarchive -n "$n" -o "$dir"
	fi
	measure "html→pdf" "$n" "$work/newsarc" digest -q --month 2023-07 -o "$work/d.pdf" "$dir/pages"
	measure "jsonl→pdf" "$n" "$work/newsarc" digest -q --month 2023-07 -o "$work/d.pdf" "$dir/export.jsonl"
done
