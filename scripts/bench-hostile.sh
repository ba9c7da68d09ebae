#!/usr/bin/env bash
# Times newsarc on the hostile inputs of issue 10 (scripts/genhostile) that
# were once a crash, a hang or a slow path, under GNU time -v, and prints the
# median wall time and peak RSS of each, with the exit code. NEWSARC names
# another build to compare (e.g. one of an older commit); a run is killed
# after LIMIT seconds of CPU (default 200).
#
#   scripts/bench-hostile.sh
#   NEWSARC=/tmp/newsarc-old RUNS=1 scripts/bench-hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
LIMIT=${LIMIT:-200}
INPUTS=${INPUTS:-/tmp/newsarc-hostile}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${NEWSARC:-}
if [ -z "$bin" ]; then
	go build -o "$work/newsarc" ./cmd/newsarc
	bin=$work/newsarc
fi
[ -f "$INPUTS/images.zip" ] || go run ./scripts/genhostile -o "$INPUTS"
. scripts/lib.sh

# hostile LABEL ARGS...: like measure, but a failing run is a result, not
# an error, and a run is killed after LIMIT seconds.
hostile() {
	local label=$1
	shift
	local walls=() rss=() code
	for ((i = 0; i < RUNS; i++)); do
		code=0
		# ulimit -t (CPU seconds) rather than timeout: time must measure
		# newsarc itself, killed or not.
		/usr/bin/time -v -o "$work/time" bash -c 'ulimit -t "$0"; exec "$@"' "$LIMIT" "$bin" "$@" >/dev/null 2>"$work/stderr" || code=$?
		walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")")
		rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$work/time")")
	done
	printf "%-34s %8.2f s  %6.0f MB peak RSS  exit %d  %s\n" "$label" "$(median "${walls[@]}")" "$(median "${rss[@]}")" "$code" \
		"$(tail -n 1 "$work/stderr" | cut -c1-90)"
}

out=$work/out
# An old build grows without end on /dev/zero: 10 s of it tell enough.
LIMIT=10 hostile "1: JSON from /dev/zero → PDF" convert --from json /dev/zero -o "$out.pdf"
hostile "1: a 200 MB title → text" convert "$INPUTS/long-title.jsonl" -o "$out.txt"
hostile "3: 5 million broken lines" digest -q --month 2023-07 -o "$out.txt" "$INPUTS/broken.jsonl"
hostile "3: a zip of broken lines" digest -q --month 2023-07 -o "$out.txt" "$INPUTS/broken.zip"
hostile "5: a 1 MB .warc.gz bomb" digest -q --month 2023-07 -o "$out.txt" "$INPUTS/bomb.warc.gz"
hostile "6: 200,000 members → PDF" digest -q --month 2023-07 -o "$out.pdf" "$INPUTS/images.zip"
hostile "6: 200,000 members → text" digest -q --month 2023-07 -o "$out.txt" "$INPUTS/images.zip"
