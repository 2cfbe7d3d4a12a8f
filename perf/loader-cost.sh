#!/usr/bin/env bash
# What the loader costs: runs a cassandra-stress command line with jstress (and with every --vs loader,
# interleaved A B A B over --rounds rounds) against a server that is not the bottleneck, and reports per run:
# achieved ops/s, the loader's CPU seconds per 100k ops (user+sys of the loader process only, from the
# first interval row to exit, so JVM start-up, schema and warm-up are left out), its peak RSS, and the
# p99 latency of its Results block (response time for fixed=, service time otherwise), and its voluntary and
# involuntary context switches per op (every thread's, from /proc/PID/task/*/status, same window) and the seconds
# its threads waited runnable for a CPU (schedstat: what other processes on its cores took from it). Then the
# ratio of the jstress run to each --vs run of the same round, and per loader and mode the median and min-max
# of each figure over the rounds, with the median of the per-round ratios: the numbers to quote.
#
#   perf/loader-cost.sh                                   # CqlResponder, fixed=5000/s then unthrottled
#   perf/loader-cost.sh --vs ~/.cache/jstress-peers/cassandra-stress-3.19.0/bin/cassandra-stress
#   perf/loader-cost.sh --target embedded --mode fixed --rate 2000
#   perf/loader-cost.sh --vs 'env JSTRESS_JVM_OPTS=-Djstress.wait=yielding ./jstress'
#   perf/loader-cost.sh --tls           # jstress in plain text, then over TLS, against one responder
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
target=responder
modes=(fixed max)
rate=5000
duration=30s
threads=100
rounds=3
loader="$home/jstress"
vs=()
pin=1
extra=()
tls=0

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  cat <<'EOF'
options:
  --target responder|embedded|HOST   the server: perf's CqlResponder (default; one node on 127.0.77.1 on
                                      one core), -node embedded, or a running node
  --mode fixed|max|both               fixed=RATE/s, unthrottled, or both (default both)
  --rate N  --duration D  --threads N --rounds N
  --loader CMD                        loader A (default ./jstress)
  --vs CMD                            a loader B that takes cassandra-stress's command line (repeatable)
  --no-pin                            do not pin the server and the loader to separate cores
  --tls                               loader B is loader A over TLS (-transport truststore=); the
                                      responder then also speaks TLS (a keytool-made throwaway CA)
  -- WORDS                            extra words appended to every loader's command line
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --target) target="$2"; shift 2 ;;
    --mode) case "$2" in both) modes=(fixed max) ;; fixed|max) modes=("$2") ;;
              *) echo "loader-cost: --mode $2: expected fixed, max or both" >&2; exit 1 ;; esac; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --loader) loader="$2"; shift 2 ;;
    --vs) vs+=("$2"); shift 2 ;;
    --no-pin) pin=0; shift ;;
    --tls) tls=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) echo "loader-cost: unknown option $1 (try --help)" >&2; exit 1 ;;
  esac
done

if [ "$tls" = 1 ] && [ "$target" != responder ]; then
  echo "loader-cost: --tls needs --target responder" >&2; exit 1
fi

# shellcheck source=perf/lib.sh
. "$home/perf/lib.sh"
prepare loader-cost

# ctx_sample PID MARK: appends "MARK tid voluntary involuntary runqueue_ns" for every thread of PID to the
# run's .ctx file (runqueue_ns: how long the thread has waited, runnable, for a CPU: /proc/PID/task/TID/schedstat)
ctx_sample() {
  awk -v mark="$2" 'FNR == 1 { n = split(FILENAME, p, "/"); tid = p[n - 1]; t[tid] = 1 }
    /^voluntary_ctxt_switches/ { v[tid] = $2 } /^nonvoluntary_ctxt_switches/ { i[tid] = $2 }
    FILENAME ~ /schedstat$/ { q[tid] = $2 }
    END { for (k in t) printf "%s %s %.0f %.0f %.0f\n", mark, k, v[k], i[k], q[k] }' \
    "/proc/$1"/task/*/status "/proc/$1"/task/*/schedstat 2>/dev/null || true
}

