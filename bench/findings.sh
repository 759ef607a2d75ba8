#!/usr/bin/env bash
# Findings and register load test (issue 17, item 11): a finding page and the improvement register at
# BENCH_ROWS (default 1,000,000) feedback items and 2,000 improvement items on PostgreSQL, each
# against hand-written SQL in the same server and run; then detector runs over 500 services x 13 topics.
# Result: ear/target/benchmarks/findings.txt
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
export BENCH_ROWS="${BENCH_ROWS:-1000000}"
GEMBA_QUEUE_WORKERS=0 run_benchmark FindingRegisterBenchmark
cat ear/target/benchmarks/findings.txt
