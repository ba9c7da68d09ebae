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
. scripts/lib.sh

for n in $SIZES; do
	dir="$ARCHIVES/$n"
	if [ ! -f "$dir/export.jsonl" ]; then
		rm -rf "$dir"
		go run ./scripts/genarchive -n "$n" -o "$dir"
	fi
	measure "html→pdf" "$n" "$work/newsarc" digest -q --month 2023-07 -o "$work/d.pdf" "$dir/pages"
	measure "jsonl→pdf" "$n" "$work/newsarc" digest -q --month 2023-07 -o "$work/d.pdf" "$dir/export.jsonl"
done
