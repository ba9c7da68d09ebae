#!/usr/bin/env bash
# Times the CLI writing a digest EPUB from synthetic Vietnamese articles
# (internal/corpus, ~800 words each, as JSON Lines from cmd/gencorpus):
#
#   newsarc convert --to epub -o out.epub corpus.jsonl
#
# at 100 and 5,000 articles, RUNS runs each under GNU time -v, and prints the
# median wall time, CPU time (user + system), peak RSS and articles per
# second. When pandoc
# is installed it is timed on the same 100 articles (as Markdown) for
# comparison; nothing else depends on it. The machine is shared: the load
# average is printed first; read the wall times with it (CPU time suffers
# less from other work).
#
#   scripts/bench-epub.sh
#   RUNS=9 SIZES="100 1000 5000" scripts/bench-epub.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SIZES=${SIZES:-100 5000}
PANDOC_SIZE=100

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/newsarc" ./cmd/newsarc
go build -o "$work/gencorpus" ./cmd/gencorpus

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(go version | cut -d' ' -f3)"

# median prints the middle of its arguments (the lower middle of an even
# count).
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# measure LABEL N OUTPUT COMMAND...: runs COMMAND RUNS times under time -v and
# prints the medians.
measure() {
	local label=$1 n=$2 out=$3
	shift 3
	local walls=() cpus=() rss=()
	for ((i = 0; i < RUNS; i++)); do
		if ! /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; then
			cat "$work/stderr" >&2
			exit 1
		fi
		# "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:02.31"
		walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")")
		cpus+=("$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$work/time")")
		rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")")
	done
	local wall cpu kb
	wall=$(median "${walls[@]}")
	cpu=$(median "${cpus[@]}")
	kb=$(median "${rss[@]}")
	awk -v l="$label" -v n="$n" -v w="$wall" -v cpu="$cpu" -v kb="$kb" -v size="$(stat -c %s "$out")" -v runs="${walls[*]}" 'BEGIN {
		printf "%-8s %5d articles  %6.2f s wall  %6.2f s CPU  %5.0f MB peak RSS  %6.0f articles/s  %5.1f MB output  (walls: %s)\n",
			l, n, w, cpu, kb / 1024, n / w, size / 1048576, runs
	}'
}

for n in $SIZES; do
	"$work/gencorpus" -n "$n" -format jsonl -o "$work/corpus-$n.jsonl"
	measure newsarc "$n" "$work/out-$n.epub" "$work/newsarc" convert --quiet --to epub -o "$work/out-$n.epub" "$work/corpus-$n.jsonl"
done

if command -v pandoc >/dev/null && command -v python3 >/dev/null; then
	n=$PANDOC_SIZE
	[ -f "$work/corpus-$n.jsonl" ] || "$work/gencorpus" -n "$n" -format jsonl -o "$work/corpus-$n.jsonl"
	# The same articles as Markdown: title, meta line, lead, paragraphs,
	# intertitles and lists.
	python3 - "$work/corpus-$n.jsonl" >"$work/corpus-$n.md" <<'PY'
import json, sys
print("---\ntitle: Bản tin tháng 7/2023\nlang: vi\n---\n")
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    print("# " + a["title"] + "\n")
    print("*" + " · ".join(x for x in (a.get("source"), a.get("published"), a.get("section")) if x) + "*\n")
    if a.get("lead"):
        print("**" + a["lead"] + "**\n")
    for b in a.get("body", []):
        text = lambda spans: "".join(s["text"] for s in spans)
        if b["kind"] == "heading":
            print("## " + text(b["text"]) + "\n")
        elif b["kind"] == "list":
            print("\n".join("- " + text(i) for i in b["items"]) + "\n")
        elif "text" in b:
            print(text(b["text"]) + "\n")
    if a.get("authors"):
        print(" - ".join(a["authors"]) + "\n")
PY
	echo "pandoc: $(pandoc --version | head -1), Markdown → EPUB 3, no fonts embedded"
	measure pandoc "$n" "$work/pandoc-$n.epub" pandoc -f markdown -t epub3 -o "$work/pandoc-$n.epub" "$work/corpus-$n.md"
fi
