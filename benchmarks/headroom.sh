#!/usr/bin/env bash
# Sandbox headroom: does the sandbox answer POST /v1/payment_intents at least 3x as fast as the connector sends it at
# 16 concurrent keep-alive connections? Each side gets one CPU of its own (taskset), so neither measures the other:
#   sandbox     sandbox on CPU 0, wrk (16 connections, a fresh Idempotency-Key per request) on CPU 1
#   connector   the connector (SandboxHeadroom, 16 threads) on CPU 0, a sandbox on CPU 1
#   ceiling-*   CreateCeiling on CPU 0, wrk on CPU 1: the least work any server on the same stack can do (kept: parse,
#               digest, write and keep the intent; stateless: the same without keeping it; empty: the HTTP stack alone)
# Needs Linux with 2+ CPUs, taskset, bc and wrk (apt-get install wrk), and the jars:
#   ./mvnw -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true
# Usage: benchmarks/headroom.sh [measured seconds, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_SECONDS=${1:-15}
WARMUP_SECONDS=8
SANDBOX_JAR=camel-wooshpay-sandbox/target/camel-wooshpay-sandbox.jar
BENCH_JAR=benchmarks/target/benchmarks.jar
LOAD=camel-wooshpay-sandbox/load/create-payment-intent.lua
PORT=12170
for tool in wrk taskset java bc; do
  command -v "$tool" > /dev/null || { echo "headroom.sh needs $tool" >&2; exit 2; }
done
[ "$(nproc)" -ge 2 ] || { echo "headroom.sh needs 2 CPUs" >&2; exit 2; }
for jar in "$SANDBOX_JAR" "$BENCH_JAR"; do
  [ -f "$jar" ] || { echo "missing $jar: build it first (see the header of this script)" >&2; exit 2; }
done

SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2> /dev/null || true
    wait "$SERVER" 2> /dev/null || true
  fi
  SERVER=
}
trap cleanup EXIT

await_port() {
  for _ in $(seq 100); do
    (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2
  exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# start_server CPU COMMAND...: starts a server pinned to CPU on $PORT and waits for it
start_server() {
  local cpu=$1
  shift
  PORT=$((PORT + 1))
  taskset -c "$cpu" "$@" > "/tmp/headroom-server-$PORT.log" 2>&1 &
  SERVER=$!
  await_port "$PORT"
}

# wrk_rate: warms the server up, then prints the requests/s wrk measured and the share of a CPU the server used
wrk_rate() {
  local url="http://127.0.0.1:$PORT/v1/payment_intents" ticks_before ticks_after rate hz
  hz=$(getconf CLK_TCK)
  taskset -c 1 wrk -t1 -c16 -d"${WARMUP_SECONDS}s" -s "$LOAD" "$url" > /dev/null
  ticks_before=$(cpu_ticks "$SERVER")
  rate=$(taskset -c 1 wrk -t1 -c16 -d"${RUN_SECONDS}s" -s "$LOAD" "$url" | awk '/Requests\/sec/ {print $2}')
  ticks_after=$(cpu_ticks "$SERVER")
  printf '%.0f %.0f\n' "$rate" "$(echo "($ticks_after - $ticks_before) * 100 / $hz / $RUN_SECONDS" | bc -l)"
}

declare -A RATE BUSY
measure_server() {
  local name=$1
  shift
  start_server 0 "$@"
  read -r RATE[$name] BUSY[$name] < <(wrk_rate)
  cleanup
  printf '%-18s %8s requests/s   (server CPU busy %s%%)\n' "$name" "${RATE[$name]}" "${BUSY[$name]}"
}

# measure_connector NAME SERVER-COMMAND...: the connector on CPU 0 against that server on CPU 1
measure_connector() {
  local name=$1 out=/tmp/headroom-connector.out connector server_before server_after hz
  shift
  rm -f "$out"
  start_server 1 "$@"
  taskset -c 0 java -cp "$BENCH_JAR" com.wooshpay.camel.benchmarks.SandboxHeadroom 16 "$RUN_SECONDS" "http://127.0.0.1:$PORT" \
    > "$out" 2> /dev/null &
  connector=$!
  until grep -q measuring "$out" 2> /dev/null; do
    kill -0 "$connector" 2> /dev/null || { echo "the connector run failed" >&2; exit 1; }
    sleep 0.1
  done
  server_before=$(cpu_ticks "$SERVER")
  while ! grep -q 'requests/s' "$out"; do sleep 0.1; done
  server_after=$(cpu_ticks "$SERVER")
  wait "$connector"
  cleanup
  hz=$(getconf CLK_TCK)
  RATE[$name]=$(awk '/requests\/s/ {for (i = 1; i <= NF; i++) if ($i == "requests/s") print $(i - 1)}' "$out")
  printf '%-18s %8s requests/s   (connector CPU busy %s, the server answering it %.0f%%)\n' "$name" "${RATE[$name]}" \
    "$(grep -o '[0-9]*% busy' "$out" | cut -d' ' -f1)" \
    "$(echo "($server_after - $server_before) * 100 / $hz / $RUN_SECONDS" | bc -l)"
}

echo "Each line: $RUN_SECONDS s after a $WARMUP_SECONDS s warm-up, 16 keep-alive connections, one CPU per side ($(nproc) CPUs, $(java -version 2>&1 | head -1))"
measure_server sandbox java -jar "$SANDBOX_JAR" --port $((PORT + 1))

measure_connector connector java -jar "$SANDBOX_JAR" --port $((PORT + 1))
measure_server ceiling-kept java -cp "$BENCH_JAR" com.wooshpay.camel.benchmarks.CreateCeiling kept $((PORT + 1))
measure_server ceiling-stateless java -cp "$BENCH_JAR" com.wooshpay.camel.benchmarks.CreateCeiling stateless $((PORT + 1))
measure_server ceiling-empty java -cp "$BENCH_JAR" com.wooshpay.camel.benchmarks.CreateCeiling empty $((PORT + 1))

ratio() { echo "scale=2; $1 / $2" | bc -l; }
echo
for server in sandbox ceiling-kept ceiling-stateless ceiling-empty; do
  printf '%-18s / connector  %s\n' "$server" "$(ratio "${RATE[$server]}" "${RATE[connector]}")"
done
echo "(the bar: sandbox at least 3 times the connector)"
