#!/usr/bin/env bash
# REST ingest load test (issue 5): 16 concurrent clients POST feedback for 30 s against Gemba on
# PostgreSQL; then pgbench inserts single rows into a table of the same shape with the same
# concurrency for the same time, as the baseline. Result: ear/target/benchmarks/ingest.txt
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
run_benchmark IngestBenchmark
bench_psql -q -c "drop table if exists bench_feedback" \
  -c "create table bench_feedback (like feedback including defaults)" \
  -c "create sequence if not exists bench_feedback_seq"
cat > /tmp/gemba-ingest.sql <<'SQL'
insert into bench_feedback (id, received_at, channel, text, captured_by, analysis_status, external_id, created_at, updated_at, version)
values (nextval('bench_feedback_seq'), now(), 'EMAIL', 'The VPN drops every morning since the last update, please call me back.', 'integration', 'PENDING', md5(random()::text), now(), now(), 0);
SQL
rm -f /tmp/pgb.*
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T 30 -l --log-prefix=/tmp/pgb -f /tmp/gemba-ingest.sql "$BENCH_DB" | tee /tmp/pgbench.txt
p99=$(cat /tmp/pgb.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.99)]/1000}')
{ echo "  pgbench, 16 clients, 30 s, single-row inserts into a table shaped like feedback:"
  grep -E "^tps|latency average" /tmp/pgbench.txt | sed 's/^/    /'
  echo "    latency p99 = ${p99} ms"; } | tee -a ear/target/benchmarks/ingest.txt
# The database's share of Gemba's work, as a ceiling: the same single-row transactions into a
# table with all of feedback's indexes, plus the analysis work item Gemba queues in the same
# transaction.
bench_psql -q -c "drop table bench_feedback" -c "create table bench_feedback (like feedback including all)" \
  -c "drop table if exists bench_work_item" -c "create table bench_work_item (like work_item including all)"
cat > /tmp/gemba-ingest-indexed.sql <<'SQL'
begin;
insert into bench_feedback (id, received_at, channel, text, captured_by, analysis_status, external_id, created_at, updated_at, version) values (nextval('bench_feedback_seq'), now(), 'EMAIL', 'The VPN drops every morning since the last update, please call me back.', 'integration', 'PENDING', md5(random()::text), now(), now(), 0) returning id \gset
insert into bench_work_item (id, kind, subject_id, status, attempts, available_at, created_at) values (:id, 'feedback.analysis', :id, 'READY', 0, now(), now());
commit;
SQL
rm -f /tmp/pgb.*
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T 30 -l --log-prefix=/tmp/pgb -f /tmp/gemba-ingest-indexed.sql "$BENCH_DB" | tee /tmp/pgbench.txt
p99=$(cat /tmp/pgb.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.99)]/1000}')
{ echo "  ceiling: pgbench, the same, into a table with feedback's indexes plus its work item in one transaction:"
  grep -E "^tps|latency average" /tmp/pgbench.txt | sed 's/^/    /'
  echo "    latency p99 = ${p99} ms"; } | tee -a ear/target/benchmarks/ingest.txt
bench_psql -q -c "drop table bench_feedback" -c "drop table bench_work_item" -c "drop sequence bench_feedback_seq"
cat ear/target/benchmarks/ingest.txt
