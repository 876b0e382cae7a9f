#!/usr/bin/env bash
# Prints the time and query count of the public pages over a database of many articles.
# Usage: scripts/bench-listings.sh [number of articles, default 100000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
java -Xmx2g -cp "sites/network/target/mmm-network.jar:sites/network/target/test-classes:core/target/test-classes" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn ${BENCH_OPTS:-} \
  org.makemothersmatter.sites.network.bench.ListingBenchmark "${1:-100000}" "${@:2}"
