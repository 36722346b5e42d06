#!/usr/bin/env bash
# Builds the project and measures versioned migrations against Flyway on one server.
# Usage: benchmarks/run-migrate.sh [--engine postgres|mariadb] [--host H] [--port P] [--user U] [--files 200] [--runs 5] [--warmups 1]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -pl benchmarks -am
exec java -Xms512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    dev.atlasj.benchmarks.MigrateBenchmark "$@"
