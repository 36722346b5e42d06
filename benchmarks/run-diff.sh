#!/usr/bin/env bash
# Builds the project and runs the diff-and-plan benchmark against the local PostgreSQL.
# Usage: benchmarks/run-diff.sh [TABLES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -pl benchmarks -am
exec java -Xms512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    dev.atlasj.benchmarks.DiffPlanBenchmark "$@"
