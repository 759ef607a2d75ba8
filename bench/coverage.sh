#!/usr/bin/env bash
# Coverage load test (issue 4): 200 services x 5 phases over 100,000 touchpoints on PostgreSQL,
# Gemba's CoverageService against hand-written SQL in the same server and run.
# Needs PostgreSQL at 127.0.0.1:5432 (database "test", trust auth), like the test suite.
# Result: ear/target/benchmarks/coverage.txt
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
./mvnw -B -pl ear verify -Pbench -Dit.db="${BENCH_DB:-postgresql}"
cat ear/target/benchmarks/coverage.txt
