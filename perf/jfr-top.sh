#!/usr/bin/env bash
# Where the CPU went in a JFR recording, split by owner, method and thread:
#   perf/jfr-top.sh run.jfr [how many lines per table]
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
[ -f "$home/target/test-classes/io/jstress/perf/JfrTop.class" ] || mvn -B -q -f "$home/pom.xml" test-compile >&2
exec java -cp "$home/target/test-classes" io.jstress.perf.JfrTop "$@"
