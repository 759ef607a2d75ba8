#!/usr/bin/env bash
# Inbox load test (issue 5): first and filtered pages over BENCH_ROWS (default 1,000,000) feedback
# items on PostgreSQL, through FeedbackService as the inbox calls it.
# Result: ear/target/benchmarks/inbox.txt
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
export BENCH_ROWS="${BENCH_ROWS:-1000000}"
GEMBA_QUEUE_WORKERS=0 run_benchmark InboxBenchmark
cat ear/target/benchmarks/inbox.txt
