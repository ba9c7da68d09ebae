#!/usr/bin/env bash
# Times the HTML reader end to end on one core, as a user runs it: `newsarc
# convert --from html --to json --each -o DIR PAGES…` on pages as heavy as
# real news sites serve (scripts/genheavy: the quality corpus's articles in
# six site families, 194 pages, 32 MB) or on the pages in PAGES, side by
# side with go-readability doing the same job (scripts/readerbench/
# readability: a JSON file per page). Each runs RUNS times pinned to the
# core PIN (taskset) under GNU time; the medians are printed with MB/s of HTML. Then
# scripts/readerbench on the same pages, in memory: newsarc next to the
# bare tokenizer, html.Parse and go-readability.
#
#   scripts/bench-heavy.sh
#   RUNS=7 PIN=1 PAGES=~/saved-pages scripts/bench-heavy.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PIN=${PIN:-0}
command -v taskset >/dev/null || { echo "needs taskset (util-linux)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/newsarc" ./cmd/newsarc
(cd scripts/readerbench && go build -o "$work/readability" ./readability)
. scripts/lib.sh

pages=${PAGES:-}
if [ -z "$pages" ]; then
	pages=$work/pages
	go run ./scripts/genheavy -o "$pages" >/dev/null
fi
mapfile -t files < <(find "$pages" -maxdepth 1 -type f \( -name '*.html' -o -name '*.htm' \) | sort)
bytes=$(cat "${files[@]}" | wc -c)
awk -v n="${#files[@]}" -v b="$bytes" -v pin="$PIN" 'BEGIN {printf "%d pages, %.1f MB, one core (CPU %s); outputs replaced from the second run on\n", n, b / 1e6, pin}'

# mbps LABEL: MB/s of HTML over the wall and CPU times that measure set.
mbps() { awk -v l="$1" -v b="$bytes" -v w="$WALL" -v c="$CPU" 'BEGIN {printf "  %-32s %6.1f MB/s wall  %6.1f MB/s CPU\n", l, b / 1e6 / w, b / 1e6 / c}'; }

measure newsarc "${#files[@]}" taskset -c "$PIN" "$work/newsarc" convert -q --from html --to json --each -o "$work/newsarc-out" "${files[@]}"
mbps "newsarc convert --each, JSON"
newsarc_wall=$WALL
measure readability "${#files[@]}" taskset -c "$PIN" "$work/readability" -o "$work/readability-out" "${files[@]}"
mbps "go-readability, JSON"
awk -v a="$newsarc_wall" -v b="$WALL" 'BEGIN {printf "newsarc over go-readability, end to end: %.2f×\n\n", b / a}'
(cd scripts/readerbench && go build -o "$work/readerbench" . && taskset -c "$PIN" "$work/readerbench" -rounds "${ROUNDS:-7}" "${files[@]}")
