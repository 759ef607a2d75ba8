#!/usr/bin/env bash
# Bulk-import load test (issue 5): BENCH_ROWS (default 1,000,000) generated ticket comments through
# Gemba's batch import on PostgreSQL, heap sampled every second; then PostgreSQL's own COPY of the
# same file into a bare table as the baseline. Results: ear/target/benchmarks/import.txt
# The analysis queue is paused (GEMBA_QUEUE_WORKERS=0) so that the import is measured alone; the
# imported items stay PENDING until a server with workers analyses them.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
export BENCH_ROWS="${BENCH_ROWS:-1000000}"
rm -f ear/target/benchmarks/feedback-import.csv
GEMBA_QUEUE_WORKERS=0 run_benchmark ImportBenchmark
file=ear/target/benchmarks/feedback-import.csv
bench_psql -q -c "drop table if exists bench_copy" \
  -c "create table bench_copy (ticket varchar(80), created varchar(40), service varchar(120), comment varchar(20000))"
for run in 1 2 3; do
  bench_psql -q -c "truncate bench_copy"
  start=$(date +%s.%N)
  bench_psql -q -c "\copy bench_copy from '$file' with (format csv, header true)"
  end=$(date +%s.%N)
  printf '  PostgreSQL COPY of the same file into a bare table, run %d: %.2f s\n' "$run" "$(echo "$end - $start" | bc)" \
    | tee -a ear/target/benchmarks/import.txt
done
bench_psql -q -c "drop table bench_copy"
cat ear/target/benchmarks/import.txt
