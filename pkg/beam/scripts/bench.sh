#!/usr/bin/env bash
# Times newsarc-beam on Prism, in one process, against `newsarc digest
# --split site` on the same generated crawl: SIZES pages (about 100 KB
# each) of 4 sites over May to August 2023 in 32 .warc.gz files
# (scripts/genarchive -warc), July's digest of every site in FORMATS. Each
# command runs RUNS times under GNU time -v on 1 and 2 cores (taskset, and
# as many parsing workers, --jobs); it prints the medians of wall time, CPU
# time, peak RSS and pages read per second, and the pipeline's share of
# the CLI's pages/s.
# MONTH=all digests every month instead (the pipeline only: the CLI makes
# one period at a time).
#
#   pkg/beam/scripts/bench.sh
#   RUNS=5 SIZES="10000 50000" FORMATS=jsonl,pdf pkg/beam/scripts/bench.sh
#
# Crawls are kept in $ARCHIVES (default /tmp/newsarc-crawls): 50,000 pages
# take 570 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=${SIZES:-10000}
FORMATS=${FORMATS:-jsonl}
MONTH=${MONTH:-2023-07}
WORKERS=${WORKERS:-1 2}
ARCHIVES=${ARCHIVES:-/tmp/newsarc-crawls}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/newsarc-beam" ./cmd/newsarc-beam
(cd ../.. && go build -o "$work/newsarc" ./cmd/newsarc)
. ../../scripts/lib.sh

for n in $SIZES; do
	dir="$ARCHIVES/$n"
	if [ ! -f "$dir/.expected.json" ]; then
		rm -rf "$dir"
		(cd ../.. && go run ./scripts/genarchive -warc -n "$n" -sites 4 -files 32 -o "$dir")
	fi
	docs=$(awk -F': ' '/"html_records"/ {print $2 + 0}' "$dir/.expected.json")
	echo "== $n pages ($docs with the second crawls, $(du -sh "$dir" | cut -f1)), $MONTH, $FORMATS"
	for w in $WORKERS; do
		cores=(taskset -c "$(seq -s, 0 $((w - 1)))")
		period=(--month "$MONTH")
		if [ "$MONTH" = all ]; then
			period=()
		else
			measure "cli $w" "$docs" "${cores[@]}" "$work/newsarc" digest -q -j "$w" "${period[@]}" --split site --to "$FORMATS" -o "$work/cli" "$dir"
			cli=$WALL
		fi
		measure "beam $w" "$docs" "${cores[@]}" "$work/newsarc-beam" --quiet --jobs "$w" --input "$dir" --output "$work/beam" "${period[@]}" --formats "$FORMATS"
		if [ "$MONTH" != all ]; then
			awk -v c="$cli" -v b="$WALL" 'BEGIN { printf "pipeline / CLI pages/s: %.0f %%\n", 100 * c / b }'
		fi
	done
done
