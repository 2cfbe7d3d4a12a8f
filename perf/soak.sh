#!/usr/bin/env bash
# Soak: runs jstress at a fixed rate for --minutes minutes and, once a minute, takes the loader's live set:
# jcmd GC.class_histogram runs a full GC and sums the bytes of the objects left, inside the same pause.
# Passes when the last minute's live set is within 10% of the second minute's (the first holds the warm-up).
#
#   perf/soak.sh                          # 10 minutes at fixed=5000/s against CqlResponder
#   perf/soak.sh --minutes 3 --rate 20000 --target embedded
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
target=responder
minutes=10
rate=5000
threads=100
loader="$home/jstress"
pin=1
limit=10

while [ $# -gt 0 ]; do
  case "$1" in
    --target) target="$2"; shift 2 ;;
    --minutes) minutes="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --loader) loader="$2"; shift 2 ;;
    --no-pin) pin=0; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "soak: unknown option $1 (try --help)" >&2; exit 1 ;;
  esac
done
[ "$minutes" -ge 3 ] || { echo "soak: --minutes $minutes: expected at least 3 (warm-up, baseline, last)" >&2; exit 1; }

# shellcheck source=perf/lib.sh
. "$home/perf/lib.sh"
prepare soak

# shellcheck disable=SC2206
cmd=($loader)
words=(write "duration=$((minutes * 60 + 5))s" -rate "threads=$threads" "fixed=$rate/s" "${node_words[@]}")
echo "soak: $(date -u +%FT%TZ), $cores cores, $(java -version 2>&1 | head -1)"
echo "soak: ${cmd[*]} ${words[*]}"
start_loader "$work/out" "$work/err" "${cmd[@]}" "${words[@]}"
pid=$!

# the loader's JVM is the process itself when the launcher execs java, else its java child
jvm=$pid
for _ in $(seq 1 100); do
  [ "$(cat "/proc/$jvm/comm" 2>/dev/null)" = java ] && break
  jvm=$(pgrep -P "$pid" java | head -1 || echo "$pid")
  sleep 0.1
done

printf "%6s %16s %12s\n" minute "live heap MiB" "cpu s"
started=$SECONDS
for m in $(seq 1 "$minutes"); do
  while running "$pid" && [ $((SECONDS - started)) -lt $((m * 60)) ]; do sleep 0.5; done
  running "$pid" || { echo "soak: the loader stopped early" >&2; tail -n 5 "$work/out" "$work/err" >&2; exit 1; }
  # its last line is "Total <instances> <bytes>"; a heap figure read after the GC would include what the
  # loader allocated meanwhile (~20 MB/s at 5000 op/s)
  live=$(jcmd "$jvm" GC.class_histogram | awk '/^Total/ { print $3 / 1048576 }')
  echo "$m $live" >> "$work/live"
  printf "%6d %16.2f %12.1f\n" "$m" "$live" "$(echo "$(cpu_ticks "$jvm") $tck" | awk '{ print $1 / $2 }')"
done
wait "$pid" || true
grep -E '^(Op rate|Latency 99th|Total errors)' "$work/out" || { tail -n 5 "$work/out" "$work/err" >&2; exit 1; }

awk -v limit="$limit" 'NR == 2 { base = $2 } { last = $2 } END {
  growth = base > 0 ? 100 * (last - base) / base : 0
  printf "live heap: minute 2 %.1f MiB, minute %d %.1f MiB, growth %+.1f%% (limit %d%%): %s\n",
    base, NR, last, growth, limit, growth <= limit ? "PASS" : "FAIL"
  exit growth <= limit ? 0 : 1 }' "$work/live"
