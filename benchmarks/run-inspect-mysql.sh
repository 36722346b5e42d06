#!/usr/bin/env bash
# Builds the project and runs the inspection benchmark against a MySQL or MariaDB server (password in MYSQL_PWD).
# Usage: benchmarks/run-inspect-mysql.sh [--host H] [--port P] [--user U] [--tables N] [--runs N] [--slow-runs N] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -pl benchmarks -am
exec java -Xms512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    dev.atlasj.benchmarks.MySqlInspectBenchmark "$@"
