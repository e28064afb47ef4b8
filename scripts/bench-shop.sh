#!/usr/bin/env bash
# The shop at scale (issue 29): 10 tills × 100,000 payments (two in three with a status
# event), each till's ledger generated and imported, then sent with `ledger sync` into
# an empty shared ledger on a throwaway PostgreSQL cluster (pg_virtualenv, dropped
# after); then `summary --shop` of a day, `export --shop` of everything and the TUI's
# Shop view (its first rows, in a pseudo-terminal), each timed on the release binary
# with its peak RSS. Prints figures; BENCHMARKS.md records them.
#
#   scripts/bench-shop.sh              10 tills × 100,000 (about 3 minutes on 2 cores)
#   scripts/bench-shop.sh 2 10000      smaller
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"

echo "== building"
cargo build --release --quiet --bin luxpay --example shop_at_scale
echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(psql --version)"
export LUXPAY_BIN="$target/release/luxpay" EXAMPLE="$target/release/examples/shop_at_scale"
pg_virtualenv bash -c '
  set -euo pipefail
  createdb luxpay_bench
  export LUXPAY_BENCH_PG_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/luxpay_bench"
  "$EXAMPLE" "$@"
  echo "== the shop database"
  psql -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))" luxpay_bench
' bench-shop "$@"
