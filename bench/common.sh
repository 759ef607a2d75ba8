# Shared by the bench scripts: which PostgreSQL database, and one reactor build that runs one
# *Benchmark class inside the provisioned WildFly (sibling modules come from this work tree,
# nothing is installed into ~/.m2).
#   BENCH_DB          PostgreSQL database on 127.0.0.1:5432, user postgres (default: test)
#   BENCH_MAVEN_ARGS  extra Maven arguments, e.g. other ports:
#                     "-Dit.port.offset=200 -Dit.http.port=8280 -Dit.management.port=10190"
BENCH_DB="${BENCH_DB:-test}"

bench_psql() {
  psql -h 127.0.0.1 -U postgres "$BENCH_DB" "$@"
}

run_benchmark() {
  # shellcheck disable=SC2086 # BENCH_MAVEN_ARGS is a list of arguments
  ./mvnw -B -pl ear -am verify -Dit.bench -Dit.db=postgresql \
    "-Dit.db.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" -Dit.test="$1" \
    -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false ${BENCH_MAVEN_ARGS:-}
}