# ctx_delta FILE: "voluntary involuntary runqueue_ns" of the window: per thread, its last count minus its count
# at the start sample (S; 0 for a thread born later); a thread that ended keeps its last sampled count
ctx_delta() {
  awk '$1 == "S" { sv[$2] = $3; si[$2] = $4; sq[$2] = $5 }
    { if ($3 > ev[$2]) ev[$2] = $3; if ($4 > ei[$2]) ei[$2] = $4; if ($5 > eq[$2]) eq[$2] = $5 }
    END { for (t in ev) { v += ev[t] - sv[t]; i += ei[t] - si[t]; q += eq[t] - sq[t] } printf "%.0f %.0f %.0f\n", v, i, q }' "$1"
}

# run NAME WORDS...: runs one loader command line, leaves NAME.out and NAME.fig
# ("ops/s cpu_ticks ops rss_kb p99 end_ticks server_ticks voluntary_cs involuntary_cs runqueue_ns")
run() {
  local name="$1"; shift
  local out="$work/$name.out" start_ticks="" end_ticks=0 ticks rss=0 hwm server_before=0 server_after=0
  local ctx="$work/$name.ctx"
  : > "$ctx"
  [ -n "$server_pid" ] && server_before=$(cpu_ticks "$server_pid")
  start_loader "$out" "$work/$name.err" "$@"
  local pid=$!
  # sampled while it runs: a zombie no longer shows the CPU times of its threads, so the last live sample
  # (at most 0.1 s before exit, when only the Results are printed) is the end of the window
  while running "$pid"; do
    ticks=$(cpu_ticks "$pid"); ticks=${ticks:-0}
    [ "$ticks" -gt "$end_ticks" ] && end_ticks=$ticks
    hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$hwm" ] && [ "$hwm" -gt "$rss" ] && rss=$hwm
    if [ -z "$start_ticks" ] && grep -q '^type ' "$out" 2>/dev/null; then
      start_ticks=$(cpu_ticks "$pid"); ctx_sample "$pid" S >> "$ctx"
    elif [ -n "$start_ticks" ]; then
      ctx_sample "$pid" L >> "$ctx"
    fi
    sleep 0.1
  done
  wait "$pid" || echo "loader-cost: $name exited with $? (see below)" >&2
  [ -n "$server_pid" ] && server_after=$(cpu_ticks "$server_pid")
  local ops rate p99
  ops=$(awk -F, '/^total,/ { gsub(/ /, "", $2); n = $2 } END { print n + 0 }' "$out")
  rate=$(awk -F: '/^Op rate/ { split($2, a, " "); gsub(/,/, "", a[1]); print a[1] }' "$out")
  p99=$(awk -F: '/^Latency 99th percentile/ { split($2, a, " "); print a[1] }' "$out")
  if [ -z "$rate" ]; then tail -n 5 "$out" "$work/$name.err" >&2; fi
  echo "${rate:-0} $(( end_ticks - ${start_ticks:-0} )) $ops $rss ${p99:-nan} $end_ticks $(( server_after - server_before ))" \
    "$(ctx_delta "$ctx")" > "$work/$name.fig"
}

# figures NAME: "ops/s cpu_s_per_100k cpu_s rss_mib p99 server_cpu_s vcs_per_op ics_per_op runq_s" from NAME.fig
figures() {
  awk -v tck="$tck" '{
    cpu = $2 / tck; per = $3 > 0 ? cpu * 100000 / $3 : 0
    printf "%s %s %s %s %s %s %s %s %s\n", $1, per, cpu, $4 / 1024, $5, $7 / tck, ($3 > 0 ? $8 / $3 : 0), ($3 > 0 ? $9 / $3 : 0), $10 / 1e9
  }' "$work/$1.fig"
}

header() {
  printf "%-22s %10s %14s %8s %8s %8s %12s %8s %8s %8s\n" run "ops/s" "cpu s/100k op" "cpu s" "rss MiB" "p99 ms" \
    "server cpu s" "vcs/op" "ics/op" "runq s"
}

# fig NAME: one table row
fig() {
  figures "$1" | awk -v name="$1" '{
    printf "%-22s %10.0f %14.3f %8.1f %8.0f %8s %12.1f %8.2f %8.2f %8.1f\n", name, $1, $2, $3, $4, $5, $6, $7, $8, $9
  }'
}

