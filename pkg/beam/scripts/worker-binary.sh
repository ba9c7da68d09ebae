#!/usr/bin/env bash
# Builds newsarc-beam for the workers of a cluster — linux/amd64 (GOARCH
# overrides), static, no cgo — to give Beam as --worker_binary: without it
# the SDK compiles one at submission time, from the current directory, and
# that failed or did not finish here. Prints the binary's path.
#
#   pkg/beam/scripts/worker-binary.sh [OUTPUT]    (default: ./newsarc-beam-linux-amd64)
#   newsarc-beam --runner=dataflow … --worker_binary=newsarc-beam-linux-amd64
set -euo pipefail
arch=${GOARCH:-amd64}
out=$(realpath -m "${1:-newsarc-beam-linux-$arch}")
cd "$(dirname "$0")/.."
CGO_ENABLED=0 GOOS=linux GOARCH=$arch go build -trimpath -ldflags="-s -w" -o "$out" ./cmd/newsarc-beam
echo "$out ($(du -m "$out" | cut -f1) MB)" >&2
echo "$out"
