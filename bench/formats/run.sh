#!/usr/bin/env bash
# Load throughput of CSV, Parquet and ORC input on the same rows (default 1,000,000 x 10):
#   bench/formats/run.sh [ROWS]
# Builds the framework with the wrapper (under $GIRAPHML_BUILD_LOCK when set) and runs
# LoadBench.java as a single-file program on its classpath.
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
rows="${1:-1000000}"
lock=()
[[ -n "${GIRAPHML_BUILD_LOCK:-}" ]] && lock=(flock "$GIRAPHML_BUILD_LOCK")
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$home" && "${lock[@]}" ./mvnw -o -q compile dependency:build-classpath -pl giraph-ml \
    -Dmdep.outputFile="$cp_file")
"${lock[@]}" java -Xmx3g -Dlog4j2.level=WARN \
    -cp "$home/giraph-ml/target/classes:$(cat "$cp_file")" "$home/bench/formats/LoadBench.java" "$rows"
