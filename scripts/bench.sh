#!/usr/bin/env bash
# Measures luxpay against the pipeline an operator would otherwise script, and what it
# costs a terminal and a machine. Prints figures; BENCHMARKS.md records them.
#
#   scripts/bench.sh            everything (about three minutes)
#   scripts/bench.sh --quick    a 10 s idle instead of 60 s, fewer hyperfine runs
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = "--quick" ] && quick=true

need=()
for tool in hyperfine jq qrencode curl; do
  command -v "$tool" >/dev/null 2>&1 || need+=("$tool")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]} (Debian packages)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== building"
cargo build --release --quiet --bin luxpay
bin="$PWD/target/release/luxpay"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"

# The demo API on loopback, shared by both contenders.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
XDG_DATA_HOME="$work/data" "$bin" demo-server --addr "127.0.0.1:$port" --demo-pay-after 100000 >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/payments" -H 'Authorization: Bearer k' >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"

export LUXFIN_API_KEY=bench-key XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
body='{"amount":12.5,"currency":"USD","customer":"ana@example.com","product":"Coffee"}'
luxpay_cmd="$bin --base-url $base create --amount 12.50 --customer ana@example.com --product Coffee"
curl_cmd="curl -s -X POST $base/payment/paypal -H 'Authorization: Bearer k' -H 'Content-Type: application/json' -d '$body'"
pipeline_cmd="$curl_cmd | jq -r .order_url | qrencode -t ANSI256UTF8"

runs=50; $quick && runs=20
echo "== luxpay create (intent, create, commit, QR) vs curl | jq | qrencode and a bare curl ($runs runs each)"
hyperfine --warmup 5 --runs "$runs" --style basic --output=null --export-json "$work/create.json" \
  -n luxpay "$luxpay_cmd" -n pipeline "$pipeline_cmd" -n curl "$curl_cmd"
jq -r '.results | (.[0].mean / .[1].mean) as $r | (.[0].mean / .[2].mean) as $c |
  "luxpay \(.[0].mean * 1000 | . * 100 | round / 100) ms, pipeline \(.[1].mean * 1000 | . * 100 | round / 100) ms: ratio \($r * 100 | round / 100) (target <= 0.8); bare curl \(.[2].mean * 1000 | . * 100 | round / 100) ms: ratio \($c * 100 | round / 100) (target <= 1.0)"' "$work/create.json"

echo "== luxpay create vs a bare curl, interleaved pairs (a VM's drift hits both alike)"
python3 scripts/create-vs-curl.py "$bin" "$runs"

echo "== terminal bytes, idle CPU, startup and memory (pseudo-terminal harness)"
args=(); $quick && args+=(--quick)
LUXPAY_BIN="$bin" cargo run --release --quiet --example termcost -- "${args[@]}"

echo "== a million payments: import, TUI, summary, export (generated, about 2 minutes)"
LUXPAY_BIN="$bin" cargo run --release --quiet --example bigledger -- 1000000

echo "== the books: report x, close and verify on a million payments and 1,000 Zs (about 2 minutes)"
LUXPAY_BIN="$bin" cargo run --release --quiet --example books_at_scale -- 1000000 1000

echo "== a sale made in the app, to the shop's shared ledger (50 sales, a throwaway cluster)"
if command -v pg_virtualenv >/dev/null 2>&1; then
  LUXPAY_BIN="$bin" pg_virtualenv sh -c 'LUXPAY_TEST_PG_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" cargo run --release --quiet --example app_to_shop' 2>/dev/null \
    | grep '^app to shop'
else
  echo "(skipped: no pg_virtualenv; apt-get install postgresql)"
fi

echo "== micro-benchmarks (divan)"
cargo bench --quiet --bench qr --bench frames --bench ledger