# ratios A B: "ops/s cpu/op rss" of A over B (jstress over the --vs loader, as the goals are stated)
ratios() {
  paste <(figures "$1") <(figures "$2") | awk '{ print $1 / ($10 ? $10 : 1), $2 / ($11 ? $11 : 1), $4 / ($13 ? $13 : 1) }'
}

ratio() {
  ratios "$1" "$2" | awk -v a="$1" -v b="$2" '{ printf "  %s / %s: ops/s x%.2f, cpu/op x%.2f, rss x%.2f\n", a, b, $1, $2, $3 }'
}

# awk has no sort (mawk): an insertion sort of a[1..n], small enough for a handful of rounds
isort='function isort(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }'

# summary MODE: per loader, the median [min-max] of each figure over the rounds, then the median per-round ratios
summary() {
  local mode="$1" i r
  echo "-- $mode over $rounds round(s): median [min-max]"
  for i in "${!loaders[@]}"; do
    for r in $(seq 1 "$rounds"); do figures "$mode-r$r-l$((i + 1))"; done | awk -v name="loader $((i + 1))" "$isort"'
      { for (f = 1; f <= 9; f++) v[f, NR] = $f } END { split("ops/s cpu_s/100k_op cpu_s rss_MiB p99_ms server_cpu_s vcs/op ics/op runq_s", label, " ")
        printf "%s:", name
        for (f = 1; f <= 9; f++) { n = 0; for (k = 1; k <= NR; k++) if (v[f, k] != "nan") a[++n] = v[f, k] + 0
          if (f == 7 || f == 8) fmt = "%.2f"; else if (f == 2 || f == 5) fmt = "%.3g"; else if (f == 3 || f == 6 || f == 9) fmt = "%.1f"; else fmt = "%.0f"
          if (n == 0) { printf " %s -", label[f]; continue }
          isort(a, n); m = n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
          printf " %s " fmt " [" fmt "-" fmt "]", label[f], m, a[1], a[n]; delete a }
        printf "\n" }'
  done
  for i in $(seq 2 "${#loaders[@]}"); do
    for r in $(seq 1 "$rounds"); do ratios "$mode-r$r-l1" "$mode-r$r-l$i"; done | awk -v i="$i" "$isort"'
      { o[NR] = $1; c[NR] = $2; s[NR] = $3 }
      function med(arr, n,   b, k) { for (k = 1; k <= n; k++) b[k] = arr[k]; isort(b, n); return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2 }
      END { printf "  loader 1 / loader %d, median of the per-round ratios: ops/s x%.2f, cpu/op x%.2f, rss x%.2f\n", i, med(o, NR), med(c, NR), med(s, NR) }'
  done
}

echo "loader-cost: $(date -u +%FT%TZ), $cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(java -version 2>&1 | head -1)"
echo "target: $target${server_pid:+ (server on cpu ${server_cpus:-any}, loaders on cpu ${loader_cpus:-any})}"
loaders=("$loader" "${vs[@]}")
# words each loader gets after the common ones
tails=()
if [ "$tls" = 1 ]; then loaders=("$loader" "$loader"); tails=("" "-transport truststore=$work/tls/ca.pem"); fi
for mode in "${modes[@]}"; do
  words=(write "duration=$duration" -rate "threads=$threads")
  [ "$mode" = fixed ] && words=(write "duration=$duration" -rate "threads=$threads" "fixed=$rate/s")
  words+=("${node_words[@]}" "${extra[@]}")
  echo
  echo "== $mode: <loader> ${words[*]}"
  for i in "${!loaders[@]}"; do echo "   loader $((i + 1)): ${loaders[$i]} ${tails[$i]:-}"; done
  header
  for r in $(seq 1 "$rounds"); do
    for i in "${!loaders[@]}"; do
      # shellcheck disable=SC2206
      cmd=(${loaders[$i]})
      # shellcheck disable=SC2206
      tail_words=(${tails[$i]:-})
      run "$mode-r$r-l$((i + 1))" "${cmd[@]}" "${words[@]}" "${tail_words[@]}"
      fig "$mode-r$r-l$((i + 1))"
    done
    for i in $(seq 2 "${#loaders[@]}"); do ratio "$mode-r$r-l1" "$mode-r$r-l$i"; done
  done
  summary "$mode"
done
