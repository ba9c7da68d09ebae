#!/usr/bin/env bash
# Times the PDF digest end to end through the CLI, as issue 5 asks: synthetic
# Vietnamese articles of ~800 words (cmd/gencorpus, deterministic), canonical
# JSON in, a digest PDF with cover, linked contents and outline out. Prints
# the median wall time and peak RSS (GNU time -v) of RUNS runs per size and
# checks them against the targets. CPU time (user + system) is printed too:
# on a machine shared with other work it is the steadier figure.
#
#   scripts/bench-pdf.sh                 # 100, 1000 and 5000 articles, 5 runs
#   SIZES="1000" RUNS=3 scripts/bench-pdf.sh
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
sizes=${SIZES:-"100 1000 5000"}
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/newsarc" ./cmd/newsarc
go build -o "$tmp/gencorpus" ./cmd/gencorpus

# median of numbers on stdin
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# seconds from GNU time's "h:mm:ss" or "m:ss.ss"
seconds() { awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }

# Reference figures measured on this kind of machine (shared/RENDERING.md)
# and the issue's targets: wall seconds and MB.
declare -A target_wall=([1000]=2.0 [5000]=8.0)
declare -A target_rss=([5000]=250)
wkhtml=0.95 weasy=4.45 peer_rss=100

printf '%8s %10s %10s %10s %12s %8s %10s\n' articles "wall s" "CPU s" "RSS MB" "articles/s" pages "PDF MB"
fail=0
for n in $sizes; do
  "$tmp/gencorpus" -n "$n" -o "$tmp/c$n.json"
  : > "$tmp/walls"; : > "$tmp/cpu"; : > "$tmp/rss"
  for _ in $(seq "$runs"); do
    /usr/bin/time -v "$tmp/newsarc" convert -q "$tmp/c$n.json" -o "$tmp/c$n.pdf" 2> "$tmp/time"
    grep 'Elapsed (wall clock)' "$tmp/time" | awk '{print $NF}' | seconds >> "$tmp/walls"
    grep 'Maximum resident set size' "$tmp/time" | awk '{print $NF/1024}' >> "$tmp/rss"
    grep -E '(User|System) time' "$tmp/time" | awk '{s += $NF} END {print s}' >> "$tmp/cpu"
  done
  wall=$(median < "$tmp/walls")
  rss=$(median < "$tmp/rss")
  cpu=$(median < "$tmp/cpu")
  pages=$(pdfinfo "$tmp/c$n.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
  size=$(stat -c %s "$tmp/c$n.pdf" | awk '{printf "%.1f", $1/1e6}')
  printf '%8d %10.2f %10.2f %10.0f %12.0f %8s %10s\n' "$n" "$wall" "$cpu" "$rss" "$(echo "$n $wall" | awk '{print $1/$2}')" "${pages:-?}" "$size"
  if [ -n "${target_wall[$n]:-}" ] && awk -v a="$wall" -v b="${target_wall[$n]}" 'BEGIN {exit !(a > b)}'; then
    echo "   over the target of ${target_wall[$n]} s"; fail=1
  fi
  if [ -n "${target_rss[$n]:-}" ] && awk -v a="$rss" -v b="${target_rss[$n]}" 'BEGIN {exit !(a > b)}'; then
    echo "   over the target of ${target_rss[$n]} MB"; fail=1
  fi
  if [ "$n" = 100 ]; then
    echo "$wall $rss" | awk -v w="$wkhtml" -v p="$weasy" -v r="$peer_rss" '{
      printf "   vs wkhtmltopdf %.2f s: %.1f× faster (target 4×); vs WeasyPrint %.2f s: %.1f× (target 15×); memory %.0f%% of wkhtmltopdf'"'"'s %d MB (target ≤ 33%%)\n",
        w, w/$1, p, p/$1, 100*$2/r, r }'
    awk -v a="$wall" -v w="$wkhtml" -v p="$weasy" -v m="$rss" -v r="$peer_rss" 'BEGIN {exit !(w/a < 4 || p/a < 15 || m > r/3)}' && fail=1
  fi
done
exit $fail
