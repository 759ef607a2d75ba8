#!/usr/bin/env bash
# What durable commits cost the embedded H2 (issue 15): the REST ingest benchmark twice on H2, with
# H2's default write delay (commits reach the file up to 500 ms later) and with WRITE_DELAY=0 (the
# default since; CrashIT). Results: ear/target/benchmarks/h2-durability.txt
#   BENCH_MAVEN_ARGS  extra Maven arguments (other ports; -Dbench.warmup=, -Dbench.seconds=)
set -euo pipefail
cd "$(dirname "$0")/.."
out=ear/target/benchmarks/h2-durability.txt
mkdir -p ear/target/benchmarks
: > "$out"
for delay in "" ";WRITE_DELAY=0"; do
  # shellcheck disable=SC2086 # BENCH_MAVEN_ARGS is a list of arguments
  ./mvnw -B -q -pl ear -am verify -Dit.bench "-Dit.db.url=jdbc:h2:file:$PWD/ear/target/it-db/gemba$delay" \
    -Dit.test=IngestBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false ${BENCH_MAVEN_ARGS:-}
  { echo "H2 URL suffix '${delay:-<none>}':"; cat ear/target/benchmarks/ingest.txt; } | tee -a "$out"
done
