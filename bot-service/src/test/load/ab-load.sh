#!/usr/bin/env bash
# A/B load run: the chat/health ratio of two jars in the same session, each started in turn, rounds alternating
# (4 connections; every question new, then 40 recurring questions, then health). Needs wrk.
# Besides requests/s it prints the app's CPU time per request (utime + stime of the JVM over each phase): on a
# machine shared with other builds, throughput swings with their load, CPU time per request much less.
# Usage: bot-service/src/test/load/ab-load.sh before.jar after.jar [rounds]
set -euo pipefail
before=$(realpath "$1"); after=$(realpath "$2"); rounds=${3:-2}
cd "$(dirname "$0")/../../../.."
here=bot-service/src/test/load
port=${AB_PORT:-18190} # another port when another run may be using this one
# The JVM's CPU ticks (user + system) so far.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# One wrk phase against $pid: sets rps and cpu (milliseconds of the app's CPU per request).
phase() {
  local env=$1 duration=$2 script=$3 path=$4 before after out requests
  before=$(ticks "$pid")
  out=$(env "$env" wrk -t2 -c4 -d"$duration" -s "$here/$script" "http://127.0.0.1:$port$path")
  after=$(ticks "$pid")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu=$(echo "($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc -l | cut -c1-6)
}
run_one() {
  local jar=$1 label=$2 cache=$3
  java -Xmx512m -jar "$jar" --server.port=$port --safepace.rate-limit.enabled=false \
    --safepace.knowledge.embedding-cache-dir="$cache" --logging.level.org.safepace=WARN > /tmp/ab-$label.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do sleep 0.1; done
  wrk -t2 -c4 -d8s -s "$here/chat.lua" "http://127.0.0.1:$port" >/dev/null
  phase UNIQUE=1 15s chat.lua ""; local newq=$rps cpu_new=$cpu
  phase UNIQUE=0 15s chat.lua ""; local rec=$rps cpu_rec=$cpu
  phase UNIQUE=0 10s health.lua /actuator/health; local health=$rps cpu_health=$cpu
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label new=$newq recurring=$rec health=$health ratio_new=$(echo "$newq/$health" | bc -l | cut -c1-6) ratio_rec=$(echo "$rec/$health" | bc -l | cut -c1-6) cpu_ms_new=$cpu_new cpu_ms_rec=$cpu_rec cpu_ms_health=$cpu_health load=$(cut -d' ' -f1 /proc/loadavg)"
}
# AB_CACHE: an embedding cache directory both jars reuse (same model, same passages), so a loaded machine does not
# spend minutes embedding every passage at each start; by default each jar gets a fresh one.
if [ -n "${AB_CACHE:-}" ]; then ca=$AB_CACHE; cb=$AB_CACHE; else ca=$(mktemp -d); cb=$(mktemp -d); fi
for r in $(seq 1 "$rounds"); do run_one "$before" A "$ca"; run_one "$after" B "$cb"; done
[ -n "${AB_CACHE:-}" ] || rm -rf "$ca" "$cb"
