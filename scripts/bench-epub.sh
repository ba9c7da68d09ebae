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

. scripts/lib.sh

for n in $SIZES; do
	"$work/gencorpus" -n "$n" -format jsonl -o "$work/corpus-$n.jsonl"
	measure newsarc "$n" "$work/newsarc" convert --quiet --to epub -o "$work/out-$n.epub" "$work/corpus-$n.jsonl"
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
	measure pandoc "$n" pandoc -f markdown -t epub3 -o "$work/pandoc-$n.epub" "$work/corpus-$n.md"
fi
