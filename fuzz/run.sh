#!/usr/bin/env bash
# Fuzz the whole diagnose path for SECONDS (default 600), seeded with the test fixtures and
# examples. Needs cargo-fuzz (`cargo install cargo-fuzz`); nightly features come from
# RUSTC_BOOTSTRAP on the stable toolchain. Crashes land in fuzz/artifacts/diagnose/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
mkdir -p corpus/diagnose
cp ../tests/fixtures/extract/*.txt ../examples/* corpus/diagnose/
RUSTC_BOOTSTRAP=1 cargo fuzz run -O diagnose corpus/diagnose -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
