# Shared by perf/loader-cost.sh and perf/soak.sh (sourced, not run): building, the server, pinning, /proc.
# The caller sets: home, pin (1 or 0), target (responder|embedded|HOST); prepare sets work.
# PERF_SERVER_ADDRESS moves the responder off 127.0.77.1, so two harnesses can run at once.

server_pid=""
server_cpus=""
loader_cpus=""
tck=$(getconf CLK_TCK)
cores=$(nproc)

stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
}

# the server gets the last core and the loader the others, so neither steals the other's CPU; an embedded
# node is the loader's child and would inherit the loader's cores, so then nothing is pinned
choose_cpus() {
  if [ "$pin" = 1 ] && [ "$target" != embedded ] && [ "$cores" -ge 2 ] && command -v taskset >/dev/null; then
    server_cpus=$((cores - 1))
    loader_cpus="0-$((cores - 2))"
  fi
}

build() {
  echo "$(basename "$0"): building jstress and perf/ ..." >&2
  (cd "$home" && mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/perf-classpath.txt >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }
}

# start_target: starts the server the target names (if any) and sets node_words to the -node option
start_target() {
  case "$target" in
    responder)
      local node=${PERF_SERVER_ADDRESS:-127.0.77.1}
      local cp="$home/target/test-classes:$home/target/classes:$(cat "$home/target/perf-classpath.txt")"
      local launch=(java -Xms256m -Xmx256m -XX:+UseG1GC -cp "$cp" io.jstress.perf.CqlResponder "$node" 9042)
      if [ "${tls:-0}" = 1 ]; then make_tls_stores "$node"; launch+=("$work/tls/server.p12"); fi
      if [ -n "$server_cpus" ]; then launch=(taskset -c "$server_cpus" "${launch[@]}"); fi
      "${launch[@]}" >"$work/server.log" 2>&1 &
      server_pid=$!
      for _ in $(seq 1 300); do
        grep -q '^ready' "$work/server.log" && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
        sleep 0.1
      done
      grep -q '^ready' "$work/server.log" || { echo "$(basename "$0"): the server did not start" >&2; exit 1; }
      node_words=(-node "$node")
      ;;
    embedded) node_words=(-node embedded) ;;
    *) node_words=(-node "$target") ;;
  esac
}

# make_tls_stores ADDRESS: a throwaway CA (work/tls/ca.pem) and a server key it signed for ADDRESS
# (work/tls/server.p12, password cassandra), made with the JDK's keytool
make_tls_stores() {
  local dir="$work/tls" kt=(keytool -J-XX:TieredStopAtLevel=1 -keyalg EC -groupname secp256r1 -storetype PKCS12
    -storepass cassandra)
  mkdir -p "$dir"
  "${kt[@]}" -genkeypair -alias ca -dname CN=perf-ca -ext bc:c -validity 2 -keystore "$dir/ca.p12" >/dev/null 2>&1
  "${kt[@]}" -exportcert -rfc -alias ca -keystore "$dir/ca.p12" -file "$dir/ca.pem" >/dev/null 2>&1
  "${kt[@]}" -genkeypair -alias server -dname CN=responder -ext "san=ip:$1" -signer ca -validity 2 \
    -keystore "$dir/ca.p12" >/dev/null 2>&1
  # the server's store holds only its own key and chain, so the key manager cannot pick the CA's
  "${kt[@]}" -importkeystore -srckeystore "$dir/ca.p12" -srcstorepass cassandra -srcalias server \
    -destkeystore "$dir/server.p12" -deststorepass cassandra >/dev/null 2>&1
  [ -s "$dir/server.p12" ] && [ -s "$dir/ca.pem" ] || { echo "$(basename "$0"): keytool failed" >&2; exit 1; }
}

# start_loader OUT ERR WORDS...: starts a loader in the background on the loader's cores; its pid is in $!
start_loader() {
  local out="$1" err="$2"; shift 2
  if [ -n "$loader_cpus" ]; then taskset -c "$loader_cpus" "$@" >"$out" 2>"$err" &
  else "$@" >"$out" 2>"$err" & fi
}

# user+sys ticks of one process, itself only (fields 14 and 15 after the command name)
cpu_ticks() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
state() { awk '{ sub(/.*\) /, ""); print $1 }' "/proc/$1/stat" 2>/dev/null || echo X; }
running() { local s; s=$(state "$1"); [ "$s" != Z ] && [ "$s" != X ]; }

# prepare NAME: a scratch directory removed on exit (with the server), then the build and the target
prepare() {
  work="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")"
  trap 'stop_server; rm -rf "$work"' EXIT
  choose_cpus
  build
  start_target
}
