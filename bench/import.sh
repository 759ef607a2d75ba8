#!/usr/bin/env bash
# Bulk-import load test (issue 5): BENCH_ROWS (default 1,000,000) generated ticket comments through
# Gemba's batch import on PostgreSQL, heap sampled every second; then PostgreSQL's own COPY of the
# same file into a bare table as the baseline, COPY into a table shaped like feedback with all its
# indexes, and an INSERT ... SELECT of the rows into such a table as the database's own ceiling.
# Results: ear/target/benchmarks/import.txt
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
# PostgreSQL's COPY of the same file into a table shaped like feedback with all its indexes (the
# columns the file lacks take fixed defaults): the database's own bulk load into the table Gemba
# fills, without the services, tags and analysis work items Gemba writes beside each item.
bench_psql -q -c "drop table if exists bench_feedback" -c "create table bench_feedback (like feedback including all)" \
  -c "drop sequence if exists bench_feedback_seq" -c "create sequence bench_feedback_seq" \
  -c "alter table bench_feedback add column service varchar(120),
        alter column id set default nextval('bench_feedback_seq'), alter column channel set default 'EMAIL',
        alter column captured_by set default 'bench', alter column analysis_status set default 'PENDING',
        alter column created_at set default now(), alter column updated_at set default now(),
        alter column version set default 0"
start=$(date +%s.%N)
bench_psql -q -c "\copy bench_feedback (external_id, received_at, service, text) from '$file' with (format csv, header true)"
end=$(date +%s.%N)
printf '  PostgreSQL COPY of the same file into a table like feedback with all its indexes: %.2f s\n' "$(echo "$end - $start" | bc)" \
  | tee -a ear/target/benchmarks/import.txt
bench_psql -q -c "drop table bench_feedback" -c "drop sequence bench_feedback_seq"
# The database's own fastest way into a table shaped like feedback with all its indexes (the
# inbox's, the trigram index, the unique external id): one INSERT ... SELECT of the rows just
# copied. No import that keeps those indexes can beat it; it shows how much of the gap to a bare
# COPY is index maintenance rather than Gemba.
bench_psql -q -c "drop table if exists bench_feedback" -c "create table bench_feedback (like feedback including all)"
start=$(date +%s.%N)
bench_psql -q -c "insert into bench_feedback (id, received_at, channel, text, external_id, ticket_ref, captured_by,
    analysis_status, created_at, updated_at, version)
  select row_number() over (), created::timestamptz, 'OTHER', comment, ticket, ticket, 'bench', 'PENDING', now(), now(), 0
  from bench_copy on conflict (external_id) do nothing"
end=$(date +%s.%N)
printf '  INSERT ... SELECT of those rows into a table like feedback with all its indexes: %.2f s\n' "$(echo "$end - $start" | bc)" \
  | tee -a ear/target/benchmarks/import.txt
bench_psql -q -c "drop table bench_feedback" -c "drop table bench_copy"
cat ear/target/benchmarks/import.txt
