#!/usr/bin/env bash
# Runs every benchmark of the CLI: the PDF digest (100, 1,000 and 5,000
# articles), the EPUB digest (100 and 5,000, and pandoc when installed) and
# the archive digest (1,000 and 10,000 generated pages; add 30000 to SIZES
# for the scaling figure), and the seed and a 1,000-article digest in each
# writer's format (bench-writers.sh). Each prints medians of wall time, CPU
# time and peak RSS from GNU time -v, and articles or documents per second.
# Then the HTML reader end to end on one core next to a Go port of
# Readability (bench-heavy.sh: convert --each on generated pages as heavy
# as real news sites, or on READER_PAGES, a directory of saved pages), and
# in memory next to it and x/net/html's tokenizer and parser
# (scripts/readerbench, a module of its own).
#
#   scripts/bench.sh
#   RUNS=3 scripts/bench.sh
#   READER_PAGES=~/pages scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")"
echo "== PDF";     ./bench-pdf.sh
echo "== EPUB";    SIZES="100 5000" ./bench-epub.sh
echo "== digest";  SIZES="${DIGEST_SIZES:-1000 10000}" ./bench-digest.sh
echo "== writers"; ./bench-writers.sh
echo "== reader";  PAGES="${READER_PAGES:-}" ./bench-heavy.sh
