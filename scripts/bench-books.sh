#!/usr/bin/env bash
# The till's books on a decade-sized ledger (issue 24, "Performance"): builds a ledger of
# 1,000,000 payments closed on 1,000 Z reports, then times the release binary's
# `report x --json`, `close --counted …` (no link pending and no API key: only the
# ledger is measured) and `verify`. Prints figures; BENCHMARKS.md records them.
#
#   scripts/bench-books.sh                     1,000,000 payments, 1,000 Zs (about 2 minutes)
#   scripts/bench-books.sh 100000 100          smaller
#   scripts/bench-books.sh 1000000 1000 --explain   also the query plans, by till and by range
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== building"
cargo build --release --quiet --bin luxpay
echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
LUXPAY_BIN="$PWD/target/release/luxpay" cargo run --release --quiet --example books_at_scale -- "$@"
