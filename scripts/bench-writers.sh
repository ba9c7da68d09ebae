#!/usr/bin/env bash
# Times the CLI writing each format from the same input: the seed article
# (testdata/articles/seed-giao-ban.json, one page with a picture) and a
# digest of synthetic Vietnamese articles (internal/corpus via
# cmd/gencorpus, ~800 words each, a July 2023 collection):
#
#   newsarc convert -q INPUT -o out.FORMAT
#
# for pdf (the reference), html, md and docx, RUNS runs each under GNU time
# -v, printing the median wall time, CPU time (user + system), peak RSS and
# the size of the output. It reports figures only: on a machine shared with
# other work, read the wall times with the load average printed first.
#
#   scripts/bench-writers.sh
#   RUNS=5 SIZES="1000 5000" FORMATS="html docx" scripts/bench-writers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=${SIZES:-1000}
FORMATS=${FORMATS:-pdf html md docx}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/newsarc" ./cmd/newsarc
go build -o "$work/gencorpus" ./cmd/gencorpus

. scripts/lib.sh

size() { stat -c %s "$1" | awk '{printf "%.2f MB", $1 / 1e6}'; }

seed=testdata/articles/seed-giao-ban.json
for f in $FORMATS; do
	measure "seed $f" 1 "$work/newsarc" convert -q "$seed" -o "$work/seed.$f"
	echo "   $(size "$work/seed.$f")"
done
for n in $SIZES; do
	"$work/gencorpus" -n "$n" -o "$work/c$n.json"
	for f in $FORMATS; do
		measure "$n $f" "$n" "$work/newsarc" convert -q "$work/c$n.json" -o "$work/c$n.$f"
		echo "   $(size "$work/c$n.$f")"
	done
done
