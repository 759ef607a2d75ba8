#!/usr/bin/env bash
# Review pack load test (issue 19, item 9): the pack of a business unit consuming 20 services at
# BENCH_ROWS (default 1,000,000) feedback items and 100,000 touchpoints on PostgreSQL, generated
# (target p95 <= 1 s) and as PDF (target <= 2 s); 10 warm-up and 40 measured rounds each.
# Result: ear/target/benchmarks/review-pack.txt
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
export BENCH_ROWS="${BENCH_ROWS:-1000000}"
GEMBA_QUEUE_WORKERS=0 run_benchmark ReviewPackBenchmark
cat ear/target/benchmarks/review-pack.txt
