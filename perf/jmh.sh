#!/usr/bin/env bash
# Runs the JMH benchmarks in perf/src/java: compiles them with the tests, then hands every argument to JMH.
#   perf/jmh.sh PipelineBenchmark -prof gc
#   perf/jmh.sh -l                     (list the benchmarks)
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$home"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/perf-classpath.txt >&2
cp="target/test-classes:target/classes:$(cat target/perf-classpath.txt)"
exec java --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main "$@"
