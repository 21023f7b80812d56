#!/usr/bin/env bash
# Whole-process measurements on synthetic data, release builds:
#   - `steppe check` of a deck of 100k claims (time and peak memory of the process);
#   - the study operations at 10k and 100k cards with 1M review log rows (bench_ops: open,
#     today's queue, 1,000 answers with p50 and p99, statistics, peak memory of the core);
#   - the app's cold start to the first card and its peak memory, under Xvfb, on the deck of
#     20k claims (about 100k cards) with the 1M-answer history, opened with STEPPE_DECK_DIR.
# Usage: bench/run.sh          (REVIEWS=..., ANSWERS=... to change the sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
REVIEWS=${REVIEWS:-1000000}
ANSWERS=${ANSWERS:-1000}
TARGET=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release -q -p steppe --bin steppe --example bench_ops
steppe="$TARGET/release/steppe"
# The history stops a week before now, so that more than a thousand cards are due.
week_ago=$(date --iso-8601=seconds -d '7 days ago')
now=$(date --iso-8601=seconds)

echo "== deck build and check, 100k claims (whole process)"
"$steppe" synth --claims 100000 --reviews 0 --out "$work/deck100k" >/dev/null
/usr/bin/time -f "wall %e s, peak memory %M kB" "$steppe" check "$work/deck100k/deck"

for claims in 2000 20000; do
  echo "== study operations, $claims claims, $REVIEWS reviews (ms)"
  "$steppe" synth --claims "$claims" --reviews "$REVIEWS" --now "$week_ago" --out "$work/s$claims"
  cp -r "$work/s$claims/data" "$work/s$claims/run"
  "$TARGET/release/examples/bench_ops" "$work/s$claims/deck" "$work/s$claims/run" "$ANSWERS" "$now"
  rm -rf "$work/s$claims/run"
done
rm -rf "$work/s2000"

echo "== app: cold start to the first card, peak memory (20k claims, $REVIEWS reviews)"
(cd ui && npm run build --silent)
cargo build --release -q -p steppe-app
app=$(realpath "$TARGET/release/steppe-app")
cd tests/e2e
STEPPE_APP="$app" STEPPE_BENCH_DECK="$work/s20000/deck" STEPPE_BENCH_DATA="$work/s20000/data" \
  env -u WEBKIT_DISABLE_COMPOSITING_MODE xvfb-run -a -s '-screen 0 1920x1080x24' node ../../bench/first-card.mjs 5
