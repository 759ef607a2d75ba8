#!/usr/bin/env bash
# Inbox load test (issue 5): first and filtered pages over BENCH_ROWS (default 1,000,000) feedback
# items on PostgreSQL, through FeedbackService as the inbox calls it.
# Result: ear/target/benchmarks/inbox.txt
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_ROWS="${BENCH_ROWS:-1000000}"
./mvnw -B -q -DskipTests install
GEMBA_QUEUE_WORKERS=0 ./mvnw -B -pl ear verify -Pbench -Dit.db=postgresql -Dit.test=InboxBenchmark
cat ear/target/benchmarks/inbox.txt
