#!/usr/bin/env bash
# Builds the project and runs the inspection benchmark against a PostgreSQL server.
# Usage: benchmarks/run-inspect.sh [--host H] [--port P] [--user U] [--tables N] [--runs N] [--slow-runs N] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
    -pl benchmarks,atlas-cli -am
cli_jar=$(ls atlas-cli/target/atlas-cli-*-all.jar 2>/dev/null | head -n 1 || true)
exec java -Xms512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    dev.atlasj.benchmarks.InspectBenchmark ${cli_jar:+--cli-jar "$cli_jar"} "$@"
