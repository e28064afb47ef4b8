#!/usr/bin/env bash
# Regenerates docs/screenshot.svg, the README's picture, from the running program:
# luxpay runs in a pseudo-terminal on its demo API, a payment is made, and the screen
# is drawn as SVG. Nothing is drawn by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin luxpay
LUXPAY_BIN="$PWD/target/release/luxpay" cargo run --release --example screenshot -- docs/screenshot.svg
